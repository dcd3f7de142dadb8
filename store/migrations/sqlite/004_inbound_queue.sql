-- Accepted webhook events, stored before they are acknowledged and answered from here (a durable queue).
CREATE TABLE inbound_events (
  key TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  lease_owner TEXT,
  last_error TEXT,
  done_at INTEGER
);
CREATE INDEX inbound_events_due ON inbound_events (status, due_at);

-- Reply parts already handed to the channel for an event, so a re-run after a crash does not send them again.
CREATE TABLE outbound_parts (
  event_key TEXT NOT NULL,
  part INTEGER NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (event_key, part)
);
