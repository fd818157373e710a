package org.tidings.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.Document;
import org.tidings.model.Mention;
import org.tidings.model.Token;

/**
 * Step 3 of {@link ActorResolver}: turns merged candidates into coded {@link
 * org.tidings.model.Actor}s, with the article's most named country for actors coded only by role.
 * Thread-safe: keeps no per-document state.
 */
final class ActorCoder {

  private final ActorDictionary dictionary;

  ActorCoder(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  List<org.tidings.model.Actor> build(Document doc, List<Candidate> candidates, LocalDate date) {
    Map<Candidate, List<Candidate>> clusters = new LinkedHashMap<>();
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort((a, b) -> Integer.compare(a.tokens.first(), b.tokens.first()));
    for (Candidate c : ordered) {
      clusters.computeIfAbsent(c.root(), k -> new ArrayList<>()).add(c);
    }
    ActorCode context = mostNamedCountry(doc);
    List<Actor> actors = new ArrayList<>();
    for (List<Candidate> members : clusters.values()) {
      if (members.stream().allMatch(m -> m.kind == ActorMention.Kind.PRONOUN)) {
        continue;
      }
      actors.add(ActorBuilder.build("A" + (actors.size() + 1), doc, members, context));
    }
    return List.copyOf(actors);
  }

  /**
   * The country the article names most often (country names, demonyms, capitals, government
   * metonyms, in content only) as a {@link ActorCode#CONTEXT} code, when one country is named more
   * often than any other; else null. Actors with a role the text gives no country take it.
   */
  ActorCode mostNamedCountry(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Mention> firstMention = new HashMap<>();
    for (Mention m : doc.mentions()) {
      if (!doc.article().isContent(m.span())) {
        continue;
      }
      List<ActorDictionary.Sense> senses = dictionary.lookup(CandidateFinder.stripThe(m.text()));
      if (senses.isEmpty() || CandidateFinder.namesEthnicGroup(doc.tokens(), m) || senses.get(0).kind() == ActorDictionary.Kind.PERSON
          || senses.get(0).kind() == ActorDictionary.Kind.ORGANISATION) {
        continue;
      }
      String country = senses.get(0).country();
      counts.merge(country, 1, Integer::sum);
      firstMention.putIfAbsent(country, m);
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (best == null || top == second) {
      return null;
    }
    Mention m = firstMention.get(best);
    return new ActorCode(
        ActorCode.Field.COUNTRY, best, ActorCode.CONTEXT,
        "the country the article names most (" + top + "x, first as '" + m.text() + "')", m.span());
  }

  /**
   * Codes each name and nominal candidate from what describes it ({@link DescriptionReader}): its
   * modifiers and appositives, a name's own role nouns, and an institution's own name when the
   * dictionary gives it no role; an ethnic group's own name gives no country.
   */
  void codeDescriptions(List<Candidate> candidates, Map<Candidate, BitSet> described, DescriptionReader reader,
      Mention[] mentionAt, List<Token> tokens, LocalDate date) {
    // descriptions of names: modifiers and appositives of the name's head
    for (Candidate c : candidates) {
      if (c.kind == ActorMention.Kind.NAME || c.kind == ActorMention.Kind.NOMINAL) {
        BitSet d = described.computeIfAbsent(c, k -> reader.describing(c.head, c.kind == ActorMention.Kind.NAME ? c.tokens : null));
        if (c.kind == ActorMention.Kind.NAME) {
          // a name's own role nouns (as in "President Obama" tagged as one mention) count too
          for (int i = c.tokens.first(); i < c.tokens.end(); i++) {
            if (mentionAt[i] == null || !tokens.get(i).ner().equals(c.nerType)) {
              d.set(i);
            }
          }
          boolean noRole = c.sense == null || c.sense.kind() == ActorDictionary.Kind.ORGANISATION && c.sense.roleOn(date) == null;
          if (noRole && c.nerType.equals("ORGANIZATION")) {
            // an institution the dictionary lacks, or gives no role, is what its name says:
            // "Supreme Court", "National Assembly", "U.N. Security Council"
            d.set(c.tokens.first(), c.tokens.end());
          }
        }
        for (ActorCode code : reader.code(d, c.head)) {
          // an ethnic group's own name gives no country: "ethnic Albanians"
          boolean ownName = c.ethnicGroup && code.field() == ActorCode.Field.COUNTRY
              && code.span().begin() >= tokens.get(c.tokens.first()).span().begin() && code.span().end() <= tokens.get(c.tokens.end() - 1).span().end();
          if (!ownName) {
            c.codes.add(code);
          }
        }
      }
    }
  }
}
