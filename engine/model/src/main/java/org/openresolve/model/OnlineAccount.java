package org.openresolve.model;

import static java.util.Objects.requireNonNull;

/**
 * An account on an online platform.
 *
 * @param platform lower-case platform name or host (e.g. telegram, forum.example)
 * @param handle normalised handle: lower case, without a leading @
 * @param asWritten the handle as the source wrote it
 */
public record OnlineAccount(String platform, String handle, String asWritten) {
  public OnlineAccount {
    requireNonNull(platform, "platform is null");
    requireNonNull(handle, "handle is null");
    requireNonNull(asWritten, "asWritten is null");
  }
}
