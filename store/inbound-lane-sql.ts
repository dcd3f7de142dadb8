/**
 * The claim's lane condition, the same SQL in both dialects (the candidate row is aliased e): no older unfinished
 * event in the candidate's lane, the same-millisecond tie broken by key. Served by the partial index inbound_events_lane.
 */
export const OLDEST_IN_LANE = `(e.lane IS NULL OR NOT EXISTS (SELECT 1 FROM inbound_events o WHERE o.lane = e.lane
  AND o.status IN ('pending', 'processing') AND (o.received_at < e.received_at OR (o.received_at = e.received_at AND o.key < e.key))))`;
