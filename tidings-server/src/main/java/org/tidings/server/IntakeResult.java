package org.tidings.server;

/**
 * What became of one article record sent to the server.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin where it came from (batch origin and position), never null
 * @param outcome {@code coded}, {@code skipped} or {@code failed}, never null
 * @param articleId the stored article's id (content hash), or null when the record held no article
 * @param stored what storing did: {@code stored}, {@code replaced}, {@code unchanged} or {@code rejected}; never null
 * @param events events newly stored from it (mentions of events already stored are not counted)
 * @param reason why it was skipped or failed, or null when coded
 */
public record IntakeResult(String origin, String outcome, String articleId, String stored, int events, String reason) {}
