package org.tidings.pipeline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  private static final String FILE =
      "# comments and unknown lines are ignored\n"
          + "Sitemap: https://example.org/sitemap.xml\n"
          + "User-agent: *\n"
          + "Disallow: /search\n"
          + "Crawl-delay: 3\n"
          + "\n"
          + "User-agent: Googlebot\n"
          + "User-agent: Tidings\n"
          + "Disallow: /private/   # members\n"
          + "Allow: /private/press/\n"
          + "Disallow: /*.pdf$\n"
          + "Disallow: /tmp\n"
          + "Allow: /tmp\n"
          + "Crawl-delay: 0.5\n";

  @Test
  void theGroupNamingUsWinsOverTheStarGroup() {
    RobotsRules rules = RobotsRules.parse(FILE, "Tidings");
    assertTrue(rules.allows("/search?q=x"), "the * group does not apply when ours exists");
    assertFalse(rules.allows("/private/members.html"));
    assertEquals(Duration.ofMillis(500), rules.crawlDelay());
  }

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    RobotsRules rules = RobotsRules.parse(FILE, "tidings");
    assertTrue(rules.allows("/private/press/2026.html"), "longer Allow beats shorter Disallow");
    assertTrue(rules.allows("/tmp/x"), "Allow wins a tie");
  }

  @Test
  void wildcardsAndEndAnchors() {
    RobotsRules rules = RobotsRules.parse(FILE, "Tidings");
    assertFalse(rules.allows("/reports/2026/annual.pdf"));
    assertTrue(rules.allows("/reports/2026/annual.pdf.html"), "$ anchors the end");
  }

  @Test
  void otherCrawlersGetTheStarGroup() {
    RobotsRules rules = RobotsRules.parse(FILE, "OtherBot");
    assertFalse(rules.allows("/search?q=x"));
    assertTrue(rules.allows("/private/members.html"));
    assertEquals(Duration.ofSeconds(3), rules.crawlDelay());
  }

  @Test
  void emptyDisallowAndNoMatchingGroupAllowEverything() {
    assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "Tidings").allows("/anything"));
    assertTrue(RobotsRules.parse("User-agent: SomeBot\nDisallow: /\n", "Tidings").allows("/anything"));
    assertNull(RobotsRules.parse("", "Tidings").crawlDelay());
  }

  @Test
  void robotsTxtItselfIsAlwaysAllowed() {
    RobotsRules all = RobotsRules.parse("User-agent: *\nDisallow: /\n", "Tidings");
    assertFalse(all.allows("/"));
    assertFalse(all.allows(""));
    assertTrue(all.allows("/robots.txt"));
  }
}
