-- The claim asks for the earliest due event that is pending or leased. On (status, due_at) that needed a sort of
-- every waiting event per claim; a partial index in claim order answers it from the first entry.
DROP INDEX inbound_events_due;
CREATE INDEX inbound_events_waiting ON inbound_events (due_at, received_at) WHERE status IN ('pending', 'processing');
-- No index serves the hourly prune: a scan of two days of events costs less than an index write on every insert.
