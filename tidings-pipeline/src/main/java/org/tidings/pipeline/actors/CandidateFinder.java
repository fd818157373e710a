package org.tidings.pipeline.actors;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.Document;
import org.tidings.model.Mention;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.syntax.ParseIndex;
import org.tidings.pipeline.syntax.PennTag;
import org.tidings.pipeline.syntax.Relations;

/**
 * Step 1 of {@link ActorResolver}: the candidates of a document, each sentence's person and
 * organisation names, country names used as actors, capitals as subjects, government metonyms,
 * plural demonyms, role nouns heading a phrase, and the descriptions attached to them ({@link
 * DescriptionReader}), with their dictionary codes. Thread-safe: keeps no per-document state.
 */
final class CandidateFinder {
  static final Set<String> SUBJECT = Relations.SUBJECTS_AND_AGENTS;
  static final Set<String> MODIFIER = Set.of("amod", "compound", "nmod:poss");
  /**
   * Relations in which a capital stands for its government as a party to an act: "an admission by
   * Moscow", "ties with Tehran", "pressure on Beijing", "blockade Paris". Locative ones ("talks in
   * Moscow") leave it a place.
   */
  static final Set<String> CAPITAL_AS_PARTY = Set.of(
      "obj", "iobj", "nmod:agent", "nmod:by", "nmod:with", "obl:with", "nmod:against", "obl:against",
      "nmod:on", "obl:on", "nmod:from", "obl:from", "nmod:toward", "obl:toward", "nmod:towards", "obl:towards");

  private final ActorDictionary dictionary;

  CandidateFinder(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  void names(
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
            boolean plural = PennTag.of(tokens.get(head)).isPluralForm() || m.text().endsWith("s");
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
  ActorDictionary.Sense nationalityOfPeople(List<Token> tokens, Mention m) {
    if (m.tokens().size() < 2 || !PennTag.of(tokens.get(m.tokens().end() - 1)).isPluralForm()) {
      return null;
    }
    int at = m.tokens().first();
    if (isEthnic(tokens.get(at)) && m.tokens().size() == 2) {
      at++; // "Ethnic Albanians" tagged as one name
    }
    List<ActorDictionary.Sense> first = dictionary.lookup(tokens.get(at).text());
    return !first.isEmpty() && first.get(0).kind() == ActorDictionary.Kind.DEMONYM ? first.get(0) : null;
  }

  static boolean isEthnic(Token t) {
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
  boolean describesRoleOrName(List<Token> tokens, ParseIndex parse, Mention[] mentionAt, Mention m, int head, String rel) {
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
  static void nationalPrefixCode(Candidate c, Mention m, DescriptionReader reader) {
    ActorDictionary.Sense prefix = reader.nationalPrefix(m);
    if (prefix != null) {
      c.codes.add(new ActorCode(ActorCode.Field.COUNTRY, prefix.country(), ActorCode.DESCRIPTION, m.text(), m.span()));
    }
  }

  void dictionaryCodes(Candidate c, ActorDictionary.Sense sense, Mention m, LocalDate date) {
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

  void nominals(
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
      boolean plural = PennTag.of(t).isPluralForm() && !noun.agent().equals("body");
      Candidate c = new Candidate(ActorMention.Kind.NOMINAL, range, i, s.index(), "", null, noun, plural);
      described.put(c, d);
      out.add(c);
      byHead.put(i, c);
    }
  }

  boolean isRoleNoun(Token t) {
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
  static boolean titleStandsAlone(ParseIndex parse, int noun) {
    for (var d : parse.children(noun)) {
      String r = d.relation();
      if (r.equals("det") || r.equals("nmod:poss") || r.equals("nmod:of")) {
        return true;
      }
    }
    return false;
  }

  /** The role noun ending at token {@code i} (longest lemma phrase), or null. */
  ActorDictionary.RoleNoun headNoun(DescriptionReader reader, int i, int sentenceStart) {
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

  static Candidate appositiveName(ParseIndex parse, Map<Integer, Candidate> byHead, int noun) {
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
  static void attachDescription(
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
  static TokenRange span(BitSet d, int head, Sentence s) {
    int first = head;
    int last = head;
    for (int i = d.nextSetBit(s.tokens().first()); i >= 0 && i < s.tokens().end(); i = d.nextSetBit(i + 1)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
    return new TokenRange(first, last + 1);
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

  static String stripThe(String s) {
    return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
  }
}
