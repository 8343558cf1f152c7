package org.openresolve.generator;

/**
 * An account as a record writes it: platform name and handle, the handle perhaps with an {@code @}.
 */
record Handle(String platform, String handle) {}
