package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

/** A person's account on a platform. */
record Account(Platform platform, String handle) {
  Account {
    requireNonNull(platform, "platform is null");
    requireNonNull(handle, "handle is null");
  }
}
