package org.openresolve.generator;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A site profiles are captured from.
 *
 * @param name the platform as captures and linked accounts name it
 * @param network {@code clear}, {@code deep} or {@code dark}
 * @param weight how often people have an account there
 * @param urlTemplate profile URL with {@code {handle}}
 * @param favouredBy cultures in which the platform is five times as popular (vk, weibo)
 */
record Platform(
    String name, String network, double weight, String urlTemplate, List<Culture> favouredBy) {
  Platform {
    requireNonNull(name, "name is null");
    requireNonNull(network, "network is null");
    requireNonNull(urlTemplate, "urlTemplate is null");
    favouredBy = List.copyOf(favouredBy);
  }

  String url(String handle) {
    return urlTemplate.replace("{handle}", handle);
  }
}
