package org.openresolve.core.rules;

import java.io.Serializable;

/**
 * A level of another comparison, by comparison id and level label, as a rule file names it.
 *
 * @param comparison the comparison id
 * @param level the level label within that comparison
 */
public record LevelRef(String comparison, String level) implements Serializable {
  public LevelRef {
    Required.text(comparison, "comparison");
    Required.text(level, "level");
  }
}
