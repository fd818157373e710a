package org.tidings.pipeline.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.syntax.PennTag;

/**
 * The tense of the clause a time expression belongs to, read from Penn Treebank tags of the verb
 * that governs it in the dependency parse: VBD, or VBN after "has"/"had"/"was", is past; "will",
 * "shall", "would" or "going to" is future; a progressive present ("is meeting") is future too,
 * as news uses it for plans. Present simple and participles used as modifiers ("talks scheduled
 * for ...") say nothing. Without a parse the nearest verb in the sentence is read instead.
 *
 * <p>Stateless and thread-safe.
 */
final class TenseFinder {
  /**
   * How far up the parse to look: the expression's own head only. "said Friday" and "on Friday"
   * hang on their verb; further up, the verb of a larger clause ("declared a dividend, payable
   * Dec. 15") says nothing about the date (one step scored best on TempEval-3, 1 to 5 tried).
   */
  private static final int MAX_CLIMB = 1;
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo", "would", "'d");
  private static final Set<String> PLAN_VERBS =
      Set.of("go", "plan", "expect", "schedule", "intend", "hope", "aim", "set", "due");

  /** Verbs whose object is a plan: the time of what they plan lies ahead. */
  private static final Set<String> SCHEDULE_VERBS = Set.of("plan", "schedule", "reschedule", "set");

  private TenseFinder() {}

  static Tense of(TimeContext context, TextSpan span) {
    Tense fromVerb = fromVerb(context, span);
    return fromVerb == Tense.UNKNOWN ? fromPreposition(context, span) : fromVerb;
  }

