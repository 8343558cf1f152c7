package org.openresolve.core.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An append-only audit log, one JSON object per line. Each entry carries {@code prev}, the hash of
 * the entry before it, and {@code hash}, the sha256 of its own content; so changing, removing or
 * reordering any entry breaks the chain at that entry, and {@link #verify()} says where. Entries
 * hold what was done and to what (hashes, counts, ids), never personal data.
 */
public final class AuditLog {
  static final String GENESIS = "0".repeat(64);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public AuditLog(Path file) {
    this.file = requireNonNull(file, "file is null");
  }

  public Path file() {
    return file;
  }

  /**
   * Appends an entry and returns its hash. The entry's own fields come first; {@code seq},
   * {@code prev} and {@code hash} are added here.
   */
  public synchronized String append(ObjectNode content) {
    requireNonNull(content, "content is null");
    Verification v = verify();
    if (!v.intact()) {
      throw new IllegalStateException("audit log " + file + " is damaged, not appending: " + v.problem());
    }
    ObjectNode entry = content.deepCopy();
    entry.remove(List.of("seq", "prev", "hash"));
    entry.put("seq", v.entries() + 1);
    entry.put("prev", v.head());
    String hash = sha256(compact(entry));
    entry.put("hash", hash);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, compact(entry) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to audit log " + file, e);
    }
    return hash;
  }

  /** Checks every entry's hash and link to the one before. An absent log is intact and empty. */
  public Verification verify() {
    if (!Files.exists(file)) {
      return new Verification(true, 0, GENESIS, 0, "");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit log " + file, e);
    }
    String prev = GENESIS;
    long n = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      ObjectNode entry;
      try {
        entry = (ObjectNode) JSON.readTree(line);
      } catch (JsonProcessingException | ClassCastException e) {
        return new Verification(false, n, prev, lineNumber, "line " + lineNumber + " is not a JSON object");
      }
      String hash = entry.path("hash").asText("");
      if (!entry.path("prev").asText("").equals(prev)) {
        return new Verification(false, n, prev, lineNumber, "line " + lineNumber + " does not follow the entry before it (an entry was changed, removed or inserted)");
      }
      entry.remove("hash");
      if (!sha256(compact(entry)).equals(hash)) {
        return new Verification(false, n, prev, lineNumber, "line " + lineNumber + " was changed after it was written");
      }
      prev = hash;
      n++;
    }
    return new Verification(true, n, prev, 0, "");
  }

  /**
   * @param head hash of the last good entry
   * @param badLine first bad line, 0 when intact
   */
  public record Verification(boolean intact, long entries, String head, long badLine, String problem) {}

  private static String compact(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit entry", e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
