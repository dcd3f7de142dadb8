/** Starts the bot with embedded defaults: bundled corpus, local retrieval, SQLite under ./data, web chat on :3978. */
import { ConfigError } from '../core/errors.js';
import { loadConfig } from './config.js';
import { createLogger } from '../core/logger.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, { logger });
  console.log(`Trợ lý chuyển đổi số đang chạy: ${server.url} (web chat), ${server.url}/healthz`);
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (err) {
  // A bad setting or an unreachable database: one line naming the problem, and a non-zero exit for the supervisor.
  console.error(`Cannot start: ${err instanceof Error ? err.message : String(err)}`);
  if (!(err instanceof ConfigError) && err instanceof Error && err.stack) console.error(err.stack.split('\n').slice(1, 4).join('\n'));
  process.exit(1);
}
