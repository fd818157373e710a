-- V3: events lose event_key (the 63-bit event_id derived from it identifies the event; see EventKey).
ALTER TABLE events DROP COLUMN event_key;
