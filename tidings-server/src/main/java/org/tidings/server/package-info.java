/**
 * The REST API (Javalin) over the event store and search index, its OpenAPI document and the web
 * UI's static files. Errors are typed responses mapped in one place.
 *
 * <p>Depends on the store and the model; the pipeline only in tests. tidings-cli starts it and
 * supplies the coding behind the write endpoint ({@link org.tidings.server.ArticleIntake}).
 */
package org.tidings.server;
