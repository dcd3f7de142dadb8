/**
 * An instance's health. The public GET /healthz answers only the status (a load balancer needs no more); the reason
 * and a channel's problems are for staff, behind the admin's session (GET /admin/api/health and the dashboard).
 */
export type Health =
  | { readonly status: 'ok'; readonly problems?: readonly string[] }
  | { readonly status: 'degraded'; readonly reason: string; readonly problems?: readonly string[] };
// `problems`: what an operator must fix on a channel (a revoked token); the instance still serves the rest, so a
// problem alone is not "degraded" (not a 503).
