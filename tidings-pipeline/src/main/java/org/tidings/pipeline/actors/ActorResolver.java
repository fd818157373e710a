package org.tidings.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.Stage;
import org.tidings.pipeline.syntax.ParseIndex;
import org.tidings.pipeline.syntax.PennTag;

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
 * <p>Only content segments are read: the annotator already blanks captions and site residue, and
 * sentences outside content are skipped here too.
 *
 * <p>Thread-safe: no per-document state is kept between calls.
 */
public final class ActorResolver implements Stage {
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass", "obl:agent", "nsubj:xsubj");
  private static final Set<String> MODIFIER = Set.of("amod", "compound", "nmod:poss");
  /**
   * Relations in which a capital stands for its government as a party to an act: "an admission by
   * Moscow", "ties with Tehran", "pressure on Beijing", "blockade Paris". Locative ones ("talks in
   * Moscow") leave it a place.
   */
  private static final Set<String> CAPITAL_AS_PARTY = Set.of(
      "obj", "iobj", "nmod:agent", "nmod:by", "nmod:with", "obl:with", "nmod:against", "obl:against",
      "nmod:on", "obl:on", "nmod:from", "obl:from", "nmod:toward", "obl:toward", "nmod:towards", "obl:towards");
  private static final Set<String> MALE_FEMALE = Set.of("he", "him", "his", "she", "her", "hers");
  private static final Set<String> GROUP_PARTS = Set.of("leadership", "movement", "fighter", "militant", "regime", "member");
  /** How many sentences back a pronoun looks for its person. */
  private static final int PRONOUN_WINDOW = 3;

