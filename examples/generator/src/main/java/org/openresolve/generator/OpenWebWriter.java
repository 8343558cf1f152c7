package org.openresolve.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code open_web.jsonl} (kind {@code open-web}): one captured profile per line, built by
 * {@link WebCaptureBuilder}, capture ids {@code OW-100001} onwards in file order. The one oversize
 * row of a run, when bad rows are wanted, is a capture here whose bio holds a whole scraped page.
 */
final class OpenWebWriter implements Closeable {
  private static final int OVERSIZE_CHARS = 1_200_000;

  private record Capture(String entity, ObjectNode node, BadValue badValue) {}

  private final JsonLines json;
  private final OutputFile out;
  private final TruthWriter truth;
  private final WebCaptureBuilder builder;
  private final Dice dice;
  private final FaultSchedule<RowFault> faults;
  private final FaultSchedule<BadValue> values;
  private final ShuffleWindow<Capture> window;
  private final RecentIds recent = new RecentIds();
  private long sequence;

  OpenWebWriter(
      Path path,
      TruthWriter truth,
      WebCaptureBuilder builder,
      ObjectMapper mapper,
      double badRate,
      Dice dice)
      throws IOException {
    this.json = new JsonLines(mapper);
    this.out = new OutputFile(path);
    this.truth = truth;
    this.builder = builder;
    this.dice = dice;
    this.faults =
        new FaultSchedule<>(
            List.of(
                RowFault.BROKEN_JSON,
                RowFault.NOT_AN_OBJECT,
                RowFault.EMPTY_ID,
                RowFault.DUPLICATE_ID,
                RowFault.OVERSIZE),
            List.of(RowFault.OVERSIZE),
            badRate,
            5,
            11,
            dice);
    this.values =
        new FaultSchedule<>(
            List.of(
                BadValue.IMPOSSIBLE_DATE,
                BadValue.MALFORMED_DATE,
                BadValue.UNPARSEABLE_PHONE,
                BadValue.INVALID_EMAIL,
                BadValue.UNKNOWN_NETWORK,
                BadValue.MALFORMED_TIMESTAMP,
                BadValue.INCOMPLETE_WALLET),
            List.of(),
            badRate,
            3,
            7,
            dice);
    this.window = new ShuffleWindow<>(256, dice, this::emit);
  }

  /** Adds a capture of one of the person's accounts; the person must have an online presence. */
  void add(Person person) throws IOException {
    ObjectNode node = builder.build(person);
    BadValue bad = values.next();
    if (bad != null) {
      builder.apply(bad, node, person);
    }
    window.add(new Capture(person.entityId(), node, bad));
  }

  SourceFileCounts counts() {
    return out.counts();
  }

  @Override
  public void close() throws IOException {
    window.drain();
    out.close();
  }

  private void emit(Capture capture) throws IOException {
    sequence++;
    String id = "OW-" + (100_000 + sequence);
    ObjectNode node = capture.node();
    RowFault fault = faults.next();
    if (fault != null && capture.badValue() != null) {
      // Bad values belong in readable rows; the fault moves on to a later row.
      faults.lost(fault);
      fault = null;
    }
    if (fault == RowFault.DUPLICATE_ID && recent.isEmpty()) {
      fault = RowFault.EMPTY_ID;
    }
    if (fault == RowFault.DUPLICATE_ID) {
      node.put("capture_id", recent.pick(dice));
    } else if (fault == RowFault.EMPTY_ID) {
      switch (dice.below(3)) {
        case 0 -> node.put("capture_id", "");
        case 1 -> node.putNull("capture_id");
        default -> node.remove("capture_id");
      }
    } else {
      node.put("capture_id", id);
    }
    if (fault == RowFault.OVERSIZE) {
      node.put("bio", scrapedPage(node.path("bio").asText("")));
    }
    byte[] line = json.line(node);
    if (fault == RowFault.BROKEN_JSON) {
      line = JsonLines.truncated(line, dice);
    } else if (fault == RowFault.NOT_AN_OBJECT) {
      line = JsonLines.wrappedInArray(line);
    }
    out.row(line);
    if (fault == null) {
      out.countRecords(1);
      truth.record(Source.OPEN_WEB, id, capture.entity());
      recent.add(id);
      if (capture.badValue() != null) {
        out.countBadValue();
        values.delivered(capture.badValue());
      }
    } else {
      out.countBadRow();
      faults.delivered(fault);
    }
  }

  /** A bio swollen by a scraper that kept the whole page: more than 1 MiB of text. */
  private static String scrapedPage(String bio) {
    StringBuilder page = new StringBuilder(OVERSIZE_CHARS + 200);
    String block = bio + " | <div class=\"post\">Reposted listing, contact for prices</div> ";
    while (page.length() < OVERSIZE_CHARS) {
      page.append(block);
    }
    return page.toString();
  }
}
