-- Conversation memory was keyed by the raw channel ids (a Zalo user id in the key); it is keyed by pseudonyms now.
-- The old rows cannot be renamed in SQL (the pseudonym is an HMAC under a salt the database does not hold), so they
-- go: at worst one follow-up per conversation loses its context, once.
DELETE FROM kv WHERE key LIKE '%/conversations/%';
-- RETENTION_DAYS purges memory by its last write, as it purges turns by theirs.
CREATE INDEX kv_updated_at ON kv (updated_at);
CREATE INDEX handoffs_updated_at ON handoffs (updated_at);
-- /healthz writes and deletes a row here to find out whether the store can write ("database or disk is full").
CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY,
  filler BLOB NOT NULL
);
