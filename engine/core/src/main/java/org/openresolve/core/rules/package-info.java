/**
 * Rule sets: the analyst-editable YAML file of blocking rules, comparisons, model settings and
 * thresholds, parsed into sealed, validated records ({@link org.openresolve.core.rules.RuleSet}).
 */
package org.openresolve.core.rules;
