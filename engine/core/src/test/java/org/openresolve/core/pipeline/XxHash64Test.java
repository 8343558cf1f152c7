package org.openresolve.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XxHash64Test {
  @ParameterizedTest(name = "XXH64(\"{0}\") = {1}")
  @CsvSource({
    "'', ef46db3751d8e999",
    "a, d24ec4f1a98c6e5b",
    "abc, 44bc2cf5ad770999",
    "Nobody inspects the spammish repetition, fbcea83c8a378bf1",
  })
  void hashesAsTheReferenceImplementationWithSeedZero(String text, String hex) {
    assertThat(Long.toHexString(XxHash64.hash(text.getBytes(StandardCharsets.UTF_8), 0)))
        .isEqualTo(hex);
  }
}
