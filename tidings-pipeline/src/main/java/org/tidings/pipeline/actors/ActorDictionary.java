package org.tidings.pipeline.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The project's actor dictionary: countries (names, demonyms, capitals, government metonyms),
 * international organisations and known groups, a few office holders with dates, and role nouns.
 * Read from the TSV files under {@code org/tidings/actors/} (their headers document the columns).
 *
 * <p>Names are looked up by {@link #key(String)}: letters and digits only, lower case, so "U.S."
 * and "US", "al-Qaeda" and "al Qaeda" meet. Role nouns are looked up by space-joined lower-case
 * lemmas.
 *
 * <p>Immutable after loading and thread-safe: load once per JVM ({@link #bundled()}) and pass the
 * instance to every {@link ActorResolver}.
 */
public final class ActorDictionary {
  private static final String BASE = "/org/tidings/actors/";

  /** What a dictionary name stands for. */
  public enum Kind {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    METONYM,
    ORGANISATION,
    PERSON
  }

  /** A role held over a date range; either end may be null (open). Dates inclusive. */
  public record DatedRole(String role, LocalDate from, LocalDate to) {
    boolean holds(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /**
   * One meaning of a dictionary name.
   *
   * @param kind what the name stands for
   * @param id entity id: the ISO3 code for country senses, the organisation id, or the person's
   *     canonical name; metonyms get "ISO3:metonym" so "Kremlin" mentions merge with each other
   * @param canonical the entry's display name
   * @param country country code
   * @param role undated role, or null
   * @param dated dated roles (offices), possibly empty
   * @param orgKind "igo", "group" or "ngo" for organisations, else null
   */
  public record Sense(
      Kind kind, String id, String canonical, String country, String role, List<DatedRole> dated, String orgKind) {

    /**
     * The role as of {@code date}: a dated role holding then, else the undated role. With no date,
     * a dated role is not assumed (null) unless the entry has an undated one.
     */
    /** The country of this demonym, as a country entry (same id, so they merge). */
    public Sense asCountry() {
      return new Sense(Kind.COUNTRY, country, canonical, country, null, List.of(), null);
    }

    public String roleOn(LocalDate date) {
      if (date != null) {
        for (DatedRole d : dated) {
          if (d.holds(date)) {
            return d.role();
          }
        }
      }
      return role;
    }
  }

  /**
   * A role noun.
   *
   * @param role CAMEO role code
   * @param weight higher wins when a description holds several role nouns
   * @param agent "collective", "person", "body" or "title" (see roles.tsv)
   */
  public record RoleNoun(String phrase, String role, int weight, String agent) {
    /** True when the noun can stand for an actor by itself ("militants", "the government"). */
    public boolean standsAlone() {
      return !agent.equals("title");
    }
  }

  private final String version;
  private final Map<String, List<Sense>> names;
  private final Map<String, RoleNoun> roles;
  private final int longestRolePhrase;
  private final int countries;
  private final Map<String, List<String>> regions;

  private ActorDictionary(
      String version, Map<String, List<Sense>> names, Map<String, RoleNoun> roles, int countries, Map<String, List<String>> regions) {
    this.version = version;
    this.names = names;
    this.roles = roles;
    this.regions = regions;
    this.longestRolePhrase = roles.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    this.countries = countries;
  }

  /**
   * Reads the bundled files. Load once per JVM and share: {@code PipelineResources} does.
   *
   * @throws IllegalStateException naming the file and line when a file is missing or malformed
   */
  public static ActorDictionary load() {
    Map<String, List<Sense>> names = new HashMap<>();
    Map<String, RoleNoun> roles = new HashMap<>();
    int[] countryCount = {0};
    read("countries.tsv", 4, cols -> {
      String iso = cols[0];
      countryCount[0]++;
      String canonical = split(cols[1]).get(0);
      for (String n : split(cols[1])) {
        add(names, n, new Sense(Kind.COUNTRY, iso, canonical, iso, null, List.of(), null));
      }
      for (String n : split(cols[2])) {
        add(names, n, new Sense(Kind.DEMONYM, iso, canonical, iso, null, List.of(), null));
      }
      for (String n : split(cols[3])) {
        add(names, n, new Sense(Kind.CAPITAL, iso + ":" + key(n), n, iso, "GOV", List.of(), null));
      }
      if (cols.length > 4) {
        for (String n : split(cols[4])) {
          add(names, n, new Sense(Kind.METONYM, iso + ":" + key(n), n, iso, "GOV", List.of(), null));
        }
      }
    });
    read("organisations.tsv", 5, cols -> {
      List<String> ns = split(cols[1]);
      String role = cols[4].isBlank() ? null : cols[4].trim();
      List<DatedRole> dated = cols.length > 5 ? dated(cols[5]) : List.of();
      Sense sense = new Sense(Kind.ORGANISATION, cols[0], ns.get(0), cols[3], role, dated, cols[2]);
      ns.forEach(n -> add(names, n, sense));
    });
    read("people.tsv", 3, cols -> {
      List<String> ns = split(cols[0]);
      Sense sense = new Sense(Kind.PERSON, ns.get(0), ns.get(0), cols[1], null, dated(cols[2]), null);
      ns.forEach(n -> add(names, n, sense));
      // News refers to office holders by surname after the first mention ("Putin", "Mugabe").
      String[] words = ns.get(0).split(" ");
      if (words.length > 1 && words[words.length - 1].length() > 3) {
        add(names, words[words.length - 1], sense);
      }
    });
    read("roles.tsv", 4, cols -> {
      String phrase = cols[0].toLowerCase(Locale.ROOT).trim();
      roles.put(phrase, new RoleNoun(phrase, cols[1], Integer.parseInt(cols[2].trim()), cols[3].trim()));
    });
    Map<String, List<String>> regions = new HashMap<>();
    read("regions.tsv", 2, cols -> {
      List<String> members = split(cols[1]);
      split(cols[0]).forEach(n -> regions.put(key(n), members));
    });
    Properties p = new Properties();
    try (InputStream in = open("dictionary.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary version", e);
    }
    return new ActorDictionary(p.getProperty("version", "unknown"), names, roles, countryCount[0], regions);
  }

  /** Version string of the dictionary files, recorded in every output that uses them. */
  public String version() {
    return version;
  }

  /** Number of countries and territories listed. */
  public int countryCount() {
    return countries;
  }

  /**
   * Senses of a name as written, or an empty list. Names of three letters or fewer must be written
   * in capitals ("US", "UN", "IS"), so the words "us" and "is" never match.
   */
  public List<Sense> lookup(String written) {
    String k = key(written);
    if (k.isEmpty()) {
      return List.of();
    }
    if (k.length() <= 3 && !written.equals(written.toUpperCase(Locale.ROOT))) {
      return List.of();
    }
    if (!Character.isUpperCase(written.codePointAt(0)) && !Character.isDigit(written.codePointAt(0))
        && !written.startsWith("al") && !written.startsWith("ex")) {
      return List.of();
    }
    return names.getOrDefault(k, List.of());
  }

  /**
   * The member countries of a group of countries named as written ("ex-Soviet", "former Soviet",
   * "Central Asian"), or an empty list.
   */
  public List<String> regionMembers(String written) {
    return regions.getOrDefault(key(written), List.of());
  }

  /** The role noun for space-joined lower-case lemmas ("security chief"), or null. */
  public RoleNoun role(String lemmas) {
    return roles.get(lemmas);
  }

  /** Longest role phrase in tokens. */
  public int longestRolePhrase() {
    return longestRolePhrase;
  }

  /** The lookup key of a name: lower-case letters and digits only. */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(c -> Character.toLowerCase(stripAccent(c)))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static int stripAccent(int c) {
    String s = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFD);
    return s.codePointAt(0);
  }

  private static void add(Map<String, List<Sense>> names, String name, Sense sense) {
    String k = key(name);
    if (!k.isEmpty()) {
      names.computeIfAbsent(k, x -> new ArrayList<>(1)).add(sense);
    }
  }

  private static List<String> split(String column) {
    List<String> out = new ArrayList<>();
    for (String s : column.split(";")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private static List<DatedRole> dated(String column) {
    List<DatedRole> out = new ArrayList<>();
    for (String item : split(column)) {
      String[] parts = item.split(" ", 2);
      String[] range = parts[1].trim().split("\\.\\.", -1);
      out.add(new DatedRole(parts[0], date(range[0]), range.length > 1 ? date(range[1]) : null));
    }
    return List.copyOf(out);
  }

  private static LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s.trim());
  }

  private static InputStream open(String file) {
    InputStream in = ActorDictionary.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalStateException("actor dictionary file missing from the classpath: " + BASE + file);
    }
    return in;
  }

  private static void read(String file, int minColumns, Consumer<String[]> row) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < minColumns) {
          throw new IllegalStateException(file + ":" + n + ": expected " + minColumns + " columns, found " + cols.length);
        }
        try {
          row.accept(cols);
        } catch (RuntimeException e) {
          throw new IllegalStateException(file + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary file " + file, e);
    }
  }
}
