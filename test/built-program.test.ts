import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtProgram } from '../bench/built-program.js';
import { waitFor } from '../bench/load.js';
import { freePort } from '../bench/server-rss.js';
import { BUILT_ENTRIES } from '../bot/wiring/start-ts-worker.js';

// `npm start` bundles the program and runs it on plain node: what operators run must answer as the sources do.
const dirs: string[] = [];
let server: ChildProcess | undefined;
// Built once for both tests.
let main: string;
beforeAll(() => {
  main = builtProgram()['bot/main.ts']!;
});
afterAll(() => {
  server?.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the built program', () => {
  it('records where the answer thread\'s bundle is, for the entry the server starts', () => {
    const firstLine = readFileSync(main, 'utf8').split('\n')[0]!;
    expect(firstLine.startsWith(`globalThis[${JSON.stringify(BUILT_ENTRIES)}] = `)).toBe(true);
    const entries = JSON.parse(firstLine.slice(firstLine.indexOf('= ') + 2, -1)) as Record<string, string>;
    const thread = pathToFileURL(resolve('bot/wiring/answer-thread-main.ts')).href;
    expect(Object.keys(entries)).toEqual([thread]);
    expect(existsSync(fileURLToPath(entries[thread]!))).toBe(true);
    // The bundle finds its files beside the sources (the learned tables, the pages), not beside itself.
    expect(readFileSync(main, 'utf8')).not.toMatch(/\bimport\.meta\.url\b/);
  });

  it('starts on plain node, with its answer thread, and answers the web chat with a citation', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'built-'));
    dirs.push(dataDir);
    const port = await freePort();
    let log = '';
    server = spawn(process.execPath, [main], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', OPENAI_API_KEY: '', ANSWER_THREAD: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (c: Buffer) => { log += c.toString(); });
    await waitFor(async () => {
      if (server!.exitCode !== null) throw new Error(`the built server exited: ${log.slice(-2000)}`);
      return fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false);
    }, 120_000, 'the built server');
    expect(log).toMatch(/"answerThread":true/);
    const res = await fetch(`http://127.0.0.1:${port}/api/webchat/messages`, { method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?' }) });
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('1.232');
    expect(body).toContain('[1]');
  }, 300_000);
});
