package org.tidings.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One event as exported: the stored event with the evidence of its first report (the article, its
 * sentence and trigger) and a day that is always filled, with where that day came from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param event the stored event, never null
 * @param evidence the first report's mention (from the article that first reported it when it is
 *     stored, else the first one listed), or null when the event has no mention stored
 * @param article that report's article, or null when it is not stored
 * @param day the event's day, else the article's publication day, else the day it was stored;
 *     never null
 * @param daySource where {@code day} came from, never null
 */
public record ExportRow(StoredEvent event, EventMention evidence, ArticleFacts article, LocalDate day, DaySource daySource) {

  /** Where an export row's day came from. */
  public enum DaySource {
    /** The event's own date, as coded from the text. */
    EVENT,
    /** The article's publication day (for a web archive page without a date, its capture day). */
    PUBLISHED,
    /** Nothing dated the event or its article: the day the article was stored. */
    INGESTED;

    /** Lower-case name, as written in exports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ExportRow {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(daySource, "daySource");
  }

  /**
   * The row of {@code event}, choosing its evidence among {@code mentions} (its reports, possibly
   * empty) and dating it from {@code article} when the event has no day.
   *
   * @param article the first report's article, or null when not stored
   */
  public static ExportRow of(StoredEvent event, List<EventMention> mentions, ArticleFacts article) {
    EventMention evidence = null;
    for (EventMention m : mentions) {
      if (m.articleId().equals(event.firstArticleId())) {
        evidence = m;
        break;
      }
    }
    if (evidence == null && !mentions.isEmpty()) {
      evidence = mentions.get(0);
    }
    if (event.day() != null) {
      return new ExportRow(event, evidence, article, event.day(), DaySource.EVENT);
    }
    if (article != null && article.published() != null) {
      return new ExportRow(event, evidence, article, article.published(), DaySource.PUBLISHED);
    }
    LocalDate stored = (article != null ? article.ingestedAt() : event.firstSeen()).atOffset(ZoneOffset.UTC).toLocalDate();
    return new ExportRow(event, evidence, article, stored, DaySource.INGESTED);
  }

  /** The id of the article the evidence comes from (the first report's), never null. */
  public String articleId() {
    return evidence != null ? evidence.articleId() : event.firstArticleId();
  }

  /** The URL of the first report: its article's, else its mention's, else any report's; null when none has one. */
  public String sourceUrl() {
    if (article != null && article.url() != null) {
      return article.url();
    }
    if (evidence != null && evidence.url() != null) {
      return evidence.url();
    }
    return event.sourceUrl();
  }

  /**
   * A party's name for people: the stored name, except for a target the text only implies (stored
   * under an internal marker), which is named by its country ("United States").
   *
   * @return null when {@code party} is null
   */
  public static String displayName(StoredEvent.Party party) {
    if (party == null) {
      return null;
    }
    if (!isImplied(party)) {
      return party.name();
    }
    String country = party.name().substring(IMPLIED.length());
    String name = CountryCodes.bundled().name(country);
    return name != null ? name : country;
  }

  /** True when the text does not name the party: it is implied (a country acted upon). */
  public static boolean isImplied(StoredEvent.Party party) {
    return party != null && party.name().regionMatches(true, 0, IMPLIED, 0, IMPLIED.length());
  }

  /** The pipeline's marker of an implied party's name (see the event coder). */
  private static final String IMPLIED = "implied:";
}
