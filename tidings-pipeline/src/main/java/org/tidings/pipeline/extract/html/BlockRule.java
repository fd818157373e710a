package org.tidings.pipeline.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Named rules that drop a collected block of text (a paragraph, list item, heading) from the
 * article body even though it sits inside the content root. Each looks at the block alone.
 *
 * <p>Immutable and thread-safe.
 */
enum BlockRule {
  /** Mostly link text: "Read more: other story", lists of related links, tag lists. */
  LINK_LIST {
    @Override
    boolean drops(String text, double linkDensity) {
      return linkDensity > 0.5 && !(text.length() > 200 && linkDensity < 0.7);
    }
  },
  /** A short line of site furniture in many languages: "Advertisement", "Share this article". */
  SITE_PHRASE {
    private final Pattern phrase =
        Pattern.compile(
            "(?iu)^\\W*(advertisement|anzeige|werbung|publicité|publicidad|sponsored|"
                + "share( this( article| story)?)?( on \\w+)?|teilen|partager|"
                + "read more|read next|more on this|also read|see also|related( articles| stories)?|"
                + "lesen sie (auch|mehr)|mehr zum thema|weiterlesen|à lire aussi|lire aussi|"
                + "follow us( on \\w+)?|sign up|subscribe( now)?|newsletter|"
                + "(\\d+ )?comments?|kommentare?|leave a (comment|reply)|print|drucken|e-?mail|"
                + "about the author|über den autor|zobacz także|czytaj także|jetzt teilen|"
                + "(copyright|©).{0,80}|all rights reserved.{0,40}|"
                + "\\d{1,3} ?(min|minutes?|minuten)( read| lesezeit)?|lesezeit:? ?\\d+ ?min(uten)?)\\W*$");

    @Override
    boolean drops(String text, double linkDensity) {
      return text.length() <= 120 && phrase.matcher(text.toLowerCase(Locale.ROOT)).matches();
    }
  },

  /**
   * A short appeal to the reader rather than news: newsletter sign-ups, subscription prompts,
   * "follow us on", "download our app", in English, German, French and Spanish.
   */
  CALL_TO_ACTION {
    private final Pattern appeal =
        Pattern.compile(
            "(?iu).*\\b(newsletter|subscribe|subscribers?|subscription|sign(ing)? up|abonnieren|"
                + "abonnement|anmelden|registrieren|s'abonner|inscrivez|suscr[ií]b|"
                + "follow (us|the \\w+) on|folgen sie uns|download (the|our) .{0,30}apps?|"
                + "log in for|einloggen).*");

    @Override
    boolean drops(String text, double linkDensity) {
      return text.length() <= 200 && appeal.matcher(text).matches();
    }
  };

  /** True when the block should not be part of the body. */
  abstract boolean drops(String text, double linkDensity);

  /** The first rule dropping the block, or null when the block stays. */
  static BlockRule firstDropping(String text, double linkDensity) {
    for (BlockRule rule : values()) {
      if (rule.drops(text, linkDensity)) {
        return rule;
      }
    }
    return null;
  }
}
