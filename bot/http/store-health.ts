import type { Health } from '../../core/health.js';

// SQLite result codes and PostgreSQL SQLSTATEs that say why the store cannot write.
const REASONS: Readonly<Record<string, string>> = {
  SQLITE_FULL: 'database or disk is full',
  SQLITE_READONLY: 'database is read-only',
  SQLITE_IOERR: 'disk I/O error',
  SQLITE_CANTOPEN: 'database file cannot be opened',
  SQLITE_CORRUPT: 'database file is corrupt',
  SQLITE_BUSY: 'database is locked',
  '53100': 'database or disk is full',
  '53200': 'database server is out of memory',
  '25006': 'database is read-only',
  '57P03': 'database server is starting up or shutting down',
  ECONNREFUSED: 'database unreachable',
  ETIMEDOUT: 'database unreachable',
};

export function healthReason(error: unknown): string {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  return REASONS[code] ?? REASONS[code.replace(/_[A-Z_]+$/, '')] ?? 'the store cannot write';
}

/**
 * The store's health from a write probe: ok, or degraded with a reason an operator can act on (no paths, no driver
 * detail). Probes are shared: a burst of health checks (a load balancer, or someone
 * hammering the endpoint) runs at most one probe per `minIntervalMs`, and each caller gets that probe's answer.
 */
export function storeHealth(probe: () => Promise<void>, options: { minIntervalMs?: number; now?: () => number } = {}): () => Promise<Health> {
  const minIntervalMs = options.minIntervalMs ?? 1000;
  const now = options.now ?? Date.now;
  let last: { at: number; health: Promise<Health> } | undefined;
  return () => {
    if (last && now() - last.at < minIntervalMs) return last.health;
    const health = probe().then((): Health => ({ status: 'ok' }), (error: unknown): Health => ({ status: 'degraded', reason: healthReason(error) }));
    last = { at: now(), health };
    return health;
  };
}
