import type { InboundQueue } from '../../core/ports/inbound-queue.js';
import { createZaloWebhook } from '../channels/zalo/zalo-webhook.js';
import type { SendResult } from '../channels/zalo/zalo-client.js';
import type { Config, ZaloConfig } from '../config.js';
import type { Logger } from '../../core/logger.js';
import type { MountedZalo } from './mount-zalo.js';
import { startTsWorker } from './start-ts-worker.js';
import type { FromZaloThread, ToZaloThread } from './zalo-thread-protocol.js';

export interface ZaloThread extends MountedZalo {
  /** The server saved a new index: the thread loads it. */
  reloadEngine(): Promise<void>;
}

type Request = Exclude<ToZaloThread, { type: 'poke' }>;
type Reply = Extract<FromZaloThread, { type: 'reply' }>;

/**
 * The Zalo channel split over two threads: the webhook route stays here (verify, acknowledge), and the turns run on
 * a worker thread (zalo-thread-main.ts), so a Zalo burst does not hold up the web chat and the admin pages. A thread
 * that dies calls onFatal: the queue holds every accepted event, so the process can exit and restart without loss.
 */
export async function startZaloThread(o: { config: Config & { zalo: ZaloConfig }; queue: Pick<InboundQueue, 'enqueue'>; logger: Logger;
  onFatal: (error: Error) => void;
  /** Accepted events are stored by the thread (embedded SQLite) rather than here (PostgreSQL, many writers). */
  storeInThread: boolean }): Promise<ZaloThread> {
  const worker = await startTsWorker(new URL('./zalo-thread-main.ts', import.meta.url), { config: o.config }, 'the Zalo turn thread');
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  let stopping = false;

  worker.on('message', (m: FromZaloThread) => {
    if (m.type !== 'reply') return;
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  const fatal = (error: Error): void => {
    if (stopping) return;
    stopping = true;
    o.logger.error('the Zalo turn thread stopped unexpectedly', { error: error.message });
    // Nothing will answer what was asked: each caller gets an error instead of waiting for ever.
    for (const [id, settle] of pending) settle({ type: 'reply', id, error: 'the Zalo turn thread stopped' });
    pending.clear();
    o.onFatal(error);
  };
  worker.on('error', fatal);
  worker.on('exit', (code) => fatal(new Error(`exited with code ${code}`)));

  const ask = (request: Request): Promise<Reply> => new Promise((resolve) => {
    if (stopping) return resolve({ type: 'reply', id: request.id, error: 'the Zalo turn thread has stopped' });
    pending.set(request.id, resolve);
    worker.postMessage(request);
  });
  const call = async (type: 'idle' | 'stop' | 'reload'): Promise<void> => {
    const reply = await ask({ type, id: nextId++ });
    if (reply.error) throw new Error(`Zalo turn thread, ${type}: ${reply.error}`);
  };

  // With one embedded database file, the thread stores the events too: two connections writing the same SQLite file
  // kept waiting on each other's locks (whole-millisecond sleeps) and cost more than the thread gained.
  const queue: Pick<InboundQueue, 'enqueue'> = o.storeInThread ? {
    async enqueue(event, now) {
      const reply = await ask({ type: 'enqueue', id: nextId++, event, now });
      if (reply.error !== undefined || reply.stored === undefined) throw new Error(`the Zalo turn thread could not store the event: ${reply.error ?? 'no answer'}`);
      return reply.stored;
    },
  } : o.queue;
  const webhook = createZaloWebhook({ config: o.config.zalo, queue, logger: o.logger,
    onStored: () => { if (!o.storeInThread) worker.postMessage({ type: 'poke' } satisfies ToZaloThread); } });
  return {
    webhook,
    idle: () => call('idle'),
    reloadEngine: () => call('reload'),
    async sendText(userId, text): Promise<SendResult> {
      const reply = await ask({ type: 'sendText', id: nextId++, userId, text });
      return reply.result ?? { status: 'failed', reason: reply.error ?? 'no answer from the Zalo turn thread' };
    },
    async stop() {
      if (stopping) return;
      await call('stop');
      stopping = true;
      await worker.terminate();
    },
  };
}
