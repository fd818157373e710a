package org.tidings.pipeline.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NerTagTest {

  @Test
  void namesNoneAndTheRest() {
    assertEquals(NerTag.PERSON, NerTag.of("PERSON"));
    assertEquals(NerTag.ORGANIZATION, NerTag.of("ORGANIZATION"));
    assertEquals(NerTag.LOCATION, NerTag.of("LOCATION"));
    assertEquals(NerTag.MISC, NerTag.of("MISC"));
    assertEquals(NerTag.NONE, NerTag.of("O"));
    assertEquals(NerTag.NONE, NerTag.of((String) null));
    assertEquals(NerTag.OTHER, NerTag.of("DATE"));
    assertTrue(NerTag.of("MISC").isName());
    assertFalse(NerTag.of("DATE").isName() || NerTag.of("O").isName());
  }
}
