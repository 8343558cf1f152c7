package org.openresolve.core.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import org.openresolve.core.entity.CodePointOrder;

/**
 * An entity's id, derived from its members: {@code E-} and the first 16 hex digits of the sha256 of
 * its smallest record key ({@code source:record_id}, in code point order, the order of Spark's and
 * Parquet's strings), so an id depends only on membership, never on partitioning.
 */
public final class EntityId {
  private EntityId() {}

  /** The id of the entity whose members have these keys. */
  public static String of(Collection<String> memberKeys) {
    requireNonNull(memberKeys, "memberKeys is null");
    return derive(
        memberKeys.stream()
            .min(CodePointOrder.INSTANCE)
            .orElseThrow(() -> new IllegalArgumentException("an entity has members")));
  }

  /** The id derived from a text: an entity's smallest record key, or a key and a counter. */
  public static String derive(String text) {
    requireNonNull(text, "text is null");
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder s = new StringBuilder("E-");
      for (int i = 0; i < 8; i++) {
        s.append(String.format("%02x", h[i]));
      }
      return s.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
