package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * One blocking rule of a rule file: records sharing a key of this function become candidate pairs.
 *
 * @param label what the rule means to an analyst; written beside every pair it produced
 */
public record BlockingRuleSpec(String id, String label, KeyFunction key) implements Serializable {
  public BlockingRuleSpec {
    id = Required.id(id);
    label = Required.text(label, "label");
    Required.key(key, "key");
  }
}
