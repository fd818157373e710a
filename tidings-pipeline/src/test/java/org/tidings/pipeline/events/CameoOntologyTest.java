package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
  private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
      "MOBILIZE", "COERCE", "ASSAULT", CameoCode.DROPPED);

  private final CameoOntology ontology = CameoOntology.bundled();

  @Test
  void everyCodeHasRootQuadClassGoldsteinAndPloverType() {
    assertTrue(ontology.all().size() >= 300, "all CAMEO codes: " + ontology.all().size());
    for (CameoCode c : ontology.all()) {
      assertNotNull(ontology.get(c.root()), c.code() + " root " + c.root());
      assertTrue(c.code().startsWith(c.root()), c.code());
      assertEquals(2, c.root().length(), c.code());
      if (!c.parent().isEmpty()) {
        assertNotNull(ontology.get(c.parent()), c.code() + " parent");
        assertTrue(c.code().startsWith(c.parent()), c.code());
      }
      assertTrue(c.quadClass() >= 1 && c.quadClass() <= 4, c.code() + " QuadClass " + c.quadClass());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code() + " Goldstein " + c.goldstein());
      assertTrue(PLOVER_TYPES.contains(c.ploverType()), c.code() + " PLOVER " + c.ploverType());
      assertTrue(!c.name().isBlank() && !c.name().matches(".*\\d{3}.*"), c.code() + " name " + c.name());
    }
  }

  @Test
  void knownRowsReadAsInTheCodebooks() {
    CameoCode host = ontology.require("043");
    assertEquals("CONSULT", host.ploverType());
    assertEquals("visit", host.ploverMode());
    assertEquals(1, host.quadClass());
    assertEquals(-10.0, ontology.require("1952").goldstein(), "takes parent 195's value");
    assertEquals("Demand withdrawal", ontology.require("106").name());
    assertEquals("RETREAT", ontology.require("0872").ploverType());
    assertEquals("CONCEDE", ontology.require("081").ploverType());
    assertEquals(4, ontology.require("18").quadClass());
    assertTrue(ontology.require("012").isStatement());
  }
}
