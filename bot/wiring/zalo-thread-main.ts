/**
 * The Zalo turn thread: its own engine, stores and bot, answering the durable queue that the server's webhook route
 * fills, and sending every Zalo message (one token manager owns the token). Started by zalo-thread.ts.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createPseudonymizer } from '../../store/pseudonym.js';
import { createZaloConsumer } from '../channels/zalo/zalo-consumer.js';
import type { Config } from '../config.js';
import { createGeneration } from '../engine/create-generation.js';
import { openEngine } from '../engine/open-engine.js';
import { createLogger } from '../../core/logger.js';
import { createBot } from './create-bot.js';
import { logUndeliverable } from './mount-zalo.js';
import { openSharedState } from './shared-state.js';
import type { FromZaloThread, ToZaloThread } from './zalo-thread-protocol.js';

const port = parentPort!;
const post = (m: FromZaloThread): void => port.postMessage(m);
const { config } = workerData as { config: Config };
const logger = createLogger(config.logLevel);

try {
  const generation = createGeneration(config, logger);
  const engineOptions = generation ? { generator: generation.generator } : {};
  let opened = await openEngine(config, engineOptions);
  const shared = await openSharedState(config, logger, { releaseLeases: false });
  const bot = createBot({ config, shared, pseudonym: createPseudonymizer(join(config.dataDir, 'pseudonym.salt')), engine: () => opened.engine, logger, ...(generation ? { generation } : {}) });
  const consumer = createZaloConsumer({ config: config.zalo!, bot, queue: shared.queue, tokens: shared.tokens, lock: shared.lock, logger,
    onUndeliverable: logUndeliverable(logger) });

  port.on('message', (m: ToZaloThread) => {
    if (m.type === 'poke') return consumer.poke();
    const answer = async (work: () => Promise<Omit<Extract<FromZaloThread, { type: 'reply' }>, 'type' | 'id'>>): Promise<void> => {
      try {
        post({ type: 'reply', id: m.id, ...(await work()) });
      } catch (err) {
        post({ type: 'reply', id: m.id, error: err instanceof Error ? err.message : String(err) });
      }
    };
    if (m.type === 'enqueue') {
      void answer(async () => {
        const stored = await shared.queue.enqueue(m.event, m.now);
        if (stored) consumer.poke();
        return { stored };
      });
    } else if (m.type === 'sendText') void answer(async () => ({ result: await consumer.sendText(m.userId, m.text) }));
    else if (m.type === 'idle') void answer(async () => (await consumer.idle(), {}));
    else if (m.type === 'reload') {
      // The server re-indexed and saved the new index; load it, keeping the last good engine if that fails.
      void answer(async () => {
        const next = await openEngine(config, { ...engineOptions, embedder: opened.embedder });
        if (!next.corpusError) opened = next;
        return {};
      });
    } else if (m.type === 'stop') {
      void answer(async () => {
        await consumer.stop();
        await shared.close();
        return {};
      });
    }
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
}
