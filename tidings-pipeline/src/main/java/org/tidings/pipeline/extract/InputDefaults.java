package org.tidings.pipeline.extract;

/**
 * Metadata given on the command line for inputs that carry none (plain-text files). Fields are null
 * when not given; a JSONL record's own fields win over these.
 *
 * @param title headline
 * @param published publication date as written
 * @param url where it was published
 * @param source publisher name
 */
public record InputDefaults(String title, String published, String url, String source) {
  public static final InputDefaults NONE = new InputDefaults(null, null, null, null);
}
