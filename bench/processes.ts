import type { ChildProcess } from 'node:child_process';
import { waitFor } from './load.js';

/**
 * Node flags for the servers a benchmark starts, the bot (as `npm start` runs it, see package.json) and the bare server
 * alike, so a ratio compares code rather than runtime settings. A young generation twice the default: the bot allocates
 * a lot per event, and with the default semi-space its scavenges cost about 6 % more CPU an event under the load
 * benchmark.
 */
export const SERVER_NODE_FLAGS: readonly string[] = (process.env.SERVER_NODE_FLAGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean);

/** `npm run zalo:emulator` prints the ZALO_* settings that point a bot at it; resolves with them once printed. */
export function readEmulatorSettings(child: ChildProcess): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the emulator printed no settings: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = Object.fromEntries([...out.matchAll(/^(ZALO_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
      if (found.ZALO_OAUTH_URL) {
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
}

/** Resolves once the server on `port` answers its health check. */
export function serverHealthy(port: number, what = `the server on ${port}`): Promise<void> {
  return waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)), 60_000, what);
}
