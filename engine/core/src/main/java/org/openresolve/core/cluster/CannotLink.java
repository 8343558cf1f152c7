package org.openresolve.core.cluster;

import java.util.Optional;

/** Why two members may not be in one entity, if they may not. */
@FunctionalInterface
public interface CannotLink {
  Optional<String> reason(int a, int b);

  CannotLink NONE = (a, b) -> Optional.empty();

  /** Either constraint. */
  default CannotLink or(CannotLink other) {
    return (a, b) -> {
      Optional<String> r = reason(a, b);
      return r.isPresent() ? r : other.reason(a, b);
    };
  }
}
