/**
 * The claim's lane condition, the same SQL in both dialects (the candidate row is aliased e; `now` is the claim's
 * placeholder for the current time): no older unfinished event in the candidate's lane (the same-millisecond tie
 * broken by key), and no other event of the lane under a live lease. The second part matters with several instances:
 * their clocks stamp received_at, so a slightly late clock can make the newer message look older while the other is
 * being answered. Served by the partial index inbound_events_lane.
 */
export function laneIsFree(now: string): string {
  return `(e.lane IS NULL OR NOT EXISTS (SELECT 1 FROM inbound_events o WHERE o.lane = e.lane AND o.key <> e.key
    AND o.status IN ('pending', 'processing')
    AND (o.received_at < e.received_at OR (o.received_at = e.received_at AND o.key < e.key) OR (o.status = 'processing' AND o.due_at > ${now}))))`;
}
