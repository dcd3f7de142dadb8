-- Conversation state (botbuilder Storage), keyed by botbuilder's storage keys.
CREATE TABLE kv (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  etag INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);

-- One row per resident turn; texts are redacted before they get here.
CREATE TABLE turns (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  user_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  question TEXT NOT NULL,
  rewrite TEXT,
  status TEXT NOT NULL,
  answer TEXT NOT NULL,
  citations TEXT NOT NULL,
  retrieved TEXT NOT NULL,
  timings TEXT NOT NULL,
  model TEXT NOT NULL,
  feedback TEXT
);
CREATE INDEX turns_created_at ON turns (created_at);
CREATE INDEX turns_conversation ON turns (conversation_id, created_at);

-- Zalo webhook de-duplication (event_name + msg_id), kept at least a day.
CREATE TABLE zalo_events (
  key TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);

-- The current Zalo OA token pair; refreshed pairs win over the ones in settings.
CREATE TABLE zalo_tokens (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  access_token TEXT NOT NULL,
  refresh_token TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
