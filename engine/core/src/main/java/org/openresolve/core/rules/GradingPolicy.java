package org.openresolve.core.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * How gradings bear on merging (the {@code grading:} section). A link whose two records are both
 * graded low (source reliability or information credibility in the low lists) rests on no
 * corroborated information; it is marked uncorroborated and, with {@code uncorroborated: REVIEW},
 * sent to review instead of merged. Records without a grading are not low: criminal records and
 * captures are facts of their source, not assessments.
 */
public record GradingPolicy(
    List<String> lowSourceReliability,
    List<String> lowInformationCredibility,
    Action uncorroborated)
    implements Serializable {
  public GradingPolicy {
    lowSourceReliability =
        Required.key(lowSourceReliability, "low_source_reliability").stream()
            .map(s -> s.strip().toUpperCase(Locale.ROOT))
            .toList();
    lowInformationCredibility =
        Required.key(lowInformationCredibility, "low_information_credibility").stream()
            .map(String::strip)
            .toList();
    Required.key(uncorroborated, "uncorroborated");
  }

  /** No grading policy: every link is treated alike. */
  public static final GradingPolicy NONE = new GradingPolicy(List.of(), List.of(), Action.LINK);

  /** Whether a record graded so counts as low. */
  public boolean isLow(String sourceReliability, String informationCredibility) {
    return (sourceReliability != null
            && lowSourceReliability.contains(sourceReliability.strip().toUpperCase(Locale.ROOT)))
        || (informationCredibility != null
            && lowInformationCredibility.contains(informationCredibility.strip()));
  }

  /** What happens to an uncorroborated link. */
  public enum Action {
    /** Merge as any other link, marked uncorroborated. */
    LINK,
    /** Send to review; never merged automatically. */
    REVIEW
  }
}
