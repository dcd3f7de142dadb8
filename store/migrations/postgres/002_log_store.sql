-- What the review, curation, handoff and analytics features keep (the LogStore contract).

-- search_text is the NFC-lowercased question, rewrite and answer, written by the application so that matching
-- does not depend on the database's LC_CTYPE (lower() under the "C" locale folds ASCII only).
ALTER TABLE turns ADD COLUMN search_text text;
ALTER TABLE turns ADD COLUMN review_verdict text CHECK (review_verdict IN ('good', 'bad'));
ALTER TABLE turns ADD COLUMN review_note text;
ALTER TABLE turns ADD COLUMN reviewed_by text;
ALTER TABLE turns ADD COLUMN reviewed_at timestamptz;
ALTER TABLE turns ADD COLUMN curated_id text;
CREATE INDEX turns_status ON turns (status, created_at);
CREATE INDEX turns_channel ON turns (channel, created_at);
CREATE INDEX turns_curated ON turns (curated_id) WHERE curated_id IS NOT NULL;
-- The articleId filter is a containment test on the citations array.
CREATE INDEX turns_citations ON turns USING gin (citations jsonb_path_ops);

CREATE TABLE curated_answers (
  id text PRIMARY KEY,
  question text NOT NULL,
  answer text NOT NULL,
  citations jsonb NOT NULL,
  article_hashes jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'needs_review')),
  hits integer NOT NULL DEFAULT 0,
  source_turn_id text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX curated_answers_status ON curated_answers (status);

CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'volunteer')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL
);

-- Keyed by the sha256 of the cookie token; the token itself is never stored.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- One handoff per conversation: a resident asking again re-opens it instead of adding a second.
CREATE TABLE handoffs (
  id text PRIMARY KEY,
  channel text NOT NULL,
  conversation_id text NOT NULL UNIQUE,
  address text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
  question text NOT NULL,
  last_interaction_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX handoffs_status ON handoffs (status, last_interaction_at);

CREATE TABLE handoff_replies (
  handoff_id text NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  text text NOT NULL,
  author text NOT NULL,
  sent_at timestamptz NOT NULL,
  delivered boolean NOT NULL,
  error text,
  PRIMARY KEY (handoff_id, seq)
);
