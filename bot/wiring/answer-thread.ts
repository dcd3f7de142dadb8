import type { AnswerResult } from '../../core/answer-result.js';
import { UnavailableError } from '../../core/errors.js';
import type { AnswerEngine, Answerer } from '../answer/answer-engine.js';
import type { Config } from '../config.js';
import type { Logger } from '../../core/logger.js';
import type { AnswerReply, FromAnswerThread } from './answer-thread-protocol.js';
import { startTsWorker } from './start-ts-worker.js';
import { WorkerCalls } from './worker-calls.js';

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

/** A stuck thread must not hold a resident's turn for ever: past this the answer is worked out on the main thread. */
const ANSWER_TIMEOUT_MS = 30_000;

/**
 * Starts the answer thread (answer-thread-main.ts). A thread that dies is logged once and not replaced: every answer
 * is then worked out on the main thread, as without it, so nothing a resident sees changes.
 */
export async function startAnswerThread(o: { config: Config; logger: Logger; corpusHash: string }): Promise<AnswerThread> {
  const worker = await startTsWorker(new URL('./answer-thread-main.ts', import.meta.url), { config: o.config, corpusHash: o.corpusHash },
    'the answer thread');
  let loaded = o.corpusHash;
  const calls = new WorkerCalls<AnswerReply>('the answer thread');
  // Questions not yet sent. One batch is with the thread at a time; questions asked meanwhile wait and go as the next
  // one, so a burst travels in a few large messages: each message wakes the thread, and under load the main thread's
  // profile showed ~4 % in postMessage when questions went one or two at a time.
  let batch: { id: number; question: string }[] = [];
  let batchWithThread = false;
  let gone = false;

  worker.on('message', (m: FromAnswerThread) => {
    if (m.type !== 'replies') return;
    for (const reply of m.replies) calls.settle(reply.id, reply.error === undefined ? { value: reply } : { error: reply.error });
    if (m.batch) {
      batchWithThread = false;
      flush();
    }
  });
  const end = (error: Error, log: boolean): void => {
    if (gone) return;
    gone = true;
    if (log) o.logger.error('the answer thread stopped; answering on the main thread', { error: error.message });
    batch = [];
    calls.close(error);
  };
  worker.on('error', (err: Error) => end(err, true));
  worker.on('exit', (code) => end(new Error(`exited with code ${code}`), true));

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
      // Sent at the end of this event-loop turn with the others asked in it, or after the batch with the thread.
      const reply = await calls.call((id) => {
        if (batch.push({ id, question }) === 1 && !batchWithThread) setImmediate(flush);
      }, { timeoutMs: ANSWER_TIMEOUT_MS }).catch((err: Error) => {
        if (!gone) o.logger.warn('the answer thread did not answer; answering on the main thread', { error: err.message });
        return undefined;
      });
      return reply?.result && reply.corpusHash ? { result: reply.result, corpusHash: reply.corpusHash } : undefined;
    },
    async reload(corpusHash) {
      const reply = await calls.call((id) => worker.postMessage({ type: 'reload', id, corpusHash }));
      if (!reply.corpusHash) throw new UnavailableError('worker_error', 'the answer thread reloaded but named no corpus');
      loaded = reply.corpusHash;
    },
    corpusHash: () => loaded,
    async stop() {
      if (gone) return;
      end(new Error('stopped'), false);
      await worker.terminate();
    },
  };
}

/**
 * The engine the turn pipeline is given when the answer thread runs: it asks the thread running now, if any, and
 * answers on the serving engine here when there is none, when the thread holds another index than the one serving (a
 * re-index it has not loaded, or failed to), or when an answer comes back from another index all the same.
 */
export function threadedAnswerer(o: { thread: () => Pick<AnswerThread, 'answer' | 'corpusHash'> | undefined; serving: () => AnswerEngine;
  servingCorpus: () => string }): () => Answerer {
  const fromThread = async (question: string): Promise<AnswerResult | undefined> => {
    const running = o.thread();
    if (!running || running.corpusHash() !== o.servingCorpus()) return undefined;
    const answered = await running.answer(question);
    return answered?.corpusHash === o.servingCorpus() ? answered.result : undefined;
  };
  const answerer: Answerer = {
    answer: async (question, options) => (await fromThread(question)) ?? o.serving().answer(question, options),
    citationFor: (paragraphId, n) => o.serving().citationFor(paragraphId, n),
    articleVersion: (id) => o.serving().articleVersion(id),
  };
  return () => answerer;
}
