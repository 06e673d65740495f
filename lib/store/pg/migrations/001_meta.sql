-- The store's key/value table: data version, last sync, sync cursors, per-resource schema
-- fingerprints. Keys compare bytewise, as SQLite's do.
CREATE TABLE meta (
  key TEXT COLLATE "C" PRIMARY KEY,
  value TEXT NOT NULL
);

-- Trigram indexes answer the search's LIKE '%term%' (pg_trgm is a trusted extension: the
-- database's owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

INSERT INTO meta (key, value) VALUES ('data_version', '0');
