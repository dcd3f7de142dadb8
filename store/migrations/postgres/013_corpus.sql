-- One corpus for every instance: the added articles (bundled ones ship in corpus/), the versions replaced or deleted
-- (so logged citations still resolve), one revision per change, and the instances with the revision each serves.
CREATE TABLE corpus_revisions (
  revision bigserial PRIMARY KEY,
  action text NOT NULL CHECK (action IN ('put', 'delete')),
  article_ids text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE corpus_articles (
  id text PRIMARY KEY,
  version text NOT NULL,
  revision bigint NOT NULL REFERENCES corpus_revisions (revision),
  file_name text NOT NULL,
  source bytea,
  text text NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE corpus_articles_removed (
  id text NOT NULL,
  version text NOT NULL,
  revision bigint NOT NULL,
  file_name text NOT NULL,
  text text NOT NULL,
  how text NOT NULL CHECK (how IN ('replaced', 'deleted')),
  removed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

CREATE TABLE corpus_instances (
  id text PRIMARY KEY,
  host text NOT NULL,
  revision bigint NOT NULL,
  corpus_hash text NOT NULL,
  articles integer NOT NULL,
  passages integer NOT NULL,
  started_at timestamptz NOT NULL,
  heartbeat_at timestamptz NOT NULL DEFAULT now()
);
