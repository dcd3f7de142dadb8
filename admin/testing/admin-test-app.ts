import { CHANNEL_LABELS } from '../../bot/channels/registry.js';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { errorHandler } from '../../bot/http/error-handler.js';
import { securityHeaders } from '../../bot/http/security-headers.js';
import { silentLogger, type Logger } from '../../core/logger.js';
import { openSqlite } from '../../store/sqlite/open-sqlite.js';
import { SqliteLogStore } from '../../store/sqlite/sqlite-log-store.js';
import { createAdminRouter } from '../admin-router.js';
import { MemoryRateLimiter } from '../../store/memory-rate-limiter.js';
import { LoginLimiter } from '../auth/login-limiter.js';
import { hashPassword } from '../auth/password.js';
import { FakeCorpus } from './fake-corpus.js';
import { FakeHandoffs } from './fake-handoffs.js';
import { SAMPLE_ARTICLES } from './sample-data.js';

export interface AdminTestApp {
  readonly url: string;
  readonly store: SqliteLogStore;
  readonly corpus: FakeCorpus;
  readonly handoffs: FakeHandoffs;
  close(): Promise<void>;
}

export const TEST_USERS = { admin: { username: 'quantri', password: 'mat-khau-quan-tri-1' }, volunteer: { username: 'tinhnguyen', password: 'mat-khau-tinh-nguyen-1' } } as const;

/**
 * The admin router on a real HTTP server (127.0.0.1, random port) over a real SQLite file, with security headers and
 * the bot's error handler; test-written corpus and handoff objects stand in for the running bot.
 */
export async function startAdminTestApp(options: { now?: () => Date; logger?: Logger; modelConfigured?: boolean } = {}): Promise<AdminTestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'admin-test-'));
  const db = openSqlite(join(dir, 'bot.sqlite'));
  const now = options.now ?? (() => new Date());
  const store = new SqliteLogStore(db, { now });
  const corpus = new FakeCorpus(SAMPLE_ARTICLES);
  const handoffs = new FakeHandoffs(store, now);
  for (const [role, u] of Object.entries(TEST_USERS)) await store.createUser({ username: u.username, role: role as 'admin' | 'volunteer', passwordHash: await hashPassword(u.password) });

  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use(createAdminRouter({ store, corpus, handoffs, logger: options.logger ?? silentLogger, now,
    settings: { secureCookies: false, sessionTtlMs: 3_600_000, curatedThreshold: 0.8, modelConfigured: options.modelConfigured ?? false,
      channelLabels: CHANNEL_LABELS } }, { limiter: new LoginLimiter(new MemoryRateLimiter(() => now().getTime())) }));
  app.use((_req, res) => void res.status(404).json({ error: 'not_found' }));
  app.use(errorHandler(options.logger ?? silentLogger));

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url, store, corpus, handoffs,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
