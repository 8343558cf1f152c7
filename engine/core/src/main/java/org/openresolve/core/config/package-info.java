/**
 * Typed configuration files: YAML read into validated records, with errors that name file, line and
 * field path. Used by rule sets and source mappings.
 */
package org.openresolve.core.config;
