-- V2 (PostgreSQL): keys, and indexes for the event filters, evidence look-ups and near-duplicate
-- bands. DuckDB scans columns with zone maps instead and gets none (they slow its appender and
-- checkpoints and do not help range scans).
ALTER TABLE articles ADD PRIMARY KEY (article_id);
ALTER TABLE events ADD PRIMARY KEY (event_id);
ALTER TABLE event_mentions ADD PRIMARY KEY (article_id, local_id);
ALTER TABLE quotes ADD PRIMARY KEY (article_id, quote_id);
ALTER TABLE actors ADD PRIMARY KEY (article_id, actor_id);
ALTER TABLE actor_mentions ADD PRIMARY KEY (article_id, actor_id, ordinal);
ALTER TABLE actor_codes ADD PRIMARY KEY (article_id, actor_id, ordinal);
ALTER TABLE places ADD PRIMARY KEY (article_id, ordinal);
ALTER TABLE times ADD PRIMARY KEY (article_id, ordinal);
CREATE INDEX events_day ON events (day, event_id);
CREATE INDEX events_place_country ON events (place_country, day);
CREATE INDEX events_source_country ON events (source_country, day);
CREATE INDEX events_target_country ON events (target_country, day);
CREATE INDEX events_root ON events (cameo_root, day);
CREATE INDEX events_quad ON events (quad_class, day);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX article_bands_hash ON article_bands (band_hash);
CREATE INDEX quotes_speaker ON quotes (lower(speaker_name));
CREATE INDEX actors_name ON actors (lower(name));
