import { createServer } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type express from 'express';
import type { LogStore } from '../core/ports/log-store.js';
import { createPseudonymizer, deriveKey } from '../store/pseudonym.js';
import { createBotFrameworkRouter } from './channels/botframework/botframework-router.js';
import { webchatUpdates } from './channels/webchat/webchat-updates.js';
import { createWebchatRouter } from './channels/webchat/webchat-router.js';
import { WebchatIdentity } from './channels/webchat/webchat-identity.js';
import type { Config } from './config.js';
import { CorpusService } from './engine/corpus-service.js';
import { createGeneration } from './engine/create-generation.js';
import { openEngine } from './engine/open-engine.js';
import { ChannelHandoffSender } from './handoff/handoff-sender.js';
import { createApp } from './http/create-app.js';
import { storeHealth } from './http/store-health.js';
import { checkDataDir } from './wiring/check-data-dir.js';
import { createLogger, type Logger } from '../core/logger.js';
import { ensureFirstAdmin } from './wiring/first-admin.js';
import { createAdminRouter } from '../admin/admin-router.js';
import { isZaloWebhook, ZALO_DEDUPE_TTL_MS } from './channels/zalo/zalo-webhook.js';
import { mountZalo } from './wiring/mount-zalo.js';
import type { MountedZalo } from './wiring/mount-zalo.js';
import { createBot } from './wiring/create-bot.js';
import { startZaloThread } from './wiring/zalo-thread.js';
import { startAnswerThread, threadedAnswerer, type AnswerThread } from './wiring/answer-thread.js';
import { wantAnswerThread } from './wiring/answer-thread-choice.js';
import type { ZaloThread } from './wiring/zalo-thread.js';
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
  /** The Zalo turn thread died (it has been logged); bot/main.ts exits so the supervisor restarts the process. */
  readonly onFatal?: (error: Error) => void;
}

