-- What 'parley watch' knows about each source between polls: validators for conditional requests,
-- the hash of the last body, failures for backoff; and which items of each feed were already taken.

CREATE TABLE watch_sources (
  url           VARCHAR PRIMARY KEY,
  etag          VARCHAR,
  last_modified VARCHAR,
  content_hash  VARCHAR,                -- SHA-256 of the last body read
  checked_at    TIMESTAMP,
  changed_at    TIMESTAMP,
  failures      INTEGER NOT NULL,       -- failures in a row; 0 after a success
  last_error    VARCHAR,
  next_check    TIMESTAMP               -- not before this time (backoff)
);

CREATE TABLE feed_items (
  feed_url    VARCHAR NOT NULL,
  item_key    VARCHAR NOT NULL,         -- the item's link, else its guid
  fingerprint VARCHAR NOT NULL,         -- key and updated time: a new fingerprint means fetch again
  doc_key     VARCHAR,                  -- documents.doc_key of what it gave
  seen_at     TIMESTAMP NOT NULL,
  PRIMARY KEY (feed_url, item_key)
);
