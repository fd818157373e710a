package org.tidings.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.model.Event;

/**
 * Agreement with PETRARCH-2's codes on its validation file ({@code PETR2_GSR_validation.xml}):
 * {@code <Sentence date id/>}, then {@code <EventCoding eventcode sourcecode targetcode/>} rows,
 * then {@code <Text>}. The codes are PETRARCH-2's own output, not human gold, so the figures are
 * agreement, not accuracy. A sentence agrees on the root (or the full code) when one of our events
 * has the root (code) of one of PETRARCH's; on the dyad when that event's source and target
 * countries are PETRARCH's (first three letters). Items are sentences with at least one coding;
 * sentences PETRARCH leaves uncoded count towards {@code extra.events} when we code something.
 *
 * <p>Read with a pattern rather than an XML parser: the file carries '#' comment banners as text.
 * Used by one thread at a time.
 */
public final class PetrarchAgreementScorer implements Scorer {
  private static final Pattern SENTENCE = Pattern.compile(
      "<Sentence\\b([^>]*)/?>(.*?)<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)/>");

  private final EventRun run = new EventRun(suite());

  @Override
  public String suite() {
    return "events-petrarch";
  }

  @Override
  public String description() {
    return "agreement with PETRARCH-2 codes (root, code, dyad): events/PETR2_GSR_validation.xml";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    String xml;
    try {
      xml = Files.readString(data, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(data + ": not readable: " + e.getMessage(), e);
    }
    int items = 0;
    int root = 0;
    int code = 0;
    int dyad = 0;
    int uncodedByPetrarch = 0;
    int extra = 0;
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      Map<String, String> attrs = attrs(m.group(1));
      List<Map<String, String>> codings = new ArrayList<>();
      Matcher c = CODING.matcher(m.group(2));
      while (c.find()) {
        Map<String, String> a = attrs(c.group(1));
        if (a.containsKey("eventcode")) {
          codings.add(a);
        }
      }
      String text = m.group(3).trim().replaceAll("\\s+", " ");
      List<Event> events = run.events(attrs.getOrDefault("id", "petr"), text, attrs.getOrDefault("date", ""));
      if (codings.isEmpty()) {
        uncodedByPetrarch++;
        extra += events.isEmpty() ? 0 : 1;
        continue;
      }
      items++;
      boolean r = false;
      boolean k = false;
      boolean d = false;
      for (Event e : events) {
        for (Map<String, String> p : codings) {
          String pc = p.get("eventcode");
          if (pc.length() >= 2 && e.cameoRoot().equals(pc.substring(0, 2))) {
            r = true;
            k |= e.cameoCode().equals(pc);
            d |= country(e.source() == null ? "" : e.source().code()).equals(country(p.getOrDefault("sourcecode", "")))
                && country(e.target() == null ? "" : e.target().code()).equals(country(p.getOrDefault("targetcode", "")));
          }
        }
      }
      root += r ? 1 : 0;
      code += k ? 1 : 0;
      dyad += d ? 1 : 0;
    }
    if (items == 0) {
      throw new IllegalArgumentException(data + ": no <Sentence> with <EventCoding> and <Text> found");
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("root.agreement", (double) root / items);
    metrics.put("code.agreement", (double) code / items);
    metrics.put("root+dyad.agreement", (double) dyad / items);
    metrics.put("petrarch.uncoded.sentences", (double) uncodedByPetrarch);
    metrics.put("extra.events", (double) extra);
    return new EvalReport(suite(), data.toString(), items, metrics);
  }

  private static String country(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  private static Map<String, String> attrs(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      out.put(a.group(1), a.group(2));
    }
    return out;
  }
}
