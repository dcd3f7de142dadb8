/**
 * The answer thread: its own copy of the index and the offline answer engine, so retrieval and sentence selection
 * (a quarter of a Zalo turn's CPU) run on another core while the main thread does the I/O. Started by answer-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { openEngine } from '../engine/open-engine.js';
import type { AnswerReply, FromAnswerThread, ToAnswerThread } from './answer-thread-protocol.js';

const port = parentPort!;
const post = (m: FromAnswerThread): void => port.postMessage(m);
const { config } = workerData as { config: Config };

try {
  // The server has built and saved the index before starting this thread: this only loads it.
  let opened = await openEngine(config);
  const settle = async (id: number, work: () => Promise<Omit<AnswerReply, 'id'>>): Promise<AnswerReply> => {
    try {
      return { id, ...(await work()) };
    } catch (err) {
      return { id, error: err instanceof Error ? err.message : String(err) };
    }
  };
  port.on('message', (m: ToAnswerThread) => {
    if (m.type === 'answer') {
      const engine = opened.engine;
      const corpusHash = opened.index.manifest.corpusHash;
      void Promise.all(m.questions.map((q) => settle(q.id, async () => ({ result: await engine.answer(q.question), corpusHash }))))
        .then((replies) => post({ type: 'replies', replies }));
    } else if (m.type === 'reload') {
      // The server re-indexed and saved the new index; keep the last good engine if loading fails.
      void settle(m.id, async () => {
        const next = await openEngine(config, { embedder: opened.embedder });
        if (!next.corpusError) opened = next;
        return { corpusHash: opened.index.manifest.corpusHash };
      }).then((reply) => post({ type: 'replies', replies: [reply] }));
    }
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
}
