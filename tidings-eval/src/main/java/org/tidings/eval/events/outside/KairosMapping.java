package org.tidings.eval.events.outside;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The KAIROS event types of WikiEvents that have a PLOVER counterpart, and which argument roles are
 * the PLOVER source and target. A type is matched by prefix, so {@code Conflict.Attack} covers
 * {@code Conflict.Attack.DetonateExplode} and {@code Conflict.Attack.Unspecified}. The PLOVER type is
 * the one CAMEO2PLOVER gives the CAMEO code for the act: an indictment is CAMEO 173 ("arrest,
 * detain, or charge with legal action"), so COERCE, not ACCUSE; an investigation is CAMEO 09,
 * which PLOVER counts as ACCUSE; a release is CAMEO 0841, CONCEDE.
 *
 * <p>Left unmapped on purpose: {@code Life.Die} and {@code Life.Injure} (the outcome, not the act;
 * WikiEvents codes the act apart as Conflict.Attack), {@code Contact.Contact.Broadcast} and {@code
 * .Unspecified} (mostly "said": statements, which PLOVER drops), {@code Justice.TrialHearing} and
 * {@code Control.ImpedeInterfereWith} (no one PLOVER type fits), movement, transactions other than
 * aid, artifacts, disasters, cognition and medicine. Stateless and thread-safe.
 */
public final class KairosMapping {
  /**
   * One mapped family of KAIROS types.
   *
   * @param kairosPrefix the KAIROS type or its prefix, e.g. "Justice.ArrestJailDetain"
   * @param plover the PLOVER 2021 type
   * @param sourceRoles roles read as the PLOVER source
   * @param targetRoles roles read as the PLOVER target (a role in both lists fits either side)
   */
  public record Entry(String kairosPrefix, String plover, Set<String> sourceRoles, Set<String> targetRoles) {}

  /** The mapping, in the order docs/event-data.md lists it. */
  public static final List<Entry> ENTRIES = List.of(
      new Entry("Conflict.Attack", "ASSAULT", Set.of("Attacker"), Set.of("Target")),
      new Entry("Conflict.Demonstrate", "PROTEST", Set.of("Demonstrator"), Set.of("Target")),
      new Entry("Justice.ArrestJailDetain", "COERCE", Set.of("Jailer"), Set.of("Detainee")),
      new Entry("Justice.Sentence", "COERCE", Set.of("JudgeCourt"), Set.of("Defendant")),
      new Entry("Justice.ChargeIndict", "COERCE", Set.of("Prosecutor"), Set.of("Defendant")),
      new Entry("Justice.InvestigateCrime", "ACCUSE", Set.of("Investigator"), Set.of("Defendant")),
      new Entry("Justice.ReleaseParole", "CONCEDE", Set.of("Jailer", "JudgeCourt"), Set.of("Defendant")),
      new Entry("Contact.Contact.Meet", "CONSULT", Set.of("Participant"), Set.of("Participant")),
      new Entry("Contact.Contact.Correspondence", "CONSULT", Set.of("Participant"), Set.of("Participant")),
      new Entry("Contact.RequestCommand", "REQUEST", Set.of("Communicator"), Set.of("Recipient")),
      new Entry("Contact.ThreatenCoerce", "THREATEN", Set.of("Communicator"), Set.of("Recipient")),
      new Entry("Transaction.AidBetweenGovernments", "AID", Set.of("Giver"), Set.of("Recipient", "Beneficiary")));

  private KairosMapping() {}

  /** The entry for a full KAIROS type such as "Conflict.Attack.Unspecified"; empty when unmapped. */
  public static Optional<Entry> of(String kairosType) {
    return ENTRIES.stream()
        .filter(e -> kairosType.equals(e.kairosPrefix()) || kairosType.startsWith(e.kairosPrefix() + "."))
        .findFirst();
  }
}
