/**
 * The common person schema every source is normalised into: immutable records and enums, no Spark,
 * no serialisation annotations. One {@link org.openresolve.model.PersonRecord} per source record;
 * bad input is described by {@link org.openresolve.model.QuarantinedRow} (unreadable rows) and
 * {@link org.openresolve.model.FieldIssue} (bad values inside kept records).
 */
package org.openresolve.model;
