package org.tidings.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidings.model.CameoCode;
import org.tidings.model.CameoCode;
import org.tidings.model.EventActor;

/**
 * One trigger on its way to becoming an event: the code and the parties the {@link DraftRule}s
 * read and change, in the order {@link DraftRules#IN_ORDER} gives. It starts with the lexicon
 * frame's code and the parties the {@link ArgumentReader} reads; each rule either leaves it,
 * changes its code or parties (and its name is then recorded), or rejects the trigger.
 *
 * <p>Mutable and not thread-safe: one per trigger, used by one thread.
 */
final class EventDraft {
  /**
   * What the rules consult, built once per document.
   *
   * @param resources the events registry (lexicon, WordNet, countries), never null
   * @param args the argument reader, never null
   * @param sense the checks of sense and reality, never null
   * @param arguments the checks of argument kinds, never null
   * @param countries the reader of actor countries and implied targets, never null
   */
  record Tools(EventResources resources, ArgumentReader args, SenseChecks sense, ArgumentChecks arguments,
      ActorCountries countries) {
    Tools {
      Objects.requireNonNull(resources, "resources");
      Objects.requireNonNull(args, "args");
      Objects.requireNonNull(sense, "sense");
      Objects.requireNonNull(arguments, "arguments");
      Objects.requireNonNull(countries, "countries");
    }

    /** The tools over one events registry. */
    static Tools of(EventResources resources) {
      return new Tools(resources, new ArgumentReader(resources.countries(), resources.wordNet()),
          new SenseChecks(resources.wordNet()), new ArgumentChecks(resources.wordNet()),
          new ActorCountries(resources.countries()));
    }
  }

  final DocumentView v;
  final Trigger t;
  final Tools tools;
  /** How the trigger's clause is meant (modality, speech verb, intention, refusal); never null. */
  final ModalityReader.Reading reading;
  /**
   * The head of the content clause when the trigger is a statement that someone must act ("said
   * Sudan must return ..."), else null.
   */
  final Integer demanded;

  /** CAMEO code; never null. */
  CameoCode code;
  /** Who acts, or null. */
  EventActor source;
  /** To whom, or null. */
  EventActor target;
  /** True once {@link DraftRules#DEMAND} has coded the trigger as a demand. */
  boolean demand;
  /**
   * The country role-only parties take from the event's context ({@link
   * ActorCountries#context}), set by {@link DraftRules#PARTY_COUNTRIES}; null before it or when
   * none is known.
   */
  String context;
  private final List<String> fired = new ArrayList<>();

  /**
   * A draft with the frame's code and the parties the argument reader finds.
   *
   * @param demanded the content clause's head of a demanding statement, or null
   */
  EventDraft(DocumentView v, Trigger t, Tools tools, ModalityReader.Reading reading, Integer demanded) {
    this.v = Objects.requireNonNull(v, "v");
    this.t = Objects.requireNonNull(t, "t");
    this.tools = Objects.requireNonNull(tools, "tools");
    this.reading = Objects.requireNonNull(reading, "reading");
    this.demanded = demanded;
    this.code = CameoCode.of(t.entry().code());
    this.source = tools.args().source(v, t);
    this.target = tools.args().target(v, t, source);
  }

  /** The trigger's token index. */
  int token() {
    return t.token();
  }

  /** True when the trigger is a noun ("talks", "attack"), not a verb. */
  boolean noun() {
    return t.entry().noun();
  }

  /** The two-digit root of the current code, as the lexicon's tables key it ("04"). */
  String root() {
    return code.root().value();
  }

  /**
   * Applies the rules in order and records the name of each that changed the code or a party.
   *
   * @return false when a rule rejected the trigger (the draft is then left as that rule found it)
   */
  boolean apply(List<? extends DraftRule> rules) {
    for (DraftRule rule : rules) {
      if (!apply(rule)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies one rule, recording its name when it changed the code or a party.
   *
   * @return false when it rejected the trigger
   */
  boolean apply(DraftRule rule) {
    CameoCode code0 = code;
    EventActor source0 = source;
    EventActor target0 = target;
    if (!rule.apply(this)) {
      return false;
    }
    if (!code.equals(code0) || !Objects.equals(source, source0) || !Objects.equals(target, target0)) {
      fired.add(rule.id());
    }
    return true;
  }

  /** The ids of the rules that changed the draft, in the order they fired; a copy. */
  List<String> fired() {
    return List.copyOf(fired);
  }
}
