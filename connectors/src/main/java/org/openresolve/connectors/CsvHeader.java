package org.openresolve.connectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openresolve.connectors.io.CsvRow;
import org.openresolve.connectors.mapping.SourceMapping;
import org.openresolve.core.config.ClosestName;

/**
 * A CSV file's header checked against its mapping. A column the mapping reads must be there exactly
 * once: a missing or misspelt one would leave a field empty in every record (no handling code, so
 * everything releasable; no subject category, so no victim or suspect), a repeated one would let
 * one copy win silently. Either is a problem of the whole file. A column the mapping marks optional
 * may be missing, with a warning.
 *
 * @param index column position by name
 * @param problem why no row of the file can be read, or null
 */
record CsvHeader(Map<String, Integer> index, int width, String problem, List<String> warnings) {
  CsvHeader {
    index = Map.copyOf(index);
    warnings = List.copyOf(warnings);
  }

  static CsvHeader of(CsvRow row, SourceMapping mapping, int maxRowBytes) {
    if (row.problem() != null) {
      String why =
          switch (row.problem()) {
            case OVERSIZE ->
                "it is longer than "
                    + maxRowBytes
                    + " bytes (a file without line breaks, or not a CSV file?)";
            case BAD_ENCODING -> "it is not valid UTF-8";
            case UNTERMINATED_QUOTE -> "a quoted cell in it is never closed";
          };
      return new CsvHeader(
          Map.of(), 0, "line " + row.line() + ": the header row cannot be read: " + why, List.of());
    }
    List<String> names = row.cells().stream().map(c -> mapping.trim() ? c.strip() : c).toList();
    Map<String, List<Integer>> positions = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      positions.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i);
    }
    Map<String, Integer> index = new HashMap<>();
    positions.forEach((name, at) -> index.put(name, at.get(0)));
    List<String> problems = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String column : mapping.columns()) {
      List<Integer> at = positions.get(column);
      if (at == null && mapping.optionalColumns().contains(column)) {
        warnings.add(
            "optional column '"
                + column
                + "' is not in the header; read as empty"
                + hint(column, names));
      } else if (at == null) {
        missing.add("'" + column + "'" + hint(column, names));
      } else if (at.size() > 1) {
        problems.add(
            "column '"
                + column
                + "' appears "
                + at.size()
                + " times in the header (columns "
                + at.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "))
                + ")");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          0,
          "the header lacks column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing));
    }
    String problem =
        problems.isEmpty() ? null : "line " + row.line() + ": " + String.join("; ", problems);
    return new CsvHeader(index, names.size(), problem, warnings);
  }

  /**
   * " (found 'Handling_Code')" when the header has a column the missing one was probably meant to
   * be.
   */
  private static String hint(String column, List<String> names) {
    return ClosestName.to(column, names).map(n -> " (found '" + n + "')").orElse("");
  }
}
