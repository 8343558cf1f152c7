/**
 * The {@code er} command line (Picocli): one subcommand class per command, options shared through
 * mixins. Commands parse and check arguments, then call the Spark jobs; they hold no matching
 * logic.
 */
package org.openresolve.cli;
