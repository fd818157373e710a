package org.tidings.pipeline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Place;
import org.tidings.model.TimeRef;
import org.tidings.model.Token;
import org.tidings.pipeline.syntax.NerTag;
import org.tidings.pipeline.syntax.ParseIndex;
import org.tidings.pipeline.syntax.PennTag;

/**
 * What the coder reads of one document, indexed by token: the parse, the actor mention and the
 * place covering each token, and the resolved time expressions. Built once per document in time
 * linear in its tokens, mentions and places. Not thread-safe; one per document.
 */
final class DocumentView {
  /** An actor at one of its mentions. */
  record ActorAt(Actor actor, ActorMention mention) {}

  final Document doc;
  final ParseIndex parse;
  private final Map<Integer, ActorAt> actorByToken = new HashMap<>();
  private final Map<Integer, Place> placeByToken = new HashMap<>();
  private final Map<String, Actor> actorById = new HashMap<>();
  final List<TimeRef> times;

  DocumentView(Document doc) {
    this.doc = doc;
    this.parse = new ParseIndex(doc);
    for (Actor a : doc.get(Layers.ACTORS)) {
      actorById.put(a.id(), a);
      for (ActorMention m : a.mentions()) {
        for (int t = m.tokens().first(); t < m.tokens().end(); t++) {
          actorByToken.putIfAbsent(t, new ActorAt(a, m));
        }
      }
    }
    List<Token> tokens = doc.tokens();
    for (Place p : doc.get(Layers.PLACES)) {
      for (Token t : tokens.subList(firstToken(tokens, p.span().begin()), tokens.size())) {
        if (t.span().begin() >= p.span().end()) {
          break;
        }
        if (t.span().overlaps(p.span())) {
          placeByToken.putIfAbsent(t.index(), p);
        }
      }
    }
    this.times = doc.get(Layers.TIMES);
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  /** The part-of-speech tag of a token. */
  PennTag tag(int i) {
    return PennTag.of(token(i));
  }

  /** The named-entity tag of a token. */
  NerTag ner(int i) {
    return NerTag.of(token(i));
  }

  /** True when the token's tag is a plural form ({@link PennTag#isPluralForm()}). */
  boolean plural(int i) {
    return tag(i).isPluralForm();
  }

  /** Lower-case lemma of a token. */
  String lemma(int i) {
    return token(i).lemma().toLowerCase(java.util.Locale.ROOT);
  }

  ActorAt actorAt(int token) {
    return actorByToken.get(token);
  }

  /** The actor with this id, or null (also for a null id). */
  Actor actor(String id) {
    return id == null ? null : actorById.get(id);
  }

  Place placeAt(int token) {
    return placeByToken.get(token);
  }

  /** The first child of {@code token} with exactly this relation, or -1. */
  int child(int token, String relation) {
    for (Dependency d : parse.children(token)) {
      if (d.relation().equals(relation)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Index of the first token whose span ends after {@code offset} (binary search). */
  static int firstToken(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
