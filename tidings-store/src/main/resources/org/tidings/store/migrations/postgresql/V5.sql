-- V5 (PostgreSQL): segments, as in V5.sql, keyed as V2 keys the other tables.
CREATE TABLE segments (
  article_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
