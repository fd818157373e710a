package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
  private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
      "MOBILIZE", "COERCE", "ASSAULT", CameoEntry.DROPPED);

  private final CameoOntology ontology = CameoOntology.bundled();

  @Test
  void everyCodeHasRootQuadClassGoldsteinAndPloverType() {
    assertTrue(ontology.all().size() >= 300, "all CAMEO codes: " + ontology.all().size());
    for (CameoEntry c : ontology.all()) {
      assertNotNull(ontology.require(c.root()), c.code() + " root " + c.root());
      if (c.code().parent() != null) {
        assertNotNull(ontology.require(c.code().parent()), c.code() + " parent");
      }
      assertEquals(c.code().quadClass(), c.quadClass(), c.code() + " QuadClass as its root's");
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code() + " Goldstein " + c.goldstein());
      assertTrue(PLOVER_TYPES.contains(c.ploverType()), c.code() + " PLOVER " + c.ploverType());
      assertTrue(!c.name().isBlank() && !c.name().matches(".*\\d{3}.*"), c.code() + " name " + c.name());
    }
  }

  /** The codebook shipped with the export docs (scripts/export_codebooks.py) says what the coder codes. */
  @Test
  void theExportCodebookListsEveryCodeAsTheCoderHasIt() throws java.io.IOException {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/codebooks/cameo.md"));
    java.util.Map<String, String> rows = new java.util.HashMap<>();
    for (String line : lines) {
      if (line.startsWith("| `")) {
        rows.put(line.substring(3, line.indexOf('`', 3)), line);
      }
    }
    assertEquals(ontology.all().size(), rows.size(), "one row per code; rerun python3 scripts/export_codebooks.py");
    for (CameoEntry c : ontology.all()) {
      String row = rows.get(c.code().value());
      assertNotNull(row, c.code() + " is missing from docs/codebooks/cameo.md");
      assertTrue(row.contains("| " + c.quadClass() + " (") && row.contains("| " + c.ploverType() + " |"),
          c.code() + ": " + row + "; rerun python3 scripts/export_codebooks.py");
    }
  }

  @Test
  void knownRowsReadAsInTheCodebooks() {
    CameoEntry host = ontology.require("043");
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
