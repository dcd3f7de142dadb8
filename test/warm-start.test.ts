import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../bot/config.js';
import type { Logger } from '../core/logger.js';
import { startServer } from '../bot/server.js';
import { WARM_UP_BUDGET_MS, WARM_UP_MESSAGES } from '../bot/engine/warm-up.js';

const dir = mkdtempSync(join(tmpdir(), 'warm-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a starting server', () => {
  it('reads the warm-up messages and its corpus\'s sentences before it listens, so that no resident waits for the reading to compile', async () => {
    const said: { message: string; fields?: Record<string, unknown> }[] = [];
    const record = (message: string, fields?: Record<string, unknown>): void => { said.push({ message, ...(fields ? { fields } : {}) }); };
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const bot = await startServer(parseConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', ANSWER_THREAD: 'false', LOG_LEVEL: 'error' }), { logger });
    try {
      const messages = said.map((s) => s.message);
      const warmed = messages.indexOf('warmed up');
      expect(warmed).toBeGreaterThanOrEqual(0);
      expect(warmed).toBeLessThan(messages.indexOf('listening'));
      expect(typeof said[warmed]!.fields?.ms).toBe('number');
      // The warm-up messages, then sentences of the bundled articles: all of them planned, and read past the messages
      // unless a busy machine spent the whole budget on them.
      const fields = said[warmed]!.fields as { ms: number; messages: number; of: number };
      expect(fields.of).toBeGreaterThan(WARM_UP_MESSAGES.length + 50);
      expect(fields.messages > WARM_UP_MESSAGES.length || fields.ms >= WARM_UP_BUDGET_MS).toBe(true);
      // And it serves once it listens.
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await bot.close();
    }
  });
});
