package org.tidings.eval.events.outside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The coarse classes of CAMEO roots and PLOVER types, and that they agree on the bundled table. */
class PentaClassTest {

  @Test
  void ploverTypesFallInTheirCameoGroups() {
    assertEquals(1, PentaClass.ofPlover("CONSULT"));
    assertEquals(2, PentaClass.ofPlover("RETREAT"));
    assertEquals(3, PentaClass.ofPlover("SANCTION"));
    assertEquals(3, PentaClass.ofPlover("REQUEST"));
    assertEquals(4, PentaClass.ofPlover("PROTEST"));
    assertEquals(4, PentaClass.ofPlover("ASSAULT"));
    assertEquals(PentaClass.NEUTRAL, PentaClass.ofPlover("DROPPED"));
    assertEquals(PentaClass.NEUTRAL, PentaClass.ofPlover(null));
  }

  @Test
  void cameoRootsGroupLikeTheLabels() {
    assertEquals(List.of(0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4),
        java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(r -> PentaClass.ofCameoRoot(String.format("%02d", r))).toList());
    assertThrows(IllegalArgumentException.class, () -> PentaClass.ofCameoRoot("21"));
    assertThrows(IllegalArgumentException.class, () -> PentaClass.ofCameoRoot("1"));
  }

  /** Every CAMEO code of CAMEO2PLOVER lands in its root's class, but the one CAMEO 16 code mapped to COERCE. */
  @Test
  void agreesWithTheBundledCameoPloverTable() throws IOException {
    List<String> disagree = new ArrayList<>();
    int rows = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        PentaClass.class.getResourceAsStream("/org/tidings/events/cameo-plover.tsv")), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f[0].equals("code") || f.length < 2 || f[1].equals("DROPPED")) {
          continue;
        }
        rows++;
        if (PentaClass.ofCameoRoot(f[0].substring(0, 2)) != PentaClass.ofPlover(f[1])) {
          disagree.add(f[0] + " " + f[1]);
        }
      }
    }
    assertTrue(rows > 200, "table read: " + rows);
    assertTrue(disagree.stream().allMatch(d -> d.startsWith("16") && d.endsWith("COERCE")), disagree.toString());
  }
}
