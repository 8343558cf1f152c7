package org.openresolve.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One CSV row's cells by header name. */
final class CsvFields implements FieldSource {
  private final Map<String, Integer> header;
  private final List<String> cells;
  private final boolean trim;
  private final Pattern separator;

  CsvFields(Map<String, Integer> header, List<String> cells, boolean trim, Pattern separator) {
    this.header = header;
    this.cells = cells;
    this.trim = trim;
    this.separator = separator;
  }

  @Override
  public String text(String column) {
    if (column == null) {
      return null;
    }
    Integer i = header.get(column);
    if (i == null || i >= cells.size()) {
      return null;
    }
    String v = trim ? cells.get(i).strip() : cells.get(i);
    return v.isEmpty() ? null : v;
  }

  @Override
  public List<String> list(String column) {
    String v = text(column);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : separator.split(v)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
