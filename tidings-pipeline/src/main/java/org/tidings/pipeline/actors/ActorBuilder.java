package org.tidings.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.Document;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;

/**
 * Turns one cluster of merged candidates into an {@link Actor}: picks the name and type and
 * settles the codes. Stateless.
 *
 * <p>Which source wins: for people and unnamed actors the text's own description ("French
 * President") comes before the dictionary, because the article describes the very person it
 * means; for organisations, groups and states the dictionary comes first, because a description
 * such as "Taliban leadership in Kabul" names a place, not the group's country.
 */
final class ActorBuilder {
  private ActorBuilder() {}

  /**
   * @param context the article's most named country as a {@link ActorCode#CONTEXT} code, given to
   *     an actor with a role (an office holder, "opposition leader", "Shona rebels") the text gives
   *     no country, as news names the domestic actors of its country without it; null when no
   *     country stands out
   */
  static Actor build(String id, Document doc, List<Candidate> members, ActorCode context) {
    List<ActorMention> mentions = new ArrayList<>();
    List<ActorCode> codes = new ArrayList<>();
    Candidate bestName = null;
    Candidate sensed = null;
    boolean person = false;
    for (Candidate c : members) {
      List<Token> t = doc.tokens();
      TextSpan span = new TextSpan(t.get(c.tokens.first()).span().begin(), t.get(c.tokens.end() - 1).span().end());
      mentions.add(new ActorMention(span, c.tokens, span.of(doc.article().text()), c.kind));
      for (ActorCode code : c.codes) {
        if (!codes.contains(code)) {
          codes.add(code);
        }
      }
      person |= c.isPerson() && c.kind == ActorMention.Kind.NAME;
      if (c.kind == ActorMention.Kind.NAME && (bestName == null || c.tokens.size() > bestName.tokens.size())) {
        bestName = c;
      }
      if (sensed == null && c.sense != null) {
        sensed = c;
      }
    }
    Candidate first = members.get(0);
    Actor.Type type = type(first, bestName, sensed, person, members);
    boolean textFirst = type == Actor.Type.PERSON || type == Actor.Type.UNNAMED_COLLECTIVE || type == Actor.Type.UNNAMED_PERSON;
    List<String> countries = pick(codes, ActorCode.Field.COUNTRY, textFirst);
    List<String> roles = pick(codes, ActorCode.Field.ROLE, textFirst);
    if (roles.isEmpty()) {
      for (Candidate c : members) {
        if (c.roleNoun != null && !roles.contains(c.roleNoun.role())) {
          roles.add(c.roleNoun.role());
        }
      }
    }
    if (type == Actor.Type.STATE) {
      roles.clear(); // a country named as such is the state as a whole; no sector is implied
    }
    String group = null;
    for (ActorCode c : codes) {
      if (c.field() == ActorCode.Field.GROUP) {
        group = c.value();
        break;
      }
    }
    String name;
    if (sensed != null && (type == Actor.Type.ORGANISATION || type == Actor.Type.GROUP || type == Actor.Type.STATE)) {
      name = sensed.sense.canonical();
    } else if (bestName != null) {
      name = MentionMerger.text(doc, bestName.tokens);
    } else {
      name = mentions.get(0).text();
    }
    String unknown = null;
    double confidence;
    if (countries.isEmpty() && context != null && type != Actor.Type.STATE && type != Actor.Type.GROUP && !roles.isEmpty()) {
      countries.add(context.value());
      codes.add(context);
      confidence = 0.4;
    } else if (countries.isEmpty()) {
      unknown = bestName != null
          ? "name not in the actor dictionary and no country in its description"
          : "no country in the description";
      confidence = roles.isEmpty() ? 0.3 : 0.5;
    } else {
      boolean both = !countriesFrom(codes, ActorCode.DICTIONARY).isEmpty() && !countriesFrom(codes, ActorCode.DESCRIPTION).isEmpty();
      boolean agree = both && countriesFrom(codes, ActorCode.DESCRIPTION).containsAll(countriesFrom(codes, ActorCode.DICTIONARY));
      confidence = agree ? 0.95 : both ? 0.6 : countriesFrom(codes, ActorCode.DICTIONARY).isEmpty() ? 0.8 : 0.9;
    }
    return new Actor(id, name, type, countries, roles, group, confidence, codes, unknown, mentions);
  }

  private static Actor.Type type(Candidate first, Candidate bestName, Candidate sensed, boolean person, List<Candidate> members) {
    if (person) {
      return Actor.Type.PERSON;
    }
    if (sensed != null) {
      switch (sensed.sense.kind()) {
        case COUNTRY:
          return Actor.Type.STATE;
        case CAPITAL:
        case METONYM:
          return Actor.Type.ORGANISATION;
        case ORGANISATION:
          return sensed.sense.orgKind().equals("group") ? Actor.Type.GROUP : Actor.Type.ORGANISATION;
        case DEMONYM:
          return Actor.Type.UNNAMED_COLLECTIVE;
        default:
          break;
      }
    }
    if (bestName != null) {
      return Actor.Type.ORGANISATION;
    }
    for (Candidate c : members) {
      if (c.plural || (c.roleNoun != null && c.roleNoun.agent().equals("collective"))) {
        return Actor.Type.UNNAMED_COLLECTIVE;
      }
    }
    return first.roleNoun != null && first.roleNoun.agent().equals("body") ? Actor.Type.ORGANISATION : Actor.Type.UNNAMED_PERSON;
  }

  private static List<String> pick(List<ActorCode> codes, ActorCode.Field field, boolean textFirst) {
    List<String> fromText = new ArrayList<>();
    List<String> fromDictionary = new ArrayList<>();
    for (ActorCode c : codes) {
      if (c.field() == field) {
        List<String> into = c.source().equals(ActorCode.DESCRIPTION) ? fromText : fromDictionary;
        if (!into.contains(c.value())) {
          into.add(c.value());
        }
      }
    }
    List<String> primary = textFirst ? fromText : fromDictionary;
    List<String> secondary = textFirst ? fromDictionary : fromText;
    if (field == ActorCode.Field.COUNTRY) {
      // countries do not add up across sources: the preferred source decides when it has any
      return new ArrayList<>(primary.isEmpty() ? secondary : primary);
    }
    List<String> out = new ArrayList<>(primary);
    for (String s : secondary) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> countriesFrom(List<ActorCode> codes, String source) {
    List<String> out = new ArrayList<>();
    for (ActorCode c : codes) {
      if (c.field() == ActorCode.Field.COUNTRY && c.source().equals(source)) {
        out.add(c.value());
      }
    }
    return out;
  }
}
