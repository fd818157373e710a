-- V1: the schema. Plain SQL both DuckDB and PostgreSQL accept. Spans are UTF-16 offsets into
-- articles.text, begin inclusive, end exclusive, as in org.tidings.model.TextSpan.
-- Keys are declared in V2 for PostgreSQL only: in DuckDB every index slows the appender and each
-- checkpoint, and its one writer (the store, under a lock, one process) keeps them unique itself.

-- One row per input item, whatever its outcome. article_id is the content hash (Article.id);
-- an item whose text was never read is keyed 'origin:' + hash of its origin.
CREATE TABLE articles (
  article_id TEXT NOT NULL,
  outcome TEXT NOT NULL,            -- coded | skipped | failed
  stage TEXT,                       -- the step that skipped or failed it
  reason TEXT,
  origin TEXT NOT NULL,
  url TEXT,
  source TEXT,
  title TEXT,
  published TEXT,                   -- as given: 2021-10-13 or 2021-10-13T08:30Z
  published_day INTEGER NOT NULL,   -- yyyymmdd, 0 when unknown
  language TEXT,
  external_id TEXT,
  text TEXT,
  warnings TEXT,                    -- one per line
  layers TEXT,                      -- layer names the pipeline produced, comma-separated
  near_duplicate_of TEXT,           -- the first-stored article this one is a near copy of
  minhash TEXT,                     -- MinHash signature of the word shingles, hex
  ingested_at TIMESTAMP NOT NULL
);

-- LSH bands of the MinHash signature: two articles sharing a band are near-duplicate candidates.
CREATE TABLE article_bands (
  band_hash BIGINT NOT NULL,
  article_id TEXT NOT NULL
);

-- One real-world event, however many articles report it (see EventKey for how reports merge).
-- event_id is derived from event_key; day is yyyymmdd (GDELT's SQLDATE), 0 when undated.
CREATE TABLE events (
  event_id BIGINT NOT NULL,
  event_key TEXT NOT NULL,
  day INTEGER NOT NULL,
  date_precision TEXT,
  cameo_code TEXT NOT NULL,
  cameo_base TEXT NOT NULL,
  cameo_root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover_type TEXT NOT NULL,
  plover_mode TEXT,
  modality TEXT NOT NULL,
  source_name TEXT,
  source_code TEXT,
  source_country TEXT,
  source_roles TEXT,                -- CAMEO roles joined by '/', e.g. GOV/MIL
  target_name TEXT,
  target_code TEXT,
  target_country TEXT,
  target_roles TEXT,
  place_name TEXT,
  place_country TEXT,
  place_admin1 TEXT,
  place_geonameid BIGINT,
  place_lat DOUBLE PRECISION,
  place_lon DOUBLE PRECISION,
  place_precision TEXT,
  place_source TEXT,
  first_article_id TEXT NOT NULL,
  first_seen TIMESTAMP NOT NULL,
  coder_version TEXT NOT NULL,
  lead BOOLEAN NOT NULL             -- the first report's sentence is in its lead paragraph (GDELT IsRootEvent)
);

-- One report of an event in one article: the evidence, with its spans.
CREATE TABLE event_mentions (
  event_id BIGINT NOT NULL,
  article_id TEXT NOT NULL,
  local_id TEXT NOT NULL,           -- Event.id inside the article, e.g. E4
  article_source TEXT,
  url TEXT,
  sentence_begin INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  trigger_begin INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  source_actor_id TEXT,
  source_begin INTEGER,
  source_end INTEGER,
  target_actor_id TEXT,
  target_begin INTEGER,
  target_end INTEGER,
  date_begin INTEGER,
  date_end INTEGER,
  date_source TEXT,
  modality TEXT NOT NULL,
  reported_by TEXT,
  quote_id TEXT,
  parent_event_id TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  near_duplicate BOOLEAN NOT NULL
);

CREATE TABLE quotes (
  article_id TEXT NOT NULL,
  quote_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  cue_begin INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  speaker_begin INTEGER,
  speaker_end INTEGER,
  speaker_actor_id TEXT,
  speaker_name TEXT,
  addressee_actor_id TEXT,
  said_from TIMESTAMP,
  said_until TIMESTAMP,
  said_precision TEXT,
  confidence DOUBLE PRECISION NOT NULL
);

CREATE TABLE actors (
  article_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  countries TEXT,                   -- joined by '/', most certain first
  roles TEXT,                       -- joined by '/', strongest first
  group_code TEXT,
  confidence DOUBLE PRECISION NOT NULL,
  unknown_reason TEXT
);

CREATE TABLE actor_mentions (
  article_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL
);

CREATE TABLE actor_codes (
  article_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  source TEXT NOT NULL,
  evidence TEXT NOT NULL,
  span_begin INTEGER,
  span_end INTEGER
);

CREATE TABLE places (
  article_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  geonameid BIGINT NOT NULL,
  name TEXT NOT NULL,
  feature_class TEXT NOT NULL,
  feature_code TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  place_precision TEXT,
  confidence DOUBLE PRECISION NOT NULL
);

CREATE TABLE times (
  article_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  timex_type TEXT NOT NULL,
  value TEXT NOT NULL,
  resolved_from TIMESTAMP,
  resolved_until TIMESTAMP,
  time_precision TEXT
);
