package org.openresolve.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  enum Colour {
    RED,
    GREEN
  }

  record Inner(String text, Colour colour) {}

  record Everything(
      int small,
      long big,
      boolean flag,
      double ratio,
      Integer boxed,
      String text,
      Colour colour,
      Inner inner,
      List<Inner> inners,
      List<List<String>> nested) {}

  record Unsupported(String name, Instant at) {}

  private static final RecordCodec<Everything> CODEC = RecordCodec.of(Everything.class);

  @Test
  void everySupportedKindOfComponentSurvivesTheRoundTrip() {
    Everything e =
        new Everything(
            -7,
            Long.MIN_VALUE,
            true,
            -0.125,
            42,
            "ünïcode ✓",
            Colour.GREEN,
            new Inner("a", Colour.RED),
            List.of(new Inner("b", null), new Inner(null, Colour.GREEN)),
            List.of(List.of("x", "y"), List.of()));

    assertThat(CODEC.decode(CODEC.encode(e))).isEqualTo(e);
  }

  @Test
  void nullsSurviveTheRoundTrip() {
    Everything e = new Everything(0, 0, false, 0, null, null, null, null, null, null);

    assertThat(CODEC.decode(CODEC.encode(e))).isEqualTo(e);
  }

  @Test
  void anUnsupportedComponentIsRefusedWithItsPath() {
    assertThatThrownBy(() -> RecordCodec.of(Unsupported.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unsupported.at: type java.time.Instant is not supported");
  }

  @Test
  void anOrdinalBeyondTheEnumIsRejected() {
    byte[] bytes = RecordCodec.of(Inner.class).encode(new Inner(null, Colour.GREEN));
    bytes[bytes.length - 1] = 9;

    assertThatThrownBy(() -> RecordCodec.of(Inner.class).decode(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Inner.colour: no Colour with ordinal 9 (byte 3)");
  }

  @Test
  void encodingIsOnlyTheValues() {
    // "ab" as length + 1 and two bytes, then the enum as a present flag and its ordinal
    assertThat(RecordCodec.of(Inner.class).encode(new Inner("ab", Colour.GREEN))).hasSize(5);
    assertThat(Arrays.toString(RecordCodec.of(Inner.class).encode(new Inner("ab", Colour.GREEN))))
        .isEqualTo("[3, 97, 98, 1, 1]");
  }
}
