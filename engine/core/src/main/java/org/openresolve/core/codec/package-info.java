/**
 * Compact binary forms of core values that an engine carries between its tasks, written and read by
 * plain Java so they can be tested without the engine.
 */
package org.openresolve.core.codec;
