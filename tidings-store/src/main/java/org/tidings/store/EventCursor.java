package org.tidings.store;

/**
 * Keyset position in the event order (day, event id), written {@code day:id}, e.g.
 * {@code 20211013:8412939}. Opaque to callers.
 */
record EventCursor(int day, long eventId) {
  static EventCursor parse(String text) {
    int colon = text.indexOf(':');
    try {
      if (colon > 0 && text.length() <= 40) {
        return new EventCursor(Integer.parseInt(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidQueryException("after", "not a cursor from a previous page: '" + Checks.shown(text) + "'");
  }

  @Override
  public String toString() {
    return day + ":" + eventId;
  }
}
