package org.openresolve.report;

import java.util.List;
import java.util.Map;

/**
 * Entities spanning each pair of sources, from the number of entities per combination of sources:
 * cell (i, j) counts the entities holding records of both; the diagonal, those holding any record
 * of source i.
 */
final class SourceOverlap {
  private SourceOverlap() {}

  static long[][] of(List<String> sources, Map<List<String>, Long> entitiesBySources) {
    long[][] cells = new long[sources.size()][sources.size()];
    entitiesBySources.forEach(
        (combination, n) -> {
          for (int i = 0; i < sources.size(); i++) {
            if (!combination.contains(sources.get(i))) {
              continue;
            }
            for (int j = 0; j < sources.size(); j++) {
              if (combination.contains(sources.get(j))) {
                cells[i][j] += n;
              }
            }
          }
        });
    return cells;
  }
}
