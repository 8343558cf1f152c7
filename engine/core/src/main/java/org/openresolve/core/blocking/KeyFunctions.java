package org.openresolve.core.blocking;

import java.util.List;
import java.util.Set;
import org.openresolve.core.compare.MatchView;
import org.openresolve.core.rules.KeyFunction;
import org.openresolve.core.rules.NameGroups;

/**
 * The blocking-key functions of {@link KeyFunction}, over the pre-normalised values of a record.
 */
final class KeyFunctions {
  /** Identifier values shorter than this are too often placeholders ("0", "NA") to block on. */
  static final int MIN_IDENTIFIER_LENGTH = 4;

  /** Handles of fewer letters and digits than this ("jo", "a1") are too common to block on. */
  static final int SHORTEST_HANDLE_KEY = 3;

  /**
   * The digits a phone key keeps: the shortest phone read ({@link MatchView#SHORTEST_PHONE}), so
   * two numbers the phone comparison finds one at the end of the other always share the key.
   */
  static final int PHONE_KEY_DIGITS = MatchView.SHORTEST_PHONE;

  private KeyFunctions() {}

  private static void addPhoneDigits(String phone, Set<String> keys) {
    // E.164 numbers start with '+'; unread ones are digits already.
    int digits = phone.startsWith("+") ? phone.length() - 1 : phone.length();
    if (digits >= PHONE_KEY_DIGITS) {
      keys.add(phone.substring(phone.length() - PHONE_KEY_DIGITS));
    }
  }

  /**
   * @param list the rule's name list when {@code f} reads one, else null
   */
  static void apply(KeyFunction f, NameGroups list, MatchView v, Set<String> keys) {
    switch (f) {
      case FAMILY_NAME_PHONETIC_AND_BIRTH_YEAR -> {
        for (MatchView.Name n : v.names()) {
          withYears(n.familyCodes(), v, keys);
        }
      }
      case GIVEN_NAME_PHONETIC_AND_BIRTH_YEAR -> {
        for (MatchView.Name n : v.names()) {
          withYears(n.givenCodes(), v, keys);
        }
      }
      case GIVEN_AND_FAMILY_NAME_PHONETIC -> {
        for (MatchView.Name n : v.names()) {
          if (n.given() != null && n.family() != null) {
            for (String g : n.givenCodes()) {
              for (String f2 : n.familyCodes()) {
                // Unordered, so the name with its parts exchanged gets the same key.
                keys.add(g.compareTo(f2) <= 0 ? g + "|" + f2 : f2 + "|" + g);
              }
            }
          }
        }
      }
      case BIRTH_DATE -> {
        for (MatchView.Date d : v.birthDates()) {
          if (d.hasDay()) {
            keys.add(d.iso());
          }
        }
      }
      case BIRTH_DATE_AND_FAMILY_INITIAL -> {
        for (MatchView.Date d : v.birthDates()) {
          for (MatchView.Name n : v.names()) {
            if (d.hasDay() && n.family() != null) {
              keys.add(d.iso() + "|" + n.family().charAt(0));
            }
          }
        }
      }
      case IDENTIFIER -> {
        for (MatchView.Id id : v.identifiers()) {
          if (id.value().length() >= MIN_IDENTIFIER_LENGTH) {
            keys.add(id.toString());
          }
        }
      }
      case IDENTIFIER_VALUE -> {
        for (MatchView.Id id : v.identifiers()) {
          if (id.value().length() >= MIN_IDENTIFIER_LENGTH) {
            keys.add(id.value());
          }
        }
      }
      case PHONE_E164 -> keys.addAll(v.phones());
      case PHONE_DIGITS -> {
        v.phones().forEach(p -> addPhoneDigits(p, keys));
        v.unreadPhones().forEach(p -> addPhoneDigits(p, keys));
      }
      case EMAIL -> keys.addAll(v.emails());
      case ONLINE_HANDLE -> {
        // Without decoration, so "_ivan_k_" meets "ivan.k", and e-mail names too: the handle
        // comparison looks for a handle among the other record's e-mail names.
        v.handles().forEach(h -> addHandle(h.handle(), keys));
        for (String email : v.emails()) {
          int at = email.lastIndexOf('@');
          if (at > 0) {
            addHandle(email.substring(0, at), keys);
          }
        }
      }
      case CRYPTO_WALLET -> v.wallets().forEach(w -> keys.add(w.toString()));
      case POSTCODE_AND_GIVEN_NAME_PHONETIC -> {
        for (MatchView.Name n : v.names()) {
          withEach(n.givenCodes(), v.postcodes(), keys);
        }
      }
      case POSTCODE_AND_FAMILY_NAME_PHONETIC -> {
        for (MatchView.Name n : v.names()) {
          withEach(n.familyCodes(), v.postcodes(), keys);
        }
      }
      case LOCALITY_AND_GIVEN_NAME_PHONETIC -> {
        for (MatchView.Name n : v.names()) {
          withEach(n.givenCodes(), v.localities(), keys);
        }
      }
      case LOCALITY_AND_FAMILY_NAME_PHONETIC -> {
        for (MatchView.Name n : v.names()) {
          withEach(n.familyCodes(), v.localities(), keys);
        }
      }
      case NAME_IN_HANDLE -> HandleNameKeys.add(v, keys);
      case FAMILY_NAME_ENDS_AND_INITIAL -> FamilyEndKeys.add(v, keys);
      case FAMILY_NAME_PHONETIC_AND_NICKNAME_GROUP -> {
        for (MatchView.Name n : v.names()) {
          if (n.forename() != null && n.family() != null) {
            for (int group : list.groupsOf(n.forename())) {
              for (String code : n.familyCodes()) {
                keys.add(code + "|" + group);
              }
            }
          }
        }
      }
    }
  }

  private static void withYears(List<String> codes, MatchView v, Set<String> keys) {
    for (String code : codes) {
      for (MatchView.Date d : v.birthDates()) {
        keys.add(code + "|" + d.year());
      }
    }
  }

  /** Each code with each place (postcode or town). */
  private static void withEach(List<String> codes, List<String> places, Set<String> keys) {
    for (String code : codes) {
      for (String place : places) {
        keys.add(code + "|" + place);
      }
    }
  }

  /** A handle or e-mail name as letters and digits only, when at least three are left. */
  private static void addHandle(String handle, java.util.Collection<String> keys) {
    String key = org.openresolve.core.rules.WordList.letterOrDigits(handle);
    if (key.length() >= SHORTEST_HANDLE_KEY) {
      keys.add(key);
    }
  }
}
