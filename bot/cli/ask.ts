/**
 * Asks the answer engine from the command line.
 *   npm run --silent ask -- "câu hỏi"                 readable answer with sources
 *   npm run --silent ask -- --json "câu hỏi"          one JSON object
 *   npm run --silent ask -- --json --batch FILE       one question per line in, one JSON object per line out
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { openEngine } from '../engine/open-engine.js';
import { createGeneration } from '../engine/create-generation.js';
import type { AnswerResult } from '../../core/answer-result.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const batchAt = args.indexOf('--batch');
const batchFile = batchAt >= 0 ? args[batchAt + 1] : undefined;
// Everything that is not a flag (nor the file after --batch) is the question.
const question = args.filter((a, i) => !a.startsWith('--') && !(batchAt >= 0 && i === batchAt + 1)).join(' ');

if (batchAt >= 0 && !batchFile) fail('--batch needs a file: one question per line');
if (batchAt < 0 && !question.trim()) fail('usage: npm run --silent ask -- [--json] "câu hỏi" | --json --batch FILE');

const config = loadConfig();
// The same settings as the server: with OPENAI_API_KEY the answer is generated and verified, else extractive.
const generation = createGeneration(config);
const { engine, corpusError } = await openEngine(config, generation ? { generator: generation.generator } : {});
if (corpusError) console.error(`warning: ${corpusError.message}; answering from the last good index`);

const toJson = (r: AnswerResult): string =>
  JSON.stringify({ status: r.status, answer: r.answer, citations: r.citations, retrieved: r.retrieved });

if (batchFile) {
  let lines: string[];
  try {
    lines = readFileSync(batchFile, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  } catch (err) {
    fail(`cannot read ${batchFile}: ${(err as Error).message}`);
  }
  for (const line of lines) {
    const r = await engine.answer(line);
    process.stdout.write(json ? `${toJson(r)}\n` : `${r.answer}\n\n`);
  }
} else {
  const r = await engine.answer(question);
  console.log(json ? toJson(r) : r.answer);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
