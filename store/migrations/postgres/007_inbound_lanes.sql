-- A conversation's events are answered one at a time, in the order they arrived: a follow-up needs the turn before
-- it, and two turns at once would each overwrite the other's conversation state. The lane names the conversation
-- while an event waits and is cleared, like the payload, once the event is finished.
ALTER TABLE inbound_events ADD COLUMN lane text;
CREATE INDEX inbound_events_lane ON inbound_events (lane, received_at) WHERE status IN ('pending', 'processing');
