/**
 * The run report: a resolve output's tables, manifest and model read into the report module's page.
 */
package org.openresolve.spark.report;
