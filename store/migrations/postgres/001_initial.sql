-- The PostgreSQL twin of sqlite/001_initial.sql: same tables, native types (jsonb, timestamptz).

-- Conversation state (botbuilder Storage), keyed by botbuilder's storage keys.
CREATE TABLE kv (
  key text PRIMARY KEY,
  value text NOT NULL,
  etag integer NOT NULL,
  updated_at timestamptz NOT NULL
);

-- One row per resident turn; texts are redacted before they get here.
CREATE TABLE turns (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  channel text NOT NULL,
  user_id text NOT NULL,
  conversation_id text NOT NULL,
  question text NOT NULL,
  rewrite text,
  status text NOT NULL,
  answer text NOT NULL,
  citations jsonb NOT NULL,
  retrieved jsonb NOT NULL,
  timings jsonb NOT NULL,
  model text NOT NULL,
  feedback text
);
CREATE INDEX turns_created_at ON turns (created_at);
CREATE INDEX turns_conversation ON turns (conversation_id, created_at);

-- Zalo webhook de-duplication (event_name + msg_id), kept at least a day; expires_at in epoch milliseconds.
CREATE TABLE zalo_events (
  key text PRIMARY KEY,
  expires_at bigint NOT NULL
);

-- The current Zalo OA token pair; refreshed pairs win over the ones in settings.
CREATE TABLE zalo_tokens (
  id integer PRIMARY KEY CHECK (id = 1),
  access_token text NOT NULL,
  refresh_token text NOT NULL,
  expires_at bigint NOT NULL
);
