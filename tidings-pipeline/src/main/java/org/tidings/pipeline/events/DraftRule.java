package org.tidings.pipeline.events;

/**
 * One named step of coding a trigger: it reads an {@link EventDraft} and either leaves it, changes
 * its code or parties, or rejects the trigger (no event is coded for it). The event coder applies
 * {@link DraftRules#IN_ORDER}; the ids of the rules that changed an event are written into it
 * ({@link org.tidings.model.Event#codingRules}).
 *
 * <p>Implementations keep no state of their own and are thread-safe.
 */
interface DraftRule {
  /** The rule's id as recorded in events: lower case words joined by hyphens ("verbal-attack"). */
  String id();

  /**
   * Applies the rule to the draft, changing its code or parties when the rule says so.
   *
   * @return false when the rule rejects the trigger, true when the draft goes on
   */
  boolean apply(EventDraft d);
}
