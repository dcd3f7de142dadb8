/**
 * The answer thread: its own copy of the index and the offline answer engine, so retrieval and sentence selection
 * (a quarter of a Zalo turn's CPU) run on another core while the main thread does the I/O. Started by answer-thread.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { openSavedEngine } from '../engine/open-engine.js';
import { warmUp, warmUpReading } from '../engine/warm-up.js';
import type { AnswerReply, FromAnswerThread, ToAnswerThread } from './answer-thread-protocol.js';

const port = parentPort!;
const post = (m: FromAnswerThread): void => port.postMessage(m);
const { config, corpusHash } = workerData as { config: Config; corpusHash: string };

try {
  // The server has built and saved the index before starting this thread; the thread only ever loads the saved index
  // the server names, never the corpus, so it cannot end up on an index of its own.
  let opened = await openSavedEngine(config, { corpusHash });
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
        .then((replies) => post({ type: 'replies', replies, batch: true }));
    } else if (m.type === 'reload') {
      // The server re-indexed and saved the new index; the last good engine stays if loading it fails.
      void settle(m.id, async () => {
        opened = await openSavedEngine(config, { corpusHash: m.corpusHash, embedder: opened.embedder });
        return { corpusHash: opened.index.manifest.corpusHash };
      }).then((reply) => post({ type: 'replies', replies: [reply] }));
    }
  });
  // The reading's patterns compiled and the answer path optimised before taking questions (see warm-up.ts); until the
  // thread is ready the main thread answers.
  await warmUp((m) => opened.engine.answer(m), warmUpReading(opened.index.passages));
  post({ type: 'ready', corpusHash: opened.index.manifest.corpusHash });
} catch (err) {
  post({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
}
