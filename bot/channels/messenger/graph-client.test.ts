import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import { startMessengerEmulator, type MessengerEmulator } from './emulator/messenger-emulator.js';
import { GraphClient } from './graph-client.js';

let emulator: MessengerEmulator;
const sleeps: number[] = [];
const tokenStates: boolean[] = [];
let client: GraphClient;

beforeAll(async () => {
  emulator = await startMessengerEmulator({ port: 0 });
  client = new GraphClient({ graphUrl: emulator.graphUrl, pageAccessToken: emulator.pageAccessToken, logger: silentLogger, random: () => 1,
    sleep: async (ms) => void sleeps.push(ms), onToken: (s) => void tokenStates.push(s.ok) });
  emulator.state.lastUserMessage.set('p1', Date.now());
});
afterAll(() => emulator.close());

describe('GraphClient against the emulated Send API', () => {
  it('retries rate limits (4, 613) and server errors with growing backoff, then sends', async () => {
    sleeps.length = 0;
    emulator.setFaults([4, 613, 500]);
    expect(await client.send('p1', { text: 'chào' })).toMatchObject({ kind: 'sent' });
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up after its retries', async () => {
    emulator.setFaults([500, 500, 500, 500]);
    expect(await client.send('p1', { text: 'chào' })).toMatchObject({ kind: 'failed', code: 2 });
  });

  it.each([[100, 'refused'], [551, 'refused'], [10, 'refused'], [190, 'token']])('does not retry code %d (%s)', async (code, kind) => {
    const before = emulator.state.stats.sends;
    emulator.setFaults([code as 100]);
    expect((await client.send('p1', { text: 'chào' })).kind).toBe(kind);
    expect(emulator.state.stats.sends).toBe(before + 1);
  });

  it('reports the token rejected (190) and working again once a send goes out', async () => {
    tokenStates.length = 0;
    emulator.revokeToken();
    expect((await client.send('p1', { text: 'chào' })).kind).toBe('token');
    emulator.state.tokenRevoked = false;
    expect((await client.send('p1', { text: 'chào' })).kind).toBe('sent');
    expect(tokenStates).toEqual([false, true]);
  });

  it('sends a HUMAN_AGENT tag when asked', async () => {
    await client.send('p1', { text: 'tư vấn viên' }, { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(emulator.messages('p1').at(-1)).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });
});
