-- V5: segments, each article's lines as the clean-up classed them (body, title, caption, residue, with the reason), so that what was left out of the coding can be shown. Articles stored before V5 have none.
CREATE TABLE segments (
  article_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,         -- the segment's place in the article, from 0
  kind TEXT NOT NULL,               -- TITLE | BODY | CAPTION | RESIDUE
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  reason TEXT NOT NULL              -- why it was classed so; empty for body text
);
