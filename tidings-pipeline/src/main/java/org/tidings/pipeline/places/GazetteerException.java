package org.tidings.pipeline.places;

/** A gazetteer file is missing, unreadable or not in the expected form; the message names it. */
public final class GazetteerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GazetteerException(String message) {
    super(message);
  }

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
