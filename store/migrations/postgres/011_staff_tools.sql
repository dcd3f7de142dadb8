-- Staff tools: accounts that can be disabled and reset, inbox claims, and an audit log of admin actions.

-- disabled_at set: the account cannot log in and its sessions stop working. must_change_password: the next login
-- leads to the password page first (after an admin's reset); password_expires_at bounds a reset password's life.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN password_expires_at timestamptz;
ALTER TABLE users ADD COLUMN last_login_at timestamptz;
CREATE INDEX sessions_user ON sessions (user_id);

-- The volunteer answering this resident, so that two people do not answer the same one.
ALTER TABLE handoffs ADD COLUMN assignee text;
ALTER TABLE handoffs ADD COLUMN assigned_at timestamptz;

-- Who did what, when: written by the admin actions, never updated; seq orders entries written in the same millisecond.
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  detail text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
