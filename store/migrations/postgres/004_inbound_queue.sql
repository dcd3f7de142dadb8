-- Accepted webhook events, stored before they are acknowledged and answered from here (a durable queue).
CREATE TABLE inbound_events (
  key text PRIMARY KEY,
  channel text NOT NULL,
  payload text NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  received_at bigint NOT NULL,
  due_at bigint NOT NULL,
  lease_owner text,
  last_error text,
  done_at bigint
);
CREATE INDEX inbound_events_due ON inbound_events (status, due_at);

-- Reply parts already handed to the channel for an event, so a re-run after a crash does not send them again.
CREATE TABLE outbound_parts (
  event_key text NOT NULL,
  part integer NOT NULL,
  sent_at bigint NOT NULL,
  PRIMARY KEY (event_key, part)
);
