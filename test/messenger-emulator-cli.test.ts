import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readEmulatorSettings } from '../bench/processes.js';
import { parseConfig } from '../bot/config.js';

describe('npm run messenger:emulator', () => {
  it('prints export lines that turn the bot\'s Messenger channel on against it, and its Send API answers', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/channels/messenger/emulator/main.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const settings = await readEmulatorSettings(child, { prefix: 'MESSENGER_', last: 'MESSENGER_GRAPH_URL' });
      const messenger = parseConfig(settings).messenger!;
      expect(messenger.graphUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v\d+\.\d+$/);
      // The printed token is the one its Send API takes: a stranger is "no matching user" (100), not a token error (190).
      const res = await fetch(`${messenger.graphUrl}/me/messages?access_token=${encodeURIComponent(messenger.pageAccessToken)}`, { method: 'POST',
        headers: { 'content-type': 'application/json' }, body: JSON.stringify({ recipient: { id: '1' }, messaging_type: 'RESPONSE', message: { text: 'x' } }) });
      expect(((await res.json()) as { error: { code: number } }).error.code).toBe(100);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
