-- With SQLite (one instance) added articles stay files under DATA_DIR/articles; the PostgreSQL 013 keeps them in the
-- database for every instance. Nothing to create here: the version is kept so both dialects number alike.
SELECT 1;
