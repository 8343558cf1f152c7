/** The run manifest: inputs with hashes, counts per stage and reason, timings and versions. */
package org.openresolve.spark.manifest;
