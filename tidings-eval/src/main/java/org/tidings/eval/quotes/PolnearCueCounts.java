package org.tidings.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.eval.quotes.PolnearDocument.Attribution;
import org.tidings.model.Article;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Outcome;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;

/**
 * Counts, on a PolNeAR split, how often each word is an attribution cue when it occurs: the
 * procedure behind the train-derived part of the quote cue lexicon ({@code cues.tsv}). Run on the
 * train split only (dev and test are for scoring):
 *
 * <pre>
 *   java -cp ... org.tidings.eval.quotes.PolnearCueCounts ../shared/corpus/polnear/train counts.tsv lexicon.tsv
 * </pre>
 *
 * <p>Each article is annotated by {@link CoreNlpAnnotator} (tokens, POS, lemmas). A gold cue's
 * head is its last verb that is not an auxiliary nor used as a preposition (case, fixed, mark) ("have said": say; "is expected": expect), else
 * its first noun ("criticism"), else its words ("according to", ":"). Every verb and noun token is
 * an occurrence of its lemma; a phrase occurs wherever its words do. The cue's content gives its
 * form: "to" and a verb (to), a clause with a verb (clause), else a noun phrase (object); content
 * opening at a quotation mark is direct speech.
 *
 * <p>{@code counts.tsv} lists every cue head: words, part of speech, occurrences, times a cue,
 * precision (cue / occurrences), and the counts of each content form. {@code lexicon.tsv} lists,
 * in the {@code cues.tsv} form, the verbs (nouns are left out: the noun rule takes only a "that" clause) that were a cue at least {@link #MIN_CUES}
 * times with precision at least {@link #MIN_PRECISION}: content forms seen in at least
 * {@link #MIN_FORM_SHARE} of their uses, class "speech" when at least {@link #MIN_DIRECT_SHARE}
 * of their uses carried direct speech, else "belief". Single-threaded; a batch tool, not used by
 * the pipeline.
 */
