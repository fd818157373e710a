package org.tidings.server;

/**
 * The JSON body of every error answer: {@code {"status": 400, "message": "limit: expected 1..1000, got 1000000"}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the HTTP status, 400..599
 * @param message what was wrong and what is allowed, for a person to read; never null
 */
public record ApiError(int status, String message) {}
