package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz test (Jazzer) of the API's parameter parsing: a raw query string (and a
 * path value) against every endpoint, through Javalin's own query decoding and {@link Params}.
 * Replays its committed inputs ({@code ParamsFuzzTestInputs/}) in every test run; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class ParamsFuzzTest {
  /** Every endpoint; the stores are never reached, only the parameters are read. */
  private static final List<Endpoint> ENDPOINTS = endpoints();

  private static List<Endpoint> endpoints() {
    List<Endpoint> all = new ArrayList<>(new EventsApi(null).endpoints());
    all.addAll(new TextsApi(null, null).endpoints());
    return List.copyOf(all);
  }

  /*
   * Warm-up: one seed through the code before the first timed input, so that loading (and, when
   * fuzzing, instrumenting) the libraries' classes does not count against the per-input timeout.
   */
  static {
    try {
      ParamsFuzzTest test = new ParamsFuzzTest();
      test.queryStrings(seed("queryStrings/events-filters"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] seed(String name) throws java.io.IOException {
    try (java.io.InputStream in = ParamsFuzzTest.class.getResourceAsStream("ParamsFuzzTestInputs/" + name)) {
      return java.util.Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  /**
   * Any query string: every typed value is either read or refused with a 400 whose message is
   * short and says what was wrong; no other exception escapes (it would answer 500). An input is
   * one byte choosing the endpoint, then the path value, a line feed and the raw query string
   * (UTF-8), so that seeds and findings are readable files.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void queryStrings(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Endpoint endpoint = ENDPOINTS.get((input[0] & 0xff) % ENDPOINTS.size());
    String rest = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    int newline = rest.indexOf('\n');
    String pathValue = newline < 0 ? rest : rest.substring(0, newline);
    String queryString = newline < 0 ? "" : rest.substring(newline + 1);
    try {
      Params params = Params.of(Params.query(queryString), name -> pathValue, endpoint);
      for (Param p : endpoint.params()) {
        readEach(params, p);
      }
    } catch (ApiException refused) {
      assertEquals(400, refused.status(), refused.getMessage());
      assertFalse(refused.getMessage().isBlank(), "a refusal says why");
      assertTrue(refused.getMessage().length() <= 600, "a refusal echoes little of the input: " + refused.getMessage().length());
    }
  }

  private static void readEach(Params params, Param p) {
    switch (p.type()) {
      case TEXT -> {
        if (p.in() == Param.In.PATH) {
          params.path(p.name());
        } else {
          params.text(p.name());
          params.name(p.name());
          params.code(p.name());
        }
      }
      case DAY -> params.day(p.name());
      case INTEGER -> params.integer(p.name(), 0);
      case CHOICE -> params.choice(p.name());
    }
  }
}
