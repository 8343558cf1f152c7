package org.openresolve.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.RuleSet;
import org.openresolve.model.NameType;
import org.openresolve.model.PersonName;
import org.openresolve.model.PersonRecord;
import org.openresolve.model.RecordKey;
import org.openresolve.model.SourceKind;

/**
 * Principle: an entity may not hold two records whose given names are two names, not spellings,
 * typos, nicknames, initials or transliterations of one ({@code guards.given_names_apart}, which
 * the default rule set leaves off).
 */
class GivenNameConflictTest {
  private static final Path DEFAULT = Path.of("../../rules/default/ruleset.yaml");
  private static RuleSet rules;
  private static GivenNameConflict given;

  /**
   * The default rule set with the given-name guard at the levels short of a typo, nickname or
   * sound.
   */
  @BeforeAll
  static void rulesWithTheGuard(@TempDir Path dir) throws IOException {
    RuleSet defaults = RuleSet.load(DEFAULT);
    for (String list : defaults.nameListFiles()) {
      Files.copy(DEFAULT.resolveSibling(list), dir.resolve(list));
    }
    String text =
        Files.readString(DEFAULT)
            .replace(
                "  max_birth_year_gap: 5\n",
                "  max_birth_year_gap: 5\n  given_names_apart: {comparison: given_name, levels: [similar, possible transliteration, different]}\n");
    Path file = dir.resolve("ruleset.yaml");
    Files.writeString(file, text);
    rules = RuleSet.load(file);
    given = GivenNameConflict.of(rules).orElseThrow();
  }

  @Test
  void theDefaultRuleSetHasNoGivenNameGuard() {
    assertThat(GivenNameConflict.of(RuleSet.load(DEFAULT))).isEmpty();
  }

  private static MatchView view(String id, String... givenNames) {
    PersonRecord.Builder b = PersonRecord.builder(new RecordKey("s", SourceKind.CSV, id, "0"));
    for (int i = 0; i < givenNames.length; i++) {
      String given = givenNames[i].isEmpty() ? null : givenNames[i];
      String full = given == null ? "muir" : given + " muir";
      b.name(
          new PersonName(
              i == 0 ? NameType.PRIMARY : NameType.ALIAS,
              full,
              "Latn",
              full,
              given,
              "muir",
              null,
              null));
    }
    return MatchView.of(b.build());
  }

  @ParameterizedTest(name = "{0} and {1} are one name")
  @CsvSource({
    "james, james", // the same name
    "catherine, katherine", // a spelling variant
    "jonathan, jonathon", // a typo
    "william, bill", // a nickname in the rule set's list
    "j, james", // an initial
    "aleksandr, alexander", // a transliteration
  })
  void givenNamesOfOnePersonAreCompatible(String a, String b) {
    assertThat(given.between(view("1", a), view("2", b))).isEmpty();
  }

  @Test
  void twoDifferentGivenNamesAreTwoPeople() {
    assertThat(given.between(view("1", "james"), view("2", "jane")))
        .contains("given names james and jane are two names (similar)");
    assertThat(given.between(view("1", "robert"), view("2", "maria")))
        .contains("given names robert and maria are two names (different)");
  }

  @Test
  void aRecordWithoutAGivenNameIsCompatibleWithAny() {
    assertThat(given.between(view("1", ""), view("2", "jane"))).isEmpty();
  }

  @Test
  void aRecordIsCompatibleWhenAnyOfItsNamesIs() {
    assertThat(given.between(view("1", "robert", "james"), view("2", "jim"))).isEmpty();
  }

  @Test
  void anInitialDoesNotBridgeTwoGivenNamesOfAHousehold() {
    // James -8- "J" -7- Jane: each link alone holds, but the entity would hold James and Jane, so
    // the weaker link is cut and recorded.
    List<MatchView> views = List.of(view("james", "james"), view("j", "j"), view("jane", "jane"));
    RecordConflicts conflicts = new RecordConflicts(Set.of(), 5, GivenNameConflict.of(rules));
    var links = List.of(new ScoredLink(0, 1, 8, false), new ScoredLink(1, 2, 7, false));

    var r =
        ConstrainedClustering.cluster(
            3, links, CannotLink.NONE, conflicts.guards(views, i -> views.get(i).key()));

    assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[1]).isNotEqualTo(r.clusterOf()[2]);
    assertThat(r.rejected())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.link()).isEqualTo(new ScoredLink(1, 2, 7, false));
              assertThat(x.guard()).isEqualTo(RecordConflicts.GIVEN_NAME_GUARD);
              assertThat(x.reason())
                  .isEqualTo(
                      "s:james and s:jane cannot be one person: given names james and jane are two names (similar)");
            });
  }
}
