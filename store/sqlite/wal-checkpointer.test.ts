import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOCHECKPOINT_PAGES, openSqlite } from './open-sqlite.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

function setup() {
  const file = join(mkdtempSync(join(tmpdir(), 'wal-')), 'w.sqlite');
  const db = openSqlite(file);
  db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  // 4 MB in 200 commits: all of it in the WAL until something checkpoints it.
  const write = (): void => {
    for (let c = 0; c < 200; c++) db.transaction(() => { for (let i = 0; i < 20; i++) insert.run('x'.repeat(1000)); }).immediate();
  };
  const autocheckpoint = (): number => db.pragma('wal_autocheckpoint', { simple: true }) as number;
  return { file, db, write, autocheckpoint };
}

/** How many times the log has started over: the checkpoint sequence number in the WAL header (bytes 12–15). */
function walRestarts(wal: string): number {
  const header = Buffer.alloc(32);
  const fd = openSync(wal, 'r');
  try {
    readSync(fd, header, 0, 32, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(12);
}

const waitFor = async (ok: () => boolean, ms = 30_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('startWalCheckpointer', () => {
  it('copies the WAL into the database file from another thread while the connection does not checkpoint itself', async () => {
    const { file, db, write, autocheckpoint } = setup();
    const checkpointer = await startWalCheckpointer(db, { intervalMs: 20 });
    expect(autocheckpoint()).toBe(0);
    const before = statSync(file).size;
    write();
    // Only a checkpoint writes pages into the database file itself.
    await waitFor(() => statSync(file).size > before + 3_000_000);
    await checkpointer.stop();
    expect(autocheckpoint()).toBe(AUTOCHECKPOINT_PAGES);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 4000 });
    db.close();
  });

  it('lets the WAL start over again and again under writes that never wait for it', async () => {
    // 200 bursts of 100 back-to-back commits, yielding only between bursts. A log the thread has copied can only start
    // over if a write begins with all of it copied, which back-to-back commits rarely allow on their own (0–3 restarts
    // here without the hand-back below, 34–40 with it, loaded or not). Counted in restarts per amount written, read
    // from the WAL header, so neither the machine's speed nor a sibling run's size enters the assertion.
    const { file, db } = setup();
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const checkpointer = await startWalCheckpointer(db, { intervalMs: 5, restartFrames: 200 });
    const first = walRestarts(`${file}-wal`);
    for (let burst = 0; burst < 200; burst++) {
      for (let i = 0; i < 100; i++) db.transaction(() => insert.run('y'.repeat(3000))).immediate();
      await new Promise((r) => setImmediate(r));
    }
    const restarts = walRestarts(`${file}-wal`) - first;
    await checkpointer.stop();
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 20_000 });
    db.close();
    rmSync(dirname(file), { recursive: true, force: true });
    expect(restarts).toBeGreaterThanOrEqual(10);
  });

  it('leaves the database file alone without it (the WAL holds the writes)', () => {
    const { file, db, write } = setup();
    db.pragma('wal_autocheckpoint = 0');
    const before = statSync(file).size;
    write();
    expect(statSync(file).size).toBe(before);
    db.close();
  });

  it('refuses to start, naming the thread, when the file cannot be opened, and leaves the connection checkpointing', async () => {
    const { file, db, autocheckpoint } = setup();
    // The open connection keeps working on Linux; a new one to the same path cannot be opened.
    rmSync(dirname(file), { recursive: true, force: true });
    await expect(startWalCheckpointer(db)).rejects.toThrow(/WAL checkpoint thread could not start: .*directory does not exist/);
    expect(autocheckpoint()).toBe(AUTOCHECKPOINT_PAGES);
    db.close();
  });
});
