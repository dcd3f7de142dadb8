/**
 * The answer thread: its own copy of the index and the offline answer engine, so retrieval and sentence selection
 * (a quarter of a Zalo turn's CPU) run on another core while the main thread does the I/O. Started by answer-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { openEngine } from '../engine/open-engine.js';
import type { FromAnswerThread, ToAnswerThread } from './answer-thread-protocol.js';

const port = parentPort!;
const post = (m: FromAnswerThread): void => port.postMessage(m);
const { config } = workerData as { config: Config };

try {
  // The server has built and saved the index before starting this thread: this only loads it.
  let opened = await openEngine(config);
  port.on('message', (m: ToAnswerThread) => {
    const reply = (work: () => Promise<Omit<Extract<FromAnswerThread, { type: 'reply' }>, 'type' | 'id'>>): void => {
      work().then((r) => post({ type: 'reply', id: m.id, ...r }),
        (err: unknown) => post({ type: 'reply', id: m.id, error: err instanceof Error ? err.message : String(err) }));
    };
    if (m.type === 'answer') reply(async () => ({ result: await opened.engine.answer(m.question), corpusHash: opened.index.manifest.corpusHash }));
    else if (m.type === 'reload') {
      // The server re-indexed and saved the new index; keep the last good engine if loading fails.
      reply(async () => {
        const next = await openEngine(config, { embedder: opened.embedder });
        if (!next.corpusError) opened = next;
        return { corpusHash: opened.index.manifest.corpusHash };
      });
    }
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
}
