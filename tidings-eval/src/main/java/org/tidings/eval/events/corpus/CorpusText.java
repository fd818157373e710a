package org.tidings.eval.events.corpus;

import java.util.Objects;

/**
 * One article of the event corpus, as its texts file gives it.
 *
 * @param id document id ("wn-2019-001"), never null
 * @param url where it came from, or empty
 * @param date publication date yyyy-MM-dd, or empty
 * @param title the title, or empty
 * @param text the text annotators read, never null
 */
public record CorpusText(String id, String url, String date, String title, String text) {
  public CorpusText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    url = url == null ? "" : url;
    date = date == null ? "" : date;
    title = title == null ? "" : title;
  }
}
