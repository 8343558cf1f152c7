package org.openresolve.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides how many records a person has and in which sources: many people appear once, some many
 * times; open-web captures only for people with accounts.
 */
final class SourcePlanner {
  private final WeightedList<Integer> counts;
  private final Dice dice;

  SourcePlanner(DifficultyProfile profile, Dice dice) {
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i <= profile.recordsPerPerson().size(); i++) {
      sizes.add(i);
    }
    this.counts = new WeightedList<>(sizes, profile.recordsPerPerson());
    this.dice = dice;
  }

  List<Source> plan(Person person) {
    int count = counts.pick(dice);
    List<Source> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double r = dice.unit();
      Source source =
          r < 0.45
              ? Source.CRIMINAL_RECORDS
              : r < 0.78 ? Source.INTELLIGENCE_REPORTS : Source.OPEN_WEB;
      if (source == Source.OPEN_WEB && !person.online().isPresent()) {
        source = r < 0.9 ? Source.CRIMINAL_RECORDS : Source.INTELLIGENCE_REPORTS;
      }
      sources.add(source);
    }
    return sources;
  }
}
