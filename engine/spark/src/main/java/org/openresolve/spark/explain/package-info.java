/**
 * {@code er explain}: how an entity was formed and why two records are or are not together, read
 * from a run's output directory (tables, rule file and model), for people and programs.
 */
package org.openresolve.spark.explain;
