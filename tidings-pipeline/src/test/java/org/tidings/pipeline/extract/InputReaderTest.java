package org.tidings.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {
  @TempDir Path dir;

  private final InputReader reader =
      new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), new InputDefaults("Default title", "2021-10-13", null, "AFP"));

  @Test
  void invalidUtf8NamesTheByteOffset() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("Café owners said".getBytes(StandardCharsets.UTF_8)); // é is two bytes: 17 in all
    bytes.write(0xC3);
    bytes.write(0x28);
    bytes.writeBytes(" more.".getBytes(StandardCharsets.UTF_8));
    var r = assertInstanceOf(InputItem.Rejected.class, reader.fromBytes("x.txt", bytes.toByteArray(), InputDefaults.NONE));
    assertEquals("invalid UTF-8 at byte 17 (convert the file to UTF-8)", r.reason());
    assertTrue(r.failed());
  }

  @Test
  void aGenuineReplacementCharacterIsTextNotInvalidUtf8() throws Exception {
    String line = "{\"id\":\"r\",\"text\":\"The symbol \uFFFD marks a lost character, the editor wrote.\"}\n";
    Path file = Files.writeString(dir.resolve("fffd.jsonl"), line, StandardCharsets.UTF_8);
    InputItem.Read read = assertInstanceOf(InputItem.Read.class, reader.readAll(file).get(0));
    assertTrue(read.article().text().contains("\uFFFD marks"), read.article().text());
    InputItem.Read plain = assertInstanceOf(InputItem.Read.class,
        reader.fromBytes("f.txt", "A \uFFFD here.".getBytes(StandardCharsets.UTF_8), InputDefaults.NONE));
    assertTrue(plain.article().text().contains("\uFFFD"));
  }

  @Test
  void aJsonlLineThatIsNotUtf8FailsAloneNamingTheByte() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"text\":\"Good first line.\"}\n{\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 é
    bytes.writeBytes("\"}\n{\"text\":\"Good third line.\"}\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());
    List<InputItem> items = reader.readAll(file);
    assertEquals(3, items.size());
    assertInstanceOf(InputItem.Read.class, items.get(0));
    var bad = assertInstanceOf(InputItem.Rejected.class, items.get(1));
    assertEquals(file + ":2", bad.origin());
    assertEquals("invalid UTF-8 at byte 12 of the line", bad.reason());
    assertTrue(bad.failed());
    assertInstanceOf(InputItem.Read.class, items.get(2));
  }

  @Test
  void gzippedJsonlTextAndHtmlAreRead() throws Exception {
    Path jsonl = gzip(dir.resolve("feed.jsonl.gz"), "{\"id\":\"a\",\"text\":\"First story.\"}\n{\"id\":\"b\",\"text\":\"Second story.\"}\n");
    List<InputItem> items = reader.readAll(jsonl);
    assertEquals(2, items.size());
    assertEquals("Second story.", assertInstanceOf(InputItem.Read.class, items.get(1)).article().text());
    assertEquals(jsonl + ":2", items.get(1).origin());
    Path text = gzip(dir.resolve("story.txt.gz"), "Putin spoke on Wednesday.\n");
    assertEquals("Putin spoke on Wednesday.", assertInstanceOf(InputItem.Read.class, reader.readAll(text).get(0)).article().text());
    Path broken = Files.write(dir.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    var r = assertInstanceOf(InputItem.Rejected.class, reader.readAll(broken).get(0));
    assertTrue(r.reason().startsWith("cannot read"), r.reason());
  }

  private static Path gzip(Path file, String text) throws Exception {
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void binaryContentIsSkipped() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    var r = assertInstanceOf(InputItem.Rejected.class, reader.fromBytes("x.png.txt", png, InputDefaults.NONE));
    assertEquals("binary content (NUL byte at offset 8)", r.reason());
    assertFalse(r.failed());
    byte[] controls = new byte[100];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    var c = assertInstanceOf(InputItem.Rejected.class, reader.fromBytes("c.txt", controls, InputDefaults.NONE));
    assertEquals("binary content (34 control bytes in the first 100)", c.reason());
  }

  @Test
  void outcomeLinesThatWatchWritesAreReadAsTheirArticles() throws Exception {
    org.tidings.model.Article a = org.tidings.model.Article.builder("Putin spoke in Moscow on Wednesday.", "https://news.example/a")
        .url("https://news.example/a").source("Example News").title("Putin speaks")
        .published(org.tidings.model.Published.parse("2021-10-13")).externalId("guid-7").build();
    String coded = org.tidings.pipeline.output.DocumentJson.MAPPER.writeValueAsString(
        org.tidings.pipeline.output.DocumentJson.outcome(new org.tidings.model.Outcome.Coded(org.tidings.model.Document.of(a), List.of())));
    String skipped = org.tidings.pipeline.output.DocumentJson.MAPPER.writeValueAsString(
        org.tidings.pipeline.output.DocumentJson.outcome(new org.tidings.model.Outcome.Skipped("https://news.example/b", "input",
            "no article text on the page", null)));
    Path file = Files.writeString(dir.resolve("outcomes.jsonl"), coded + "\n" + skipped + "\n");
    List<InputItem> items = reader.readAll(file);
    InputItem.Read read = assertInstanceOf(InputItem.Read.class, items.get(0));
    assertEquals(a.id(), read.article().id(), "the same text, so the same content hash");
    assertEquals("Putin speaks", read.article().title());
    assertEquals("Example News", read.article().source());
    assertEquals("2021-10-13", read.article().published().toString());
    assertEquals("guid-7", read.article().externalId());
    InputItem.Rejected rejected = assertInstanceOf(InputItem.Rejected.class, items.get(1));
    assertEquals("a skipped outcome without an article: no article text on the page", rejected.reason());
    assertFalse(rejected.failed());
  }

  @Test
  void plainTextTakesTheDefaults() throws Exception {
    Path file = Files.writeString(dir.resolve("story.txt"), "Putin spoke on Wednesday.\n");
    InputItem.Read read = assertInstanceOf(InputItem.Read.class, reader.readText(file));
    assertEquals("Default title", read.article().title());
    assertEquals("2021-10-13", read.article().published().toString());
    assertEquals("AFP", read.article().source());
    assertEquals(file.toString(), read.origin());
  }

  @Test
  void jsonlMalformedLineBetweenGoodLinesKeepsOrderAndLineNumbers() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            "{\"id\":\"a\",\"text\":\"First story.\",\"date\":\"2020-01-02\",\"title\":\"One\"}\n"
                + "{\"id\":\"b\",\"text\":\"Broken\n"
                + "\n"
                + "{\"id\":\"c\",\"text\":\"Third story.\",\"published\":\"2020-01-03T10:00:00Z\"}\n"
                + "[1,2]\n"
                + "{\"id\":\"e\"}\n"
                + "{\"id\":\"f\",\"text\":\"Bad date.\",\"published\":\"2021-13-45\"}\n");
    List<InputItem> items = reader.readAll(file);
    assertEquals(6, items.size());
    InputItem.Read first = assertInstanceOf(InputItem.Read.class, items.get(0));
    assertEquals(file + ":1", first.origin());
    assertEquals("a", first.article().externalId());
    assertEquals("One", first.article().title());
    assertEquals("2020-01-02", first.article().published().toString());
    var broken = assertInstanceOf(InputItem.Rejected.class, items.get(1));
    assertEquals(file + ":2", broken.origin());
    assertTrue(broken.reason().startsWith("malformed JSON: "), broken.reason());
    assertTrue(broken.failed());
    InputItem.Read third = assertInstanceOf(InputItem.Read.class, items.get(2));
    assertEquals(file + ":4", third.origin(), "blank lines are skipped but counted");
    assertEquals("Default title", third.article().title(), "missing fields take the defaults");
    assertEquals("2020-01-03T10:00Z", third.article().published().toString());
    assertEquals("malformed JSON: expected an object", ((InputItem.Rejected) items.get(3)).reason());
    assertEquals("no \"text\" string in the record", ((InputItem.Rejected) items.get(4)).reason());
    var badDate = assertInstanceOf(InputItem.Rejected.class, items.get(5));
    assertTrue(badDate.failed());
    assertTrue(badDate.reason().contains("'2021-13-45'"), badDate.reason());
  }

  @Test
  void jsonlWithoutDateIsUndated() throws Exception {
    InputReader plain = new InputReader(new TextCleaner(1000), InputDefaults.NONE);
    Path file = Files.writeString(dir.resolve("u.jsonl"), "{\"text\":\"No date here.\",\"published\":null}\n");
    InputItem.Read read = assertInstanceOf(InputItem.Read.class, plain.readAll(file).get(0));
    assertNull(read.article().published());
  }

  @Test
  void directoriesAreReadInNameOrderAndUnknownTypesAreRejected() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "Second.");
    Files.writeString(dir.resolve("a.txt"), "First.");
    Files.createDirectories(dir.resolve("c"));
    Files.writeString(dir.resolve("c").resolve("d.pdf"), "%PDF");
    List<InputItem> items = reader.readAll(dir);
    assertEquals(List.of("a.txt", "b.txt", "d.pdf"), items.stream().map(i -> Path.of(i.origin()).getFileName().toString()).toList());
    assertEquals(
        "unsupported file type (expected .txt, .jsonl, .html, .warc or .arc, each optionally .gz)", ((InputItem.Rejected) items.get(2)).reason());
  }

  @Test
  void aMissingPathIsAClearError() {
    var e = assertThrows(IllegalArgumentException.class, () -> reader.read(dir.resolve("nope.txt")));
    assertEquals("no such file or directory: " + dir.resolve("nope.txt"), e.getMessage());
  }

  @Test
  void anHtmlPageBecomesItsArticleWithThePagesMetadata() throws Exception {
    Path page = dir.resolve("story.html");
    Files.writeString(
        page,
        "<html><head><title>Site</title><meta property=\"og:title\" content=\"Floods hit the north\">"
            + "<meta property=\"article:published_time\" content=\"2021-10-13T08:30:00Z\"></head><body>"
            + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article>"
            + "<p>Heavy rain flooded towns across the north of the country on Tuesday, officials said.</p>"
            + "<p>Rescue teams evacuated more than two thousand people from their homes overnight.</p>"
            + "</article><footer>Share this article</footer></body></html>",
        StandardCharsets.UTF_8);
    List<InputItem> items = reader.readAll(page);
    assertEquals(1, items.size());
    var article = assertInstanceOf(InputItem.Read.class, items.get(0)).article();
    assertEquals("Floods hit the north", article.title());
    assertEquals("2021-10-13T08:30Z", article.published().toString());
    assertTrue(article.text().startsWith("Heavy rain flooded towns"), article.text());
    assertFalse(article.text().contains("Home"), article.text());
    assertFalse(article.text().contains("Share this article"), article.text());
  }

  @Test
  void aWarcArchiveGivesOneItemPerHtmlResponse() {
    Path warc = org.tidings.pipeline.TestResources.path("/warc/IAH-urls-wget.warc.gz");
    List<InputItem> items = reader.readAll(warc);
    assertFalse(items.isEmpty());
    for (InputItem item : items) {
      assertTrue(item.origin().startsWith(warc + "#"), item.origin());
    }
    assertTrue(items.stream().anyMatch(i -> i instanceof InputItem.Read));
  }
}
