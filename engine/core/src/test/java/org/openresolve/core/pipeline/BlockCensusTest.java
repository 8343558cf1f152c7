package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockCensusTest {
  @TempDir Path dir;

  @Test
  void anOversizeBlockOfARuleThatRefinesIsReportedRefinedAndItsFinerBlocksCounted() {
    BlockLimits limits = BlockLimits.of(RefiningRules.load(dir));
    Set<String> oversize = Set.of("fam:SM0|1980", "fam/1:SM0|1980/a");
    BlockStats s =
        new BlockCensus(limits, oversize)
            .add("fam:SM0|1980", 5)
            .add("fam/1:SM0|1980/a", 3)
            .add("fam/1:SM0|1980/b", 2)
            .add("fam:JNS|1980", 2)
            // Splits a block within its limit: not a block blocking uses.
            .add("fam/1:JNS|1980/a", 2)
            .stats();

    assertThat(s.refined()).extracting(BlockStats.Block::key).containsExactly("fam:SM0|1980");
    assertThat(s.oversize()).extracting(BlockStats.Block::key).containsExactly("fam/1:SM0|1980/a");
    assertThat(s.oversizeBlocks()).isEqualTo(1);
    assertThat(s.byRule())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.blocks()).isEqualTo(4);
              assertThat(r.refinedBlocks()).isEqualTo(1);
              assertThat(r.oversizeBlocks()).isEqualTo(1);
              assertThat(r.pairs()).isEqualTo(2);
            });
    assertThat(s.oversizeKeys()).isEqualTo(oversize);
  }

  @Test
  void censusesOfPartsMergeToTheCensusOfTheWhole() {
    BlockLimits limits = BlockLimits.of(RefiningRules.load(dir));
    Set<String> oversize = Set.of("fam:SM0|1980");
    BlockStats whole =
        new BlockCensus(limits, oversize).add("fam:SM0|1980", 5).add("fam/1:SM0|1980/a", 2).stats();
    BlockStats merged =
        new BlockCensus(limits, oversize)
            .add("fam:SM0|1980", 5)
            .merge(new BlockCensus(limits, oversize).add("fam/1:SM0|1980/a", 2))
            .stats();

    assertThat(merged).isEqualTo(whole);
  }
}
