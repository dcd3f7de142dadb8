/**
 * The bot's side of a Zalo turn in one process, without HTTP: events stored in the SQLite queue as the webhook stores
 * them, claimed by the inbound worker, run through the Zalo adapter and the bot (memory, rate limit, pipeline, turn
 * log, sent marks, completion) with a stand-in Zalo client that accepts every message, and answers worked out once
 * beforehand and handed over as the answer thread hands them (a structured clone). What bench:load cannot show on a
 * busy machine: the main thread's CPU per event (its own schedstat, not the process's other threads) and the bytes
 * written per event (mostly the WAL), which depend little on what else the machine runs.
 *   npm run --silent bench:turns -- [--events 4000] [--warmup 3000] [--per-tick 8]
 * --per-tick: events stored per event-loop turn (webhooks arriving together share a group commit, as under load).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import type { AnswerResult } from '../core/answer-result.js';
import { mapZaloEvent, zaloEventKey } from '../bot/channels/zalo/map-event.js';
import { queuedPayload } from '../bot/channels/zalo/queued-payload.js';
import { ZaloAdapter } from '../bot/channels/zalo/zalo-adapter.js';
import type { ZaloEvent } from '../bot/channels/zalo/zalo-event.js';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { silentLogger } from '../core/logger.js';
import { InboundWorker } from '../bot/queue/inbound-worker.js';
import { createBot } from '../bot/wiring/create-bot.js';
import { openSharedState } from '../bot/wiring/shared-state.js';
import { TURNS_IN_FLIGHT } from '../bot/queue/queue-consumer.js';
import { createPseudonymizer } from '../store/pseudonym.js';
import { LOAD_QUESTIONS } from './load-questions.js';

const args = process.argv.slice(2);
const num = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const events = num('events', 4000);
const warmup = num('warmup', 3000);
const perTick = Math.max(1, num('per-tick', 8));
const QUESTIONS = LOAD_QUESTIONS;

const dataDir = mkdtempSync(join(tmpdir(), 'bench-turns-'));
const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000' });
const opened = await openEngine(config, {});
const shared = await openSharedState(config, silentLogger);
const answers = new Map<string, AnswerResult>();
for (const q of QUESTIONS) answers.set(q, await opened.engine.answer(q));
const bot = createBot({ config, shared, pseudonym: createPseudonymizer(join(dataDir, 'pseudonym.salt')), engine: () => opened.engine,
  logger: silentLogger, answerer: () => ({
    answer: async (q: string) => structuredClone(answers.get(q) ?? (await opened.engine.answer(q))),
    citationFor: (id: string, n: number) => opened.engine.citationFor(id, n),
    articleVersion: (id: string) => opened.engine.articleVersion(id),
  }) });
let sent = 0;
const client = {
  send: async () => ({ status: 'sent' as const, messageId: String(++sent) }),
  recentMessages: async () => ({ messages: [], complete: true }),
};
const adapter = new ZaloAdapter({ client: client as unknown as ConstructorParameters<typeof ZaloAdapter>[0]['client'], logger: silentLogger,
  sentParts: shared.queue });
const worker = new InboundWorker({ queue: shared.queue, owner: 'bench', logger: silentLogger, concurrency: TURNS_IN_FLIGHT,
  handle: async (queued) => {
    const activity = mapZaloEvent(JSON.parse(queued.payload) as ZaloEvent);
    if (!activity) return;
    await adapter.processActivity({ ...activity, channelData: { ...(activity.channelData as object), inboundKey: queued.key,
      inboundAttempt: queued.attempts } }, (context: TurnContext) => bot.run(context));
  } });
worker.start();

/** Stores n events, perTick an event-loop turn, and waits until every one is answered. */
async function burst(n: number, tag: string): Promise<void> {
  let stored: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const event: ZaloEvent = { app_id: 'bench', event_name: 'user_send_text', timestamp: String(Date.now()), sender: { id: `${tag}-${i}` },
      recipient: { id: 'oa' }, message: { msg_id: randomBytes(10).toString('hex'), text: QUESTIONS[i % QUESTIONS.length]! } };
    const body = Buffer.from(JSON.stringify(event));
    stored.push(shared.queue.enqueue({ key: zaloEventKey(event, body), channel: 'zalo', payload: queuedPayload(event, body),
      lane: `zalo:${tag}-${i}` }, Date.now()).then(() => worker.poke()));
    if (stored.length === perTick) {
      await Promise.all(stored);
      stored = [];
    }
  }
  await Promise.all(stored);
  await worker.idle();
}

const mainThreadNs = (): number => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
const writtenBytes = (): number => Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
await burst(warmup, 'warm');
const sentBefore = sent;
const [cpu0, written0, wall0] = [mainThreadNs(), writtenBytes(), performance.now()];
await burst(events, 'run');
const [cpu1, written1, wall1] = [mainThreadNs(), writtenBytes(), performance.now()];
console.log(JSON.stringify({ events, perTick, mainThreadUsPerEvent: Math.round((cpu1 - cpu0) / 1000 / events),
  bytesWrittenPerEvent: Math.round((written1 - written0) / events), wallUsPerEvent: Math.round(((wall1 - wall0) * 1000) / events),
  messagesSent: sent - sentBefore }));
await worker.stop();
await shared.close();
rmSync(dataDir, { recursive: true, force: true });
