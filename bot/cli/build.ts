/**
 * Bundles the program into dist/ for `npm start`, which then runs it on plain node: without tsx's compiler thread, a
 * server with the seed corpus holds 60 to 85 MB less (the README's quick start). Packages stay in node_modules (native
 * ones cannot be bundled). The answer thread's entry is bundled too; each bundle records, for
 * bot/wiring/start-ts-worker.ts, where the threads' bundles are, so a built server starts its thread from one. Takes
 * well under a second.
 *   npm run --silent build [-- ENTRY.ts …]   (default: bot/main.ts and the answer thread; each to dist/NAME.mjs)
 */
import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILT_ENTRIES } from '../wiring/start-ts-worker.js';
import { pinModuleUrls } from './pin-module-url.js';

const WORKERS = ['bot/wiring/answer-thread-main.ts'];
const named = process.argv.slice(2);
const entries = [...new Set([...(named.length > 0 ? named : ['bot/main.ts']), ...WORKERS])];
const outFile = (entry: string): string => resolve('dist', `${basename(entry, '.ts')}.mjs`);
const workers = Object.fromEntries(WORKERS.map((w) => [pathToFileURL(resolve(w)).href, pathToFileURL(outFile(w)).href]));
try {
  const { outputFiles } = await build({
    entryPoints: entries.map((e) => ({ in: e, out: basename(e, '.ts') })),
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'error',
    banner: { js: `globalThis[${JSON.stringify(BUILT_ENTRIES)}] = ${JSON.stringify(workers)};` },
    plugins: [pinModuleUrls],
    write: false,
  });
  // Each file is written aside and renamed into place: a server starting while another build runs (tests, benchmarks
  // and `npm start` share dist/) reads the old bundle or the new one, never half of one.
  for (const file of outputFiles) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(`${file.path}.${process.pid}.tmp`, file.contents);
    await rename(`${file.path}.${process.pid}.tmp`, file.path);
  }
} catch (err) {
  // esbuild has printed each error with its file and line.
  console.error(`build failed: ${(err as Error).message.split('\n')[0]}`);
  process.exit(1);
}
