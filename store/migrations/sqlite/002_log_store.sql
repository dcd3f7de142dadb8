-- What the review, curation, handoff and analytics features keep (the LogStore contract).

-- Reviewer state lives on the turn itself: one review per turn, the last one wins.
-- search_text is the NFC-lowercased question, rewrite and answer, written by the application because SQLite's
-- lower() only folds ASCII and Vietnamese needs 'Chữ Ký' to match 'chữ ký'.
ALTER TABLE turns ADD COLUMN search_text TEXT;
ALTER TABLE turns ADD COLUMN review_verdict TEXT CHECK (review_verdict IN ('good', 'bad'));
ALTER TABLE turns ADD COLUMN review_note TEXT;
ALTER TABLE turns ADD COLUMN reviewed_by TEXT;
ALTER TABLE turns ADD COLUMN reviewed_at TEXT;
ALTER TABLE turns ADD COLUMN curated_id TEXT;
CREATE INDEX turns_status ON turns (status, created_at);
CREATE INDEX turns_channel ON turns (channel, created_at);
CREATE INDEX turns_curated ON turns (curated_id) WHERE curated_id IS NOT NULL;

-- Answers written or approved by a person; citations and article_hashes are JSON.
CREATE TABLE curated_answers (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  citations TEXT NOT NULL,
  article_hashes TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'needs_review')),
  hits INTEGER NOT NULL DEFAULT 0,
  source_turn_id TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX curated_answers_status ON curated_answers (status);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'volunteer')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Keyed by the sha256 of the cookie token; the token itself is never stored.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- One handoff per conversation: a resident asking again re-opens it instead of adding a second.
CREATE TABLE handoffs (
  id TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  conversation_id TEXT NOT NULL UNIQUE,
  address TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
  question TEXT NOT NULL,
  last_interaction_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX handoffs_status ON handoffs (status, last_interaction_at);

CREATE TABLE handoff_replies (
  handoff_id TEXT NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  delivered INTEGER NOT NULL CHECK (delivered IN (0, 1)),
  error TEXT,
  PRIMARY KEY (handoff_id, seq)
);
