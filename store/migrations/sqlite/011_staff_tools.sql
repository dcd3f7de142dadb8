-- Staff tools: accounts that can be disabled and reset, inbox claims, and an audit log of admin actions.

-- disabled_at set: the account cannot log in and its sessions stop working. must_change_password: the next login
-- leads to the password page first (after an admin's reset); password_expires_at bounds a reset password's life.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN password_expires_at TEXT;
ALTER TABLE users ADD COLUMN last_login_at TEXT;
CREATE INDEX sessions_user ON sessions (user_id);

-- The volunteer answering this resident, so that two people do not answer the same one.
ALTER TABLE handoffs ADD COLUMN assignee TEXT;
ALTER TABLE handoffs ADD COLUMN assigned_at TEXT;

-- Who did what, when: written by the admin actions, never updated; seq orders entries written in the same millisecond.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
