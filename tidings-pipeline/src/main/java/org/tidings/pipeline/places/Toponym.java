package org.tidings.pipeline.places;

import org.tidings.model.TextSpan;

/**
 * A place name to resolve: its characters in the article (UTF-16 offsets) and the text there.
 *
 * @param span where it is
 * @param text the name as written, never null
 */
public record Toponym(TextSpan span, String text) {}
