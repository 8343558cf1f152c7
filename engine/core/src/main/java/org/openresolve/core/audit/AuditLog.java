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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.openresolve.core.config.UserInputException;

/**
 * An append-only audit log, one JSON object per line. Each entry carries {@code prev}, the hash of
 * the entry before it, and {@code hash}, the sha256 of its own content; so changing, removing or
 * reordering any entry breaks the chain at that entry, and {@link #verify()} says where. Entries
 * hold what was done and to what (hashes, counts, ids), never personal data.
 */
public final class AuditLog {
  static final String GENESIS = "0".repeat(64);
  // One object per line and nothing after it: JSON appended behind an entry on its line is damage.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path file;

  public AuditLog(Path file) {
    this.file = requireNonNull(file, "file is null");
  }

  public Path file() {
    return file;
  }

  /**
   * Appends an entry and returns its hash. The entry's own fields come first; {@code seq}, {@code
   * prev} and {@code hash} are added here.
   */
  public synchronized String append(ObjectNode content) {
    requireNonNull(content, "content is null");
    Verification v = verify();
    if (!v.intact()) {
      throw new UserInputException(
          "audit log " + file + " is damaged, not appending: " + v.problem());
    }
    ObjectNode entry = content.deepCopy();
    entry.remove(List.of("seq", "prev", "hash"));
    entry.put("seq", v.entries() + 1);
    entry.put("prev", v.head());
    String hash = sha256(compact(entry));
    entry.put("hash", hash);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          compact(entry) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to audit log " + file, e);
    }
    return hash;
  }

  /**
   * Checks every entry's hash, its link to the one before and its sequence number. Blank lines, a
   * line that is not exactly one JSON object, and a last line without its line end (a cut-off
   * write) are damage. An absent log is intact and empty.
   */
  public Verification verify() {
    if (!Files.exists(file)) {
      return new Verification(true, 0, GENESIS, 0, "", Set.of());
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read audit log " + file, e);
    }
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    String prev = GENESIS;
    long n = 0;
    Set<String> hashes = new HashSet<>();
    int count = lines.length == 0 ? 0 : lines.length - 1;
    if (lines.length > 0 && !lines[lines.length - 1].isEmpty()) {
      return new Verification(
          false,
          n,
          prev,
          lines.length,
          "line " + lines.length + " has no line end: it was cut off or added by hand",
          hashes);
    }
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      int lineNumber = i + 1;
      if (line.isBlank()) {
        return new Verification(
            false, n, prev, lineNumber, "line " + lineNumber + " is blank", hashes);
      }
      ObjectNode entry;
      try {
        entry = (ObjectNode) JSON.readTree(line);
      } catch (JsonProcessingException | ClassCastException e) {
        return new Verification(
            false,
            n,
            prev,
            lineNumber,
            "line " + lineNumber + " is not a single JSON object",
            hashes);
      }
      String hash = entry.path("hash").asText("");
      if (!entry.path("prev").asText("").equals(prev)) {
        return new Verification(
            false,
            n,
            prev,
            lineNumber,
            "line "
                + lineNumber
                + " does not follow the entry before it (an entry was changed, removed or inserted)",
            hashes);
      }
      if (entry.path("seq").asLong(-1) != n + 1) {
        return new Verification(
            false,
            n,
            prev,
            lineNumber,
            "line " + lineNumber + " has sequence number " + entry.path("seq") + ", not " + (n + 1),
            hashes);
      }
      entry.remove("hash");
      if (!sha256(compact(entry)).equals(hash)) {
        return new Verification(
            false,
            n,
            prev,
            lineNumber,
            "line " + lineNumber + " was changed after it was written",
            hashes);
      }
      prev = hash;
      hashes.add(hash);
      n++;
    }
    return new Verification(true, n, prev, 0, "", hashes);
  }

  /** Refuses a damaged log with one line saying where, before a run does any work. */
  public void requireIntact() {
    Verification v = verify();
    if (!v.intact()) {
      throw new UserInputException(
          "audit log "
              + file
              + " is damaged: "
              + v.problem()
              + "; restore it from a copy before running");
    }
  }

  /** Refuses a log that cannot be appended to, before a run does any work. */
  public void requireWritable() {
    Path abs = file.toAbsolutePath();
    if (Files.exists(abs)) {
      if (!Files.isRegularFile(abs) || !Files.isWritable(abs)) {
        throw new UserInputException("audit log " + file + " is not a writable file");
      }
      return;
    }
    Path dir = abs.getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent();
    }
    if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new UserInputException(
          "audit log "
              + file
              + " cannot be created: "
              + (dir == null ? abs.getParent() : dir)
              + " is not a writable directory");
    }
  }

  /**
   * Refuses a log that lacks an entry recorded elsewhere (in an earlier output's manifest): its end
   * was cut off, which the chain alone cannot show.
   *
   * @param where what recorded the entry, for the message
   */
  public void requireEntry(String hash, String where) {
    if (!verify().hashes().contains(hash)) {
      throw new UserInputException(
          "audit log "
              + file
              + " lacks entry "
              + hash
              + " recorded in "
              + where
              + ": entries were removed from its end");
    }
  }

  /**
   * @param head hash of the last good entry
   * @param badLine first bad line, 0 when intact
   */
  public record Verification(
      boolean intact, long entries, String head, long badLine, String problem, Set<String> hashes) {
    public Verification {
      hashes = Set.copyOf(hashes);
    }
  }

  private static String compact(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an audit entry", e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
