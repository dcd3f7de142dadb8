/**
 * One start-up from the index saved under DATA_DIR, in a process of its own as a server start is: the settings come
 * from the environment as the server takes them, and the time runs from just before openEngine (or, with --index-only,
 * loadIndex and the retriever over it) to its end. Prints {ms, cpu_ms, passages}; fails when the saved index was not
 * used. Run by bench:scale and bench/scale-reload.ts (startupInProcess below).
 *   node --import tsx bench/scale-startup.ts [--index-only]
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../bot/config.js';
import { indexDir } from '../bot/engine/data-paths.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { createRetriever } from '../retrieval/create-retriever.js';
import { createHashedNgramEmbedder } from '../retrieval/dense/hashed-ngram-embedder.js';
import { readManifest } from '../retrieval/index/index-files.js';
import type { IndexManifest } from '../retrieval/index/manifest.js';
import { loadIndex } from '../retrieval/index/open-index.js';

export interface StartupTime {
  readonly ms: number;
  /** CPU time of the process (all its threads) over the same span. */
  readonly cpu_ms: number;
  readonly passages: number;
}

/** Runs this script in a fresh process with the given environment (the server's settings) and returns what it printed. */
export async function startupInProcess(env: Record<string, string>, indexOnly = false): Promise<StartupTime> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...(indexOnly ? ['--index-only'] : [])], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the start-up process failed (exit ${code})`);
  return JSON.parse(out) as StartupTime;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = parseConfig(process.env);
  const embedder = createHashedNgramEmbedder();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let passages: number;
  if (process.argv.includes('--index-only')) {
    const manifest = readManifest(indexDir(config)) as IndexManifest | undefined;
    if (!manifest) throw new Error(`no saved index in ${indexDir(config)}`);
    passages = createRetriever(loadIndex(indexDir(config), manifest), embedder).passages.length;
  } else {
    const opened = await openEngine(config, { embedder });
    if (opened.index.rebuiltBecause) throw new Error(`the saved index was not reused: ${opened.index.rebuiltBecause}`);
    passages = opened.index.passages.length;
  }
  const cpu = process.cpuUsage(c0);
  const result: StartupTime = { ms: Math.round(performance.now() - t0), cpu_ms: Math.round((cpu.user + cpu.system) / 1000), passages };
  console.log(JSON.stringify(result));
}
