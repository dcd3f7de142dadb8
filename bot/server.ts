import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConversationState } from 'botbuilder';
import { openSqlite } from '../store/sqlite/open-sqlite.js';
import { SqliteStorage } from '../store/sqlite/sqlite-storage.js';
import { SqliteTurnLog } from '../store/sqlite/sqlite-turn-log.js';
import { createPseudonymizer } from '../store/pseudonym.js';
import type { AnswerEngine } from './answer/answer-engine.js';
import { createBotFrameworkRouter } from './channels/botframework/botframework-router.js';
import { createWebchatRouter } from './channels/webchat/webchat-router.js';
import type { Config } from './config.js';
import { TurnPipeline } from './conversation/turn-pipeline.js';
import { DigigovBot } from './dialog/digigov-bot.js';
import { articleViews } from './engine/article-views.js';
import { openEngine } from './engine/open-engine.js';
import { createApp } from './http/create-app.js';
import { createLogger, type Logger } from './log/logger.js';
import { mountZalo } from './wiring/mount-zalo.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly engine: AnswerEngine;
  readonly turnLog: SqliteTurnLog;
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
}

/** The composition root: config → store → index → engine → bot → channels → HTTP app, started on config.port. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const opened = await openEngine(config);
  if (opened.corpusError) logger.error('corpus has a broken file; serving the last good index', { error: opened.corpusError.message });
  if (opened.index.rebuiltBecause) logger.info('index built', { reason: opened.index.rebuiltBecause, passages: opened.index.passages.length });

  const db = openSqlite(join(config.dataDir, 'bot.sqlite'));
  const turnLog = new SqliteTurnLog(db);
  const bot = new DigigovBot({
    pipeline: new TurnPipeline({ engine: opened.engine, newId: randomUUID, now: () => new Date() }),
    conversationState: new ConversationState(new SqliteStorage(db)),
    turnLog,
    logger,
    pseudonym: createPseudonymizer(join(config.dataDir, 'pseudonym.salt')),
  });

  const zalo = config.zalo ? mountZalo({ config: config.zalo, bot, db, logger }) : undefined;
  const app = createApp({
    logger,
    routers: [
      createBotFrameworkRouter({ settings: config.botFramework, bot, logger }).router,
      ...(zalo ? [zalo.router] : []),
      createWebchatRouter({ bot, articles: articleViews(opened.index.articles, opened.index.passages), logger }),
    ],
  });

  const server = app.listen(config.port, '0.0.0.0');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info('listening', { url, channels: ['webchat', 'botframework', ...(zalo ? ['zalo'] : [])] });
  return {
    url,
    port,
    engine: opened.engine,
    turnLog,
    async close() {
      // Stop taking requests, let in-flight channel work finish, then close the database.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await zalo?.idle();
      db.close();
    },
  };
}
