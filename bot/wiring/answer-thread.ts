import type { AnswerResult } from '../answer/answer-result.js';
import type { Config } from '../config.js';
import type { Logger } from '../log/logger.js';
import type { FromAnswerThread, ToAnswerThread } from './answer-thread-protocol.js';
import { startTsWorker } from './start-ts-worker.js';

type Reply = Extract<FromAnswerThread, { type: 'reply' }>;

export interface AnswerThread {
  /**
   * The thread's offline answer and the corpus (hash) it came from; undefined when the thread is gone or failed, and
   * the caller then answers on its own thread.
   */
  answer(question: string): Promise<{ result: AnswerResult; corpusHash: string } | undefined>;
  /** The server saved a new index: the thread loads it. */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the answer thread (answer-thread-main.ts). A thread that dies is logged once and not replaced: every answer
 * is then worked out on the main thread, as without it, so nothing a resident sees changes.
 */
export async function startAnswerThread(o: { config: Config; logger: Logger }): Promise<AnswerThread> {
  const worker = startTsWorker(new URL('./answer-thread-main.ts', import.meta.url), { config: o.config });
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  let gone = false;

  await new Promise<void>((resolve, reject) => {
    const onStart = (m: FromAnswerThread): void => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'failed') reject(new Error(`the answer thread could not start: ${m.error}`));
      if (m.type !== 'reply') worker.off('message', onStart);
    };
    worker.on('message', onStart);
    worker.once('error', reject);
  });
  worker.on('message', (m: FromAnswerThread) => {
    if (m.type !== 'reply') return;
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  const end = (error?: Error): void => {
    if (gone) return;
    gone = true;
    if (error) o.logger.error('the answer thread stopped; answering on the main thread', { error: error.message });
    for (const [id, settle] of pending) settle({ type: 'reply', id, error: 'the answer thread stopped' });
    pending.clear();
  };
  worker.on('error', end);
  worker.on('exit', (code) => end(new Error(`exited with code ${code}`)));

  const ask = (request: ToAnswerThread): Promise<Reply> => new Promise((resolve) => {
    if (gone) return resolve({ type: 'reply', id: request.id, error: 'the answer thread has stopped' });
    pending.set(request.id, resolve);
    worker.postMessage(request);
  });
  return {
    async answer(question) {
      const reply = await ask({ type: 'answer', id: nextId++, question });
      return reply.result && reply.corpusHash ? { result: reply.result, corpusHash: reply.corpusHash } : undefined;
    },
    async reload() {
      const reply = await ask({ type: 'reload', id: nextId++ });
      if (reply.error) throw new Error(`answer thread, reload: ${reply.error}`);
    },
    async stop() {
      if (gone) return;
      end();
      await worker.terminate();
    },
  };
}

/**
 * The pipeline's answerElsewhere over a thread: an answer from an index other than the one serving now (the thread
 * had not yet loaded a re-index) is dropped, so the caller works it out again on the serving index.
 */
export function answersFrom(thread: Pick<AnswerThread, 'answer'>, servingCorpus: () => string): (question: string) => Promise<AnswerResult | undefined> {
  return async (question) => {
    const answered = await thread.answer(question);
    return answered?.corpusHash === servingCorpus() ? answered.result : undefined;
  };
}
