/** Plain-Java helpers for explaining entities to analysts. */
package org.openresolve.core.explain;
