package org.openresolve.spark.manifest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openresolve.spark.ingest.SourceCounts;
import org.openresolve.spark.ingest.SourceInput;

/**
 * {@code manifest.json}: what a run read, what it produced and how long each stage took, with
 * counts that add up (rows read = accepted + quarantined, per source and per reason). Keys are
 * snake_case and in a fixed order so manifests of two runs can be diffed.
 */
public final class RunManifest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ObjectNode root = JSON.createObjectNode();
  private final ObjectNode timings;
  private final ObjectNode counts;

  public RunManifest(String runId, String command, Instant startedAt, String master) {
    root.put("run_id", requireNonNull(runId, "runId is null"));
    root.put("command", requireNonNull(command, "command is null"));
    root.put("started_at", startedAt.toString());
    root.putNull("finished_at");
    ObjectNode versions = root.putObject("versions");
    versions.put("engine", EngineVersion.engine());
    versions.put("commit", EngineVersion.commit());
    versions.put("spark", EngineVersion.spark());
    versions.put("java", EngineVersion.java());
    root.put("master", master);
    counts = root.putObject("counts");
    timings = root.putObject("timings_ms");
  }

  public String runId() {
    return root.get("run_id").asText();
  }

  /** The inputs with their files' sizes and hashes, and each source's row accounting. */
  public RunManifest sources(List<SourceInput> inputs, List<SourceCounts> sourceCounts) {
    ArrayNode in = root.putArray("inputs");
    ArrayNode out = root.putArray("sources");
    long read = 0;
    long accepted = 0;
    long quarantined = 0;
    long records = 0;
    long parts = 0;
    long issues = 0;
    for (int i = 0; i < inputs.size(); i++) {
      SourceInput s = inputs.get(i);
      SourceCounts c = sourceCounts.get(i);
      ObjectNode input = in.addObject();
      input.put("source", s.name());
      input.put("kind", s.kind().id());
      input.put("path", s.path());
      if (s.phoneRegion() != null) {
        input.put("phone_region", s.phoneRegion());
      }
      if (c.phoneRegionInferred() != null) {
        input.put("phone_region_inferred", c.phoneRegionInferred());
      }
      ArrayNode files = input.putArray("files");
      for (SourceCounts.InputFile f : c.files()) {
        files
            .addObject()
            .put("path", f.path())
            .put("bytes", f.bytes())
            .put("sha256", f.sha256())
            .put("rows", f.rows())
            .put("lines", f.lines());
      }
      ObjectNode sc = out.addObject();
      sc.put("source", c.source());
      sc.put("kind", c.kind());
      sc.put("rows_read", c.rowsRead());
      sc.put("rows_accepted", c.rowsAccepted());
      sc.put("rows_quarantined", c.rowsQuarantined());
      reasons(sc.putObject("rows_quarantined_by_reason"), c.rowsQuarantinedByReason());
      sc.put("records_accepted", c.recordsAccepted());
      sc.put("subjects_quarantined", c.partsQuarantined());
      reasons(sc.putObject("subjects_quarantined_by_reason"), c.partsQuarantinedByReason());
      sc.put("field_issues", c.fieldIssues());
      reasons(sc.putObject("field_issues_by_reason"), c.fieldIssuesByReason());
      ArrayNode warnings = sc.putArray("warnings");
      c.warnings().forEach(warnings::add);
      read += c.rowsRead();
      accepted += c.rowsAccepted();
      quarantined += c.rowsQuarantined();
      records += c.recordsAccepted();
      parts += c.partsQuarantined();
      issues += c.fieldIssues();
    }
    ObjectNode totals = counts.putObject("ingest");
    totals.put("rows_read", read);
    totals.put("rows_accepted", accepted);
    totals.put("rows_quarantined", quarantined);
    totals.put("records_accepted", records);
    totals.put("subjects_quarantined", parts);
    totals.put("field_issues", issues);
    return this;
  }

  private static void reasons(ObjectNode node, Map<String, Long> byReason) {
    new java.util.TreeMap<>(byReason).forEach(node::put);
  }

  /** A stage's counts, e.g. {@code resolve} with candidate pairs and links. */
  public ObjectNode counts(String stage) {
    return counts.has(stage) ? (ObjectNode) counts.get(stage) : counts.putObject(stage);
  }

  public RunManifest timing(String stage, long millis) {
    timings.put(stage, millis);
    return this;
  }

  /** A free-form section, for settings such as the rule set in force. */
  public ObjectNode section(String name) {
    return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
  }

  public void write(Path file, Instant finishedAt) {
    root.put("finished_at", finishedAt.toString());
    try {
      JSON.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
