import pg from 'pg';
import { quoteIdentifier } from './pg-migrate.js';

export interface PgListenerOptions {
  readonly url: string;
  readonly channel: string;
  /** A notification on the channel, or the connection came back (notifications meanwhile were lost). */
  readonly onSignal: () => void;
  readonly onError?: (error: Error) => void;
  /** First wait before reconnecting; doubled each failure up to maxDelayMs. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
}

/**
 * A connection of its own that LISTENs on one channel (a pooled one would be handed to other queries), reconnecting
 * with a growing delay when it drops. After each reconnect it signals once, since notifications sent while it was
 * away are not replayed. Returns what stops it.
 */
export function listenPg(o: PgListenerOptions): () => Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let delay = o.minDelayMs ?? 500;
  let attempts = 0;

  const connect = async (): Promise<void> => {
    const again = attempts++ > 0;
    const c = new pg.Client({ connectionString: o.url, connectionTimeoutMillis: 10_000, keepAlive: true });
    const lost = (err?: Error): void => {
      if (client !== c) return;
      client = undefined;
      c.removeAllListeners();
      c.on('error', () => undefined);
      void c.end().catch(() => undefined);
      if (err) o.onError?.(err);
      schedule();
    };
    try {
      c.on('error', (err) => lost(err));
      c.on('end', () => lost(new Error('the listening connection ended')));
      c.on('notification', (n) => { if (n.channel === o.channel) o.onSignal(); });
      client = c;
      await c.connect();
      await c.query(`LISTEN ${quoteIdentifier(o.channel)}`);
      if (stopped) return void (await c.end().catch(() => undefined));
      delay = o.minDelayMs ?? 500;
      if (again) o.onSignal();
    } catch (err) {
      if (client === c) lost(err as Error);
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void connect(), delay);
    timer.unref();
    delay = Math.min(delay * 2, o.maxDelayMs ?? 30_000);
  };

  void connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const c = client;
    client = undefined;
    c?.removeAllListeners();
    c?.on('error', () => undefined);
    await c?.end().catch(() => undefined);
  };
}
