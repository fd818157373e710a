package org.tidings.eval.events.outside;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tidings.model.Event;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.events.CameoEntry;

/**
 * Trigger and argument counts of coded events against WikiEvents gold, summed over documents. Not
 * thread-safe.
 *
 * <p>Gold: the events whose KAIROS type {@link KairosMapping} maps. Scored predictions: coded
 * events whose PLOVER type is one the mapping can yield; other types (SUPPORT, SANCTION, ...) are
 * left out, as WikiEvents does not annotate them, and so is a prediction whose trigger overlaps
 * only unmapped gold triggers (e.g. "killed", a Life.Die event, coded ASSAULT). A prediction
 * matches a gold event of its PLOVER type whose trigger it overlaps, one to one, in text order;
 * identification ignores the type. An argument (the coded source or target) is right when its
 * event matched and it overlaps a not yet matched gold argument of that event in a role of its
 * side; precision is over the arguments of all scored predictions, recall over the gold arguments
 * in source or target roles.
 */
final class WikiEventsCounts {
  /** A coded event as scored: PLOVER type, trigger, and source and target spans (null if none). */
  record Coded(String plover, TextSpan trigger, TextSpan source, TextSpan target) {
    static Coded of(Event e) {
      return new Coded(e.ploverType(), e.trigger(), e.source() == null ? null : e.source().span(),
          e.target() == null ? null : e.target().span());
    }
  }

  private static final Set<String> SCORED_TYPES =
      KairosMapping.ENTRIES.stream().map(KairosMapping.Entry::plover).collect(Collectors.toUnmodifiableSet());

  int gold;
  int predicted;
  int typed;
  int identified;
  int goldArgs;
  int predictedArgs;
  int rightArgs;
  /** PLOVER type to {gold, predicted, matched}. */
  final Map<String, int[]> byType = new TreeMap<>();

  /** Adds one document's gold and its coded events (in any order). */
  void add(WikiEventsDocument doc, List<Coded> coded) {
    List<WikiEventsDocument.GoldEvent> golds = new ArrayList<>();
    List<TextSpan> unmapped = new ArrayList<>();
    for (WikiEventsDocument.GoldEvent g : doc.events()) {
      if (KairosMapping.of(g.kairosType()).isPresent()) {
        golds.add(g);
      } else {
        unmapped.add(g.trigger());
      }
    }
    List<Coded> preds = coded.stream()
        .filter(c -> SCORED_TYPES.contains(c.plover()) && !c.plover().equals(CameoEntry.DROPPED))
        .filter(c -> golds.stream().anyMatch(g -> g.trigger().overlaps(c.trigger()))
            || unmapped.stream().noneMatch(u -> u.overlaps(c.trigger())))
        .sorted(Comparator.comparing(Coded::trigger))
        .toList();
    gold += golds.size();
    predicted += preds.size();
    for (WikiEventsDocument.GoldEvent g : golds) {
      String type = KairosMapping.of(g.kairosType()).orElseThrow().plover();
      byType.computeIfAbsent(type, t -> new int[3])[0]++;
      goldArgs += (int) g.arguments().stream().filter(a -> side(g, a.role()) != 0).count();
    }
    boolean[] usedTyped = new boolean[golds.size()];
    boolean[] usedAny = new boolean[golds.size()];
    for (Coded c : preds) {
      byType.computeIfAbsent(c.plover(), t -> new int[3])[1]++;
      predictedArgs += (c.source() == null ? 0 : 1) + (c.target() == null ? 0 : 1);
      int any = match(golds, usedAny, c, false);
      identified += any >= 0 ? 1 : 0;
      int at = match(golds, usedTyped, c, true);
      if (at < 0) {
        continue;
      }
      typed++;
      byType.get(c.plover())[2]++;
      WikiEventsDocument.GoldEvent g = golds.get(at);
      boolean[] usedArg = new boolean[g.arguments().size()];
      rightArgs += argument(g, usedArg, c.source(), 1) + argument(g, usedArg, c.target(), 2);
    }
  }

  /** Index of the first free gold event whose trigger the coded one overlaps (of its type if asked); -1. */
  private static int match(List<WikiEventsDocument.GoldEvent> golds, boolean[] used, Coded c, boolean typed) {
    for (int i = 0; i < golds.size(); i++) {
      WikiEventsDocument.GoldEvent g = golds.get(i);
      if (!used[i] && g.trigger().overlaps(c.trigger())
          && (!typed || KairosMapping.of(g.kairosType()).orElseThrow().plover().equals(c.plover()))) {
        used[i] = true;
        return i;
      }
    }
    return -1;
  }

  /** 1 when the span overlaps a free gold argument whose role fits the side (1 source, 2 target). */
  private static int argument(WikiEventsDocument.GoldEvent g, boolean[] used, TextSpan span, int side) {
    if (span == null) {
      return 0;
    }
    for (int i = 0; i < g.arguments().size(); i++) {
      WikiEventsDocument.GoldArgument a = g.arguments().get(i);
      if (!used[i] && (side(g, a.role()) & side) != 0 && a.span().overlaps(span)) {
        used[i] = true;
        return 1;
      }
    }
    return 0;
  }

  /** 1 source role, 2 target role, 3 either, 0 neither. */
  private static int side(WikiEventsDocument.GoldEvent g, String role) {
    KairosMapping.Entry e = KairosMapping.of(g.kairosType()).orElseThrow();
    return (e.sourceRoles().contains(role) ? 1 : 0) | (e.targetRoles().contains(role) ? 2 : 0);
  }

  static double precision(int right, int predicted) {
    return predicted == 0 ? 0 : (double) right / predicted;
  }

  static double f1(int right, int gold, int predicted) {
    return gold + predicted == 0 ? 0 : 2.0 * right / (gold + predicted);
  }
}
