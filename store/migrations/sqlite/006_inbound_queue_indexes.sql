-- The claim asks for the earliest due event that is pending or leased. On (status, due_at) that needed a sort of
-- every waiting event per claim; a partial index in claim order answers it from the first entry.
DROP INDEX inbound_events_due;
CREATE INDEX inbound_events_waiting ON inbound_events (due_at, received_at) WHERE status IN ('pending', 'processing');
-- Finished events are pruned by age once the redelivery window has passed.
CREATE INDEX inbound_events_received ON inbound_events (received_at);
CREATE INDEX outbound_parts_sent ON outbound_parts (sent_at);
