package org.openresolve.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNormaliserTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "sasha_iv",
        "@sasha_iv",
        " @Sasha_IV ",
        "https://t.me/sasha_iv",
        "http://www.t.me/sasha_iv/",
        "t.me/sasha_iv",
        "https://forum.example/u/sasha_iv?tab=posts#top"
      })
  void readsTheHandleAloneInLowerCase(String written) {
    assertThat(AccountNormaliser.handle(written)).isEqualTo("sasha_iv");
  }

  @Test
  void keepsDotsInAHandleThatIsNoUrl() {
    assertThat(AccountNormaliser.handle("sasha.iv")).isEqualTo("sasha.iv");
  }

  @ParameterizedTest
  @CsvSource({
    "t.me, telegram",
    "https://t.me/, telegram",
    "Telegram, telegram",
    "twitter.com, x",
    "www.twitter.com, x",
    "X.com, x",
    "fb.com, facebook",
    "https://m.facebook.com/profile, facebook",
    "vk.com, vk",
    "instagram.com, instagram"
  })
  void mapsWellKnownSitesToOneName(String written, String platform) {
    assertThat(AccountNormaliser.platform(written)).isEqualTo(platform);
  }

  @Test
  void keepsOtherHostsAsTheyAre() {
    assertThat(AccountNormaliser.platform("https://Forum.Example/u/x")).isEqualTo("forum.example");
  }

  @Test
  void keepsTheMobilePrefixOfASiteThatIsNoMobileSite() {
    assertThat(AccountNormaliser.platform("m.me")).isEqualTo("m.me");
  }

  @Test
  void upperCasesChain() {
    assertThat(AccountNormaliser.chain(" btc ")).isEqualTo("BTC");
  }
}
