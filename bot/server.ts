import { createServer } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type express from 'express';
import type { LogStore } from '../core/ports/log-store.js';
import { createPseudonymizer, deriveKey } from '../store/pseudonym.js';
import type { ChannelContext, OpenChannel } from './channels/channel.js';
import { CHANNEL_LABELS, CHANNELS } from './channels/registry.js';
import type { Config } from './config.js';
import { CorpusService } from './engine/corpus-service.js';
import { createGeneration } from './engine/create-generation.js';
import { openArticleStore } from './engine/open-article-store.js';
import { openEngine } from './engine/open-engine.js';
import { warmUp, warmUpReading } from './engine/warm-up.js';
import { classifyIntent } from './conversation/intents.js';
import { ChannelHandoffSender } from './handoff/handoff-sender.js';
import { createApp } from './http/create-app.js';
import { storeHealth } from './http/store-health.js';
import type { Health } from '../core/health.js';
import { checkDataDir } from './wiring/check-data-dir.js';
import { createLogger, type Logger } from '../core/logger.js';
import { ensureFirstAdmin } from './wiring/first-admin.js';
import { createAdminRouter } from '../admin/admin-router.js';
import { ZALO_DEDUPE_TTL_MS } from './channels/zalo/zalo-webhook.js';
import { startQueueConsumer, type QueueConsumer, type QueuedTurn } from './queue/queue-consumer.js';
import { createBot } from './wiring/create-bot.js';
import { startAnswerThread, threadedAnswerer, type AnswerThread } from './wiring/answer-thread.js';
import { wantAnswerThread } from './wiring/answer-thread-choice.js';
import { scheduleQueuePrune, scheduleRetention } from './wiring/retention.js';
import { openSharedState } from './wiring/shared-state.js';

/** The address to print: localhost when listening on every interface, the address itself otherwise. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return isIP(host) === 6 ? `[${host}]` : host;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly store: LogStore;
  readonly corpus: CorpusService;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** The clock volunteers' reply windows are counted on (tests move it; real time otherwise). */
  readonly now?: () => Date;
}

