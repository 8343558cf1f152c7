package org.openresolve.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free text of the sources, from {@code texts/}: agencies, offences, report originators and
 * summary templates, open-web bios, interests and the words street-style handles are made of.
 * Templates are grouped once at load time, as they are drawn for every record.
 */
final class SourceTexts {
  private final List<Agency> agencies;
  private final List<String> offences;
  private final List<String> originators;
  private final List<List<String>> summariesBySubjects;
  private final Map<String, List<String>> biosByNetwork;
  private final List<String> interests;
  private final List<String> handleAdjectives;
  private final List<String> handleNouns;

  private SourceTexts(
      List<Agency> agencies,
      List<String> offences,
      List<String> originators,
      List<String> summaries,
      List<String> bios,
      List<String> interests,
      List<String> handleAdjectives,
      List<String> handleNouns) {
    this.agencies = List.copyOf(agencies);
    this.offences = List.copyOf(offences);
    this.originators = List.copyOf(originators);
    this.interests = List.copyOf(interests);
    this.handleAdjectives = List.copyOf(handleAdjectives);
    this.handleNouns = List.copyOf(handleNouns);
    List<List<String>> bySubjects = new ArrayList<>();
    for (int subjects = 1; subjects <= 4; subjects++) {
      List<String> fitting = new ArrayList<>();
      for (String s : summaries) {
        int bar = s.indexOf('|');
        if (Integer.parseInt(s.substring(0, bar)) <= subjects) {
          fitting.add(s.substring(bar + 1));
        }
      }
      bySubjects.add(List.copyOf(fitting));
    }
    this.summariesBySubjects = List.copyOf(bySubjects);
    Map<String, List<String>> byNetwork = new LinkedHashMap<>();
    for (String b : bios) {
      int bar = b.indexOf('|');
      byNetwork
          .computeIfAbsent(b.substring(0, bar), k -> new ArrayList<>())
          .add(b.substring(bar + 1));
    }
    this.biosByNetwork = byNetwork;
  }

  static SourceTexts load() {
    List<Agency> agencies = new ArrayList<>();
    for (String line : ResourceLines.read("texts/agencies.txt")) {
      List<String> c = ResourceLines.cells(line, '|');
      if (c.size() != 4) {
        throw new IllegalStateException("texts/agencies.txt: expected 4 cells in '" + line + "'");
      }
      agencies.add(new Agency(c.get(0), c.get(1), c.get(2), ResourceLines.list(c.get(3), ';')));
    }
    List<String> adjectives = new ArrayList<>();
    List<String> nouns = new ArrayList<>();
    for (String line : ResourceLines.read("texts/handle_words.txt")) {
      List<String> c = ResourceLines.cells(line, '|');
      (c.get(0).equals("A") ? adjectives : nouns).addAll(ResourceLines.list(c.get(1), ' '));
    }
    return new SourceTexts(
        agencies,
        ResourceLines.read("texts/offences.txt"),
        ResourceLines.read("texts/originators.txt"),
        ResourceLines.read("texts/summaries.txt"),
        ResourceLines.read("texts/bios.txt"),
        ResourceLines.read("texts/interests.txt"),
        adjectives,
        nouns);
  }

  List<Agency> agencies() {
    return agencies;
  }

  List<String> offences() {
    return offences;
  }

  List<String> originators() {
    return originators;
  }

  /** Summary templates needing at most {@code subjects} subjects (1 to 4). */
  List<String> summaries(int subjects) {
    return summariesBySubjects.get(subjects - 1);
  }

  /** Bio templates of a network: clear, deep or dark. */
  List<String> bios(String network) {
    return biosByNetwork.get(network);
  }

  List<String> interests() {
    return interests;
  }

  List<String> handleAdjectives() {
    return handleAdjectives;
  }

  List<String> handleNouns() {
    return handleNouns;
  }
}