public final class PolnearCueCounts {
  /** Least number of times a word is a cue on the split to enter the lexicon. */
  static final int MIN_CUES = 4;
  /** Least share of a word's occurrences that are cues to enter the lexicon. */
  static final double MIN_PRECISION = 0.5;
  /** Least share of a cue's uses in which a content form appears to be listed. */
  static final double MIN_FORM_SHARE = 0.15;
  /** Least share of a cue's uses with direct speech to class it "speech". */
  static final double MIN_DIRECT_SHARE = 0.1;

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
      "might", "shall", "should", "must", "get");
  /** Relations of a word used as a preposition ("according" in "according to"): no verb or noun there. */
  private static final Set<String> FUNCTION_WORD = Set.of("case", "fixed", "mark");
  private static final String QUOTE_MARKS = "\"\u201C\u201D";

  /** What is known of one cue head. */
  static final class Tally {
    int occurrences;
    int cues;
    int clause;
    int to;
    int object;
    int direct;
  }

  private final Map<String, Tally> tallies = new HashMap<>();
  private final List<List<String>> phraseTexts = new ArrayList<>();

  private PolnearCueCounts() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: PolnearCueCounts SPLIT_DIR COUNTS_TSV LEXICON_TSV");
      System.exit(2);
    }
    PolnearCueCounts counts = new PolnearCueCounts();
    Pipeline annotate = Pipeline.of(List.of(new CoreNlpAnnotator(AnnotatorConfig.DEFAULT)));
    List<PolnearDocument> docs = PolnearDocument.readSplit(Path.of(args[0]));
    int done = 0;
    for (PolnearDocument doc : docs) {
      Article article = Article.builder(doc.text(), "polnear:" + doc.id()).externalId(doc.id()).build();
      Outcome outcome = annotate.run(article);
      if (outcome instanceof Outcome.Coded coded) {
        counts.add(coded.document(), doc.gold());
      } else {
        System.err.println("PolnearCueCounts: not annotated: " + doc.id() + ": " + outcome);
      }
      if (++done % 50 == 0) {
        System.err.println("PolnearCueCounts: " + done + " / " + docs.size());
      }
    }
    counts.countPhrases();
    try {
      Files.write(Path.of(args[1]), counts.report(), StandardCharsets.UTF_8);
      Files.write(Path.of(args[2]), counts.lexicon(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(Document doc, List<Attribution> gold) {
    List<Token> tokens = doc.tokens();
    BitSet content = new BitSet();
    BitSet function = new BitSet();
    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      content.set(s.tokens().first(), s.tokens().end());
      for (Dependency d : s.dependencies()) {
        if (FUNCTION_WORD.contains(d.relation())) {
          function.set(d.dependent());
        }
      }
      List<String> words = new ArrayList<>();
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        Token t = tokens.get(i);
        words.add(t.text().toLowerCase(Locale.ROOT));
        String pos = function.get(i) ? null : partOfSpeech(t);
        if (pos != null) {
          tally(t.lemma().toLowerCase(Locale.ROOT), pos).occurrences++;
        }
      }
      phraseTexts.add(words);
    }
    BitSet counted = new BitSet();
    for (Attribution a : gold) {
      List<Integer> cue = covered(tokens, a.cue(), content);
      if (cue.isEmpty()) {
        continue;
      }
      int head = head(tokens, cue, function);
      Tally tally;
      if (head >= 0) {
        if (counted.get(head)) {
          continue;
        }
        counted.set(head);
        tally = tally(tokens.get(head).lemma().toLowerCase(Locale.ROOT), partOfSpeech(tokens.get(head)));
      } else {
        List<String> words = cue.stream().map(i -> tokens.get(i).text().toLowerCase(Locale.ROOT)).toList();
        tally = tally(String.join(" ", words), "phrase");
      }
      tally.cues++;
      form(doc.article().text(), tokens, covered(tokens, a.content(), content), tally);
    }
  }

  /** Tokens of the content sentences that overlap the spans. */
  private static List<Integer> covered(List<Token> tokens, List<TextSpan> spans, BitSet content) {
    List<Integer> out = new ArrayList<>();
    for (int i = content.nextSetBit(0); i >= 0; i = content.nextSetBit(i + 1)) {
      for (TextSpan s : spans) {
        if (s.overlaps(tokens.get(i).span())) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }

  private static int head(List<Token> tokens, List<Integer> cue, BitSet function) {
    int verb = -1;
    for (int i : cue) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB") && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT)) && !function.get(i)) {
        verb = i;
      }
    }
    if (verb >= 0) {
      return verb;
    }
    for (int i : cue) {
      if (tokens.get(i).pos().startsWith("NN") && !function.get(i)) {
        return i;
      }
    }
    return -1;
  }

  private static void form(String text, List<Token> tokens, List<Integer> content, Tally tally) {
    if (content.isEmpty()) {
      return;
    }
    Token first = tokens.get(content.get(0));
    boolean verb = content.stream().anyMatch(i -> tokens.get(i).pos().startsWith("VB"));
    if (first.text().equalsIgnoreCase("to") && content.size() > 1 && tokens.get(content.get(1)).pos().startsWith("VB")) {
      tally.to++;
    } else if (verb) {
      tally.clause++;
    } else {
      tally.object++;
    }
    int at = first.span().begin();
    boolean quoteMark = QUOTE_MARKS.indexOf(first.text().charAt(0)) >= 0
        || at > 0 && QUOTE_MARKS.indexOf(text.charAt(at - 1)) >= 0;
    if (quoteMark) {
      tally.direct++;
    }
  }

  private static String partOfSpeech(Token t) {
    return t.pos().startsWith("VB") ? "verb" : t.pos().startsWith("NN") ? "noun" : null;
  }

  private Tally tally(String words, String pos) {
    return tallies.computeIfAbsent(words + "\t" + pos, k -> new Tally());
  }

  /** Occurrences of each phrase cue: wherever its words appear in a content sentence. */
  private void countPhrases() {
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      String[] key = e.getKey().split("\t");
      if (!key[1].equals("phrase")) {
        continue;
      }
      List<String> words = List.of(key[0].split(" "));
      for (List<String> sentence : phraseTexts) {
        for (int i = 0; i + words.size() <= sentence.size(); i++) {
          if (sentence.subList(i, i + words.size()).equals(words)) {
            e.getValue().occurrences++;
          }
        }
      }
    }
  }

  private List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add("words\tpos\toccurrences\tcues\tprecision\tclause\tto\tobject\tdirect");
    sorted().forEach(e -> {
      Tally t = e.getValue();
      lines.add(e.getKey() + "\t" + t.occurrences + "\t" + t.cues + "\t" + String.format(Locale.ROOT, "%.3f", precision(t))
          + "\t" + t.clause + "\t" + t.to + "\t" + t.object + "\t" + t.direct);
    });
    return lines;
  }

  private List<String> lexicon() {
    List<String> lines = new ArrayList<>();
    sorted().forEach(e -> {
      Tally t = e.getValue();
      String[] key = e.getKey().split("\t");
      if (!key[1].equals("verb") || t.cues < MIN_CUES || precision(t) < MIN_PRECISION) {
        return;
      }
      int uses = Math.max(1, t.clause + t.to + t.object);
      List<String> forms = new ArrayList<>();
      if (t.clause >= MIN_FORM_SHARE * uses) {
        forms.add("clause");
      }
      if (t.to >= MIN_FORM_SHARE * uses) {
        forms.add("to");
      }
      if (t.object >= MIN_FORM_SHARE * uses) {
        forms.add("object");
      }
      if (forms.isEmpty()) {
        forms.add("clause");
      }
      String kind = t.direct >= MIN_DIRECT_SHARE * uses ? "speech" : "belief";
      lines.add(key[0] + "\t" + key[1] + "\t" + kind + "\t" + String.join(",", forms));
    });
    return lines;
  }

  private List<Map.Entry<String, Tally>> sorted() {
    return tallies.entrySet().stream().filter(e -> e.getValue().cues > 0)
        .sorted((a, b) -> a.getValue().cues != b.getValue().cues ? Integer.compare(b.getValue().cues, a.getValue().cues)
            : a.getKey().compareTo(b.getKey()))
        .toList();
  }

  private static double precision(Tally t) {
    return t.occurrences == 0 ? 0 : (double) t.cues / t.occurrences;
  }
}
