package org.tidings.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret a client must send ({@code Authorization: Bearer TOKEN}) to write to the server. It
 * lives in a file: read when present, else created with 32 random bytes (64 hex digits) and
 * owner-only permissions ({@code rw-------}), so that only the user who runs the server (and
 * whom they give the file) can write.
 *
 * <p>Immutable and thread-safe.
 */
public final class BearerToken {
  private static final int BYTES = 32;
  private final byte[] secret;
  private final Path file;

  private BearerToken(String secret, Path file) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.file = file;
  }

  /**
   * Reads the token in {@code file}, creating the file (and its directory) with a new random token
   * when it does not exist.
   *
   * @throws UncheckedIOException when the file cannot be read or created
   * @throws IllegalArgumentException when the file holds no token (blank)
   */
  public static BearerToken loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        try {
          if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          } else {
            Files.createFile(file);
          }
          Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
          // Another process created it meanwhile: use its token.
        }
      }
      return read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the token in an existing {@code file}.
   *
   * @throws UncheckedIOException when it cannot be read
   * @throws IllegalArgumentException when it is blank
   */
  public static BearerToken read(Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token file " + file + ": " + e.getMessage(), e);
    }
    if (token.isEmpty()) {
      throw new IllegalArgumentException("the token file " + file + " is empty: delete it and a new token is made");
    }
    return new BearerToken(token, file);
  }

  /**
   * True when the token file can be read by users other than its owner (POSIX permissions); false
   * where it cannot or permissions are not POSIX.
   */
  public boolean readableByOthers() {
    try {
      var perms = Files.getPosixFilePermissions(file);
      return perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
          || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException | IOException e) {
      return false;
    }
  }

  /** The file the token was read from. */
  public Path file() {
    return file;
  }

  /** The token itself, for a client to send. */
  public String value() {
    return new String(secret, StandardCharsets.UTF_8);
  }

  /** True when {@code authorization} (an Authorization header, or null) is {@code Bearer} and this token; constant time. */
  boolean admits(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(secret, given);
  }
}
