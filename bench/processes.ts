import type { ChildProcess } from 'node:child_process';
import { waitFor } from './load.js';

/**
 * `npm run zalo:emulator` (or messenger:emulator) prints the settings that point a bot at it; resolves with them once
 * `last` is printed.
 */
export function readEmulatorSettings(child: ChildProcess, o: { prefix: string; last: string } = { prefix: 'ZALO_', last: 'ZALO_OAUTH_URL' }): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the emulator printed no settings: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The emulator prints shell lines: export ZALO_APP_ID='…'.
      const found = Object.fromEntries([...out.matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)].filter((m) => m[1]!.startsWith(o.prefix)).map((m) => [m[1]!, m[2]!]));
      if (found[o.last]) {
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
