-- V3: events lose event_key (the 63-bit event_id derived from it identifies the event; see EventKey)
-- and gain fields, the whole row as one JSON array (EventRows.fields), from which a page of events
-- is read. Rows stored before V3 have none and are read from their columns.
ALTER TABLE events DROP COLUMN event_key;
ALTER TABLE events ADD COLUMN fields TEXT;
