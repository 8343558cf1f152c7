package org.openresolve.core.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Honorifics taken off the start and generational suffixes off the end of each segment of a name
 * ("SMITH Jr., Dr John"), and what is left.
 *
 * @param kept the segments without their titles and suffixes, in the same positions; a segment may
 *     be left empty ("SMITH, John, Jr.")
 * @param title the canonical titles, space-separated, or null
 * @param suffix the canonical suffixes, space-separated, or null
 */
record NameAffixes(List<List<NameToken>> kept, String title, String suffix) {
  static final NameAffixes NONE = new NameAffixes(List.of(), null, null);

  /**
   * Strips every segment; strips nothing when no other word would be left, since a name that is
   * only "Major" or "Haji" is more likely a name than a bare title.
   */
  static NameAffixes strip(List<List<NameToken>> segments) {
    List<List<NameToken>> kept = new ArrayList<>(segments.size());
    List<String> titles = new ArrayList<>();
    List<String> suffixes = new ArrayList<>();
    int remaining = 0;
    for (List<NameToken> segment : segments) {
      int from = 0;
      while (from < segment.size() && NameWords.title(segment.get(from).key()) != null) {
        titles.add(NameWords.title(segment.get(from).key()));
        from++;
      }
      int to = segment.size();
      List<String> segmentSuffixes = new ArrayList<>();
      while (to > from && NameWords.suffix(segment.get(to - 1).key()) != null) {
        segmentSuffixes.add(0, NameWords.suffix(segment.get(to - 1).key()));
        to--;
      }
      suffixes.addAll(segmentSuffixes);
      kept.add(segment.subList(from, to));
      remaining += to - from;
    }
    if (remaining == 0) {
      return new NameAffixes(List.copyOf(segments), null, null);
    }
    return new NameAffixes(List.copyOf(kept), joinOrNull(titles), joinOrNull(suffixes));
  }

  private static String joinOrNull(List<String> words) {
    return words.isEmpty() ? null : String.join(" ", words);
  }
}
