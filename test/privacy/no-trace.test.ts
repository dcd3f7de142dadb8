import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startZaloEmulator, type ZaloEmulator } from '../../bot/channels/zalo/emulator/zalo-emulator.js';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { waitFor } from '../../bench/load.js';
import { WebchatClient } from '../support/webchat-client.js';

// A resident's numbers go through the real Zalo path (signed webhook → queue → bot → emulated OpenAPI) and the web
// chat; then every byte under DATA_DIR (database, WAL, shared memory, index, salt) is searched for them.
let emulator: ZaloEmulator;
let bot: RunningServer;
let dataDir: string;

beforeAll(async () => {
  emulator = await startZaloEmulator({ port: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'no-trace-'));
  bot = await startServer(parseConfig({ ...emulator.botSettings(), DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ANSWER_THREAD: 'false' }),
    { logger: silentLogger });
  emulator.webhookUrl = `${bot.url}/api/zalo/webhook`;
});
afterAll(async () => {
  await bot.close();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Every way the numbers below could sit in a file: as typed and without separators. (The Zalo user id is not one of
 * them: the inbox entry's address must hold it to send a volunteer's reply, and the queue holds it until answered.)
 */
const NEEDLES = ['912 345 678', '912345678', '0912345678', '001 099 012 345', '001099012345', 'C7654321', '1903 5555 6666 77', '19035555666677',
  'an.nguyen@gmail.com'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function tracesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const needle of NEEDLES) if (bytes.includes(Buffer.from(needle, 'utf8'))) found.push(`${file}: ${needle}`);
  }
  return found;
}

describe('no raw personal number under DATA_DIR once a turn is answered', () => {
  it('Zalo and web chat turns leave no raw number in any file, and the files with residents\' words are private (0600)', async () => {
    const zaloUser = '4310023';
    await emulator.sendAsUser(zaloUser, 'tôi là (+84) 912 345 678, CCCD 001 099 012 345, chữ ký số miễn phí làm ở đâu?');
    await emulator.sendAsUser(zaloUser, 'hộ chiếu C7654321, STK 1903 5555 6666 77, gặp tư vấn viên');
    await waitFor(() => emulator.messages(zaloUser).length >= 2, 60_000, 'two Zalo replies');
    expect(emulator.messages(zaloUser)[0]!.text).toMatch(/số điện thoại|số giấy tờ|thông tin cá nhân/i);

    const res = await new WebchatClient(bot.url).post('messages', { text: 'email an.nguyen@gmail.com, sđt 0912.345.678, chữ ký số là gì?' });
    expect(res.status).toBe(200);
    await waitFor(async () => (await bot.store.listTurns({ limit: 10 })).total >= 3, 30_000, 'three turns logged');

    expect(tracesUnder(dataDir)).toEqual([]);
    const logged = JSON.stringify((await bot.store.listTurns({ limit: 10 })).items);
    expect(logged).toContain('[số điện thoại]');
    expect(logged).toContain('[số tài khoản]');
    for (const f of ['bot.sqlite', 'bot.sqlite-wal', 'bot.sqlite-shm', 'pseudonym.salt']) {
      expect({ f, mode: (statSync(join(dataDir, f)).mode & 0o777).toString(8) }).toEqual({ f, mode: '600' });
    }
  }, 120_000);
});
