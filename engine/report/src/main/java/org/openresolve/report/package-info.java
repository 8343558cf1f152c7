/**
 * The run report ({@code report.html}): what a resolve run read, compared, learnt and formed, as
 * one HTML page that opens offline. Charts are SVG drawn here, no script runs, and every value is
 * escaped, since names and record ids are whatever the sources wrote. Reading the run's tables into
 * a {@link org.openresolve.report.RunReport} is the Spark module's job; this package only renders
 * it.
 */
package org.openresolve.report;
