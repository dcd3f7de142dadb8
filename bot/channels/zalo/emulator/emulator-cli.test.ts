import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { settingsText, shellQuote } from '../../emulator-settings.js';
import { defaultWebhook, HELP, parseEmulatorArgs } from './emulator-cli.js';

const run = promisify(execFile);
const MAIN = join(import.meta.dirname, 'main.ts');
const TSX = join(import.meta.dirname, '../../../../node_modules/.bin/tsx');

describe('emulator command line', () => {
  it.each<[number, string]>([
    [3978, 'http://localhost:3978/api/zalo/webhook'],
    [4000, 'http://localhost:4000/api/zalo/webhook'],
  ])('bot port %s → default webhook %s', (port, url) => {
    expect(defaultWebhook(port)).toBe(url);
  });

  it.each<[string[], number, unknown]>([
    [[], 3978, { kind: 'run', options: { port: 3979, host: '127.0.0.1', webhookUrl: 'http://localhost:3978/api/zalo/webhook' } }],
    [['--port', '0'], 5000, { kind: 'run', options: { port: 0, host: '127.0.0.1', webhookUrl: 'http://localhost:5000/api/zalo/webhook' } }],
    [['--webhook', 'http://10.0.0.2:9000/api/zalo/webhook'], 5000, { kind: 'run', options: { port: 3979, host: '127.0.0.1', webhookUrl: 'http://10.0.0.2:9000/api/zalo/webhook' } }],
    [['--help'], 3978, { kind: 'help' }],
    [['--port', 'abc'], 3978, { kind: 'error', message: '--port must be a port number, got abc' }],
    [['--webhook', 'not a url'], 3978, { kind: 'error', message: '--webhook must be a URL, got not a url' }],
  ])('%j with PORT=%s', (args, port, expected) => {
    expect(parseEmulatorArgs(args, port)).toEqual(expected);
  });

  it('rejects an unknown flag with a message naming it', () => {
    const parsed = parseEmulatorArgs(['--webhok', 'x'], 3978);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain('--webhok');
  });

  it('documents --webhook and PORT in its help', () => {
    expect(HELP).toContain('--webhook URL');
    expect(HELP).toContain('PORT');
  });

  it('prints export lines a POSIX shell runs as printed, odd characters included', async () => {
    const settings = { ZALO_APP_ID: '3651862195463021093', ZALO_OA_SECRET_KEY: `it's $HOME "x" \`y\``, ZALO_OPENAPI_URL: 'http://127.0.0.1:3979' };
    const exports = settingsText(settings).split('\n').filter((l) => l.startsWith('export ')).join('\n');
    const { stdout } = await run('sh', ['-c', `${exports}\nprintf '%s\\n' "$ZALO_APP_ID" "$ZALO_OA_SECRET_KEY" "$ZALO_OPENAPI_URL"`]);
    expect(stdout).toBe(`${Object.values(settings).join('\n')}\n`);
    expect(settingsText(settings)).not.toContain('.env');
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  });

  it('the program follows PORT for its webhook and prints settings that work in a shell', async () => {
    const child = spawn(TSX, [MAIN, '--port', '0'], { env: { ...process.env, PORT: '4123' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('npm start\n\nor')) resolve(); });
        child.once('exit', (code) => reject(new Error(`emulator exited (${code}): ${out}`)));
      });
      expect(out).toContain('Webhook events go to: http://localhost:4123/api/zalo/webhook');
      const exports = out.split('\n').filter((l) => l.startsWith('export ')).join('\n');
      const { stdout } = await run('sh', ['-c', `${exports}\nprintf '%s' "$ZALO_OPENAPI_URL"`]);
      expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${stdout}/emulator/messages`);
      expect(health.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);

  it('a PORT that is not a port stops it with a message naming PORT', async () => {
    const failed = await run(TSX, [MAIN], { env: { ...process.env, PORT: 'abc' } }).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('PORT must be a port number');
  }, 30_000);

  it('--help prints the options and exits 0', async () => {
    const { stdout } = await run(TSX, [MAIN, '--help']);
    expect(stdout).toContain('--webhook URL');
  }, 30_000);
});
