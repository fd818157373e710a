package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoCodeTest {

  @Test
  void aCodeKnowsItsRootParentAndQuadClass() {
    CameoCode c = CameoCode.of("0431");
    assertEquals(CameoCode.of("04"), c.root());
    assertEquals(CameoCode.of("043"), c.parent());
    assertEquals(CameoCode.of("04"), c.parent().parent());
    assertNull(CameoCode.of("04").parent());
    assertTrue(c.isUnder(CameoCode.of("04")) && c.isUnder(CameoCode.of("043")) && c.isUnder(c));
    assertFalse(CameoCode.of("043").isUnder(c));
    assertTrue(c.rootIn(Set.of("04", "05")));
    assertEquals("0431", c.toString());
    assertEquals(1, CameoCode.of("057").quadClass());
    assertEquals(2, CameoCode.of("08").quadClass());
    assertEquals(3, CameoCode.of("111").quadClass());
    assertEquals(4, CameoCode.of("1823").quadClass());
  }

  @Test
  void aStringOfAnotherShapeIsNoCode() {
    for (String bad : new String[] {"", "4", "00", "21", "043a", "12345", " 04", "-1"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoCode.of(bad), bad);
      assertTrue(e.getMessage().contains("CAMEO"), e.getMessage());
    }
    assertThrows(NullPointerException.class, () -> CameoCode.of(null));
  }
}
