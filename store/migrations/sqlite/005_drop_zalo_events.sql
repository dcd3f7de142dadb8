-- Webhook de-duplication moved to inbound_events (the durable queue's key); the old ledger table goes.
DROP TABLE zalo_events;