  /**
   * Words just before the expression that fix its direction when the verb does not: "until
   * Tuesday", "as early as Tuesday", "by Friday" look ahead; "since Monday" looks back.
   */
  private static Tense fromPreposition(TimeContext context, TextSpan span) {
    String before =
        context.text().substring(Math.max(0, span.begin() - 20), span.begin()).toLowerCase(Locale.ROOT);
    if (before.matches("(?s).*\\b(until|till|by|as early as|as soon as|starting|beginning)\\s+(?:on\\s+|the\\s+)?$")) {
      return Tense.FUTURE;
    }
    if (before.matches("(?s).*\\bsince\\s+$")) {
      return Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private static Tense fromVerb(TimeContext context, TextSpan span) {
    List<Token> inside = context.tokensIn(span);
    Sentence sentence = context.sentenceOf(span);
    if (inside.isEmpty() || sentence == null) {
      return Tense.UNKNOWN;
    }
    List<Dependency> arcs = sentence.dependencies();
    if (arcs.isEmpty()) {
      return nearestVerb(context, sentence, inside);
    }
    Set<Integer> own = new HashSet<>();
    for (Token t : inside) {
      own.add(t.index());
    }
    int node = -1;
    Dependency attachment = null;
    for (Dependency d : arcs) {
      if (own.contains(d.dependent()) && !own.contains(d.governor())) {
        node = d.governor() == Dependency.ROOT ? d.dependent() : d.governor();
        attachment = d;
        break;
      }
    }
    if (node >= 0 && schedules(context, arcs, node, attachment)) {
      return Tense.FUTURE;
    }
    for (int step = 0; step < MAX_CLIMB && node >= 0; step++) {
      Tense tense = tenseAt(context, arcs, node);
      if (tense != null) {
        return tense;
      }
      node = governorOf(arcs, node);
    }
    return Tense.UNKNOWN;
  }

  /** The tense node {@code index} decides, or null when it is no verb and has no auxiliary. */
  private static Tense tenseAt(TimeContext context, List<Dependency> arcs, int index) {
    Token head = context.tokens().get(index);
    List<Token> auxiliaries = new ArrayList<>();
    boolean infinitive = false;
    for (Dependency d : arcs) {
      if (d.governor() == index) {
        if (d.relation().startsWith("aux") || d.relation().equals("cop")) {
          auxiliaries.add(context.tokens().get(d.dependent()));
        } else if (d.relation().equals("mark")
            && context.tokens().get(d.dependent()).text().equalsIgnoreCase("to")) {
          infinitive = true;
        }
      }
    }
    boolean verb = PennTag.of(head).isVerb();
    if (!verb && auxiliaries.isEmpty()) {
      return null;
    }
    boolean perfectOrPassive = false;
    for (Token aux : auxiliaries) {
      String word = aux.text().toLowerCase(Locale.ROOT);
      if (FUTURE_AUX.contains(word)) {
        return Tense.FUTURE;
      }
      if (PennTag.of(aux) == PennTag.VBD) {
        return Tense.PAST;
      }
      if (PennTag.of(aux) == PennTag.MD) {
        // "could come as early as Tuesday": a modal with a date points ahead, unless perfect.
        return auxiliaries.stream().anyMatch(a -> a.lemma().equals("have")) ? Tense.PAST : Tense.FUTURE;
      }
      if (aux.lemma().equals("have")) {
        perfectOrPassive = true;
      }
    }
    switch (head.pos()) {
      case "VBD":
        return Tense.PAST;
      case "VBN":
        return perfectOrPassive ? Tense.PAST : conjunctOrUnknown(context, arcs, index);
      case "VBG":
        return auxiliaries.stream().anyMatch(a -> a.lemma().equals("be")) ? Tense.FUTURE : null;
      case "VB":
        if (infinitive) {
          int governor = governorOf(arcs, index);
          if (governor >= 0 && PLAN_VERBS.contains(context.tokens().get(governor).lemma())) {
            return Tense.FUTURE;
          }
          return null;
        }
        return Tense.UNKNOWN;
      default:
        return Tense.UNKNOWN;
    }
  }

  /**
   * "has scheduled a news conference Thursday", "has set Nov. 10 as the deadline", "plans to hold
   * a news conference On Tuesday": what is planned or scheduled lies ahead of the planning.
   * True when the expression hangs on a noun that such a verb governs, or on the verb itself when
   * it is present, perfect or passive; for "set" only what it fixes ({@link #setsTheTime}).
   */
  private static boolean schedules(
      TimeContext context, List<Dependency> arcs, int node, Dependency attachment) {
    Token head = context.tokens().get(node);
    if (head.lemma().equals("set") && !setsTheTime(context, arcs, attachment)) {
      return false; // "prices were set Monday": the day of the setting
    }
    if (PennTag.of(head).isVerb()) {
      // "On Friday, the government planned to pay", "a service planned for Saturday was
      // canceled": a plan in the simple past, or a bare participle, may be over by now.
      boolean auxiliary = arcs.stream()
          .anyMatch(d -> d.governor() == node && d.relation().startsWith("aux"));
      return SCHEDULE_VERBS.contains(head.lemma())
          && PennTag.of(head) != PennTag.VBD
          && !(PennTag.of(head) == PennTag.VBN && !auxiliary);
    }
    if (PennTag.of(head).isNoun()) {
      int governor = governorOf(arcs, node);
      return governor >= 0
          && PennTag.of(context.tokens().get(governor)).isVerb()
          && SCHEDULE_VERBS.contains(context.tokens().get(governor).lemma());
    }
    return false;
  }

  /**
   * "has set Nov. 10 as the deadline", "was set for Tuesday": the time is what "set" fixes (what
   * the active verb sets, or a "for" phrase), not when something was set ("prices were set
   * Monday").
   */
  private static boolean setsTheTime(TimeContext context, List<Dependency> arcs, Dependency attachment) {
    if (attachment == null) {
      return false;
    }
    int verb = attachment.governor();
    boolean passive = arcs.stream().anyMatch(d -> d.governor() == verb && d.relation().endsWith(":pass"));
    if (!passive) {
      return true;
    }
    for (Dependency d : arcs) {
      if (d.governor() == attachment.dependent() && d.relation().equals("case")
          && context.tokens().get(d.dependent()).text().equalsIgnoreCase("for")) {
        return true;
      }
    }
    return false;
  }

  /** A bare participle joined to a past verb ("arrived and was taken") shares its tense. */
  private static Tense conjunctOrUnknown(TimeContext context, List<Dependency> arcs, int index) {
    for (Dependency d : arcs) {
      if (d.dependent() == index && d.relation().equals("conj") && d.governor() >= 0) {
        return PennTag.of(context.tokens().get(d.governor())) == PennTag.VBD ? Tense.PAST : Tense.UNKNOWN;
      }
    }
    return Tense.UNKNOWN;
  }

  private static int governorOf(List<Dependency> arcs, int index) {
    for (Dependency d : arcs) {
      if (d.dependent() == index && d.governor() != index) {
        return d.governor();
      }
    }
    return -1;
  }

  /** Without a parse: the closest verb or modal of the sentence by token distance. */
  private static Tense nearestVerb(TimeContext context, Sentence sentence, List<Token> inside) {
    int anchor = inside.get(0).index();
    Token best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = sentence.tokens().first(); i < sentence.tokens().end(); i++) {
      Token t = context.tokens().get(i);
      boolean candidate = PennTag.of(t).isVerb() || PennTag.of(t) == PennTag.MD;
      int distance = Math.abs(i - anchor);
      if (candidate && (i < inside.get(0).index() || i > inside.get(inside.size() - 1).index())
          && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Tense.UNKNOWN;
    }
    // An auxiliary up to three tokens before the verb ("will not meet", "had been") decides.
    for (int i = best.index() - 1; i >= Math.max(sentence.tokens().first(), best.index() - 3); i--) {
      Token t = context.tokens().get(i);
      if (PennTag.of(t) == PennTag.MD || PennTag.of(t) == PennTag.VBD) {
        best = t;
        break;
      }
    }
    if (PennTag.of(best) == PennTag.MD) {
      return FUTURE_AUX.contains(best.text().toLowerCase(Locale.ROOT)) ? Tense.FUTURE : Tense.UNKNOWN;
    }
    if (PennTag.of(best) == PennTag.VBD) {
      return Tense.PAST;
    }
    if (PennTag.of(best) == PennTag.VBN && best.index() > 0) {
      String before = context.tokens().get(best.index() - 1).lemma();
      return before.equals("have") ? Tense.PAST : Tense.UNKNOWN;
    }
    return Tense.UNKNOWN;
  }
}
