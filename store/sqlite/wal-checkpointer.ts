import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AUTOCHECKPOINT_PAGES, type SqliteDb } from './open-sqlite.js';
/** WAL frames past which the connection is asked to let the log start over (see below). */
const RESTART_FRAMES = 16_000;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  readonly intervalMs?: number;
  /** WAL frames past which the log is made to start over; RESTART_FRAMES (64 MB of 4 KB pages) unless a test says. */
  readonly restartFrames?: number;
  /** The thread failed: the connection checkpoints itself again. */
  readonly onError?: (error: Error) => void;
}

// CommonJS run with eval: no TypeScript loader in the thread, only the driver the app already loads.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
let timer;
let reported = 0;
const run = () => {
  const [{ log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)');
  // Once per log: idle, a copied log stays as long as it is until the next write restarts it.
  if (log <= workerData.restartFrames || checkpointed !== log || log === reported) return;
  reported = log;
  // Paused until the connection has copied the rest itself: two checkpoints at once, one of them would find the other busy.
  clearInterval(timer);
  timer = undefined;
  parentPort.postMessage('long');
};
timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m === 'resume') {
    timer ??= setInterval(run, workerData.intervalMs);
    return;
  }
  clearInterval(timer);
  db.close();
  process.exit(0);
});
parentPort.postMessage('ready');
`;

/**
 * Moves WAL checkpoints off the connection's thread. SQLite runs them inside the commit that crosses the threshold:
 * under the load benchmark that was a 50 ms commit every half second on the main thread (8,000 pages copied into the
 * database file), the acknowledgement p99's worst rounds and a tenth of the thread's time. Here a worker thread with
 * its own connection copies them every intervalMs without blocking writers; the connection's own autocheckpoint is
 * off while it runs and back on if it stops or fails.
 */
export async function startWalCheckpointer(db: SqliteDb, options: WalCheckpointerOptions = {}): Promise<WalCheckpointer> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  // db.name is the path the connection was opened with: the thread opens the same file.
  const worker = new Worker(THREAD, { eval: true, execArgv: [],
    workerData: { file: db.name, driver, intervalMs: options.intervalMs ?? 200, restartFrames: options.restartFrames ?? RESTART_FRAMES } });
  // Never what keeps a process alive: a server that failed to start, or a script that forgot stop(), still exits.
  worker.unref();
  let stopping = false;
  const selfCheckpoint = (): void => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', (err: Error) => reject(new Error(`the WAL checkpoint thread could not start: ${err.message}`)));
    worker.once('exit', (code) => reject(new Error(`the WAL checkpoint thread exited with code ${code} while starting`)));
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  db.pragma('wal_autocheckpoint = 0');
  const fail = (error: Error): void => {
    if (stopping) return;
    stopping = true;
    selfCheckpoint();
    options.onError?.(error);
  };
  // The log starts over only when a write begins with all of it copied, which writes that never pause do not allow:
  // it grew by 40,000 frames a burst. Once the thread has copied a long log, this connection copies the few frames
  // written since (a millisecond or two, between two of its own transactions) and its next write restarts the log.
  worker.on('message', () => {
    if (stopping || !db.open) return;
    try {
      if (!db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (err) {
      // An I/O error here must not end the process; SQLite ignores a failed automatic checkpoint the same way.
      fail(err as Error);
      void worker.terminate();
      return;
    }
    worker.postMessage('resume');
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the WAL checkpoint thread exited with code ${code}`)));
  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      selfCheckpoint();
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      // A checkpoint stuck on a slow disk does not hold up shutdown for long.
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
