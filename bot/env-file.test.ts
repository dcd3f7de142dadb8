import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { loadBotPort, loadConfig, SETTING_NAMES } from './config.js';
import { readEnvFile } from './env-file.js';

const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (text: string): string => {
  const path = join(dir, `${n++}.env`);
  writeFileSync(path, text);
  return path;
};

describe('readEnvFile', () => {
  it.each([
    ['assignments, comments and blank lines', '# a comment\n\nPORT=4000\nLOG_LEVEL=warn\n', { PORT: '4000', LOG_LEVEL: 'warn' }],
    ['export, spaces and an empty value', 'export HOST = 127.0.0.1\nOPENAI_API_KEY=\n', { HOST: '127.0.0.1', OPENAI_API_KEY: '' }],
    ['quotes, a # inside them, and a value over two lines', 'ADMIN_PASSWORD="mật khẩu # dài"\nNOTE="one\ntwo"\n', { ADMIN_PASSWORD: 'mật khẩu # dài', NOTE: 'one\ntwo' }],
    ['Windows line ends', 'PORT=4001\r\nHOST=::1\r\n', { PORT: '4001', HOST: '::1' }],
    ['the commented example as shipped', '# PORT=3978\n# ZALO_APP_ID=\n', {}],
  ])('reads %s', (_name, text, expected) => {
    expect(readEnvFile(file(text))).toEqual(expected);
  });

  it('reads nothing from a missing file', () => {
    expect(readEnvFile(join(dir, 'no-such.env'))).toEqual({});
  });

  it.each([
    ['a line without =', 'PORT=4000\nZALO_APP_ID 123\n', 'line 2 is not KEY=value'],
    ['a key with a space', 'ZALO APP ID=1\n', 'line 1 is not KEY=value'],
    ['an unclosed quote', 'PORT=4000\nADMIN_PASSWORD="open\nLOG_LEVEL=info\n', 'line 2: the value\'s " is never closed'],
  ])('refuses %s, naming the file and the line', (_name, text, message) => {
    const path = file(text);
    expect(() => readEnvFile(path)).toThrow(ConfigError);
    expect(() => readEnvFile(path)).toThrow(`${path} ${message}`);
  });

  it('names a malformed line by its setting, never by its value (which may be a secret)', () => {
    const path = file('ZALO_REFRESH_TOKEN: rTk_9f8e7d6c5b4a3210\n');
    expect(() => readEnvFile(path)).toThrow(`${path} line 1 is not KEY=value (it starts with ZALO_REFRESH_TOKEN)`);
    expect(() => readEnvFile(path)).not.toThrow(/rTk_/);
  });
});

describe('loadConfig', () => {
  it('reads the .env file, and the real environment wins over it', () => {
    const envFile = file('PORT=4100\nLOG_LEVEL=debug\nMAX_QUESTION_CHARS=500\n');
    const config = loadConfig({ envFile, env: { LOG_LEVEL: 'error' } });
    expect(config).toMatchObject({ port: 4100, logLevel: 'error', maxQuestionChars: 500 });
    expect(loadBotPort({ envFile, env: {} })).toBe(4100);
    expect(loadBotPort({ envFile, env: { PORT: '4200' } })).toBe(4200);
  });

  it('starts on defaults without a .env file, and stops on a malformed one', () => {
    expect(loadConfig({ envFile: join(dir, 'none.env'), env: {} }).port).toBe(3978);
    expect(() => loadConfig({ envFile: file('PORT 4000\n'), env: {} })).toThrow(ConfigError);
  });

  it('checks what it read from the file like any setting', () => {
    expect(() => loadConfig({ envFile: file('PORT=abc\n'), env: {} })).toThrow('PORT');
  });
});

describe('.env.example', () => {
  const example = readEnvFileLines('.env.example');

  it('lists every setting bot/config.ts reads', () => {
    expect(SETTING_NAMES.length).toBeGreaterThan(30);
    expect(SETTING_NAMES.filter((name) => !example.has(name))).toEqual([]);
  });

  it('is itself a valid .env file (every setting commented out)', () => {
    expect(readEnvFile('.env.example')).toEqual({});
  });
});

/** The names .env.example shows, set or commented out ("# NAME=…"). */
function readEnvFileLines(path: string): Set<string> {
  const text = readFileSync(path, 'utf8');
  return new Set([...text.matchAll(/^#?\s*([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!));
}
