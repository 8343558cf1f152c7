/**
 * Clustering within a connected component under constraints: which links to keep so that no entity
 * holds two records that cannot be the same person, and the reason for every link refused.
 */
package org.openresolve.core.cluster;
