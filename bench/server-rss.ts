import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { waitFor } from './load.js';
import { builtProgram } from './built-program.js';

/** A port nothing listens on now, from the system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Resident set of a whole process (every thread) from /proc, in MB. */
export function processRssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round(Number(kb) / 1024);
}

/**
 * Starts the bot as `npm start` runs it (built, one node process) with the given environment, waits until
 * it is healthy, asks each warm-up question through the web chat, and reads its RSS; the server is stopped after.
 */
export async function serverRss(env: Record<string, string>, warmUp: readonly string[]): Promise<{ readyMs: number; rssMb: number }> {
  const port = await freePort();
  // Bundled before the clock starts: the time to ready is the server's, not the build's.
  const server = builtProgram()['bot/main.ts']!;
  const t0 = performance.now();
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // A hundred thousand passages on a busy machine take more than serverHealthy's minute to load.
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)), 600_000,
      'the bot to start on the built index', 200);
    const readyMs = Math.round(performance.now() - t0);
    for (const text of warmUp) {
      const res = await fetch(`http://127.0.0.1:${port}/api/webchat/messages`, { method: 'POST',
        headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
      if (!res.ok) throw new Error(`warm-up question got HTTP ${res.status}`);
      await res.arrayBuffer();
    }
    // The answer thread loads its copy of the index after the server listens: wait until the RSS stops growing.
    let rss = processRssMb(child.pid!);
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = processRssMb(child.pid!);
      if (now - rss < 2) break;
      rss = now;
    }
    return { readyMs, rssMb: Math.max(rss, processRssMb(child.pid!)) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