/** The composition root: config → stores → index → engine → bot → channels and admin → HTTP app on config.port. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // Before anything writes there: a folder that cannot be written stops the start with its path and the cause.
  checkDataDir(config.dataDir);
  const generation = createGeneration(config, logger);
  const shared = await openSharedState(config, logger);
  // Until the server listens, a step that fails (a taken port, a bad setting) undoes the ones before it, so a caller
  // that goes on (a test, an embedding process) is not left holding the stores, the consumer or the timers.
  const undo: (() => unknown)[] = [() => shared.close()];
  try {
    // Added articles: in PostgreSQL with DATABASE_URL (every instance reads the same), else under DATA_DIR.
    const articleStore = await openArticleStore(config, logger);
    undo.push(() => articleStore.articles.close());
    const opened = await openEngine(config, { articleStore: articleStore.articles, ...(generation ? { generator: generation.generator } : {}) });
    if (opened.corpusError) logger.error('corpus has a broken file; serving the last good index', { error: opened.corpusError.message });
    if (opened.index.rebuiltBecause) logger.info('index built', { reason: opened.index.rebuiltBecause, passages: opened.index.passages.length });
    // Before the server listens, so that the first residents are not the ones who wait for V8 to compile the reading's
    // patterns (warm-up.ts): the intent check runs here on every message, the answer too when there is no answer thread
    // (and until it is ready). Never the model: with one configured, whose provider also makes the embeddings, only the
    // reading is warmed, so no warm-up message leaves the process.
    const { engine } = opened;
    const reading = warmUpReading(opened.index.passages);
    const warmed = await warmUp(generation ? (m) => { classifyIntent(m); engine.retriever.prepare(m); } : (m) => { classifyIntent(m); return engine.answer(m); },
      reading);
    logger.info('warmed up', { ms: Math.round(warmed.ms), messages: warmed.read, of: reading.length });
    if (warmed.failed > 0) logger.warn('a warm-up message could not be read', { failed: warmed.failed, error: warmed.firstError });
    const { store } = shared;
    await ensureFirstAdmin(store, config.firstAdmin, logger);

    // With a model the engine generates, which the answer thread does not do. The thread starts once the server listens
    // (nothing can fail after that, so it is never left running); until it is ready, answers are worked out here.
    const answerThreadWanted = wantAnswerThread({ setting: config.answerThread, cores: availableParallelism(),
      passages: opened.index.passages.length, generating: Boolean(generation) });
    let answerThread: AnswerThread | undefined;
    const reloadAnswerThread = async (): Promise<void> => {
      await answerThread?.reload(corpus.corpusHash())
        .catch((err: Error) => logger.error('the answer thread kept its old index; answering on the main thread', { error: err.message }));
    };
    const corpus = new CorpusService({ config, opened, logger, store, articles: articleStore.articles, instances: articleStore.instances,
      ...(generation ? { generator: generation.generator } : {}), onReindexed: reloadAnswerThread });
    await corpus.start();
    undo.push(() => corpus.stop());
    const pseudonym = createPseudonymizer(join(config.dataDir, 'pseudonym.salt'));
    const bot = createBot({ config, shared, pseudonym, engine: () => corpus.engine(), logger, ...(generation ? { generation } : {}),
      ...(answerThreadWanted ? { answerer: threadedAnswerer({ thread: () => answerThread, serving: () => corpus.engine(), servingCorpus: () => corpus.corpusHash() }) } : {}) });

    // Every registered channel its settings turn on (registry.ts); the durable queue's events go to their channel.
    let consumer: QueueConsumer | undefined;
    const saltFile = join(config.dataDir, 'pseudonym.salt');
    const context: ChannelContext = { config, bot, logger, store, limiter: shared.limiter, lock: shared.lock, zaloTokens: shared.tokens, pseudonym,
      inbound: { queue: shared.queue, poke: () => consumer?.poke() }, deriveKey: (purpose) => deriveKey(saltFile, purpose),
      articles: (id) => corpus.view(id) };
    const channels = new Map<string, OpenChannel>();
    for (const channel of CHANNELS) {
      const open = channel.open(context);
      if (!open) continue;
      channels.set(channel.name, open);
      if (open.stop) undo.push(() => open.stop?.());
    }
    const turns = new Map<string, QueuedTurn>([...channels].flatMap(([name, c]) => (c.runQueued ? [[name, c.runQueued] as const] : [])));
    if (turns.size > 0) {
      const started = consumer = startQueueConsumer({ queue: shared.queue, turns, logger });
      undo.push(() => started.stop());
    }
    const probeStore = storeHealth(() => store.probeWrite());
    const health = async (): Promise<Health> => {
      const stored = await probeStore();
      // A channel's problem (a revoked token) is shown, but the instance still serves the others: not a 503.
      const problems = [...channels.values()].flatMap((c) => { const h = c.health?.(); return h && !h.ok && h.problem ? [h.problem] : []; });
      return problems.length > 0 ? { ...stored, problems } : stored;
    };
    const handoffs = new ChannelHandoffSender({ store, logger, channels, ...(options.now ? { now: options.now } : {}) });
    const routers: express.Router[] = [
      createAdminRouter({ store, corpus, handoffs, logger, health, settings: { secureCookies: config.secureCookies, sessionTtlMs: config.sessionTtlMs,
        curatedThreshold: config.curatedThreshold, modelConfigured: generation !== undefined, channelLabels: CHANNEL_LABELS } },
        { limiter: shared.loginLimiter }),
      ...[...channels.values()].flatMap((c) => (c.router ? [c.router] : [])),
    ];
    const app = createApp({ logger, routers, trustProxy: config.trustProxy, health });
    const stopRetention = config.retentionDays ? scheduleRetention(store, config.retentionDays, logger) : undefined;
    const stopQueuePrune = scheduleQueuePrune(shared.queue, ZALO_DEDUPE_TTL_MS, logger);
    undo.push(() => stopRetention?.(), stopQueuePrune);

    // A channel's fast path (the Zalo webhook, the request a burst is made of) goes straight to its node:http handler.
    const fastPaths = [...channels.values()].flatMap((c) => (c.fastPath ? [c.fastPath] : []));
    // A request must arrive whole within requestTimeoutMs (Node's default is 300 s, checked every 30 s), so clients that
    // send a body a byte at a time cannot hold connections for minutes. Streamed answers are responses: not limited.
    const server = createServer({ requestTimeout: config.requestTimeoutMs, headersTimeout: Math.min(config.requestTimeoutMs, 20_000),
      connectionsCheckingInterval: Math.min(config.requestTimeoutMs / 2, 5_000) },
    fastPaths.length === 0 ? app : (req, res) => {
      const fast = fastPaths.find((f) => f.matches(req));
      return fast ? fast.handle(req, res) : app(req, res);
    })
      .listen(config.port, config.host);
    undo.push(() => server.close());
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    // Not awaited: the server is up (and stops cleanly on a signal) while the thread loads; it loads the index openEngine
    // saved, or a re-index saved since (it asks for the one serving now).
    const answerThreadStarted = answerThreadWanted ? startAnswerThread({ config, logger, corpusHash: corpus.corpusHash() })
      .then(async (thread) => {
        answerThread = thread;
        // A re-index that finished while the thread was starting.
        if (thread.corpusHash() !== corpus.corpusHash()) await reloadAnswerThread();
      }, (err: Error) => logger.error('answering on the main thread only', { error: err.message })) : undefined;
    const port = (server.address() as AddressInfo).port;
    const url = `http://${urlHost(config.host)}:${port}`;
    logger.info('listening', { url, channels: [...channels.keys()], state: shared.kind,
      answerThread: answerThreadWanted });
    return {
      url,
      port,
      store,
      corpus,
      async close() {
        // Stop taking requests, let in-flight work finish, then close the stores.
        stopRetention?.();
        stopQueuePrune();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await consumer?.stop();
        for (const c of channels.values()) await c.stop?.();
        await corpus.stop();
        await answerThreadStarted;
        await answerThread?.stop();
        await articleStore.articles.close();
        await shared.close();
      },
    };
  } catch (err) {
    for (const step of undo.reverse()) await Promise.resolve().then(step).catch(() => undefined);
    throw err;
  }
}
