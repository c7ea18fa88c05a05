-- Documents and everything Parley found in them. Offsets are [span_begin, span_end) characters of
-- documents.text. Every finding table is keyed by (doc_id, ordinal) and is replaced as a whole with its
-- document, in the same transaction, so a document is either stored with all its findings or not at all.

CREATE TABLE documents (
  doc_id       VARCHAR PRIMARY KEY,     -- 16 hex digits of SHA-256(doc_key): the same in every store
  doc_key      VARCHAR NOT NULL UNIQUE, -- what identifies the source: its URL, else its JSONL id, else file:PATH
  id           VARCHAR NOT NULL,        -- the document's own id (document.id of the JSON contract)
  title        VARCHAR,
  published    DATE,
  source       VARCHAR NOT NULL,        -- a path, a URL or "stdin"
  url          VARCHAR,                 -- the source when it is an http(s) URL, else null
  text         VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,        -- SHA-256 of id, title, published, source, text and posts
  revision     INTEGER NOT NULL,        -- 1 when first stored, +1 each time changed content replaced it
  ingested_at  TIMESTAMP NOT NULL       -- when this revision was stored, UTC
);

-- Live posts, each with its own time.
CREATE TABLE posts (
  doc_id     VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  published  VARCHAR,                   -- ISO-8601 instant or date, as the page gave it
  title      VARCHAR,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE actors (
  doc_id       VARCHAR NOT NULL,
  actor_id     VARCHAR NOT NULL,        -- the id within its document (quotes.speaker, stances.actor)
  ordinal      INTEGER NOT NULL,
  name         VARCHAR NOT NULL,
  kind         VARCHAR NOT NULL,        -- person, country, organization, group
  country      VARCHAR,                 -- ISO 3166 alpha-3
  organization VARCHAR,
  role         VARCHAR,
  actor_key    VARCHAR NOT NULL,        -- kind:normalised name; equal keys are one actor across documents
  surname      VARCHAR,                 -- last word of a person's normalised name
  single_name  BOOLEAN NOT NULL,        -- a person named by one word ("Zelensky")
  code         VARCHAR,                 -- CAMEO-style actor code: country + sector (USAGOV), IGO code (IGOUNO)
  PRIMARY KEY (doc_id, actor_id)
);

CREATE TABLE mentions (
  doc_id     VARCHAR NOT NULL,
  actor_id   VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, actor_id, ordinal)
);

