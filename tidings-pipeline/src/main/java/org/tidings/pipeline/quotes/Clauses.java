package org.tidings.pipeline.quotes;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.syntax.ParseIndex;
import org.tidings.pipeline.syntax.PennTag;
import org.tidings.pipeline.syntax.Relations;

/**
 * Reads clauses and phrases off a document's dependency parse: the tokens a word governs, its
 * subject, its span. Token indexes are into {@link Document#tokens()}. One per document; not
 * thread-safe.
 */
final class Clauses {
  static final Set<String> SUBJECTS = Relations.SUBJECTS;
  private static final String PUNCT = ",.:;!?\"'“”‘’«»()-—–―";

  private final Document doc;
  private final ParseIndex parse;
  private int[] treeParents;

  Clauses(Document doc) {
    this.doc = doc;
    this.parse = new ParseIndex(doc);
  }

  ParseIndex parse() {
    return parse;
  }

  Token token(int i) {
    return doc.tokens().get(i);
  }

  /**
   * Tokens {@code head} governs, itself included, within its sentence. The enhanced++ parse is a
   * graph (a shared subject hangs from both conjoined verbs, a relative pronoun's antecedent from
   * the relative clause), so each token is given one tree parent: the nearest of its governors,
   * skipping {@code ref} and {@code nsubj:xsubj} arcs.
   */
  BitSet subtree(int head) {
    BitSet seen = new BitSet();
    TokenRange sentence = sentenceOf(head);
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    seen.set(head);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      for (Dependency d : parse.children(t)) {
        int c = d.dependent();
        if (seen.get(c) || !sentence.contains(c) || treeParent(c) != t) {
          continue;
        }
        seen.set(c);
        todo.push(c);
      }
    }
    return seen;
  }

  /** The governor taken as a token's parent in {@link #subtree}, or -1 for a root. */
  int treeParent(int token) {
    if (treeParents == null) {
      treeParents = new int[doc.tokens().size()];
      java.util.Arrays.fill(treeParents, -2);
    }
    if (treeParents[token] != -2) {
      return treeParents[token];
    }
    int best = -1;
    for (Dependency d : parse.parents(token)) {
      if (d.governor() < 0 || d.relation().equals("ref") || d.relation().equals("nsubj:xsubj")) {
        continue;
      }
      if (best < 0 || Math.abs(d.governor() - token) < Math.abs(best - token)) {
        best = d.governor();
      }
    }
    treeParents[token] = best;
    return best;
  }

  /** The sentence token range holding token {@code i}. */
  TokenRange sentenceOf(int i) {
    return doc.sentences().get(token(i).sentence()).tokens();
  }

  /** The first child of {@code head} with a relation in {@code relations}, or -1. */
  int child(int head, Set<String> relations) {
    for (Dependency d : parse.children(head)) {
      if (relations.contains(d.relation())) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The first child of {@code head} whose relation starts with {@code prefix}, or -1. */
  int childStarting(int head, String prefix) {
    for (Dependency d : parse.children(head)) {
      if (d.relation().startsWith(prefix)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The subject of a predicate, or -1. */
  int subject(int predicate) {
    return child(predicate, SUBJECTS);
  }

  /** The characters from the first to the last set token, trimmed of edge punctuation; null if empty. */
  TextSpan span(BitSet tokens) {
    int first = tokens.nextSetBit(0);
    if (first < 0) {
      return null;
    }
    int last = tokens.length() - 1;
    while (first <= last && isPunct(first)) {
      first++;
    }
    while (last >= first && isPunct(last)) {
      last--;
    }
    if (first > last) {
      return null;
    }
    return new TextSpan(token(first).span().begin(), token(last).span().end());
  }

  /** The characters of a token range, punctuation kept (a cue may be a colon or a dash). */
  TextSpan charSpan(TokenRange r) {
    return new TextSpan(token(r.first()).span().begin(), token(r.end() - 1).span().end());
  }

  /** The token range of the set tokens, first to last; null if empty. */
  static TokenRange range(BitSet tokens) {
    int first = tokens.nextSetBit(0);
    return first < 0 ? null : new TokenRange(first, tokens.length());
  }

  /** The ":" among the punctuation right before token {@code token} ("he said: “..."), or -1. */
  int colonBefore(int token) {
    int colon = token - 1;
    while (colon >= 0 && isPunct(colon) && !token(colon).text().equals(":")) {
      colon--;
    }
    return colon >= 0 && token(colon).text().equals(":") ? colon : -1;
  }

  boolean isPunct(int i) {
    String t = token(i).text();
    return t.length() <= 2 && PUNCT.indexOf(t.charAt(0)) >= 0 || PennTag.of(token(i)) == PennTag.OPENING_QUOTE || PennTag.of(token(i)) == PennTag.CLOSING_QUOTE;
  }

  boolean isVerb(int i) {
    return PennTag.of(token(i)).isVerb() || PennTag.of(token(i)) == PennTag.MD;
  }

  String text(TextSpan span) {
    return span.of(doc.article().text());
  }

  /** The first token overlapping {@code span}, or -1. */
  int firstTokenIn(TextSpan span) {
    List<Token> tokens = doc.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= span.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.size() && tokens.get(lo).span().begin() < span.end() ? lo : -1;
  }

  /** The last token overlapping {@code span}, or -1. */
  int lastTokenIn(TextSpan span) {
    int i = firstTokenIn(span);
    if (i < 0) {
      return -1;
    }
    List<Token> tokens = doc.tokens();
    while (i + 1 < tokens.size() && tokens.get(i + 1).span().begin() < span.end()) {
      i++;
    }
    return i;
  }

  /** Sets the tokens overlapping {@code span} in {@code into}. */
  void tokensIn(TextSpan span, BitSet into) {
    int first = firstTokenIn(span);
    int last = lastTokenIn(span);
    if (first >= 0 && last >= first) {
      into.set(first, last + 1);
    }
  }

  /**
   * A cue in the passive: with a passive auxiliary ("was criticized") or a past participle
   * modifying a noun ("the issue reported by the Post"). Its subject is what was said or judged,
   * never the speaker.
   */
  boolean isPassive(int verb) {
    if (child(verb, Set.of("aux:pass")) >= 0) {
      return true;
    }
    return PennTag.of(token(verb)) == PennTag.VBN && parse().relationOf(verb).equals("acl");
  }

  /** True when a quotation ends right before token {@code i}, punctuation aside. */
  boolean followsQuote(int i, BitSet quoted) {
    int before = i - 1;
    int first = sentenceOf(i).first();
    while (before >= first && isPunct(before)) {
      before--;
    }
    return before >= first && before < i - 1 && quoted.get(before);
  }

  /** True when only punctuation stands before token {@code i} in its sentence. */
  boolean opensSentence(int i) {
    int first = sentenceOf(i).first();
    while (first < i && isPunct(first)) {
      first++;
    }
    return first == i;
  }

  /** A cue inside quotation marks reports only within them: "you say that," Tester said. */
  void clipToQuote(int cue, BitSet content, BitSet quoted) {
    if (!quoted.get(cue)) {
      return;
    }
    int first = cue;
    while (first > 0 && quoted.get(first - 1)) {
      first--;
    }
    int end = quoted.nextClearBit(cue);
    content.clear(0, first);
    content.clear(end, Math.max(end, content.length()));
  }

  boolean hasMark(int clause, String word) {
    for (Dependency d : parse().children(clause)) {
      if (d.relation().equals("mark") && token(d.dependent()).lemma().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  boolean hasThat(int clause) {
    return hasMark(clause, "that");
  }

  static BitSet tokenSet(int from, int to) {
    BitSet b = new BitSet();
    if (from < to) {
      b.set(from, to);
    }
    return b;
  }

  void dropPunctuationEdges(BitSet tokens) {
    int first = tokens.nextSetBit(0);
    while (first >= 0 && isPunct(first)) {
      tokens.clear(first);
      first = tokens.nextSetBit(0);
    }
    int last = tokens.length() - 1;
    while (last >= 0 && isPunct(last)) {
      tokens.clear(last);
      last = tokens.length() - 1;
    }
  }
}
