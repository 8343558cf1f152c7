package org.openresolve.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  @TempDir Path dir;

  private static ObjectNode entry(String runId, long records) {
    return new ObjectMapper()
        .createObjectNode()
        .put("command", "resolve")
        .put("run_id", runId)
        .put("records", records);
  }

  @Test
  void chainsEachEntryToTheOneBefore() {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));

    String first = log.append(entry("r1", 10));
    log.append(entry("r2", 12));

    AuditLog.Verification v = log.verify();
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(2);
    assertThat(first).hasSize(64);
  }

  @Test
  void detectsAChangedEntry() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    log.append(entry("r2", 12));
    List<String> lines = Files.readAllLines(log.file());
    Files.write(
        log.file(),
        List.of(lines.get(0).replace("\"records\":10", "\"records\":11"), lines.get(1)));

    AuditLog.Verification v = log.verify();

    assertThat(v.intact()).isFalse();
    assertThat(v.badLine()).isEqualTo(1);
    assertThat(v.problem()).isEqualTo("line 1 was changed after it was written");
  }

  @Test
  void detectsARemovedEntry() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    log.append(entry("r2", 12));
    log.append(entry("r3", 13));
    List<String> lines = Files.readAllLines(log.file());
    Files.write(log.file(), List.of(lines.get(0), lines.get(2)));

    assertThat(log.verify().problem()).startsWith("line 2 does not follow the entry before it");
  }

  @Test
  void refusesToAppendToADamagedLog() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    Files.writeString(log.file(), Files.readString(log.file()).replace("r1", "rX"));

    assertThatThrownBy(() -> log.append(entry("r2", 1))).hasMessageContaining("is damaged");
  }

  @Test
  void takesJsonAppendedBehindAnEntryOnItsLineAsDamage() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    Files.writeString(log.file(), Files.readString(log.file()).strip() + "{\"forged\":true}\n");

    assertThat(log.verify().problem()).isEqualTo("line 1 is not a single JSON object");
  }

  @Test
  void takesALastLineWithoutItsLineEndAsDamage() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    Files.writeString(log.file(), "{\"seq\":2", java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(log::requireIntact)
        .isInstanceOf(org.openresolve.core.config.UserInputException.class)
        .hasMessage(
            "audit log "
                + log.file()
                + " is damaged: line 2 has no line end: it was cut off or added by hand; restore it from a copy before running");
  }

  @Test
  void takesABlankLineAsDamage() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    Files.writeString(log.file(), "\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(log.verify().problem()).isEqualTo("line 2 is blank");
  }

  @Test
  void findsTheLastEntryCutOffThroughItsHashKeptElsewhere() throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
    log.append(entry("r1", 10));
    String last = log.append(entry("r2", 12));
    List<String> lines = Files.readAllLines(log.file());
    Files.write(log.file(), List.of(lines.get(0)));

    assertThat(log.verify().intact()).isTrue();
    assertThatThrownBy(() -> log.requireEntry(last, "the manifest of run r2"))
        .hasMessage(
            "audit log "
                + log.file()
                + " lacks entry "
                + last
                + " recorded in the manifest of run r2: entries were removed from its end");
  }

  @Test
  void refusesALogThatCannotBeWritten() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("audit.jsonl"));

    assertThatThrownBy(() -> new AuditLog(folder).requireWritable())
        .hasMessage("audit log " + folder + " is not a writable file");
  }
}
