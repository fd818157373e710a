package org.tidings.pipeline.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidings.model.Document;
import org.tidings.model.Mention;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Corrections to the tagger's names before they become actor candidates: names it marks that
 * name a thing, a place or an event rather than an actor, and bare surnames it misses. Stateless;
 * thread-safe.
 */
final class NameRules {
  private NameRules() {}

  /**
   * Last words of names of facilities, events and things, never of actors: "Changi International
   * Airport", "Worldwide Developers Conference", "Paris Air Show", "iTunes Music Store". Not
   * "programme": the UN Development Programme acts.
   */
  private static final Set<String> THING_HEADS = Set.of(
      "airport", "conference", "show", "expo", "exhibition", "fair", "festival", "games", "olympics",
      "summit", "factory", "plant", "terminal", "store", "station", "stadium", "kit", "flight");
  /** Time zones the tagger takes for organisations ("at 18:00 UTC"). */
  private static final Set<String> TIME_ZONES =
      Set.of("UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST", "JST");
  /** A model designation after a maker's name: "787", "737-800", "737s", "A330". */
  private static final Pattern MODEL = Pattern.compile("[A-Z]{0,3}-?\\d{2,}[A-Za-z0-9-]*");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  /**
   * True when a name the dictionary does not know names a thing, not an actor: its last word is a
   * facility, event or product word ({@link #THING_HEADS}), it is a time zone, or a model
   * designation follows it ("Boeing 787", "American Airlines 777": the maker's name is part of the
   * product's).
   */
  static boolean namesAThing(List<Token> tokens, Mention m) {
    Token last = tokens.get(m.tokens().end() - 1);
    if (THING_HEADS.contains(last.lemma().toLowerCase(Locale.ROOT)) || TIME_ZONES.contains(m.text())) {
      return true;
    }
    int next = m.tokens().end();
    return next < tokens.size() && tokens.get(next).sentence() == last.sentence() && isModel(tokens.get(next).text());
  }

  static boolean isModel(String word) {
    return MODEL.matcher(word).matches() && !YEAR.matcher(word).matches();
  }

  /**
   * Person mentions for capitalised words outside any mention that repeat the last word of a
   * person's fuller name in the article ("Jobs" after "Steve Jobs", "said Angers" after "Sandy
   * Angers"): the tagger misses surnames that are also common words. Only content sentences are
   * read; {@code mentionAt} is not changed.
   */
  static List<Mention> bareSurnames(Document doc, Mention[] mentionAt) {
    List<Token> tokens = doc.tokens();
    Set<String> surnames = new HashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.type().equals("PERSON") && m.tokens().size() >= 2 && doc.article().isContent(m.span())) {
        String last = tokens.get(m.tokens().end() - 1).text();
        if (last.length() > 1 && Character.isUpperCase(last.charAt(0))) {
          surnames.add(last);
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    if (surnames.isEmpty()) {
      return out;
    }
    for (int i = 0; i < tokens.size() && i < mentionAt.length; i++) {
      Token t = tokens.get(i);
      if (mentionAt[i] == null && PennTag.of(t).isNoun() && surnames.contains(t.text())
          && doc.article().isContent(t.span())) {
        out.add(new Mention(t.span(), new TokenRange(i, i + 1), t.text(), "PERSON", 0.5));
      }
    }
    return out;
  }
}
