package org.tidings.store;

/**
 * A query parameter is out of range or malformed. The message names the parameter and says what
 * is allowed, so it can be shown to a user as it is (an API answers it with 400).
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  public InvalidQueryException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  /** The offending parameter's name, e.g. "country". */
  public String parameter() {
    return parameter;
  }
}
