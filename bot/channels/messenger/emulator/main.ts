import { parseArgs } from 'node:util';
import { loadBotPort } from '../../../config.js';
import { settingsText } from '../../emulator-settings.js';
import { startMessengerEmulator } from './messenger-emulator.js';

const HELP = `npm run messenger:emulator -- [options]

A local stand-in for Meta's Graph API (POST /{version}/me/messages) that records what the bot sends, and posts signed
webhook deliveries to the bot (POST /emulator/users/<psid>/send {"text": "…"}; GET /emulator/messages).

Options:
  --port N        port to listen on (default 3980; 0 picks a free one)
  --host H        address to listen on (default 127.0.0.1)
  --webhook URL   where to post deliveries (default http://localhost:$PORT/api/messenger/webhook, with the bot's PORT)
  --help          show this text
`;

// A program of its own: of the bot's settings it reads only PORT, so its default webhook is where `npm start` listens.
let values;
let botPort: number;
try {
  botPort = loadBotPort();
  ({ values } = parseArgs({ options: { port: { type: 'string', default: '3980' }, host: { type: 'string', default: '127.0.0.1' },
    webhook: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const port = Number(values.port);
const webhookUrl = values.webhook ?? `http://localhost:${botPort}/api/messenger/webhook`;
if (!/^\d+$/.test(values.port) || port > 65535 || !URL.canParse(webhookUrl)) {
  process.stderr.write(`--port must be a port number and --webhook a URL\n\n${HELP}`);
  process.exit(2);
}
const emulator = await startMessengerEmulator({ port, host: values.host, webhookUrl }).catch((err: unknown) => {
  process.stderr.write(`cannot start the emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

// Emulator-issued test values, printed on purpose so the bot can be pointed at this emulator.
process.stdout.write(`Messenger (Graph API) emulator listening on ${emulator.url}
Send API: ${emulator.graphUrl}/me/messages
Webhook deliveries go to: ${emulator.webhookUrl}
Write as a person: curl -s -X POST ${emulator.url}/emulator/users/6712345678901234/send -H 'content-type: application/json' -d '{"text":"làm căn cước ở đâu"}'
Read what the Page sent: curl -s ${emulator.url}/emulator/messages

${settingsText(emulator.botSettings())}`);

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