  private final ActorDictionary dictionary;

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
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
      names(doc, s, parse, reader, mentionAt, candidates, byHead, date);
    }
    for (Sentence s : doc.sentences()) {
      if (s.segment().isContent()) {
        nominals(doc, s, parse, reader, mentionAt, candidates, byHead, described);
      }
    }
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
    pronouns(doc, parse, candidates);
    merge(doc, candidates, parse);
    return doc.with(Layers.ACTORS, build(doc, candidates, date));
  }

  private void names(
      Document doc, Sentence s, ParseIndex parse, DescriptionReader reader, Mention[] mentionAt, List<Candidate> out, Map<Integer, Candidate> byHead, LocalDate date) {
    List<Token> tokens = doc.tokens();
    Mention last = null;
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      Mention m = mentionAt[i];
      if (m == null || m == last) {
        continue;
      }
      last = m;
      int head = headOf(m.tokens(), parse);
      String rel = parse.relationOf(head);
      List<ActorDictionary.Sense> senses = dictionary.lookup(stripThe(m.text()));
      ActorDictionary.Sense sense = senses.isEmpty() ? null : senses.get(0);
      ActorMention.Kind kind = ActorMention.Kind.NAME;
      String type = m.type();
      if (sense == null && !type.equals("PERSON") && NameRules.namesAThing(tokens, m)) {
        continue; // "Changi International Airport", "Boeing 787": a place or a product, not an actor
      }
      if (sense == null && type.equals("MISC")) {
        sense = nationalityOfPeople(tokens, m);
      }
      if (type.equals("LOCATION") || type.equals("MISC")) {
        if (sense == null) {
          continue; // an unknown place or adjective: the places stage's business, not an actor
        }
        boolean modifier = MODIFIER.contains(rel) || rel.startsWith("nmod") || rel.equals("appos");
        boolean describes = modifier && describesRoleOrName(tokens, parse, mentionAt, m, head, rel);
        switch (sense.kind()) {
          case COUNTRY -> {
            if (describes) {
              continue; // "Tajikistan's leader", "the president of Armenia": the description's
            }
          }
          case CAPITAL -> {
            if (!SUBJECT.contains(rel) && !CAPITAL_AS_PARTY.contains(rel)) {
              continue; // a capital is a place unless it acts or is acted on: "Moscow has been optimistic"
            }
            kind = ActorMention.Kind.METONYM;
          }
          case METONYM -> kind = ActorMention.Kind.METONYM;
          case DEMONYM -> {
            if (!reader.region(head).isEmpty()) {
              continue; // "former Soviet republics": a group of countries, read as a description
            }
            boolean plural = tokens.get(head).pos().endsWith("S") || m.text().endsWith("s");
            if (!plural && modifier && !describes && MODIFIER.contains(rel)) {
              // the state behind a thing or act: "an Indian proposal", "Palestinian homes"
              Candidate c = new Candidate(ActorMention.Kind.NAME, m.tokens(), head, s.index(), "LOCATION", sense.asCountry(), null, false);
              dictionaryCodes(c, sense.asCountry(), m, date);
              out.add(c);
              byHead.put(head, c);
              continue;
            }
            if (modifier || !plural || PennTag.of(tokens.get(head)).isAdjective()) {
              continue;
            }
            Candidate c = new Candidate(ActorMention.Kind.NOMINAL, m.tokens(), head, s.index(), "", sense, dictionary.role("civilian"), true);
            c.ethnicGroup = namesEthnicGroup(tokens, m);
            if (!c.ethnicGroup) {
              c.codes.add(new ActorCode(ActorCode.Field.COUNTRY, sense.country(), ActorCode.DICTIONARY, dictionary.version() + " demonym '" + m.text() + "'", m.span()));
            }
            out.add(c);
            byHead.put(head, c);
            continue;
          }
          case PERSON -> type = "PERSON";
          case ORGANISATION -> type = "ORGANIZATION";
        }
      } else if (sense != null && sense.kind() == ActorDictionary.Kind.METONYM) {
        kind = ActorMention.Kind.METONYM;
      } else if (sense != null && type.equals("PERSON") && sense.kind() != ActorDictionary.Kind.PERSON) {
        sense = null; // a person who shares a place's name is still a person
      }
      Candidate c = new Candidate(kind, m.tokens(), head, s.index(), type, sense, null, false);
      if (sense != null) {
        dictionaryCodes(c, sense, m, date);
      } else if (type.equals("ORGANIZATION")) {
        nationalPrefixCode(c, m, reader);
      }
      out.add(c);
      byHead.put(head, c);
    }
    // dictionary organisations and metonyms the tagger missed ("Hamas" tagged O)
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      Token t = tokens.get(i);
      if (mentionAt[i] != null || !PennTag.of(t).isProperNoun()) {
        continue;
      }
      int end = i + 1;
      while (end < s.tokens().end() && end - i < 4 && mentionAt[end] == null && PennTag.of(tokens.get(end)).isProperNoun()) {
        end++;
      }
      for (int e = end; e > i; e--) {
        TextSpan span = new TextSpan(t.span().begin(), tokens.get(e - 1).span().end());
        String written = span.of(doc.article().text());
        List<ActorDictionary.Sense> senses = dictionary.lookup(written);
        if (!senses.isEmpty()
            && (senses.get(0).kind() == ActorDictionary.Kind.ORGANISATION || senses.get(0).kind() == ActorDictionary.Kind.METONYM)) {
          TokenRange r = new TokenRange(i, e);
          Mention synthetic = new Mention(span, r, written, "ORGANIZATION", 0.5);
          ActorMention.Kind kind = senses.get(0).kind() == ActorDictionary.Kind.METONYM ? ActorMention.Kind.METONYM : ActorMention.Kind.NAME;
          int head = headOf(r, parse);
          Candidate c = new Candidate(kind, r, head, s.index(), "ORGANIZATION", senses.get(0), null, false);
          dictionaryCodes(c, senses.get(0), synthetic, date);
          out.add(c);
          byHead.put(head, c);
          i = e - 1;
          break;
        }
      }
    }
  }

  /**
   * The nationality of a people named with one: "Iraqi Kurds", "Bosnian Serbs" (a plural name whose
   * first word is a demonym) gives the demonym's entry; null for anything else.
   */
  private ActorDictionary.Sense nationalityOfPeople(List<Token> tokens, Mention m) {
    if (m.tokens().size() < 2 || !tokens.get(m.tokens().end() - 1).pos().endsWith("S")) {
      return null;
    }
    int at = m.tokens().first();
    if (isEthnic(tokens.get(at)) && m.tokens().size() == 2) {
      at++; // "Ethnic Albanians" tagged as one name
    }
    List<ActorDictionary.Sense> first = dictionary.lookup(tokens.get(at).text());
    return !first.isEmpty() && first.get(0).kind() == ActorDictionary.Kind.DEMONYM ? first.get(0) : null;
  }

  private static boolean isEthnic(Token t) {
    return t.lemma().equalsIgnoreCase("ethnic");
  }

  /**
   * Whether a demonym names an ethnic group rather than a state's nationals: "ethnic Albanians"
   * in Macedonia are not Albania's. Such a group takes no country from its own name.
   */
  static boolean namesEthnicGroup(List<Token> tokens, Mention m) {
    int first = m.tokens().first();
    return isEthnic(tokens.get(first))
        || first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence() && isEthnic(tokens.get(first - 1));
  }

  /**
   * Whether a country or demonym modifier belongs to the description of a role noun or a name
   * ("Tajikistan's leader", "Russian President Vladimir Putin", "the president of Armenia") rather
   * than standing for the state itself ("action against Russia", "an Indian proposal").
   */
  private boolean describesRoleOrName(List<Token> tokens, ParseIndex parse, Mention[] mentionAt, Mention m, int head, String rel) {
    if (rel.equals("appos")) {
      return true;
    }
    int gov = parse.governorOf(head);
    if (gov < 0) {
      return false;
    }
    if (mentionAt[gov] != null && mentionAt[gov] != m) {
      return true;
    }
    return isRoleNoun(tokens.get(gov));
  }

  /** An organisation named with its country in front ("French National Assembly") is of that country. */
  private static void nationalPrefixCode(Candidate c, Mention m, DescriptionReader reader) {
    ActorDictionary.Sense prefix = reader.nationalPrefix(m);
    if (prefix != null) {
      c.codes.add(new ActorCode(ActorCode.Field.COUNTRY, prefix.country(), ActorCode.DESCRIPTION, m.text(), m.span()));
    }
  }

  private void dictionaryCodes(Candidate c, ActorDictionary.Sense sense, Mention m, LocalDate date) {
    String evidence = dictionary.version() + " " + sense.kind().name().toLowerCase(Locale.ROOT) + " '" + sense.canonical() + "'";
    c.codes.add(new ActorCode(ActorCode.Field.COUNTRY, sense.country(), ActorCode.DICTIONARY, evidence, m.span()));
    if (sense.kind() == ActorDictionary.Kind.ORGANISATION) {
      c.codes.add(new ActorCode(ActorCode.Field.GROUP, sense.id(), ActorCode.DICTIONARY, evidence, m.span()));
    }
    String role = sense.kind() == ActorDictionary.Kind.COUNTRY ? null : sense.roleOn(date);
    if (role != null) {
      String when = sense.dated().isEmpty() ? "" : date == null ? "" : " as of " + date;
      c.codes.add(new ActorCode(ActorCode.Field.ROLE, role, ActorCode.DICTIONARY, evidence + when, m.span()));
    }
  }

  private void nominals(
      Document doc, Sentence s, ParseIndex parse, DescriptionReader reader, Mention[] mentionAt, List<Candidate> out,
      Map<Integer, Candidate> byHead, Map<Candidate, BitSet> described) {
    List<Token> tokens = doc.tokens();
    for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
      Token t = tokens.get(i);
      if (mentionAt[i] != null || !PennTag.of(t).isNoun()) {
        continue;
      }
      ActorDictionary.RoleNoun noun = headNoun(reader, i, s.tokens().first());
      if (noun == null) {
        continue;
      }
      String rel = parse.relationOf(i);
      int gov = parse.governorOf(i);
      Candidate named = gov >= 0 ? byHead.get(gov) : null;
      if (named != null && (rel.equals("compound") || rel.equals("appos")) && named.kind == ActorMention.Kind.NAME) {
        // "Tajikistan's leader Emomali Rakhmon", "the Kremlin's envoy ..., Zamir Kabulov" (name as appositive of the noun)
        attachDescription(doc, reader, named, i, out, described);
        continue;
      }
      Candidate appositive = appositiveName(parse, byHead, i);
      if (appositive != null) {
        attachDescription(doc, reader, appositive, i, out, described);
        continue;
      }
      // a possessor acts unless it only describes another actor: "the government's refusal", not
      // "the government's spokesman"
      boolean possessor = rel.equals("nmod:poss") && !(gov >= 0 && isRoleNoun(tokens.get(gov)));
      if ((MODIFIER.contains(rel) && !possessor) || !(noun.standsAlone() || titleStandsAlone(parse, i))) {
        continue; // "police" in "police station", "President" before a name the tagger missed
      }
      BitSet d = reader.describing(i, null);
      TokenRange range = span(d, i, s);
      boolean plural = t.pos().endsWith("S") && !noun.agent().equals("body");
      Candidate c = new Candidate(ActorMention.Kind.NOMINAL, range, i, s.index(), "", null, noun, plural);
      described.put(c, d);
      out.add(c);
      byHead.put(i, c);
    }
  }

  private boolean isRoleNoun(Token t) {
    if (!PennTag.of(t).isNoun()) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    // capitalised plurals at a sentence start keep their form as lemma ("Militants")
    return dictionary.role(lemma) != null || lemma.endsWith("s") && dictionary.role(lemma.substring(0, lemma.length() - 1)) != null;
  }

  /**
   * Whether a title noun names an actor by itself: "the president of Armenia", "its prime
   * minister", "Taiwan's Vice Foreign Minister" — a determiner, possessor or "of" phrase makes it
   * a description without a name, not a title waiting for one.
   */
  private static boolean titleStandsAlone(ParseIndex parse, int noun) {
    for (var d : parse.children(noun)) {
      String r = d.relation();
      if (r.equals("det") || r.equals("nmod:poss") || r.equals("nmod:of")) {
        return true;
      }
    }
    return false;
  }

  /** The role noun ending at token {@code i} (longest lemma phrase), or null. */
  private ActorDictionary.RoleNoun headNoun(DescriptionReader reader, int i, int sentenceStart) {
    for (int len = Math.min(dictionary.longestRolePhrase(), i - sentenceStart + 1); len >= 1; len--) {
      String lemmas = reader.lemmas(i - len + 1, i + 1);
      ActorDictionary.RoleNoun r = dictionary.role(lemmas);
      if (r == null && lemmas.endsWith("s")) {
        // capitalised plurals at a sentence start keep their form as lemma ("Militants")
        r = dictionary.role(lemmas.substring(0, lemmas.length() - 1));
      }
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static Candidate appositiveName(ParseIndex parse, Map<Integer, Candidate> byHead, int noun) {
    for (var d : parse.children(noun)) {
      if (d.relation().equals("appos")) {
        Candidate c = byHead.get(d.dependent());
        if (c != null && c.kind == ActorMention.Kind.NAME && c.isPerson()) {
          return c;
        }
      }
    }
    return null;
  }

  /** Makes the noun phrase at {@code noun} a nominal mention of {@code name}; its codes become the name's. */
  private static void attachDescription(
      Document doc, DescriptionReader reader, Candidate name, int noun, List<Candidate> out, Map<Candidate, BitSet> described) {
    BitSet d = reader.describing(noun, name.tokens);
    d.set(noun);
    Sentence s = doc.sentences().get(doc.tokens().get(noun).sentence());
    BitSet own = (BitSet) d.clone();
    own.clear(name.tokens.first(), name.tokens.end());
    TokenRange range = span(own, noun, s);
    if (range.end() == name.tokens.first()) {
      // a title right before the name is one mention with it: "Russian President Vladimir Putin"
      range = new TokenRange(range.first(), name.tokens.end());
    }
    Candidate c = new Candidate(ActorMention.Kind.NOMINAL, range, noun, s.index(), "", null, null, false);
    c.parent = name.root();
    out.add(c);
    described.merge(name, d, (a, b) -> {
      a.or(b);
      return a;
    });
  }

  /** The token range from the first to the last description token, within the sentence. */
  private static TokenRange span(BitSet d, int head, Sentence s) {
    int first = head;
    int last = head;
    for (int i = d.nextSetBit(s.tokens().first()); i >= 0 && i < s.tokens().end(); i = d.nextSetBit(i + 1)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
    return new TokenRange(first, last + 1);
  }

  private void pronouns(Document doc, ParseIndex parse, List<Candidate> candidates) {
    List<Token> tokens = doc.tokens();
    List<Candidate> people = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.isPerson() || (c.kind == ActorMention.Kind.NOMINAL && c.roleNoun != null && c.roleNoun.agent().equals("person") && !c.plural)) {
        people.add(c);
      }
    }
    people.sort((a, b) -> Integer.compare(a.tokens.first(), b.tokens.first()));
    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        Token t = tokens.get(i);
        if (!PennTag.of(t).isPronoun() || !MALE_FEMALE.contains(t.text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Candidate antecedent = antecedent(people, parse, i, s.index());
        if (antecedent == null) {
          continue; // unresolved pronouns make no actor of their own
        }
        Candidate p = new Candidate(ActorMention.Kind.PRONOUN, new TokenRange(i, i + 1), i, s.index(), "", null, null, false);
        p.parent = antecedent.root();
        candidates.add(p);
        people.add(p);
        people.sort((a, b) -> Integer.compare(a.tokens.first(), b.tokens.first()));
      }
    }
  }

  /**
   * The person a pronoun refers to: in its own sentence, the nearest earlier person; else, in the
   * nearest earlier sentence with a person, its subject if it has one, else its last person.
   * Quote attribution ("..., he added") needs exactly this; gender is not checked.
   */
  private static Candidate antecedent(List<Candidate> people, ParseIndex parse, int pronoun, int sentence) {
    Candidate sameSentence = null;
    for (Candidate c : people) {
      if (c.sentence == sentence && c.tokens.end() <= pronoun) {
        sameSentence = c;
      }
    }
    if (sameSentence != null) {
      return sameSentence;
    }
    for (int s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_WINDOW); s--) {
      Candidate lastInSentence = null;
      for (Candidate c : people) {
        if (c.sentence == s) {
          if (SUBJECT.contains(parse.relationOf(c.head))) {
            return c;
          }
          lastInSentence = c;
        }
      }
      if (lastInSentence != null) {
        return lastInSentence;
      }
    }
    return null;
  }

  private void merge(Document doc, List<Candidate> candidates, ParseIndex parse) {
    List<Token> tokens = doc.tokens();
    Map<String, Candidate> byEntry = new HashMap<>();
    Map<String, List<Candidate>> personNames = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.kind == ActorMention.Kind.PRONOUN) {
        continue;
      }
      if (c.sense != null && c.kind != ActorMention.Kind.NOMINAL) {
        Candidate first = byEntry.putIfAbsent(c.sense.kind().name() + ":" + c.sense.id(), c);
        if (first != null) {
          c.mergeInto(first);
        }
      }
      if (c.kind == ActorMention.Kind.NAME) {
        String full = ActorDictionary.key(text(doc, c.tokens));
        personNames.computeIfAbsent((c.isPerson() ? "P:" : "O:") + full, k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Candidate> same : personNames.values()) {
      for (Candidate c : same) {
        c.mergeInto(same.get(0));
      }
    }
    // a shorter person name merges with the one fuller name ending with it ("Putin" -> "Vladimir Putin")
    for (Candidate c : candidates) {
      if (c.kind != ActorMention.Kind.NAME || !c.isPerson()) {
        continue;
      }
      String shortName = ActorDictionary.key(tokens.get(c.tokens.end() - 1).text());
      Candidate match = null;
      boolean ambiguous = false;
      for (List<Candidate> group : personNames.values()) {
        Candidate o = group.get(0);
        if (o.root() == c.root() || !o.isPerson() || o.tokens.size() <= c.tokens.size()) {
          continue;
        }
        if (ActorDictionary.key(tokens.get(o.tokens.end() - 1).text()).equals(shortName)) {
          if (match != null && match.root() != o.root()) {
            ambiguous = true;
          }
          match = o;
        }
      }
      if (match != null && !ambiguous) {
        c.mergeInto(match);
      }
    }
    for (int idx = 0; idx < candidates.size(); idx++) {
      Candidate c = candidates.get(idx);
      if (c.kind != ActorMention.Kind.NOMINAL || c.roleNoun == null || c.root() != c) {
        continue;
      }
      Candidate target = null;
      for (Candidate o : candidates) {
        if (o.root() == c.root() || o.tokens.first() >= c.tokens.first() || o.kind == ActorMention.Kind.PRONOUN) {
          continue;
        }
        target = nominalAntecedent(doc, c, o, tokens, target);
      }
      Candidate group = groupNamedInside(c, candidates);
      if (group != null) {
        c.mergeInto(group);
      } else if (target != null) {
        c.mergeInto(target);
      }
    }
  }

  /** Keeps the latest earlier candidate {@code o} that the nominal {@code c} can refer back to. */
  private static Candidate nominalAntecedent(Document doc, Candidate c, Candidate o, List<Token> tokens, Candidate best) {
    List<String> cc = c.countries(ActorCode.DESCRIPTION);
    String determiner = tokens.get(c.tokens.first()).lemma().toLowerCase(Locale.ROOT);
    if (c.plural && o.kind == ActorMention.Kind.NOMINAL && o.roleNoun != null && o.plural
        && o.roleNoun.phrase().equals(c.roleNoun.phrase())
        && (cc.isEmpty() || cc.equals(o.countries(ActorCode.DESCRIPTION)))) {
      return o;
    }
    if (!c.plural && determiner.equals("the") && c.roleNoun.agent().equals("person") && o.isPerson()
        && !cc.isEmpty()) {
      List<String> oc = new ArrayList<>(o.root().countries(ActorCode.DESCRIPTION));
      oc.addAll(o.root().countries(ActorCode.DICTIONARY));
      for (Candidate member : List.of(o)) {
        oc.addAll(member.countries(ActorCode.DICTIONARY));
      }
      if (oc.containsAll(cc)) {
        return o;
      }
    }
    return best;
  }

  /** For "the new Taliban leadership": the organisation named inside a group-part nominal. */
  private static Candidate groupNamedInside(Candidate c, List<Candidate> candidates) {
    if (!GROUP_PARTS.contains(c.roleNoun.phrase())) {
      return null;
    }
    for (Candidate o : candidates) {
      if (o != c && o.kind == ActorMention.Kind.NAME && o.sense != null
          && o.sense.kind() == ActorDictionary.Kind.ORGANISATION
          && c.tokens.first() <= o.tokens.first() && o.tokens.end() <= c.tokens.end()) {
        return o;
      }
    }
    return null;
  }

  private List<org.tidings.model.Actor> build(Document doc, List<Candidate> candidates, LocalDate date) {
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
  private ActorCode mostNamedCountry(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Mention> firstMention = new HashMap<>();
    for (Mention m : doc.mentions()) {
      if (!doc.article().isContent(m.span())) {
        continue;
      }
      List<ActorDictionary.Sense> senses = dictionary.lookup(stripThe(m.text()));
      if (senses.isEmpty() || namesEthnicGroup(doc.tokens(), m) || senses.get(0).kind() == ActorDictionary.Kind.PERSON
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

  static String text(Document doc, TokenRange r) {
    List<Token> t = doc.tokens();
    return new TextSpan(t.get(r.first()).span().begin(), t.get(r.end() - 1).span().end()).of(doc.article().text());
  }

  /** The token of a mention whose governor lies outside it (its syntactic head), else its last. */
  static int headOf(TokenRange r, ParseIndex parse) {
    for (int i = r.first(); i < r.end(); i++) {
      int g = parse.governorOf(i);
      if (g >= 0 && !r.contains(g) || g == -1 && !parse.parents(i).isEmpty()) {
        return i;
      }
    }
    return r.end() - 1;
  }

  private static String stripThe(String s) {
    return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
  }
}
