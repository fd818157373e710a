-- V3 (DuckDB): events lose event_key (as in V3.sql), and event_id gets an index in events and in
-- event_mentions. A page of events is listed in two steps: a narrow scan of the filter columns finds
-- the page's ids, then these indexes fetch the page's rows and mentions without decompressing whole
-- vectors of every column (FSST, which makes a single-row fetch decode its whole segment, is
-- disabled by DuckDbBackend for the same reason). Plain indexes, not keys: no constraint check.
ALTER TABLE events DROP COLUMN event_key;
CREATE INDEX events_event_id ON events (event_id);
CREATE INDEX event_mentions_event_id ON event_mentions (event_id);
