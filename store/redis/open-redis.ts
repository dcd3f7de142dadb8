import { Redis } from 'ioredis';

export interface OpenRedisOptions {
  /** How long to wait for the server (TCP connect and first reply together) before calling it unreachable; 5 s unless told. */
  readonly connectTimeoutMs?: number;
  /**
   * A command waits through this many reconnect attempts before it fails; 3 unless told. ioredis' default of 20 would
   * hold a webhook request for about 20 s while Redis is down, longer than the channel waits for an answer.
   */
  readonly maxRetriesPerRequest?: number;
  /**
   * The connection failed after start-up (server restart, network). ioredis reconnects by itself; without a listener
   * it would print every failure to stderr.
   */
  readonly onError?: (error: Error) => void;
  /**
   * Put before every key this connection names, in plain commands and in scripts' KEYS alike (ioredis' keyPrefix):
   * deployments or test runs sharing one Redis then never share a lock, a rate limit or a failed-login count.
   */
  readonly keyPrefix?: string;
}

/** Connects and waits for the first reply, so an unreachable Redis stops the server at start-up with a clear message. */
export async function openRedis(url: string, options: OpenRedisOptions = {}): Promise<Redis> {
  const timeoutMs = options.connectTimeoutMs ?? 5000;
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: options.maxRetriesPerRequest ?? 3,
    ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
  });
  redis.on('error', options.onError ?? (() => undefined));
  let timer: NodeJS.Timeout | undefined;
  // connectTimeout covers the TCP connect only: a server that accepts but never answers needs a deadline of its own.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no reply within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([redis.connect().then(() => redis.ping()), deadline]);
    return redis;
  } catch (cause) {
    // Stops the reconnect loop ioredis would otherwise keep running in the background.
    redis.disconnect();
    throw unreachable(url, cause);
  } finally {
    clearTimeout(timer);
  }
}

/** Names host and port, never the password, even if a driver message were to echo the URL. */
function unreachable(url: string, cause: unknown): Error {
  let where = 'the configured host';
  let password = '';
  try {
    const parsed = new URL(url);
    where = `${parsed.hostname || 'localhost'}:${parsed.port || '6379'}`;
    password = decodeURIComponent(parsed.password);
  } catch {
    // Not a URL: keep the generic wording.
  }
  let reason = cause instanceof Error ? cause.message : String(cause);
  if (password) reason = reason.split(password).join('***');
  return new Error(`Redis at ${where} is unreachable: ${reason}`, { cause });
}
