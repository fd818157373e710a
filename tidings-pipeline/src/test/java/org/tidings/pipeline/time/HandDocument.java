package org.tidings.pipeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Published;
import org.tidings.model.SegmentKind;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;

/**
 * A one-sentence document built by hand, as the annotator would leave it: tokens written
 * {@code word/TAG} (lemma = lower-cased word, "have"/"be" for their forms), arcs by token
 * position, and raw time expressions found by their text.
 */
final class HandDocument {
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Dependency> arcs = new ArrayList<>();
  private final List<TimeRef> timex = new ArrayList<>();
  private final LocalDate published;
  private final List<Integer> sentenceStarts = new ArrayList<>(List.of(0));

  /** {@code tagged} is e.g. "Officials/NNS said/VBD Friday/NNP ./." (tokens joined by spaces). */
  HandDocument(String tagged, LocalDate published) {
    this.published = published;
    StringBuilder sb = new StringBuilder();
    for (String item : tagged.split(" ")) {
      int slash = item.lastIndexOf('/');
      String word = item.substring(0, slash);
      String tag = item.substring(slash + 1);
      if (sb.length() > 0 && !word.matches("[.,]")) {
        sb.append(' ');
      }
      TextSpan span = new TextSpan(sb.length(), sb.length() + word.length());
      sb.append(word);
      tokens.add(new Token(tokens.size(), span, word, lemma(word), tag, "O", 0));
    }
    this.text = sb.toString();
  }

  private static String lemma(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (List.of("has", "have", "had").contains(w)) {
      return "have";
    }
    if (List.of("is", "are", "was", "were", "be", "been").contains(w)) {
      return "be";
    }
    if (List.of("plans", "planned", "planning").contains(w)) {
      return "plan";
    }
    if (List.of("scheduled", "schedules").contains(w)) {
      return "schedule";
    }
    return w;
  }

  /** Starts a new sentence at token position {@code first} (arcs stay with their dependent's). */
  HandDocument sentenceFrom(int first) {
    sentenceStarts.add(first);
    return this;
  }

  /** Adds an arc between token positions (governor -1 for the root). */
  HandDocument arc(String relation, int governor, int dependent) {
    arcs.add(new Dependency(relation, governor, dependent));
    return this;
  }

  /** Adds a raw time expression: the first occurrence of {@code words}, with SUTime's value. */
  HandDocument timex(String words, TimexType type, String value) {
    int begin = text.indexOf(words);
    if (begin < 0) {
      throw new IllegalArgumentException("'" + words + "' not in: " + text);
    }
    TextSpan span = new TextSpan(begin, begin + words.length());
    timex.add(new TimeRef(span, words, type, value, null));
    return this;
  }

  Document build() {
    Article article =
        new Article(
            Article.idOf(text), null, null, null, published == null ? null : Published.of(published),
            "en", text, List.of(), "test", null);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> placed = new ArrayList<>();
    for (int s = 0; s < sentenceStarts.size(); s++) {
      int first = sentenceStarts.get(s);
      int end = s + 1 < sentenceStarts.size() ? sentenceStarts.get(s + 1) : tokens.size();
      List<Dependency> own = new ArrayList<>();
      for (Dependency d : arcs) {
        if (d.dependent() >= first && d.dependent() < end) {
          own.add(d);
        }
      }
      TextSpan span = new TextSpan(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
      sentences.add(new Sentence(s, span, new TokenRange(first, end), own, SegmentKind.BODY));
      for (int i = first; i < end; i++) {
        Token t = tokens.get(i);
        placed.add(new Token(t.index(), t.span(), t.text(), t.lemma(), t.pos(), t.ner(), s));
      }
    }
    return Document.of(article)
        .with(Layers.TOKENS, List.copyOf(placed))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.MENTIONS, List.of())
        .with(Layers.TIMEX, List.copyOf(timex));
  }
}
