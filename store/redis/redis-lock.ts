import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Lock } from '../../core/ports/lock.js';

export interface RedisLockOptions {
  /** Put before every lock name; "lock:" unless told. */
  readonly prefix?: string;
  /** How long a lock outlives a holder that died without releasing it; 10 s unless told. */
  readonly leaseMs?: number;
  /** How long withLock waits for a held lock before it throws; 30 s unless told. */
  readonly waitMs?: number;
  /** Renew the lease every leaseMs / 3 while fn runs, so a slow fn keeps its lock; true unless told. */
  readonly extendLease?: boolean;
  /** The lease could not be renewed (Redis unreachable, or the lease ran out first): another holder may now run. */
  readonly onLeaseLost?: (name: string) => void;
}

// Delete or renew only while the key still holds our token: after a lease ran out, the key may be someone else's.
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

/** Mutual exclusion across instances: SET NX PX takes the lock, a random token per holder proves ownership. */
export class RedisLock implements Lock {
  private readonly prefix: string;
  private readonly leaseMs: number;
  private readonly waitMs: number;
  private readonly extendLease: boolean;

  constructor(private readonly redis: Redis, private readonly options: RedisLockOptions = {}) {
    this.prefix = options.prefix ?? 'lock:';
    this.leaseMs = Math.max(1, Math.ceil(options.leaseMs ?? 10_000));
    this.waitMs = options.waitMs ?? 30_000;
    this.extendLease = options.extendLease ?? true;
  }

  async withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const key = this.prefix + name;
    const token = randomUUID();
    await this.acquire(key, token, name);
    const renewal = this.extendLease ? this.renewWhileRunning(key, token, name) : undefined;
    try {
      return await fn();
    } finally {
      if (renewal) clearInterval(renewal);
      // A failed release only delays the next holder until the lease runs out; fn's outcome matters more.
      await this.redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }

  private async acquire(key: string, token: string, name: string): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    // Short, growing, jittered pauses: quick hand-over for short critical sections without hammering Redis.
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      if ((await this.redis.set(key, token, 'PX', this.leaseMs, 'NX')) === 'OK') return;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`lock "${name}" was not acquired within ${this.waitMs} ms`);
      await sleep(Math.min(left, pause / 2 + Math.random() * pause));
    }
  }

  private renewWhileRunning(key: string, token: string, name: string): NodeJS.Timeout {
    let lost = false;
    const timer = setInterval(() => {
      this.redis.eval(EXTEND, 1, key, token, this.leaseMs).then(
        (renewed) => renewed === 1,
        () => false,
      ).then((held) => {
        if (held || lost) return;
        lost = true;
        clearInterval(timer);
        this.options.onLeaseLost?.(name);
      });
    }, Math.max(1, Math.floor(this.leaseMs / 3)));
    // Renewal alone must not keep the process alive.
    timer.unref();
    return timer;
  }
}
