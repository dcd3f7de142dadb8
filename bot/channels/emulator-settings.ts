// What a channel's local emulator prints so that a bot can be started against it.

/** Single-quoted for POSIX shells: safe for any value, a quote inside written as '\''. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The settings as the bot reads them: export lines to paste into the shell that will run `npm start` (the real
 * environment wins over a .env file), and the same as one command.
 */
export function settingsText(settings: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(settings).map(([k, v]) => `${k}=${shellQuote(v)}`);
  return `Start the bot pointed at this emulator: paste these lines into the shell that runs it
${pairs.map((p) => `export ${p}`).join('\n')}
npm start

or in one command:
${pairs.join(' ')} npm start
`;
}
