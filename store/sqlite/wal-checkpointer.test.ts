import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
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

const waitFor = async (ok: () => boolean, ms = 5000): Promise<void> => {
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

  it('keeps the WAL from growing under writes that never pause, by letting it start over', async () => {
    // 25 bursts of 30 ms of back-to-back commits, yielding only between bursts: a log the thread has copied can only
    // restart if a write begins with all of it copied, which back-to-back commits never allow on their own.
    const walAfterBursts = async (restartFrames: number): Promise<number> => {
      const { file, db } = setup();
      const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
      const checkpointer = await startWalCheckpointer(db, { intervalMs: 5, restartFrames });
      for (let burst = 0; burst < 25; burst++) {
        const end = performance.now() + 30;
        while (performance.now() < end) db.transaction(() => insert.run('y'.repeat(3000))).immediate();
        await new Promise((r) => setTimeout(r, 1));
      }
      const wal = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
      await checkpointer.stop();
      db.close();
      rmSync(dirname(file), { recursive: true, force: true });
      return wal;
    };
    const bounded = await walAfterBursts(500);
    const unbounded = await walAfterBursts(Number.MAX_SAFE_INTEGER);
    expect(bounded).toBeLessThan(unbounded / 3);
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
