import { parseArgs } from 'node:util';
import { startZaloEmulator } from './zalo-emulator.js';

/** npm run zalo:emulator -- [--port 3979] [--webhook URL] [--app-id ID] [--oa-secret-key KEY] [--app-secret SECRET] */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3979' },
    host: { type: 'string', default: '127.0.0.1' },
    webhook: { type: 'string', default: 'http://localhost:3978/api/zalo/webhook' },
    'app-id': { type: 'string' },
    'oa-secret-key': { type: 'string' },
    'app-secret': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be a port number, got ${values.port}\n`);
  process.exit(2);
}

const emulator = await startZaloEmulator({
  port,
  host: values.host,
  webhookUrl: values.webhook,
  ...(values['app-id'] ? { appId: values['app-id'] } : {}),
  ...(values['oa-secret-key'] ? { oaSecretKey: values['oa-secret-key'] } : {}),
  ...(values['app-secret'] ? { appSecret: values['app-secret'] } : {}),
}).catch((err: unknown) => {
  process.stderr.write(`cannot start the emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

// These are emulator-issued test values, printed on purpose so the bot can be pointed at this emulator.
const settings = Object.entries(emulator.botSettings()).map(([k, v]) => `${k}=${v}`).join('\n');
process.stdout.write(`Zalo OA emulator listening on ${emulator.url}
Chat as a Zalo user: ${emulator.url}/
Webhook events go to: ${emulator.webhookUrl}

Start the bot with these settings (e.g. in .env):
${settings}
`);

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
