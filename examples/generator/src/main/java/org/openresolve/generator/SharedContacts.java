package org.openresolve.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Burner phones and safe-house addresses handed to unrelated people: the hard negatives where a
 * shared contact must not be read as the same person. A few are live per country at a time and each
 * is retired after a handful of users, so memory stays constant however many people there are.
 */
final class SharedContacts {
  private static final int LIVE_PER_COUNTRY = 3;
  private final Map<String, List<PhoneNumber>> burners = new LinkedHashMap<>();
  private final Map<String, List<Address>> safeHouses = new LinkedHashMap<>();
  private final Dice dice;
  private final UniqueValues issued;

  SharedContacts(Dice dice, UniqueValues issued) {
    this.dice = dice;
    this.issued = issued;
  }

  PhoneNumber burner(Country country) {
    return share(
        burners.computeIfAbsent(country.alpha2(), k -> new ArrayList<>()),
        () -> PhoneNumber.mobile(country, dice, issued));
  }

  Address safeHouse(Country country) {
    return share(
        safeHouses.computeIfAbsent(country.alpha2(), k -> new ArrayList<>()),
        () -> Address.random(country, dice));
  }

  private <T> T share(List<T> live, Supplier<T> fresh) {
    if (live.size() < LIVE_PER_COUNTRY) {
      T created = fresh.get();
      live.add(created);
      return created;
    }
    int index = dice.below(live.size());
    T shared = live.get(index);
    if (dice.chance(0.25)) {
      live.set(index, fresh.get());
    }
    return shared;
  }
}