CREATE TABLE quotes (
  doc_id     VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  kind       VARCHAR NOT NULL,          -- direct, partial, indirect, term
  speaker    VARCHAR,                   -- actors.actor_id, or null
  cue        VARCHAR,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE events (
  doc_id     VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  type       VARCHAR NOT NULL,          -- PLOVER event type
  cameo      VARCHAR,
  mode       VARCHAR NOT NULL,          -- asserted, future, hypothetical, negated
  date       VARCHAR,                   -- TIMEX3 value
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

-- The source and target actors of each event, in their order.
CREATE TABLE event_actors (
  doc_id        VARCHAR NOT NULL,
  event_ordinal INTEGER NOT NULL,
  role          VARCHAR NOT NULL,       -- source or target
  ordinal       INTEGER NOT NULL,
  actor_id      VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, event_ordinal, role, ordinal)
);

CREATE TABLE issues (
  doc_id   VARCHAR NOT NULL,
  ordinal  INTEGER NOT NULL,
  issue_id VARCHAR NOT NULL,
  label    VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE stances (
  doc_id     VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  actor      VARCHAR NOT NULL,          -- actors.actor_id
  issue      VARCHAR NOT NULL,          -- issues.issue_id
  polarity   VARCHAR NOT NULL,          -- support, oppose, skeptical, neutral
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE options (
  doc_id           VARCHAR NOT NULL,
  ordinal          INTEGER NOT NULL,
  option_set       VARCHAR NOT NULL,
  label            VARCHAR NOT NULL,
  likelihood       VARCHAR,
  probability_low  DOUBLE,
  probability_high DOUBLE,
  rank             INTEGER,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE times (
  doc_id     VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  value      VARCHAR NOT NULL,          -- TIMEX3 value
  type       VARCHAR NOT NULL,          -- DATE, TIME, DURATION, SET
  PRIMARY KEY (doc_id, ordinal)
);

-- What needed a guess or could not be read (the contract's dataIssues).
CREATE TABLE data_issues (
  doc_id     VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  code       VARCHAR NOT NULL,
  message    VARCHAR NOT NULL,
  span_begin INTEGER,
  span_end   INTEGER,
  PRIMARY KEY (doc_id, ordinal)
);

-- Which component, in which version, produced the findings of each document.
CREATE TABLE provenance (
  doc_id    VARCHAR NOT NULL,
  stage     VARCHAR NOT NULL,           -- annotator, actors, quotes, times, events, stances, options
  extractor VARCHAR NOT NULL,
  version   VARCHAR NOT NULL,
  PRIMARY KEY (doc_id, stage)
);

-- One actor across documents: equal actor_key, and a person named by one word joins the only person
-- with more words and that surname ("Zelensky" -> "Volodymyr Zelensky").
CREATE VIEW actor_identity AS
WITH full_names AS (
  SELECT surname, min(actor_key) AS full_key, count(DISTINCT actor_key) AS keys
  FROM actors WHERE kind = 'person' AND NOT single_name GROUP BY surname)
SELECT a.doc_id, a.actor_id,
       CASE WHEN a.kind = 'person' AND a.single_name AND f.keys = 1 THEN f.full_key ELSE a.actor_key END
         AS global_key
FROM actors a LEFT JOIN full_names f ON a.kind = 'person' AND a.single_name AND f.surname = a.surname;

-- Actors merged across documents: the longest name, the most frequent role, country, organisation
-- and code (ties broken alphabetically), in how many documents and with how many mentions.
CREATE VIEW global_actors AS
WITH counted AS (
  SELECT doc_id, actor_id, count(*) AS mentions FROM mentions GROUP BY doc_id, actor_id),
merged AS (
  SELECT a.*, i.global_key, coalesce(c.mentions, 0) AS mentions
  FROM actors a JOIN actor_identity i USING (doc_id, actor_id) LEFT JOIN counted c USING (doc_id, actor_id)),
attributes AS (
  SELECT global_key, 'role' AS attribute, role AS value, count(*) AS n FROM merged WHERE role IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT global_key, 'country', country, count(*) FROM merged WHERE country IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT global_key, 'organization', organization, count(*) FROM merged WHERE organization IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT global_key, 'code', code, count(*) FROM merged WHERE code IS NOT NULL GROUP BY ALL),
top AS (
  SELECT global_key, attribute, first(value ORDER BY n DESC, value) AS value FROM attributes GROUP BY ALL)
SELECT m.global_key,
       first(m.name ORDER BY length(m.name) DESC, m.name) AS name,
       first(m.kind ORDER BY m.kind) AS kind,
       any_value(r.value) AS role,
       any_value(c.value) AS country,
       any_value(o.value) AS organization,
       any_value(k.value) AS code,
       count(DISTINCT m.doc_id) AS documents,
       CAST(sum(m.mentions) AS BIGINT) AS mentions
FROM merged m
LEFT JOIN top r ON r.global_key = m.global_key AND r.attribute = 'role'
LEFT JOIN top c ON c.global_key = m.global_key AND c.attribute = 'country'
LEFT JOIN top o ON o.global_key = m.global_key AND o.attribute = 'organization'
LEFT JOIN top k ON k.global_key = m.global_key AND k.attribute = 'code'
GROUP BY m.global_key;

-- The date of each post: its own time when it gives one.
CREATE VIEW post_dates AS
SELECT doc_id, ordinal, span_begin, span_end, TRY_CAST(substr(published, 1, 10) AS DATE) AS date
FROM posts;
