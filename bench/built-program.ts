import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

/**
 * Bundles the given entries as `npm start` does (bot/cli/build.ts, bot/main.ts always among them) and returns, for each,
 * the script node runs: the server measured or faulted is the one operators start, on plain node without tsx.
 */
export function builtProgram(entries: readonly string[] = ['bot/main.ts']): Record<string, string> {
  const all = [...new Set(['bot/main.ts', ...entries])];
  execFileSync(process.execPath, ['--import', 'tsx', 'bot/cli/build.ts', ...all], { stdio: ['ignore', 'inherit', 'inherit'] });
  return Object.fromEntries(all.map((e) => [e, `dist/${basename(e, '.ts')}.mjs`]));
}
