package org.tidings.store;

/**
 * The sixteen event types of PLOVER (Political Language Ontology for Verifiable Event Records),
 * which every coded event carries beside its CAMEO code ({@link StoredEvent#ploverType()} holds the
 * name), for filtering by type.
 */
public enum PloverType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
  ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
