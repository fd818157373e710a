package org.tidings.pipeline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that introduce what someone said, thought or showed: verbs ("say", "warn"), nouns
 * ("statement", "concerns that") and phrases ("according to"), read from the bundled
 * {@code org/tidings/quotes/cues.tsv} (its header documents the columns).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CueLexicon {
  private static final String RESOURCE = "/org/tidings/quotes/cues.tsv";

  /** Part of speech of a cue. */
  public enum Pos {
    VERB,
    NOUN,
    PHRASE
  }

  /** What a cue reports. Only {@link #SPEECH} cues introduce direct quotes. */
  public enum Kind {
    SPEECH,
    BELIEF,
    EVIDENCE
  }

  /** The forms the content of a cue may take. */
  public enum Content {
    /** A content clause: "said (that) Russia will invite ...". */
    CLAUSE,
    /** A to-infinitive: "vowed to help". */
    TO,
    /** A noun phrase: the object, or the object of a preposition right after the cue ("called for a ban"). */
    OBJECT
  }

  /**
   * One cue.
   *
   * @param words lemma, or space-separated lower-case words for a phrase
   * @param pos part of speech
   * @param kind what it reports
   * @param contents the content forms it takes, never empty
   */
  public record Cue(String words, Pos pos, Kind kind, Set<Content> contents) {
    public Cue {
      contents = Set.copyOf(contents);
      if (contents.isEmpty()) {
        throw new IllegalArgumentException("cue '" + words + "' takes no content");
      }
    }

    public boolean takes(Content c) {
      return contents.contains(c);
    }
  }

  private final Map<String, Cue> verbs;
  private final Map<String, Cue> nouns;
  private final Map<String, Cue> phrases;
  private final String version;

  private CueLexicon(Map<String, Cue> verbs, Map<String, Cue> nouns, Map<String, Cue> phrases, String version) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.phrases = Map.copyOf(phrases);
    this.version = version;
  }

  /** The bundled lexicon. */
  public static CueLexicon bundled() {
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("cue lexicon missing from the classpath: " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a lexicon in the cues.tsv form.
   *
   * @throws IllegalArgumentException naming the line when a line is malformed or repeats a cue
   */
  static CueLexicon read(BufferedReader reader) throws IOException {
    Map<String, Cue> verbs = new HashMap<>();
    Map<String, Cue> nouns = new HashMap<>();
    Map<String, Cue> phrases = new HashMap<>();
    String version = "cues";
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.startsWith("# Tidings quote cue lexicon, version ")) {
        version = line.substring(line.lastIndexOf(' ') + 1).replace(".", "");
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 4) {
        throw new IllegalArgumentException("cues line " + number + ": expected 4 tab-separated fields: " + line);
      }
      Cue cue;
      try {
        Set<Content> contents = EnumSet.noneOf(Content.class);
        for (String c : f[3].split(",")) {
          contents.add(Content.valueOf(c.strip().toUpperCase(Locale.ROOT)));
        }
        cue = new Cue(f[0].strip().toLowerCase(Locale.ROOT), Pos.valueOf(f[1].toUpperCase(Locale.ROOT)),
            Kind.valueOf(f[2].toUpperCase(Locale.ROOT)), contents);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cues line " + number + ": " + e.getMessage() + ": " + line, e);
      }
      Map<String, Cue> into = cue.pos() == Pos.VERB ? verbs : cue.pos() == Pos.NOUN ? nouns : phrases;
      if (into.putIfAbsent(cue.words(), cue) != null) {
        throw new IllegalArgumentException("cues line " + number + ": repeated cue " + cue.words());
      }
    }
    return new CueLexicon(verbs, nouns, phrases, version);
  }

  /** Version string carried into outputs, e.g. "cues-1". */
  public String version() {
    return version;
  }

  /** The verb cue with this lemma, or null. */
  public Cue verb(String lemma) {
    return verbs.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** The noun cue with this lemma, or null. */
  public Cue noun(String lemma) {
    return nouns.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** The phrase cues, e.g. "according to", as lists of lower-case words. */
  public List<List<String>> phrases() {
    return phrases.keySet().stream().sorted().map(p -> List.of(p.split(" "))).toList();
  }

  /** The phrase cue of these words, or null. */
  public Cue phrase(String words) {
    return phrases.get(words.toLowerCase(Locale.ROOT));
  }
}
