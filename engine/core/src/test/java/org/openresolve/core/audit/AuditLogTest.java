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
    return new ObjectMapper().createObjectNode().put("command", "resolve").put("run_id", runId).put("records", records);
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
    Files.write(log.file(), List.of(lines.get(0).replace("\"records\":10", "\"records\":11"), lines.get(1)));

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
}