/** The composition root: config → stores → index → engine → bot → channels and admin → HTTP app on config.port. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // Before anything writes there: a folder that cannot be written stops the start with its path and the cause.
  checkDataDir(config.dataDir);
  const generation = createGeneration(config, logger);
  const opened = await openEngine(config, generation ? { generator: generation.generator } : {});
  if (opened.corpusError) logger.error('corpus has a broken file; serving the last good index', { error: opened.corpusError.message });
  if (opened.index.rebuiltBecause) logger.info('index built', { reason: opened.index.rebuiltBecause, passages: opened.index.passages.length });

  const shared = await openSharedState(config, logger);
  // Until the server listens, a step that fails (a taken port, a bad setting) undoes the ones before it, so a caller
  // that goes on (a test, an embedding process) is not left holding the stores, the consumer or the timers.
  const undo: (() => unknown)[] = [() => shared.close()];
  try {
    const { store } = shared;
    await ensureFirstAdmin(store, config.firstAdmin, logger);

    let zaloThread: ZaloThread | undefined;
    // With a model the engine generates, which the answer thread does not do. The thread starts once the server listens
    // (nothing can fail after that, so it is never left running); until it is ready, answers are worked out here.
    const answerThreadWanted = wantAnswerThread({ setting: config.answerThread, cores: availableParallelism(),
      passages: opened.index.passages.length, generating: Boolean(generation) });
    let answerThread: AnswerThread | undefined;
    const reloadAnswerThread = async (): Promise<void> => {
      await answerThread?.reload(corpus.corpusHash())
        .catch((err: Error) => logger.error('the answer thread kept its old index; answering on the main thread', { error: err.message }));
    };
    const corpus = new CorpusService({ config, opened, logger, store, ...(generation ? { generator: generation.generator } : {}),
      onReindexed: async () => {
        await zaloThread?.reloadEngine().catch((err: Error) => logger.error('the Zalo turn thread kept its old index', { error: err.message }));
        await reloadAnswerThread();
      } });
    const pseudonym = createPseudonymizer(join(config.dataDir, 'pseudonym.salt'));
    const bot = createBot({ config, shared, pseudonym, engine: () => corpus.engine(), logger, ...(generation ? { generation } : {}),
      ...(answerThreadWanted ? { answerer: threadedAnswerer({ thread: () => answerThread, serving: () => corpus.engine(), servingCorpus: () => corpus.corpusHash() }) } : {}) });

    let zalo: MountedZalo | undefined;
    if (config.zalo && config.zaloTurnThread) {
      zalo = zaloThread = await startZaloThread({ config: { ...config, zalo: config.zalo }, queue: shared.queue, logger,
        storeInThread: shared.kind === 'embedded',
        onFatal: options.onFatal ?? (() => undefined) });
    } else if (config.zalo) {
      zalo = mountZalo({ config: config.zalo, bot, queue: shared.queue, tokens: shared.tokens, lock: shared.lock, logger });
    }
    if (zalo) undo.push(() => zalo.stop());
    const botFramework = createBotFrameworkRouter({ settings: config.botFramework, bot, logger });
    const handoffs = new ChannelHandoffSender({
      store,
      logger,
      senders: {
        ...(zalo ? { zalo: (userId: string, text: string) => zalo.sendText(userId, text) } : {}),
        botframework: (reference, text) => botFramework.send(reference, text),
      },
    });
    const routers: express.Router[] = [
      botFramework.router,
      createAdminRouter({ store, corpus, handoffs, logger, settings: { secureCookies: config.secureCookies, sessionTtlMs: config.sessionTtlMs,
        curatedThreshold: config.curatedThreshold, modelConfigured: generation !== undefined } }, { limiter: shared.loginLimiter }),
      createWebchatRouter({ bot, articles: (id) => corpus.view(id), logger, maxQuestionChars: config.maxQuestionChars, updates: (id, after) => webchatUpdates({ store, pseudonym }, id, after),
        // Derived from the pseudonym salt, which every instance sharing the database already holds (see deriveKey).
        identity: new WebchatIdentity(deriveKey(join(config.dataDir, 'pseudonym.salt'), 'webchat-identity'), { secure: config.secureCookies }),
        addressLimit: { limiter: shared.limiter, perMinute: config.rateLimitPerAddressPerMinute } }),
    ];
    const app = createApp({ logger, routers, trustProxy: config.trustProxy, health: storeHealth(() => store.probeWrite()) });
    const stopRetention = config.retentionDays ? scheduleRetention(store, config.retentionDays, logger) : undefined;
    const stopQueuePrune = scheduleQueuePrune(shared.queue, ZALO_DEDUPE_TTL_MS, logger);
    undo.push(() => stopRetention?.(), stopQueuePrune);

    // The Zalo webhook, the request a burst is made of, goes straight to its node:http handler; the rest to express.
    const webhook = zalo?.webhook;
    // A request must arrive whole within requestTimeoutMs (Node's default is 300 s, checked every 30 s), so clients that
    // send a body a byte at a time cannot hold connections for minutes. Streamed answers are responses: not limited.
    const server = createServer({ requestTimeout: config.requestTimeoutMs, headersTimeout: Math.min(config.requestTimeoutMs, 20_000),
      connectionsCheckingInterval: Math.min(config.requestTimeoutMs / 2, 5_000) },
    webhook ? (req, res) => (isZaloWebhook(req) ? webhook(req, res) : app(req, res)) : app)
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
    logger.info('listening', { url, channels: ['webchat', 'botframework', ...(zalo ? ['zalo'] : [])], state: shared.kind,
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
        await zalo?.stop();
        await corpus.settled();
        await answerThreadStarted;
        await answerThread?.stop();
        await shared.close();
      },
    };
  } catch (err) {
    for (const step of undo.reverse()) await Promise.resolve().then(step).catch(() => undefined);
    throw err;
  }
}
