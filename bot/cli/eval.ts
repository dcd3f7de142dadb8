/**
 * Runs question sets through the answer engine in each available mode and reports them side by side.
 *   npm run --silent eval -- [--json] [QUESTIONS.jsonl]     (default ../shared/eval/seed-questions.jsonl)
 * A line is {"q": question, "gold": [texts the right paragraph contains] (empty: out of scope), "fact"?: text}.
 * Modes: extractive always; generated when OPENAI_API_KEY is set (the same settings as `npm start`).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerEngine } from '../answer/answer-engine.js';
import { loadConfig, type Config } from '../config.js';
import { openEngine } from '../engine/open-engine.js';
import { createGeneration } from '../engine/create-generation.js';
import { evaluateMode, type EvalCase, type ModeReport } from './eval-metrics.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/seed-questions.jsonl';
let cases: EvalCase[];
try {
  cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const c = JSON.parse(l) as Partial<EvalCase>;
    if (typeof c.q !== 'string' || !Array.isArray(c.gold)) throw new Error(`line ${i + 1}: needs "q" (string) and "gold" (array)`);
    return c as EvalCase;
  });
} catch (err) {
  console.error(`cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}

const config = loadConfig();
const modes: { name: string; engine: () => Promise<AnswerEngine> }[] = [
  // The extractive mode never needs a model: the same corpus, local retrieval, its own index directory.
  { name: 'extractive', engine: async () => (await openEngine(withoutModel(config))).engine },
  ...(config.openai ? [{ name: `generated (${config.openai.chatModel})`,
    engine: async () => (await openEngine(config, { generator: createGeneration(config)!.generator })).engine }] : []),
];
const reports: ModeReport[] = [];
for (const mode of modes) reports.push(await evaluateMode(mode.name, await mode.engine(), cases));

if (json) console.log(JSON.stringify({ file, questions: cases.length, modes: reports }));
else {
  console.log(`${cases.length} questions from ${file}${config.openai ? '' : ' (no model configured: extractive only)'}`);
  console.table(reports.map((r) => ({ mode: r.mode, 'answered (in scope)': r.answeredRate, 'refusal accuracy': r.refusalAccuracy,
    'citation precision': r.citationPrecision, 'sentences supported': r.supportedSentenceShare, 'fallbacks': r.fallbacks })));
}

function withoutModel(c: Config): Config {
  const rest: Config = { ...c, dataDir: mkdtempSync(join(tmpdir(), 'eval-extractive-')) };
  delete (rest as { openai?: unknown }).openai;
  return rest;
}
