package org.tidings.pipeline.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.syntax.PennTag;

/**
 * What SUTime reads as a time and TimeML does not annotate at all: ages ("6-year-old"), "once",
 * frequency adjectives, verbs and nouns spelt like months ("march", "may"), titles ("ABC's This
 * Week", "VOA Today"), names ("the March for Life"), ordinals ("a second betrayal"), fractions
 * ("a quarter of the market"), the units of rates ("$2 million a year"), and adverbs that only
 * repeat a verb's tense ("Merieux previously said").
 *
 * <p>Stateless and thread-safe.
 */
final class NotTimes {
  private NotTimes() {}

  private static final Pattern AGE =
      Pattern.compile("(?i)(?:\\w+[- ])?[\\w.]+[- ](?:year|month|week|day)s?[- ]old");
  /** Words TimeML leaves unannotated on their own: frequency adjectives, "once", "present". */
  private static final Set<String> NOT_ALONE =
      Set.of("once", "present", "quarterly", "annual", "annually", "day");
  /** "This Week", "60 Minutes", "High Noon": a time noun capitalised inside a sentence is a title. */
  private static final Pattern TITLE_WORD =
      Pattern.compile("\\b(?:Weeks?|Minutes?|Hours?|Months?|Noon|Morning|Afternoon|Evening|Night|Tonight|Today)\\b");
  private static final Pattern LOWERCASE_MONTH = Pattern.compile("\\b(?:march|may)\\b");
  /** A unit SUTime found without its article: "night" of "$55 a night". */
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)year|month|week|day|night|hour|quarter");
  private static final Pattern RATE_ARTICLE = Pattern.compile("(?i)\\b(?:an?|per)\\s+$");
  /** A capitalised month or season ending the text: "March", "the annual March", "Spring". */
  private static final Pattern NAME_HEAD =
      Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Spring|Summer|Autumn|Fall|Winter)$");
  private static final Pattern NAME_TAIL = Pattern.compile("\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z]");
  private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)an?\\s+second");
  /** The unit of a rate: "a year", "per hour". */
  private static final Pattern RATE_UNIT =
      Pattern.compile("(?i)(?:an?|per)\\s+(?:year|month|week|day|night|hour|quarter)");

  /** True when TimeML would not annotate the draft at all. */
  static boolean drop(TimexDraft draft, TimeContext context) {
    String text = context.textOf(draft.span());
    if (AGE.matcher(text).matches()) {
      return true;
    }
    // Words TimeML leaves out on their own; capitalised "Day" alone is part of a name.
    if (NOT_ALONE.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "march", "at this march", "this may be": lowercase they are a noun or a verb.
    if (LOWERCASE_MONTH.matcher(text).find()) {
      return true;
    }
    // "the quarter-to-quarter comparison", "a quarter-century": the first half of a compound.
    if (text.toLowerCase(Locale.ROOT).endsWith("quarter")
        && context.text().startsWith("-", draft.span().end())) {
      return true;
    }
    // "Jan Kavan": a month abbreviation followed by a name is a first name.
    Token next = context.tokenAfter(draft.span());
    if (text.matches("(?i)jan|mar|jun|jul|aug|sept?|oct|nov|dec|may|june|april|august")
        && next != null && PennTag.of(next) == PennTag.NNP) {
      return true;
    }
    // "three-quarters of its sales", "more than a quarter of the market": fractions, not durations.
    if (text.toLowerCase(Locale.ROOT).matches(".*\\bthree[- ]quarters\\b.*")
        || text.toLowerCase(Locale.ROOT).matches("(?:.*\\s)?an?\\s+quarter")
            && context.text().startsWith(" of ", draft.span().end())) {
      return true;
    }
    // "continue past the deadline": the preposition, not the past.
    if (text.equalsIgnoreCase("past") && context.tokensIn(draft.span()).size() == 1
        && PennTag.of(context.tokensIn(draft.span()).get(0)) == PennTag.IN) {
      return true;
    }
    // SUTime reads the agency "SEC" as seconds.
    if (text.contains("SEC")) {
      return true;
    }
    if (capitalisedLikeATitle(draft.span(), text, context)) {
      return true;
    }
    if (rateUnit(draft.span(), text, context)) {
      return true;
    }
    if (partOfAName(draft.span(), text, context)) {
      return true;
    }
    if (text.equalsIgnoreCase("minute")
        && context.text().substring(Math.max(0, draft.span().begin() - 5), draft.span().begin())
            .equalsIgnoreCase("last-")) {
      return true; // "the last-minute effort": an adjective meaning "late", no minute
    }
    if (ORDINAL_SECOND.matcher(text).matches() && premodifiesNoun(draft.span(), context)) {
      return true; // "a second betrayal", "A second group": the ordinal, not the unit
    }
    if (text.equalsIgnoreCase("previously")
        && (premodifiesParticiple(draft.span(), context) || restatesPastTense(draft.span(), context))) {
      return true;
    }
    return text.equalsIgnoreCase("future") && premodifiesNoun(draft.span(), context);
  }

  /**
   * "$2 million a year", "four flights a week", "358,000 a month", "$55 a night": the unit of a
   * rate is a measure's denominator, like "per hour" in a speed, which TimeML does not mark
   * (TempEval-3's gold leaves 7 of 10 such rates out). Frequencies ("twice a week", "once a
   * year") stay.
   */
  private static boolean rateUnit(TextSpan span, String text, TimeContext context) {
    TextSpan rate = span;
    if (!RATE_UNIT.matcher(text).matches()) {
      Matcher article =
          RATE_ARTICLE.matcher(context.text().substring(Math.max(0, span.begin() - 5), span.begin()));
      if (!BARE_UNIT.matcher(text).matches() || !article.find()) {
        return false;
      }
      rate = new TextSpan(span.begin() - (article.end() - article.start()), span.end());
    }
    return afterAnAmount(rate, context);
  }

  /**
   * "the annual March for Life", "``Spring of Life'' demonstrations", "the ``March of the
   * Combatant Mothers''": a capitalised month or season followed by "of"/"for" and a capitalised
   * word begins a name.
   */
  private static boolean partOfAName(TextSpan span, String text, TimeContext context) {
    if (!NAME_HEAD.matcher(text).find()) {
      return false;
    }
    String all = context.text();
    String following = all.substring(span.end(), Math.min(all.length(), span.end() + 20));
    return NAME_TAIL.matcher(following).lookingAt();
  }

  /** True when a number, or a number and its noun ("four flights"), stands just before {@code span}. */
  private static boolean afterAnAmount(TextSpan span, TimeContext context) {
    Token before = context.tokenBefore(span);
    if (before == null) {
      return false;
    }
    if (PennTag.of(before) == PennTag.CD) {
      return true;
    }
    if (!PennTag.of(before).isNoun() || before.index() == 0) {
      return false;
    }
    // "four flights a week", "$35 and $55 a night" (the "$" precedes the number)
    Token counted = context.tokens().get(before.index() - 1);
    return PennTag.of(counted) == PennTag.CD;
  }

  /**
   * "ABC's This Week", "CBS's 60 Minutes", "the film High Noon": a common time noun written with
   * a capital inside a sentence names a programme or a work, not a time. Holidays ("Thanksgiving
   * Day") and a sentence's first word are not affected.
   */
  private static boolean capitalisedLikeATitle(TextSpan span, String text, TimeContext context) {
    Matcher m = TITLE_WORD.matcher(text);
    while (m.find()) {
      int at = span.begin() + m.start();
      Sentence sentence = context.sentenceOf(span);
      Token before = context.tokenBefore(new TextSpan(at, at));
      boolean opensSentence =
          before == null
              || sentence != null && at <= sentence.span().begin()
              || !Character.isLetterOrDigit(before.text().charAt(0));
      if (!opensSentence) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Merieux previously said", "suits previously filed", "Previously, watch imports were denied":
   * with a past-tense verb "previously" only repeats the past tense, and TempEval-3's gold leaves
   * it out (inside a clause 2 of 17 kept; opening a sentence before a past verb 1 of 6). It is
   * kept with the present perfect ("has previously warned", "Previously the Iraqis have
   * resisted"), where it places the event before the time of writing, and opening a sentence
   * whose verb is not in the past.
   */
  private static boolean restatesPastTense(TextSpan span, TimeContext context) {
    Token before = context.tokenBefore(span);
    Sentence sentence = context.sentenceOf(span);
    if (sentence == null) {
      return false;
    }
    if (before == null || sentence.span().begin() >= span.begin()
        || !Character.isLetterOrDigit(before.text().charAt(0))) {
      // Sentence-initial, or after a quote or bracket: the first verb that follows decides.
      Token verb = firstVerbAfter(span, sentence, context);
      return verb != null && PennTag.of(verb) == PennTag.VBD;
    }
    return !(before.lemma().equals("have") && !before.text().equalsIgnoreCase("had"));
  }

  /** The first verb or modal after {@code span} in its sentence, or null. */
  private static Token firstVerbAfter(TextSpan span, Sentence sentence, TimeContext context) {
    for (int i = sentence.tokens().first(); i < sentence.tokens().end(); i++) {
      Token t = context.tokens().get(i);
      if (t.span().begin() >= span.end() && (PennTag.of(t).isVerb() || PennTag.of(t) == PennTag.MD)) {
        return t;
      }
    }
    return null;
  }

  /**
   * "future earnings", "future payments": the adjective "future" before a noun is no time
   * expression in most of TempEval-3's gold (3 of 12 annotated); "the future" and "Elian's
   * future" are kept.
   */
  private static boolean premodifiesNoun(TextSpan span, TimeContext context) {
    Token after = context.tokenAfter(span);
    return after != null && (PennTag.of(after).isNoun() || PennTag.of(after).isAdjective());
  }

  /** "a previously announced plan": an adjective of a noun, not a time of the clause. */
  private static boolean premodifiesParticiple(TextSpan span, TimeContext context) {
    Token before = context.tokenBefore(span);
    Token after = context.tokenAfter(span);
    return before != null
        && after != null
        && Set.of("DT", "PRP$", "POS").contains(before.pos())
        && Set.of("VBN", "VBD", "JJ").contains(after.pos());
  }
}
