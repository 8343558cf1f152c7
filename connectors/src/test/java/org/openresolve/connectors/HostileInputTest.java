package org.openresolve.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openresolve.model.SourceKind;

/**
 * Each source kind's reader given files corrupted at random, many variants per kind: truncated
 * lines, invalid UTF-8, byte-order marks, CRLF, NUL bytes, enormous fields and lines, 5,000-column
 * rows, deeply nested JSON, duplicate keys, wrong types, quote storms, gzip and binary data given
 * as text. No variant may throw, the reader's own row count must equal the rows it accounted for
 * ({@link ConnectorTestSupport} fails otherwise), memory stays bounded by the row limit, and every
 * good row around the damage is still accepted.
 */
class HostileInputTest {
  /** Small enough that "enormous" costs little; the readers hold at most this much of a line. */
  private static final int MAX_ROW_BYTES = 8192;

  private static final int VARIANTS_PER_KIND = 48;

  private static final String CRIM_HEADER =
      "record_id,agency,family_name,given_names,full_name,aliases,date_of_birth,place_of_birth,sex,nationality,identifiers,addresses,phones,emails,subject_category,offence,event_date,handling_code,updated_at";

  /** A good line of each kind, with the record id it must yield. */
  private static String goodLine(SourceKind kind, int i) {
    return switch (kind) {
      case CRIMINAL_RECORDS ->
          "G" + i + ",MPS,Smith,John,,,1970-01-0" + (1 + i % 9) + ",,M,GB,,,,,SUSPECT,,,OFFICIAL,";
      case INTELLIGENCE_REPORTS ->
          "{\"report_id\": \"R"
              + i
              + "\", \"subjects\": [{\"ref\": \"S1\", \"name\": \"Ivan Petrov\", \"date_of_birth\": \"1980\"}]}";
      case OPEN_WEB ->
          "{\"capture_id\": \"G"
              + i
              + "\", \"display_name\": \"Sasha I.\", \"emails\": [\"s"
              + i
              + "@mail.example\"]}";
      default -> throw new IllegalArgumentException(kind.id());
    };
  }

  private static String goodId(SourceKind kind, int i) {
    return kind == SourceKind.INTELLIGENCE_REPORTS ? "R" + i + "/S1" : "G" + i;
  }

  /** Bad lines: each replaces or joins the lines of a file at a random place. */
  private static final List<UnaryOperator<String>> BAD_LINES =
      List.of(
          good -> good.substring(0, good.length() / 2),
          good ->
              good.replace("Smith", "Sm\u0000ith")
                      .replace("Ivan", "I\u0000van")
                      .replace("Sasha", "Sa\u0000sha")
                  + "\u0000",
          good -> "x".repeat(3 * MAX_ROW_BYTES),
          good -> "a,".repeat(5000) + "a",
          good -> "[".repeat(20_000) + "]".repeat(20_000),
          good ->
              "{\"capture_id\": \"D1\", \"capture_id\": \"D2\", \"report_id\": \"D\", \"report_id\": \"E\", \"record_id\": 1}",
          good ->
              "{\"capture_id\": 7, \"report_id\": {\"a\": 1}, \"subjects\": \"none\", \"display_name\": [1, [2]], \"emails\": {\"x\": 1}}",
          good -> "\"".repeat(5000),
          good -> "\"unclosed,cell,that,goes,on",
          good -> "\"\"\",\"\"\"\",\"a\"\"b\",\"",
          good ->
              "{\"report_id\": \"Q\", \"subjects\": [{\"ref\": \"S1\", \"name\": \""
                  + "y".repeat(2 * MAX_ROW_BYTES)
                  + "\"}]}",
          good -> "null",
          good -> "[1,2,3]",
          good -> "{}",
          good -> ",,,,,,,,,,,,,,,,,,",
          good -> "\t \t",
          good -> good + "," + good,
          good -> "{\"subjects\": [" + "{\"ref\": null},".repeat(200) + "{}]}");

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (SourceKind kind :
        List.of(
            SourceKind.CRIMINAL_RECORDS, SourceKind.INTELLIGENCE_REPORTS, SourceKind.OPEN_WEB)) {
      Random random = new Random(kind.ordinal() * 7919L);
      for (int v = 0; v < VARIANTS_PER_KIND; v++) {
        out.add(Arguments.of(kind, v, random.nextLong()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} variant {1}")
  @MethodSource("variants")
  void aCorruptedFileNeverCrashesTheReaderAndLosesNoGoodRow(SourceKind kind, int variant, long seed)
      throws IOException {
    Random random = new Random(seed);
    int goods = 3 + random.nextInt(5);
    List<byte[]> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < goods; i++) {
      lines.add(goodLine(kind, i).getBytes(StandardCharsets.UTF_8));
      expected.add(goodId(kind, i));
    }
    int damages = 1 + random.nextInt(3);
    for (int d = 0; d < damages; d++) {
      lines.add(random.nextInt(lines.size() + 1), badLine(variant + d, random, goodLine(kind, 99)));
    }
    String lineEnd = variant % 5 == 0 ? "\r\n" : "\n";
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (variant % 7 == 0) {
      file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    if (kind == SourceKind.CRIMINAL_RECORDS) {
      file.write((CRIM_HEADER + lineEnd).getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] line : lines) {
      file.write(line);
      file.write(lineEnd.getBytes(StandardCharsets.UTF_8));
    }

    var o = ConnectorTestSupport.read(kind, file.toByteArray(), null, null, MAX_ROW_BYTES);

    assertThat(o.problem).isNull();
    assertThat(o.accepted + o.quarantined.size()).isEqualTo(o.rows);
    assertThat(o.records).extracting(r -> r.key().recordId()).containsAll(expected);
    assertThat(o.quarantined)
        .allSatisfy(q -> assertThat(q.raw().length()).isLessThanOrEqualTo(MAX_ROW_BYTES * 2));
  }

  /**
   * One corruption, chosen by the variant: a bad text line, invalid UTF-8, binary or gzip bytes.
   */
  private static byte[] badLine(int variant, Random random, String good) throws IOException {
    int kinds = BAD_LINES.size() + 3;
    int pick = variant % kinds;
    if (pick < BAD_LINES.size()) {
      return BAD_LINES.get(pick).apply(good).getBytes(StandardCharsets.UTF_8);
    }
    if (pick == BAD_LINES.size()) {
      byte[] b = good.getBytes(StandardCharsets.UTF_8);
      b[random.nextInt(b.length)] = (byte) 0xC3;
      b[random.nextInt(b.length)] = (byte) 0xFF;
      return b;
    }
    if (pick == BAD_LINES.size() + 1) {
      byte[] b = new byte[200 + random.nextInt(2000)];
      random.nextBytes(b);
      return withoutLineBreaks(b);
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write((good + "\n").repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    return withoutLineBreaks(gz.toByteArray());
  }

  /**
   * Line breaks inside a binary blob would only split it into more bad lines; kept out to keep good
   * rows whole.
   */
  private static byte[] withoutLineBreaks(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' || b[i] == '\r') {
        b[i] = 0x01;
      }
    }
    return b;
  }
}
