package org.openresolve.core.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SharedKeysTest {
  private static long[] sorted(long... codes) {
    long[] out = codes.clone();
    Arrays.sort(out);
    return out;
  }

  @Test
  void aCodeCarriesItsRuleAndDependsOnTheKey() {
    long smith = SharedKeys.code("family_phonetic_birth_year:SM0|1980", 5);
    assertThat(SharedKeys.ruleBit(smith)).isEqualTo(5);
    assertThat(SharedKeys.code("family_phonetic_birth_year:SM0|1980", 5)).isEqualTo(smith);
    assertThat(SharedKeys.code("family_phonetic_birth_year:SM0|1981", 5)).isNotEqualTo(smith);
    assertThat(SharedKeys.ruleBit(SharedKeys.code("phone:+447700900123", 62))).isEqualTo(62);
  }

  @Test
  void refusesARuleBitOutsideTheCode() {
    assertThatThrownBy(() -> SharedKeys.code("k", 63))
        .hasMessageContaining("rule bit must be in [0, 63)");
    assertThatThrownBy(() -> SharedKeys.code("k", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPairIsTakenOnlyFromTheBlockOfItsSmallestSharedCode() {
    long phone = SharedKeys.code("phone:+447700900123", 3);
    long name = SharedKeys.code("given_family_phonetic:JN|SM0", 7);
    long email = SharedKeys.code("email:j.smith@example.org", 4);
    long[] left = sorted(phone, name, SharedKeys.code("birth_date:1980-01-02", 1));
    long[] right = sorted(phone, name, email);
    long first = Math.min(phone, name);
    long other = Math.max(phone, name);

    assertThat(SharedKeys.rulesIfFirstShared(left, right, first)).isEqualTo((1L << 3) | (1L << 7));
    assertThat(SharedKeys.rulesIfFirstShared(right, left, first)).isEqualTo((1L << 3) | (1L << 7));
    assertThat(SharedKeys.rulesIfFirstShared(left, right, other)).isZero();
  }

  @Test
  void recordsThatShareNoCodeYieldNoRules() {
    long[] left = sorted(SharedKeys.code("a", 0), SharedKeys.code("b", 1));
    long[] right = sorted(SharedKeys.code("c", 0), SharedKeys.code("d", 1));
    assertThat(SharedKeys.rulesIfFirstShared(left, right, left[0])).isZero();
    assertThat(SharedKeys.rulesIfFirstShared(new long[0], right, right[0])).isZero();
  }

  @Test
  void codesOfManyKeysDoNotCollide() {
    long distinct =
        LongStream.range(0, 200_000)
            .map(i -> SharedKeys.code("family_phonetic_birth_year:K" + i, (int) (i % 14)))
            .distinct()
            .count();
    assertThat(distinct).isEqualTo(200_000);
  }

  @Test
  void aRecordsCodesAreItsUsableKeysSortedOnceEach() {
    Map<String, Integer> bits = Map.of("phone", 3, "email", 4);
    long[] codes =
        SharedKeys.codesOf(
            List.of("phone:+447700900123", "email:a@b.org", "phone:+447700900123", "phone:+000"),
            k -> !k.endsWith("+000"),
            bits);
    assertThat(codes)
        .containsExactly(
            sorted(SharedKeys.code("phone:+447700900123", 3), SharedKeys.code("email:a@b.org", 4)));
    assertThat(BlockingRule.ruleIdOf("phone:+44:7700")).isEqualTo("phone");
  }

  @Test
  void refusesAKeyOfNoRule() {
    assertThatThrownBy(
            () -> SharedKeys.codesOf(List.of("wallet:BTC:1abc"), k -> true, Map.of("phone", 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wallet:BTC:1abc names no blocking rule");
  }
}
