package org.tidings.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small mixed input for the job's tests: {@code articles.jsonl} (two stories, a syndicated copy
 * of the first with a byline and a closing line added, a malformed line, an exact copy of the
 * second), {@code pages.warc} (two HTML pages in HTTP response records) and {@code scan.txt} (a
 * binary file). {@value #ITEMS} input items in all.
 */
final class MixedInput {
  static final int ITEMS = 8;

  static final String TALKS = "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday."
      + " Lavrov said Russia would support China's proposal for talks on the conflict."
      + " Wang praised the cooperation between the two countries and invited Lavrov to visit Shanghai next month.";
  static final String PROTEST = "Thousands of protesters marched through Nairobi on Monday to demand lower food prices."
      + " Police fired tear gas at the crowd near the parliament building."
      + " Kenyan President William Ruto said the government would cut taxes on maize flour.";
  static final String AID = "The United Nations said on Wednesday it would send food aid to Sudan."
      + " The World Food Programme accused the warring parties of blocking convoys near Khartoum."
      + " Sudan's army denied the accusation.";
  static final String TRADE = "Japan and South Korea signed a trade agreement in Tokyo on Thursday."
      + " Japanese Prime Minister Fumio Kishida welcomed the deal, and South Korean officials said it would cut tariffs.";

  private MixedInput() {}

  static void write(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = List.of(
        line(json, "a1", "https://wire.example.org/lavrov-wang", "Example Wire", "2024-03-05", TALKS),
        line(json, "a2", "https://news.example.com/nairobi", "Example News", "2024-03-04", PROTEST),
        line(json, "a3", "https://daily.example.net/lavrov", "Example Daily", "2024-03-05",
            "By a staff reporter. " + TALKS + " The talks lasted three hours."),
        "{\"id\": \"a4\", \"text\": ",
        line(json, "a5", "https://news.example.com/nairobi-copy", "Example News", "2024-03-04", PROTEST));
    Files.write(dir.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    response(warc, "https://un.example.org/sudan-aid", "2024-03-06", "Food aid for Sudan", AID);
    response(warc, "https://asia.example.org/trade", "2024-03-07", "Japan and South Korea sign trade deal", TRADE);
    Files.write(dir.resolve("pages.warc"), warc.toByteArray());
    byte[] binary = new byte[512];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 7);
    }
    Files.write(dir.resolve("scan.txt"), binary);
  }

  private static String line(ObjectMapper json, String id, String url, String source, String published, String text) {
    ObjectNode node = json.createObjectNode();
    node.put("id", id).put("url", url).put("source", source).put("published", published).put("text", text);
    return node.toString();
  }

  /** One WARC/1.0 response record holding an HTTP response with an article page. */
  private static void response(ByteArrayOutputStream out, String url, String day, String title, String text) throws IOException {
    StringBuilder paragraphs = new StringBuilder();
    for (String sentence : text.split("(?<=\\.) ")) {
      paragraphs.append("<p>").append(sentence).append("</p>\n");
    }
    String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"" + day + "T09:00:00Z\"></head>"
        + "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>\n"
        + paragraphs + "</article><footer>Copyright Example</footer></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[http.length + body.length];
    System.arraycopy(http, 0, block, 0, http.length);
    System.arraycopy(body, 0, block, http.length, body.length);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: " + day + "T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
    out.write(header.getBytes(StandardCharsets.US_ASCII));
    out.write(block);
    out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
