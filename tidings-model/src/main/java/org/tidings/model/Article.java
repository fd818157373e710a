package org.tidings.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One news article after clean-up: normalised text plus its metadata and the segmentation of the
 * text into body, title, captions and site residue. All spans elsewhere point into {@link #text()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id content identity: {@link #idOf(String)} of the normalised text, never null
 * @param url where it was published, or null
 * @param source publisher or feed name, or null
 * @param title headline, or null
 * @param published publication time, or null when unknown (relative dates then stay unresolved)
 * @param language ISO 639-1 code, e.g. "en"; never null
 * @param text normalised text, never null
 * @param segments non-overlapping segments in text order, never null
 * @param origin where the input came from (file, file:line, URL), never null
 * @param externalId the id the input gave the article, or null
 */
public record Article(
    String id,
    String url,
    String source,
    String title,
    Published published,
    String language,
    String text,
    List<Segment> segments,
    String origin,
    String externalId) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    segments = List.copyOf(segments);
  }

  /**
   * A builder of an article over normalised {@code text} read from {@code origin}: its id is
   * {@link #idOf(String)} of the text, its language "en", it has no segments, and every nullable
   * field is null until set. For the many callers that know only a few of the ten fields.
   */
  public static Builder builder(String text, String origin) {
    return new Builder(text, origin);
  }

  /**
   * Builds an {@link Article} field by field; see {@link #builder(String, String)}. Not
   * thread-safe; each {@link #build()} gives an immutable article.
   */
  public static final class Builder {
    private final String text;
    private final String origin;
    private String url;
    private String source;
    private String title;
    private Published published;
    private String language = "en";
    private List<Segment> segments = List.of();
    private String externalId;

    private Builder(String text, String origin) {
      this.text = Objects.requireNonNull(text, "text");
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** Where it was published; null for unknown. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** Publisher or feed name; null for unknown. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Headline; null for none. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Publication time; null for unknown. */
    public Builder published(Published published) {
      this.published = published;
      return this;
    }

    /** ISO 639-1 code; "en" unless set. */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /** Segments in text order; none unless set. */
    public Builder segments(List<Segment> segments) {
      this.segments = List.copyOf(segments);
      return this;
    }

    /** The id the input gave the article; null for none. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    public Article build() {
      return new Article(idOf(text), url, source, title, published, language, text, segments, origin, externalId);
    }
  }

  /** First 16 bytes of the SHA-256 of the UTF-8 text, in hex: the same text always has one id. */
  public static String idOf(String normalisedText) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The kind of the segment holding {@code offset}, or {@link SegmentKind#BODY} outside all. */
  public SegmentKind kindAt(int offset) {
    for (Segment s : segments) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        return s.kind();
      }
    }
    return SegmentKind.BODY;
  }

  /** True when every character of {@code span} lies in content (body or title) segments. */
  public boolean isContent(TextSpan span) {
    for (Segment s : segments) {
      if (!s.kind().isContent() && s.span().overlaps(span)) {
        return false;
      }
    }
    return true;
  }
}
