package org.openresolve.core.lineage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openresolve.core.pipeline.EntityId;

/**
 * Which new entity keeps which previous id. For each new entity, the previous entity sharing the
 * most records with it (ties: the smallest previous id) gives it its id when more than half of that
 * previous entity's records landed in it; more than half can land in one entity only, so no id is
 * ever claimed twice. Every other new entity gets the id derived from its smallest record key; when
 * the earlier run used that id for an entity (one that is now split, merged or kept elsewhere), a
 * fresh id is derived from the key and a counter, so an id never changes meaning.
 *
 * <p>Inputs are the overlap counts alone; the result depends on their content, not their order.
 */
public final class IdCarryOver {
  private IdCarryOver() {}

  /** Final ids by derived id, and the lineage events sorted by new id then previous id. */
  public record Result(Map<String, String> ids, List<LineageEvent> events) {
    public Result {
      ids = Map.copyOf(ids);
      events = List.copyOf(events);
    }
  }

  /**
   * @param previousSizes the record count of every previous entity in scope, including those with
   *     no overlap (they are retired)
   * @param entities every new entity in scope, including those with no overlap (they are new)
   * @param overlaps previous entity, new entity (by derived id) and records shared
   */
  public static Result decide(
      Map<String, Long> previousSizes, List<NewEntity> entities, List<Overlap> overlaps) {
    requireNonNull(previousSizes, "previousSizes is null");
    List<NewEntity> sorted =
        entities.stream().sorted(Comparator.comparing(NewEntity::derivedId)).toList();
    Map<String, List<Overlap>> byEntity = new TreeMap<>();
    Map<String, String> majorityIn = new HashMap<>(); // previous id -> new derived id
    for (Overlap o : overlaps) {
      Long size = previousSizes.get(o.previousId());
      if (size == null) {
        throw new IllegalArgumentException(
            "overlap with previous entity " + o.previousId() + " of unknown size");
      }
      byEntity.computeIfAbsent(o.entityId(), k -> new ArrayList<>()).add(o);
      if (2 * o.shared() > size) {
        majorityIn.put(o.previousId(), o.entityId());
      }
    }
    Map<String, String> ids = new TreeMap<>();
    Map<String, String> keptBy = new HashMap<>(); // previous id -> new derived id
    Comparator<Overlap> strongest =
        Comparator.comparingLong(Overlap::shared).reversed().thenComparing(Overlap::previousId);
    for (NewEntity e : sorted) {
      List<Overlap> mine = byEntity.getOrDefault(e.derivedId(), List.of());
      Overlap best = mine.stream().min(strongest).orElse(null);
      if (best != null
          && 2 * best.shared() > previousSizes.get(best.previousId())
          && !keptBy.containsKey(best.previousId())) {
        ids.put(e.derivedId(), best.previousId());
        keptBy.put(best.previousId(), e.derivedId());
      }
    }
    Set<String> taken = new HashSet<>(keptBy.keySet());
    for (NewEntity e : sorted) {
      if (!ids.containsKey(e.derivedId())) {
        String id = e.derivedId();
        int n = 0;
        while ((n == 0 && e.derivedIdWasUsed())
            || taken.contains(id)
            || previousSizes.containsKey(id)) {
          n++;
          id = derive(e.rootKey() + "#" + n);
        }
        ids.put(e.derivedId(), id);
        taken.add(id);
      }
    }
    List<LineageEvent> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NewEntity e : sorted) {
      String id = ids.get(e.derivedId());
      List<Overlap> mine = byEntity.getOrDefault(e.derivedId(), List.of());
      if (mine.isEmpty()) {
        events.add(new LineageEvent(null, id, LineageEvent.Kind.NEW, 0));
      }
      for (Overlap o : mine) {
        seen.add(o.previousId());
        events.add(
            new LineageEvent(o.previousId(), id, kind(o, e, keptBy, majorityIn), o.shared()));
      }
    }
    for (String previous : new TreeMap<>(previousSizes).keySet()) {
      if (!seen.contains(previous)) {
        events.add(new LineageEvent(previous, null, LineageEvent.Kind.RETIRED, 0));
      }
    }
    events.sort(
        Comparator.comparing(
                LineageEvent::entityId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                LineageEvent::previousId, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new Result(ids, events);
  }

  private static LineageEvent.Kind kind(
      Overlap o, NewEntity e, Map<String, String> keptBy, Map<String, String> majorityIn) {
    String keeper = keptBy.get(o.previousId());
    if (e.derivedId().equals(keeper)) {
      return LineageEvent.Kind.KEPT;
    }
    if (keeper == null && e.derivedId().equals(majorityIn.get(o.previousId()))) {
      return LineageEvent.Kind.MERGED;
    }
    return LineageEvent.Kind.SPLIT;
  }

  /**
   * {@code E-} and the first 16 hex digits of the sha256 of the text, as resolution derives ids
   * ({@link EntityId}).
   */
  public static String derive(String text) {
    return EntityId.derive(text);
  }
}
