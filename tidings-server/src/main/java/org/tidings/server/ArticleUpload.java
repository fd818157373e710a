package org.tidings.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/articles}: a batch of article records, as JSON Lines (one object a line) or as
 * one JSON array of objects, coded and stored through the server's {@link ArticleIntake}. Only a
 * client that sends the server's {@link BearerToken} may write (401 otherwise, before the body is
 * read). The answer lists what became of each record, in order.
 *
 * <p>Thread-safe.
 */
final class ArticleUpload {
  static final String PATH = "/api/articles";
  /** Largest batch body (bytes): refused with 413 before it is read. */
  static final long MAX_BODY = 16L * 1024 * 1024;
  /** Most records in one request. */
  static final int MAX_RECORDS = 1000;

  private final ArticleIntake intake;
  private final BearerToken token;
  private final ObjectMapper mapper;
  private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();

  ArticleUpload(ArticleIntake intake, BearerToken token, ObjectMapper mapper) {
    this.intake = intake;
    this.token = token;
    this.mapper = mapper;
  }

  /**
   * The answer.
   *
   * @param coded records coded
   * @param skipped records skipped (stored with the reason)
   * @param failed records failed (stored with the reason)
   * @param results one per record, in order; never null
   */
  record Answer(int coded, int skipped, int failed, List<IntakeResult> results) {}

  /** Refuses a request without the token; called before the body is read. */
  void authorise(Context ctx) {
    if (!token.admits(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"tidings\"");
      throw new ApiException(401, "POST " + PATH + " needs the header 'Authorization: Bearer TOKEN' with the token"
          + " in the server's token file (tidings serve prints its path)");
    }
  }

  void handle(Context ctx) {
    authorise(ctx);
    List<String> records = records(ctx.body());
    // Each batch its own origin: a record without an article is stored under its origin, and two
    // batches' first records must not be taken for one.
    String origin = "POST " + PATH + " " + java.time.Instant.now() + " batch " + batches.incrementAndGet();
    List<IntakeResult> results = intake.submit(records, origin);
    int[] counts = new int[3];
    for (IntakeResult r : results) {
      counts[switch (r.outcome()) { case "coded" -> 0; case "skipped" -> 1; default -> 2; }]++;
    }
    ctx.json(new Answer(counts[0], counts[1], counts[2], results));
  }

  /** The body's records: each element of a JSON array, else each non-blank line. */
  List<String> records(String body) {
    String b = body.strip();
    List<String> records = new ArrayList<>();
    if (b.startsWith("[")) {
      JsonNode array;
      try {
        array = mapper.readTree(b);
      } catch (JsonProcessingException e) {
        throw ApiException.badRequest("body: not a JSON array of article records: " + e.getOriginalMessage());
      }
      for (JsonNode element : array) {
        records.add(element.toString());
      }
    } else {
      for (String line : b.split("\r?\n")) {
        if (!line.isBlank()) {
          records.add(line);
        }
      }
    }
    if (records.isEmpty()) {
      throw ApiException.badRequest("body: no article records; send JSON Lines (one {\"text\": ...} object a line)"
          + " or a JSON array of such objects");
    }
    if (records.size() > MAX_RECORDS) {
      throw new ApiException(413, "body: " + records.size() + " records, at most " + MAX_RECORDS + " a request");
    }
    return records;
  }
}
