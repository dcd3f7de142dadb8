import type { AnswerResult } from '../../core/answer-result.js';
import type { Config } from '../config.js';
import type { Logger } from '../../core/logger.js';
import type { AnswerReply, FromAnswerThread } from './answer-thread-protocol.js';
import { startTsWorker } from './start-ts-worker.js';

export interface AnswerThread {
  /**
   * The thread's offline answer and the corpus (hash) it came from; undefined when the thread is gone or failed, and
   * the caller then answers on its own thread.
   */
  answer(question: string): Promise<{ result: AnswerResult; corpusHash: string } | undefined>;
  /** The server saved a new index, named by its corpus hash, and serves it: the thread loads it. */
  reload(corpusHash: string): Promise<void>;
  /** The corpus of the index the thread answers from. */
  corpusHash(): string;
  stop(): Promise<void>;
}

/**
 * Starts the answer thread (answer-thread-main.ts). A thread that dies is logged once and not replaced: every answer
 * is then worked out on the main thread, as without it, so nothing a resident sees changes.
 */
export async function startAnswerThread(o: { config: Config; logger: Logger; corpusHash: string }): Promise<AnswerThread> {
  const worker = await startTsWorker(new URL('./answer-thread-main.ts', import.meta.url), { config: o.config, corpusHash: o.corpusHash },
    'the answer thread');
  let loaded = o.corpusHash;
  const pending = new Map<number, (reply: AnswerReply) => void>();
  let nextId = 1;
  let gone = false;
  // Questions not yet sent. One batch is with the thread at a time; questions asked meanwhile wait and go as the next
  // one, so a burst travels in a few large messages: each message wakes the thread, and under load the main thread's
  // profile showed ~4 % in postMessage when questions went one or two at a time.
  let batch: { id: number; question: string }[] = [];
  let batchWithThread = false;

  worker.on('message', (m: FromAnswerThread) => {
    if (m.type !== 'replies') return;
    for (const reply of m.replies) {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    }
    if (m.batch) {
      batchWithThread = false;
      flush();
    }
  });
  const end = (error?: Error): void => {
    if (gone) return;
    gone = true;
    if (error) o.logger.error('the answer thread stopped; answering on the main thread', { error: error.message });
    for (const [id, settle] of pending) settle({ id, error: 'the answer thread stopped' });
    pending.clear();
    batch = [];
  };
  worker.on('error', end);
  worker.on('exit', (code) => end(new Error(`exited with code ${code}`)));

  const awaitReply = (id: number, send: () => void): Promise<AnswerReply> => new Promise((resolve) => {
    if (gone) return resolve({ id, error: 'the answer thread has stopped' });
    pending.set(id, resolve);
    send();
  });
  const flush = (): void => {
    if (batchWithThread || batch.length === 0 || gone) return;
    const questions = batch;
    batch = [];
    worker.postMessage({ type: 'answer', questions });
    // Only once it went: a postMessage that threw must not leave every later question waiting for a reply.
    batchWithThread = true;
  };
  return {
    async answer(question) {
      const id = nextId++;
      // Sent at the end of this event-loop turn with the others asked in it, or after the batch with the thread.
      const reply = await awaitReply(id, () => {
        if (batch.push({ id, question }) === 1 && !batchWithThread) setImmediate(flush);
      });
      return reply.result && reply.corpusHash ? { result: reply.result, corpusHash: reply.corpusHash } : undefined;
    },
    async reload(corpusHash) {
      const id = nextId++;
      const reply = await awaitReply(id, () => worker.postMessage({ type: 'reload', id, corpusHash }));
      if (reply.error || !reply.corpusHash) throw new Error(`answer thread, reload: ${reply.error ?? 'no answer'}`);
      loaded = reply.corpusHash;
    },
    corpusHash: () => loaded,
    async stop() {
      if (gone) return;
      end();
      await worker.terminate();
    },
  };
}

/**
 * The pipeline's answerElsewhere over the thread running now, if any. While the thread holds another index than the
 * one serving (a re-index it has not loaded, or failed to), it is not asked; an answer that comes back from another
 * index all the same is dropped. Either way the caller works the answer out on the serving index.
 */
export function answersFrom(thread: () => Pick<AnswerThread, 'answer' | 'corpusHash'> | undefined, servingCorpus: () => string):
  (question: string) => Promise<AnswerResult | undefined> {
  return async (question) => {
    const running = thread();
    if (!running || running.corpusHash() !== servingCorpus()) return undefined;
    const answered = await running.answer(question);
    return answered?.corpusHash === servingCorpus() ? answered.result : undefined;
  };
}
