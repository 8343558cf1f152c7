package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * One blocking rule of a rule file: records sharing a key of this function become candidate pairs.
 *
 * @param label what the rule means to an analyst; written beside every pair it produced
 * @param maxBlockSize this rule's own limit on records sharing one key, in place of the rule
 *     set's; may be absent. A key made of names alone ("John Smith") needs a lower one than a
 *     key with a birth date, whose blocks stay small however common the name.
 * @param list the name list (a file beside the rule file) a key function that needs one reads;
 *     absent for the others
 */
public record BlockingRuleSpec(String id, String label, KeyFunction key, Integer maxBlockSize, String list)
    implements Serializable {
  public BlockingRuleSpec {
    id = Required.id(id);
    label = Required.text(label, "label");
    Required.key(key, "key");
    if (maxBlockSize != null && maxBlockSize < 2) {
      throw new IllegalArgumentException("max_block_size must be at least 2, got " + maxBlockSize);
    }
    if (key.needsList() && (list == null || list.isBlank())) {
      throw new IllegalArgumentException("key " + key + " needs a name list: add 'list: FILE'");
    }
    if (!key.needsList() && list != null) {
      throw new IllegalArgumentException("key " + key + " reads no name list; remove 'list'");
    }
  }

  public BlockingRuleSpec(String id, String label, KeyFunction key, Integer maxBlockSize) {
    this(id, label, key, maxBlockSize, null);
  }

  public BlockingRuleSpec(String id, String label, KeyFunction key) {
    this(id, label, key, null, null);
  }
}
