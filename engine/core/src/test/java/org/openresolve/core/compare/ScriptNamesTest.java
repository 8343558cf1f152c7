package org.openresolve.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.normalise.NameNormaliser;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonRecord;

/** A name written in its own script meets its usual Latin spelling under the default rules. */
class ScriptNamesTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("../../rules/default/ruleset.yaml"));
  private static final PairComparer COMPARER = new PairComparer(RULES);
  private static final NameNormaliser NAMES = new NameNormaliser();

  private static String level(String comparison, PersonRecord a, PersonRecord b) {
    int c = RULES.comparisonIndex(comparison);
    return RULES
        .comparisons()
        .get(c)
        .levels()
        .get(COMPARER.level(c, MatchView.of(a), MatchView.of(b)))
        .label();
  }

  private static PersonRecord written(String id, String given, String family) {
    return Records.record(id).name(NAMES.fromParts(NameType.PRIMARY, given, family)).build();
  }

  @ParameterizedTest(name = "{0} {1} ~ {2} {3}")
  @CsvSource({
    "សុខា, ចាន់, Sokha, Chan",
    "ดารา, ศรีสุข, Dara, Srisuk",
    "ประยุทธ์, ทองดี, Prayut, Thongdee",
    "အောင်, ကျော်, Aung, Kyaw",
    "გიორგი, ბერიძე, Giorgi, Beridze",
    "Արամ, Սարգսյան, Aram, Sargsyan",
    "राहुल, शर्मा, Rahul, Sharma",
    "সুমন, চৌধুরী, Suman, Chowdhury",
    "முருகன், செல்வம், Murugan, Selvam",
    "አበበ, ቢቂላ, Abebe, Bikila",
    "ተስፋዬ, ገብረሥላሴ, Tesfaye, Gebrselassie"
  })
  void aNameInItsScriptMeetsItsLatinSpelling(
      String given, String family, String latinGiven, String latinFamily) {
    PersonRecord a = written("a", given, family);
    PersonRecord b = written("b", latinGiven, latinFamily);

    assertThat(level("given_name", a, b))
        .isIn("exact", "very similar", "one letter off", "transliteration variant");
    assertThat(level("family_name", a, b))
        .isIn("exact", "very similar", "one letter off", "transliteration variant", "sounds alike");
  }
}
