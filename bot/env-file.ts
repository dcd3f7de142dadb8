import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from '../core/errors.js';

const ASSIGNMENT = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=(.*)$/;

/**
 * Settings written in a .env file (KEY=value lines, # comments, quoted values that may span lines). A missing file is
 * no settings; a line that is not an assignment is a ConfigError naming the file and the line, because Node's own
 * parser would skip it silently and the setting would quietly not apply.
 */
export function readEnvFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  checkLines(text, path);
  return Object.fromEntries(Object.entries(parseEnv(text)).filter((e): e is [string, string] => e[1] !== undefined));
}

function checkLines(text: string, path: string): void {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const assignment = ASSIGNMENT.exec(line);
    // The line's name only, never its value: a secret typed with ":" for "=" would otherwise reach the log.
    if (!assignment) throw new ConfigError(`${path} line ${i + 1} is not KEY=value${nameOf(line)}`);
    const value = assignment[1]!.trim();
    const quote = value[0];
    if (quote !== '"' && quote !== "'" && quote !== '`') continue;
    // A quoted value ends at its closing quote, on this line or a later one.
    const start = i;
    let rest = value.slice(1);
    while (!rest.includes(quote)) {
      if (++i >= lines.length) throw new ConfigError(`${path} line ${start + 1}: the value's ${quote} is never closed`);
      rest = lines[i]!;
    }
  }
}

/** " (it starts with NAME)" when the line starts with a setting's name, else nothing. */
function nameOf(line: string): string {
  const name = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)/.exec(line)?.[1];
  return name ? ` (it starts with ${name})` : '';
}
