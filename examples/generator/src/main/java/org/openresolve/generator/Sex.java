package org.openresolve.generator;

/** A person's true sex; the unknown code {@code U} exists only in how records write it. */
enum Sex {
  M,
  F,
  /** Neither male nor female. */
  X;

  Sex opposite() {
    return this == M ? F : this == F ? M : X;
  }
}
