package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openresolve.core.compare.LevelPattern;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.compare.PairComparer;

class RandomPairsTest {
  @TempDir Path dir;

  @Test
  void patternsOfTheSampleCountEveryPairOnceWhateverTheCoresShareOut() {
    PairComparer comparer = new PairComparer(RefiningRules.load(dir));
    String[] families = {"smith", "smyth", "jones", "brown", "smith", "novak", "jones"};
    List<MatchView> sample = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      sample.add(
          MatchView.of(
              RefiningRules.person(
                  "R" + i, "ann", families[i % families.length], 1960 + i % 4, 1 + i % 2, 1)));
    }
    Map<LevelPattern, Long> oneByOne = new HashMap<>();
    for (int i = 0; i < sample.size(); i++) {
      RandomPairs.compareRow(sample, i, comparer, oneByOne);
    }

    Map<LevelPattern, Long> patterns = RandomPairs.patterns(sample, comparer);

    assertThat(patterns).isEqualTo(oneByOne);
    assertThat(patterns.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(101L * 100 / 2);
  }
}
