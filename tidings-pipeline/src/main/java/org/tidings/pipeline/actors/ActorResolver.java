package org.tidings.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.Stage;
import org.tidings.pipeline.syntax.ParseIndex;

/**
 * Finds the actors of an article: merges every mention of one real-world actor and codes it by
 * country and role from the {@link ActorDictionary} and from what the text says about it.
 *
 * <p>Steps, each cheap (linear in tokens and arcs, plus a scan back over earlier candidates):
 *
 * <ol>
 *   <li>Candidates: person and organisation names (not names of facilities, events or products,
 *       and with bare surnames the tagger missed: {@link NameRules}); country names used as actors (not as modifiers
 *       of another noun); capitals only as subjects ("Moscow said"), since elsewhere they are
 *       places; government metonyms (Kremlin, White House); plural demonyms ("Palestinians");
 *       role nouns heading a phrase ("militants", "the government"); he/she pronouns.
 *   <li>Descriptions ({@link DescriptionReader}): a role noun in apposition to a name or compounded
 *       with it ("Tajikistan's leader Emomali Rakhmon") becomes a mention of that name and its
 *       codes are the name's.
 *   <li>Merging: same dictionary entry; a surname matching exactly one fuller person name (two
 *       people sharing a title or surname are never merged); "the Russian leader" to the latest
 *       person of that country with that role; a collective to an earlier one with the same head
 *       noun and no other country; a pronoun to the nearest preceding person that is the subject
 *       of its sentence, else the nearest person mention. CoreNLP's {@code coref} annotator is not
 *       used: it would multiply annotation time, and quote attribution needs only he/she.
 *   <li>Coding: countries from the text's description first for people and unnamed actors, from the
 *       dictionary first for organisations and states; dictionary roles as of the article's date.
 * </ol>
 *
 * <p>Step 1 is {@link CandidateFinder}, the codes of descriptions and step 4 {@link ActorCoder},
 * step 3 {@link MentionMerger}; this class runs them in order.
 *
 * <p>Only content segments are read: the annotator already blanks captions and site residue, and
 * sentences outside content are skipped here too.
 *
 * <p>Thread-safe: no per-document state is kept between calls.
 */
public final class ActorResolver implements Stage {
  private final ActorDictionary dictionary;
  private final CandidateFinder finder;
  private final MentionMerger merger = new MentionMerger();
  private final ActorCoder coder;

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    this.finder = new CandidateFinder(dictionary);
    this.coder = new ActorCoder(dictionary);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ACTORS);
  }

  /** Version of the dictionary this stage codes with. */
  public String dictionaryVersion() {
    return dictionary.version();
  }

  @Override
  public Document process(Document doc) {
    List<Token> tokens = doc.tokens();
    Mention[] mentionAt = new Mention[tokens.size()];
    for (Mention m : doc.mentions()) {
      if (doc.article().isContent(m.span())) {
        for (int i = m.tokens().first(); i < m.tokens().end() && i < mentionAt.length; i++) {
          mentionAt[i] = m;
        }
      }
    }
    for (Mention m : NameRules.bareSurnames(doc, mentionAt)) {
      mentionAt[m.tokens().first()] = m;
    }
    ParseIndex parse = new ParseIndex(doc);
    DescriptionReader reader = new DescriptionReader(doc, parse, dictionary, mentionAt);
    LocalDate date = doc.article().published() == null ? null : doc.article().published().date();
    List<Candidate> candidates = new ArrayList<>();
    Map<Integer, Candidate> byHead = new HashMap<>();
    Map<Candidate, BitSet> described = new HashMap<>();

    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      finder.names(doc, s, parse, reader, mentionAt, candidates, byHead, date);
    }
    for (Sentence s : doc.sentences()) {
      if (s.segment().isContent()) {
        finder.nominals(doc, s, parse, reader, mentionAt, candidates, byHead, described);
      }
    }
    coder.codeDescriptions(candidates, described, reader, mentionAt, tokens, date);
    merger.pronouns(doc, parse, candidates);
    merger.merge(doc, candidates, parse);
    return doc.with(Layers.ACTORS, coder.build(doc, candidates, date));
  }
}
