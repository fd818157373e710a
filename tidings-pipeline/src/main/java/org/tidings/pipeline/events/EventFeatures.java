package org.tidings.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.Layers;
import org.tidings.model.Quote;
import org.tidings.model.Token;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.syntax.PennTag;

/**
 * The features the {@link EventConfidence} model reads for one coded event: what kind of parties
 * it has (states, governments and armed groups, or generic nouns and private persons), whether a
 * target is only implied, how the trigger was found (its prior confidence: WordNet synonym or
 * lexicon, arguments complete), the CAMEO root, modality, whether the trigger is a noun, whether
 * the sentence is in a direct quote or in the first person, the sentence's length and the
 * article's political density. Each feature is a string, present or absent (binary).
 *
 * <p>Computed from the coded event and the document's other layers only (tokens, actors, quotes),
 * so the trainer ({@code org.tidings.eval.events.EventConfidenceModel}) and the pipeline read the
 * same features from the same coding. Stateless and thread-safe.
 */
public final class EventFeatures {
  /** Roles of parties to politics: governments, forces, armed groups, opposition, institutions. */
  private static final Set<String> POLITICAL_ROLES = Set.of(
      "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "SPY", "INS", "SEP", "PTY", "ELI", "IGO", "UAF");
  /** Head words of parties that name nobody in particular. */
  private static final Set<String> GENERIC = Set.of(
      "people", "person", "man", "woman", "men", "women", "someone", "somebody", "anyone", "everyone",
      "others", "many", "some", "those", "they", "one", "users", "fans", "residents", "individuals",
      "children", "family", "friends", "members", "lot", "thousands", "hundreds", "group");
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");

  private final WordNetSenses wordNet;

  /** @param wordNet for the trigger's senses, never null */
  public EventFeatures(WordNetSenses wordNet) {
    this.wordNet = java.util.Objects.requireNonNull(wordNet, "wordNet");
  }

  /** Features of one event of {@code doc}; the event's {@code confidence} is the coder's prior. */
  public List<String> features(Document doc, Event e) {
    Map<String, Actor> actors = new HashMap<>();
    for (Actor a : doc.get(Layers.ACTORS)) {
      actors.put(a.id(), a);
    }
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("root=" + e.cameoRoot());
    f.add("quad=" + e.quadClass());
    f.add("mod=" + e.modality().name());
    f.add("prior=" + bucket(e.confidence()));
    party(f, "src", e.source(), actors);
    party(f, "tgt", e.target(), actors);
    String sc = country(e.source());
    String tc = country(e.target());
    if (sc != null && sc.equals(tc)) {
      f.add("sameCountry");
    }
    if (political(e.source(), actors) && political(e.target(), actors)) {
      f.add("bothPolitical");
    }
    List<Token> tokens = doc.get(Layers.TOKENS);
    Token trigger = tokenAt(tokens, e.trigger().begin());
    if (trigger != null) {
      senses(f, trigger);
      f.add(PennTag.of(trigger).isNoun() ? "trigger=noun" : PennTag.of(trigger).isVerb() ? "trigger=verb" : "trigger=other");
    }
    sentence(f, doc, tokens, e);
    quote(f, doc, e);
    if (e.reportedBy() != null) {
      f.add("reported");
    }
    f.add("density=" + density(doc.get(Layers.ACTORS)));
    if (otherNamedParty(doc.get(Layers.ACTORS), e)) {
      f.add("otherNamed");
      f.add("otherNamed&tgt=" + (e.target() == null ? "none" : e.target().name().startsWith(EventCoder.IMPLIED) ? "implied" : "stated"));
    }
    distance(f, "src", e.source(), e);
    distance(f, "tgt", e.target(), e);
    if (past(doc, e)) {
      f.add("datedPast");
    }
    return f;
  }

  /**
   * True when the sentence names (by a proper name) a state, or an actor with a country and a
   * political role, that is neither party of the event: a party the coding may have missed.
   */
  private static boolean otherNamedParty(List<Actor> actors, Event e) {
    for (Actor a : actors) {
      if ((e.source() != null && a.id().equals(e.source().actorId()))
          || (e.target() != null && a.id().equals(e.target().actorId()))) {
        continue;
      }
      boolean party = a.type() == Actor.Type.STATE
          || (!a.countries().isEmpty() && !a.roles().isEmpty() && POLITICAL_ROLES.contains(a.roles().get(0)));
      if (!party) {
        continue;
      }
      for (ActorMention m : a.mentions()) {
        if (m.kind() == ActorMention.Kind.NAME && e.sentence().contains(m.span())
            && (e.source() == null || !m.span().overlaps(e.source().span()))
            && (e.target() == null || !m.span().overlaps(e.target().span()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A party far from its trigger (more than 60 characters between them) or outside its sentence. */
  private static void distance(List<String> f, String side, EventActor p, Event e) {
    if (p == null || p.name().startsWith(EventCoder.IMPLIED)) {
      return;
    }
    if (!e.sentence().contains(p.span())) {
      f.add(side + "=otherSentence");
    } else if (Math.max(p.span().begin() - e.trigger().end(), e.trigger().begin() - p.span().end()) > 60) {
      f.add(side + "=far");
    }
  }

  /** True when the event's own date is over a year before the article's publication (a history). */
  private static boolean past(Document doc, Event e) {
    if (e.date() == null || e.date().source() == org.tidings.model.EventDate.Source.ARTICLE
        || e.date().interval().end() == null || doc.article().published() == null) {
      return false;
    }
    return e.date().interval().end().toLocalDate().isBefore(doc.article().published().date().minusYears(1));
  }

  private static void party(List<String> f, String side, EventActor p, Map<String, Actor> actors) {
    if (p == null) {
      f.add(side + "=none");
      return;
    }
    if (p.name().startsWith(EventCoder.IMPLIED)) {
      f.add(side + "=implied");
      return;
    }
    String head = lastWord(p.name());
    if (GENERIC.contains(head)) {
      f.add(side + "=generic");
    }
    Actor a = p.actorId() == null ? null : actors.get(p.actorId());
    if (a == null) {
      f.add(side + "=unresolved");
      return;
    }
    if (p.code().isEmpty()) {
      f.add(side + "=uncoded");
    } else if (a.countries().isEmpty()) {
      f.add(side + "=noCountry");
    }
    f.add(side + "Kind=" + kind(a));
    ActorMention m = mentionAt(a, p);
    if (m != null) {
      f.add(side + "Mention=" + m.kind().name());
    }
  }

  /**
   * The trigger's ambiguity (how many senses WordNet lists for it, in three bands) and the
   * lexicographer file of its most frequent sense ("verb.contact", "noun.act").
   */
  private void senses(List<String> f, Token trigger) {
    boolean noun = PennTag.of(trigger).isNoun();
    String lemma = trigger.lemma().toLowerCase(Locale.ROOT);
    int n = wordNet.senseCount(lemma, noun);
    f.add(n <= 2 ? "senses=few" : n <= 6 ? "senses=some" : "senses=many");
    String file = noun ? wordNet.firstSenseFile(lemma) : wordNet.firstVerbSenseFile(lemma);
    if (!file.isEmpty()) {
      f.add("sense1=" + file);
    }
  }

  /**
   * What kind of party an actor is: "political" (a state, or a government, forces, armed group,
   * opposition or institution role), "private" (another role: business, media, civilians ...), or
   * by its type when it has no role: "person", "unnamed" (a description: "people", "a man"),
   * "organisation".
   */
  static String kind(Actor a) {
    if (a.type() == Actor.Type.STATE || (!a.roles().isEmpty() && POLITICAL_ROLES.contains(a.roles().get(0)))) {
      return "political";
    }
    if (!a.roles().isEmpty()) {
      return "private";
    }
    switch (a.type()) {
      case PERSON:
        return "person";
      case UNNAMED_PERSON:
      case UNNAMED_COLLECTIVE:
        return "unnamed";
      default:
        return "organisation";
    }
  }

  private static boolean political(EventActor p, Map<String, Actor> actors) {
    if (p == null || p.name().startsWith(EventCoder.IMPLIED)) {
      return false;
    }
    Actor a = p.actorId() == null ? null : actors.get(p.actorId());
    return a != null && kind(a).equals("political");
  }

  private static String country(EventActor p) {
    return p == null || p.code().length() < 3 ? null : p.code().substring(0, 3);
  }

  private static ActorMention mentionAt(Actor a, EventActor p) {
    for (ActorMention m : a.mentions()) {
      if (m.span().overlaps(p.span())) {
        return m;
      }
    }
    return null;
  }

  private static void sentence(List<String> f, Document doc, List<Token> tokens, Event e) {
    int count = 0;
    boolean firstPerson = false;
    int first = Math.max(0, DocumentView.firstToken(tokens, e.sentence().begin()));
    for (int i = first; i < tokens.size() && tokens.get(i).span().begin() < e.sentence().end(); i++) {
      count++;
      firstPerson |= FIRST_PERSON.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }
    f.add(count < 15 ? "len=short" : count < 30 ? "len=mid" : "len=long");
    if (firstPerson) {
      f.add("firstPerson");
    }
    int index = tokens.isEmpty() || first >= tokens.size() ? 0 : tokens.get(first).sentence();
    if (index < 3) {
      f.add("lead");
    }
  }

  private static void quote(List<String> f, Document doc, Event e) {
    if (e.quoteId() == null || !doc.has(Layers.QUOTES)) {
      return;
    }
    for (Quote q : doc.get(Layers.QUOTES)) {
      if (q.id().equals(e.quoteId())) {
        f.add("quote=" + q.kind().name());
      }
    }
  }

  /** Share of the article's actors that are states or hold a political role, in three bands. */
  private static String density(List<Actor> actors) {
    if (actors.isEmpty()) {
      return "none";
    }
    int political = 0;
    for (Actor a : actors) {
      political += kind(a).equals("political") ? 1 : 0;
    }
    double share = political / (double) actors.size();
    return share < 0.2 ? "low" : share < 0.4 ? "mid" : "high";
  }

  private static String bucket(double confidence) {
    return confidence < 0.55 ? "low" : confidence < 0.7 ? "mid" : "high";
  }

  private static String lastWord(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return w[w.length - 1];
  }

  private static Token tokenAt(List<Token> tokens, int offset) {
    int i = DocumentView.firstToken(tokens, offset);
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }
}
