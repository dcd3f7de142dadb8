import { loadBotPort } from '../../../config.js';
import { HELP, parseEmulatorArgs } from './emulator-cli.js';
import { emulatorStartText } from './start-text.js';
import { startZaloEmulator } from './zalo-emulator.js';

// The emulator is a program of its own: of the bot's settings it reads only PORT, so that its default webhook is
// where `npm start` listens in the same shell.
let botPort: number;
try {
  botPort = loadBotPort();
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}
const parsed = parseEmulatorArgs(process.argv.slice(2), botPort);
if (parsed.kind === 'help') {
  process.stdout.write(HELP);
  process.exit(0);
}
if (parsed.kind === 'error') {
  process.stderr.write(`${parsed.message}\n\n${HELP}`);
  process.exit(2);
}

const emulator = await startZaloEmulator(parsed.options).catch((err: unknown) => {
  process.stderr.write(`cannot start the emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

// These are emulator-issued test values, printed on purpose so the bot can be pointed at this emulator.
process.stdout.write(emulatorStartText(emulator));

const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
