package org.tidings.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's event lexicon ({@code cameo-lexicon.tsv}): trigger frames mapped to CAMEO codes,
 * and the intention table ({@code intent.tsv}) saying what an intended act is coded as. Every code
 * is checked against the {@link CameoOntology} when loading, so a typo fails at start-up.
 *
 * <p>Immutable after loading; thread-safe.
 */
public final class CameoLexicon {
  static final String LEXICON = "/org/tidings/events/cameo-lexicon.tsv";
  static final String INTENT = "/org/tidings/events/intent.tsv";
  static final String REFUSAL = "/org/tidings/events/refusal.tsv";

  private final Map<String, List<LexiconEntry>> byKey;
  private final Map<String, String> intent;
  private final Map<String, String> refusal;
  private final Set<String> speechLemmas;
  private final String version;

  private CameoLexicon(Map<String, List<LexiconEntry>> byKey, Map<String, String> intent,
      Map<String, String> refusal, String version) {
    this.byKey = byKey;
    this.intent = intent;
    this.refusal = refusal;
    this.version = version;
    Set<String> speech = new HashSet<>();
    byKey.values().forEach(l -> l.stream().filter(LexiconEntry::speech).forEach(e -> speech.add(e.lemma())));
    this.speechLemmas = Set.copyOf(speech);
  }

  /**
   * The bundled lexicon.
   *
   * @throws IllegalStateException naming the file and line of a malformed row or unknown code
   */
  public static CameoLexicon bundled(CameoOntology ontology) {
    String text = read(LEXICON);
    Map<String, List<LexiconEntry>> byKey = new HashMap<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3 || !(cols[1].equals("V") || cols[1].equals("N"))) {
        throw new IllegalStateException(LEXICON + ":" + n + ": expected code, V|N, lemma[, constraints]");
      }
      try {
        ontology.require(cols[0]);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(LEXICON + ":" + n + ": " + e.getMessage(), e);
      }
      LexiconEntry entry = entry(cols, n);
      byKey.computeIfAbsent(key(entry.noun(), entry.lemma()), k -> new ArrayList<>()).add(entry);
    }
    return new CameoLexicon(byKey, table(INTENT, ontology), table(REFUSAL, ontology),
        "lexicon-" + digest(text + read(INTENT) + read(REFUSAL)));
  }

  /** A two-column table root -> CAMEO code, every code checked against the ontology. */
  private static Map<String, String> table(String resource, CameoOntology ontology) {
    Map<String, String> out = new HashMap<>();
    for (String line : read(resource).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(resource + ": expected root and code: '" + line + "'");
      }
      ontology.require(cols[1]);
      out.put(cols[0], cols[1]);
    }
    return out;
  }

  private static LexiconEntry entry(String[] cols, int line) {
    Set<String> objects = Set.of();
    Set<String> modifiers = Set.of();
    String prep = "";
    String particle = "";
    String target = "";
    boolean speech = false;
    boolean denial = false;
    boolean exact = false;
    if (cols.length > 3) {
      for (String c : cols[3].trim().split("\\s+")) {
        if (c.startsWith("obj=")) {
          objects = Set.of(c.substring(4).split("\\|"));
        } else if (c.startsWith("mod=")) {
          modifiers = Set.of(c.substring(4).split("\\|"));
        } else if (c.startsWith("prep=")) {
          prep = c.substring(5);
        } else if (c.startsWith("prt=")) {
          particle = c.substring(4);
        } else if (c.startsWith("target=")) {
          target = c.substring(7);
        } else if (c.equals("speech")) {
          speech = true;
        } else if (c.equals("denial")) {
          denial = true;
        } else if (c.equals("exact")) {
          exact = true;
        } else if (!c.isEmpty()) {
          throw new IllegalStateException(LEXICON + ":" + line + ": unknown constraint '" + c + "'");
        }
      }
    }
    return new LexiconEntry(cols[0], cols[1].equals("N"), cols[2].toLowerCase(Locale.ROOT), objects,
        modifiers, prep, particle, target, speech, denial, exact);
  }

  /** Frames for a verb or noun lemma, in file order; empty when none. */
  public List<LexiconEntry> entries(boolean noun, String lemma) {
    return byKey.getOrDefault(key(noun, lemma), List.of());
  }

  /** True when the lemma has at least one frame of that part of speech. */
  public boolean has(boolean noun, String lemma) {
    return byKey.containsKey(key(noun, lemma));
  }

  /** True for a speech verb ("say", "warn"): its content clause is reported by its subject. */
  public boolean isSpeech(String lemma) {
    return speechLemmas.contains(lemma);
  }

  /** The code an intended act of this root is coded as ("04" to "036"), or null to keep the code. */
  public String intentCode(String root) {
    return intent.get(root);
  }

  /** The code a refused act of this root is coded as ("04" to "125"), or null to keep the code. */
  public String refusalCode(String root) {
    return refusal.get(root);
  }

  /** "lexicon-" plus a short digest of the lexicon files: changes whenever they change. */
  public String version() {
    return version;
  }

  private static String key(boolean noun, String lemma) {
    return (noun ? "N:" : "V:") + lemma;
  }

  private static String read(String resource) {
    try (InputStream in = CameoLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }
}
