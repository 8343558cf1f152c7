package org.openresolve.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Produces people one household at a time: mostly a single stranger, sometimes a family whose
 * members are the hard negatives a matcher must keep apart (father and namesake son, twins,
 * siblings, spouses). Entity ids are issued in order, {@code P0000001} onwards.
 */
final class HouseholdFactory {
  private final PersonFactory people;
  private final DifficultyProfile profile;
  private final Dice dice;
  private long issued;

  HouseholdFactory(PersonFactory people, DifficultyProfile profile, Dice dice) {
    this.people = people;
    this.profile = profile;
    this.dice = dice;
  }

  /** The next household, of at most {@code remaining} people. */
  List<Person> next(long remaining) {
    Person anchor = people.stranger(nextId());
    if (remaining < 2 || !dice.chance(profile.household())) {
      return List.of(anchor);
    }
    int size = (int) Math.min(remaining, dice.between(2, 4));
    List<Person> members = new ArrayList<>(List.of(anchor));
    if (anchor.sex() == Sex.M
        && PersonFactory.canHaveAdultChild(anchor)
        && dice.chance(profile.namesake())) {
      // Jr./Sr. is an English-speaking habit; elsewhere the namesakes are told apart by birth date
      // only.
      boolean suffixed = anchor.culture() == Culture.ENGLISH || dice.chance(0.1);
      members.add(people.namesake(nextId(), anchor, suffixed ? "Jr." : ""));
      if (suffixed) {
        anchor = anchor.withName(anchor.name().withSuffix("Sr."));
        members.set(0, anchor);
      }
    }
    if (members.size() < size && dice.chance(profile.twins())) {
      members.add(people.twin(nextId(), anchor));
    }
    boolean spouse = false;
    while (members.size() < size) {
      int relation = dice.below(3);
      if (relation == 0 && PersonFactory.canHaveAdultChild(anchor)) {
        members.add(people.child(nextId(), anchor));
      } else if (relation == 1 && !spouse) {
        spouse = true;
        members.add(people.spouse(nextId(), anchor));
      } else {
        members.add(people.sibling(nextId(), anchor));
      }
    }
    return members;
  }

  private String nextId() {
    issued++;
    String digits = Long.toString(issued);
    return "P" + "0000000".substring(Math.min(7, digits.length())) + digits;
  }
}
