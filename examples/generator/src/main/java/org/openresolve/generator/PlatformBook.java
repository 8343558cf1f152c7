package org.openresolve.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Platforms of {@code platforms.txt} ({@code name|network|weight|favoured cultures|url template}),
 * with the clear-web choice weighted per culture and the deep and dark ones apart.
 */
final class PlatformBook {
  private final Map<Culture, WeightedList<Platform>> clearByCulture = new EnumMap<>(Culture.class);
  private final WeightedList<Platform> hidden;

  private PlatformBook(List<Platform> platforms) {
    List<Platform> clear = platforms.stream().filter(p -> p.network().equals("clear")).toList();
    for (Culture culture : Culture.values()) {
      List<Double> weights =
          clear.stream()
              .map(p -> p.favouredBy().contains(culture) ? p.weight() * 5 : p.weight())
              .toList();
      clearByCulture.put(culture, new WeightedList<>(clear, weights));
    }
    List<Platform> rest = platforms.stream().filter(p -> !p.network().equals("clear")).toList();
    hidden = new WeightedList<>(rest, rest.stream().map(Platform::weight).toList());
  }

  static PlatformBook load() {
    List<Platform> platforms = new ArrayList<>();
    for (String line : ResourceLines.read("platforms.txt")) {
      List<String> c = ResourceLines.cells(line, '|');
      if (c.size() != 5) {
        throw new IllegalStateException("platforms.txt: expected 5 cells in '" + line + "'");
      }
      List<Culture> favoured =
          ResourceLines.list(c.get(3), ' ').stream().map(Culture::valueOf).toList();
      platforms.add(
          new Platform(c.get(0), c.get(1), Double.parseDouble(c.get(2)), c.get(4), favoured));
    }
    return new PlatformBook(platforms);
  }

  WeightedList<Platform> clear(Culture culture) {
    return clearByCulture.get(culture);
  }

  /** Deep- and dark-web platforms: forums, paste sites, markets. */
  WeightedList<Platform> hidden() {
    return hidden;
  }
}
