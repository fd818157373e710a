package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write endpoint's secret: made once, owner-only, read again unchanged, compared exactly. */
class BearerTokenTest {
  @TempDir Path dir;

  @Test
  void aMissingFileIsCreatedOwnerOnlyAndReadAgainUnchanged() throws Exception {
    Path file = dir.resolve("conf").resolve("server.token");
    BearerToken made = BearerToken.loadOrCreate(file);
    assertTrue(made.value().matches("[0-9a-f]{64}"), made.value());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertFalse(made.readableByOthers());
    assertEquals(made.value(), BearerToken.loadOrCreate(file).value(), "an existing token is kept");
    assertTrue(made.admits("Bearer " + made.value()));
    assertTrue(made.admits("bearer  " + made.value() + " "));
    assertFalse(made.admits("Bearer " + made.value().substring(1)));
    assertFalse(made.admits(made.value()));
    assertFalse(made.admits(null));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertTrue(BearerToken.read(file).readableByOthers());
  }

  @Test
  void aBlankFileIsRefusedWithWhatToDo() throws Exception {
    Path file = Files.writeString(dir.resolve("blank.token"), " \n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BearerToken.loadOrCreate(file));
    assertEquals("the token file " + file + " is empty: delete it and a new token is made", e.getMessage());
  }
}
