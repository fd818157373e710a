package org.tidings.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a GDELT 2.0 Events export ({@code *.export.CSV}): 61 tab-separated columns in
 * {@link #COLUMNS} order, no header. The same reader checks the rows we write and parses rows
 * from GDELT's own files.
 *
 * <p>What we write where GDELT's meaning and ours differ: SQLDATE is the event's day, else its
 * first report's publication day, else the day that report was stored (which of the three is in
 * the {@code day_source} column of the other exports, joined by GLOBALEVENTID); ActionGeo_CountryCode
 * holds the FIPS 10-4 code as GDELT's does (the ISO code is in the other exports), ActionGeo_ADM1Code
 * the FIPS country code followed by the GeoNames first-level division code ("RS48"),
 * ActionGeo_FeatureID the GeoNames id (for a country, its FIPS code, as GDELT writes); an actor the text only implies is named by its country.
 * The actors' own geography (Actor1Geo_*, Actor2Geo_*), ethnic and religion codes and AvgTone are
 * not coded: they are blank (geo type 0). NumMentions, NumSources and NumArticles count every report
 * stored so far, not those of a 15-minute batch.
 *
 * <p>Immutable and thread-safe.
 *
 * @param columns the 61 values as text, never null
 */
public record GdeltEventRow(List<String> columns) {

  /** GDELT 2.0 Events column names, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  public GdeltEventRow {
    Objects.requireNonNull(columns, "columns");
    if (columns.size() != COLUMNS.size()) {
      throw new IllegalArgumentException(
          "a GDELT 2.0 event row has " + COLUMNS.size() + " columns, this one has " + columns.size());
    }
    columns = List.copyOf(columns);
  }

  /**
   * Parses one line of a GDELT 2.0 export (a trailing line break is ignored).
   *
   * @throws IllegalArgumentException when the line does not have 61 tab-separated columns
   */
  public static GdeltEventRow parse(String line) {
    String s = line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    return new GdeltEventRow(Arrays.asList(s.split("\t", -1)));
  }

  /** The row we export for an event. */
  public static GdeltEventRow of(ExportRow row) {
    StoredEvent e = row.event();
    List<String> c = new ArrayList<>(COLUMNS.size());
    LocalDate day = row.day();
    c.add(Long.toString(e.eventId()));
    c.add(String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
    c.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    c.add(Integer.toString(day.getYear()));
    c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0));
    actor(c, e.source());
    actor(c, e.target());
    c.add(e.lead() ? "1" : "0");
    c.add(e.cameoCode());
    c.add(e.cameoBase());
    c.add(e.cameoRoot());
    c.add(Integer.toString(e.quadClass()));
    c.add(number(e.goldstein()));
    c.add(Integer.toString(e.mentions()));
    c.add(Integer.toString(e.sources()));
    c.add(Integer.toString(e.articles()));
    c.add(""); // AvgTone: not measured
    emptyGeo(c);
    emptyGeo(c);
    StoredEvent.Location p = e.place();
    if (p == null) {
      emptyGeo(c);
    } else {
      String fips = CountryCodes.bundled().fips(p.country());
      c.add(Integer.toString(geoType(p)));
      c.add(clean(p.name()));
      c.add(fips == null ? "" : fips);
      c.add(adm1(p, fips));
      c.add("");
      c.add(number(p.lat()));
      c.add(number(p.lon()));
      c.add(geoType(p) == 1 && fips != null ? fips : p.geonameId() == 0 ? "" : Long.toString(p.geonameId()));
    }
    c.add(e.firstSeen().atOffset(ZoneOffset.UTC).format(ADDED));
    String url = row.sourceUrl();
    c.add(url == null ? "" : clean(url));
    return new GdeltEventRow(c);
  }

  /** GDELT's ADM1 code: the FIPS country code, then the division's own code (GeoNames "RU.48" gives "RS48"). */
  private static String adm1(StoredEvent.Location p, String fips) {
    if (fips == null) {
      return "";
    }
    if (p.admin1() == null) {
      return geoType(p) == 1 ? fips : "";
    }
    int dot = p.admin1().indexOf('.');
    return fips + (dot < 0 ? p.admin1() : p.admin1().substring(dot + 1));
  }

  /** Actor columns: code, name, country, known group, ethnic, two religions, three types (roles). */
  private static void actor(List<String> c, StoredEvent.Party party) {
    if (party == null) {
      for (int i = 0; i < 10; i++) {
        c.add("");
      }
      return;
    }
    c.add(party.code());
    c.add(clean(ExportRow.displayName(party)).toUpperCase(Locale.ROOT));
    c.add(party.country() == null ? "" : party.country());
    c.add("");
    c.add("");
    c.add("");
    c.add("");
    String[] roles = party.roles().isEmpty() ? new String[0] : party.roles().split("/");
    for (int i = 0; i < 3; i++) {
      c.add(i < roles.length ? roles[i] : "");
    }
  }

  private static void emptyGeo(List<String> c) {
    c.add("0");
    for (int i = 0; i < 7; i++) {
      c.add("");
    }
  }

  /** GDELT's geo types: 1 country, 4 world city, 5 world state (first-level division); points count as cities. */
  private static int geoType(StoredEvent.Location p) {
    if (p.precision() == null) {
      return 0;
    }
    return switch (p.precision()) {
      case "COUNTRY", "REGION" -> 1;
      case "ADMIN1" -> 5;
      default -> 4;
    };
  }

  private static String number(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** Tabs and line breaks would break the row: they become spaces. */
  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** The value of a named column, e.g. {@code get("EventCode")}. */
  public String get(String column) {
    int i = COLUMNS.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no GDELT 2.0 event column '" + column + "'");
    }
    return columns.get(i);
  }

  public long globalEventId() {
    return Long.parseLong(columns.get(0));
  }

  /** SQLDATE as a date, or null when empty. */
  public LocalDate day() {
    String s = columns.get(1);
    return s.isEmpty() ? null : LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
        Integer.parseInt(s.substring(6, 8)));
  }

  public String eventCode() {
    return get("EventCode");
  }

  public int quadClass() {
    return Integer.parseInt(get("QuadClass"));
  }

  public double goldstein() {
    return Double.parseDouble(get("GoldsteinScale"));
  }

  public int numMentions() {
    return Integer.parseInt(get("NumMentions"));
  }

  public String sourceUrl() {
    return get("SOURCEURL");
  }

  /** The row as one tab-separated line, without a line break. */
  public String toLine() {
    return String.join("\t", columns);
  }
}
