import { randomUUID } from 'node:crypto';
import { TestAdapter, type TurnContext } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerEngine } from '../bot/answer/answer-engine.js';
import { parseConfig } from '../bot/config.js';
import { TurnPipeline } from '../bot/conversation/turn-pipeline.js';
import { ConversationMemories } from '../bot/dialog/conversation-memories.js';
import { DigigovBot, type DigigovBotOptions } from '../bot/dialog/digigov-bot.js';
import { receivedOn } from '../bot/dialog/turn-origin.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { silentLogger } from '../core/logger.js';
import { openSqlite, type SqliteDb } from '../store/sqlite/open-sqlite.js';
import { SqliteStorage } from '../store/sqlite/sqlite-storage.js';
import { SqliteTurnLog } from '../store/sqlite/sqlite-turn-log.js';

let shared: Promise<AnswerEngine> | undefined;

/** One engine over the bundled corpus for every test in a file (building it takes a few hundred ms). */
export function sharedEngine(): Promise<AnswerEngine> {
  shared ??= openEngine(parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'engine-')) })).then((o) => o.engine);
  return shared;
}

export interface BotUnderTest {
  readonly bot: DigigovBot;
  readonly turnLog: SqliteTurnLog;
  readonly db: SqliteDb;
}

/** The real bot on a real SQLite file; pass the same file to simulate a restart. */
export async function botOn(file: string, options: { engine?: AnswerEngine; rateLimit?: DigigovBotOptions['rateLimit'] } = {}): Promise<BotUnderTest> {
  const engine = options.engine ?? (await sharedEngine());
  const db = openSqlite(file);
  const turnLog = new SqliteTurnLog(db);
  const pseudonym = (channel: string, id: string): string => `p_${channel}_${id}`;
  const bot = new DigigovBot({
    pipeline: new TurnPipeline({ engine: () => engine, newId: randomUUID, now: () => new Date() }),
    memories: new ConversationMemories(new SqliteStorage(db), pseudonym),
    turnLog,
    logger: silentLogger,
    pseudonym,
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  return { bot, turnLog, db };
}

/** botbuilder's TestAdapter as a channel of its own ("test"), the way each real adapter names its endpoint. */
export function testAdapter(logic: (context: TurnContext) => Promise<void>): TestAdapter {
  return new TestAdapter(logic).use(receivedOn('test'));
}
