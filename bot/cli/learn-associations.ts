/**
 * Learns the word associations the retriever reranks with (retrieval/associations/) from labelled questions and the
 * bundled articles, and writes retrieval/data/associations.json; with --sentences, the associations the answer chooses
 * its sentences with, from each question and the sentence of its paragraph holding its key fact, to
 * retrieval/data/sentence-associations.json.
 *   npm run --silent learn:associations -- [--sentences] [--out FILE] [--iterations N] QUESTIONS.jsonl …
 * Give it the tuning halves only (eval/*-tune.jsonl): the checking halves and the held-out sets must stay unseen, or
 * their figures no longer say how the bot does on questions nobody wrote for it. A question is paired with the first
 * paragraph holding one of its gold texts; questions the articles do not answer teach nothing and are skipped.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { openEngine } from '../engine/open-engine.js';
import { associationWords } from '../../retrieval/associations/association-words.js';
import { DEFAULT_LEARN_OPTIONS, learnAssociations, type LearningPair } from '../../retrieval/associations/learn-associations.js';
import { normalizedText } from './gold-text.js';
import { splitSentences } from '../../retrieval/answer/sentences.js';

const args = process.argv.slice(2);
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sentences = args.includes('--sentences');
const out = valueOf('out') ?? fileURLToPath(new URL(`../../retrieval/data/${sentences ? 'sentence-associations' : 'associations'}.json`, import.meta.url));
const iterations = Number(valueOf('iterations') ?? DEFAULT_LEARN_OPTIONS.iterations);
const files = args.filter((a, i) => !a.startsWith('--') && !['--out', '--iterations'].includes(args[i - 1] ?? ''));
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
// An option misspelt would otherwise be dropped, and "--sentence" would overwrite the passage table.
const unknown = args.filter((a) => a.startsWith('--') && !['--out', '--iterations', '--sentences'].includes(a));
if (unknown.length > 0) fail(`unknown option ${unknown.join(', ')}: use --sentences, --out FILE, --iterations N`);
const missing = ['--out', '--iterations'].filter((o) => args.includes(o) && (valueOf(o.slice(2)) ?? '--').startsWith('--'));
if (missing.length > 0) fail(`${missing.join(' and ')} needs a value`);
if (files.length === 0 || !Number.isInteger(iterations) || iterations < 1) {
  fail('usage: npm run --silent learn:associations -- [--sentences] [--out FILE] [--iterations N] QUESTIONS.jsonl …');
}
// Tuning halves only, by name: checking halves, held-out sets and the shared seed questions must stay unseen.
const unseen = files.filter((f) => !/-tune\.jsonl$/.test(f));
if (unseen.length > 0) fail(`refusing to learn from ${unseen.join(', ')}: only tuning halves (*-tune.jsonl); checking halves and the shared seed questions must stay unseen`);

const config: Config = { ...loadConfig(), dataDir: mkdtempSync(join(tmpdir(), 'learn-associations-')) };
delete (config as { openai?: unknown }).openai;
// Without the bundled table: the reading of a question does not depend on it, and nothing learned feeds the learning.
const { engine } = await openEngine(config, { retriever: { associations: false } });
const { retriever } = engine;
const paragraphs = retriever.passages.map((p) => normalizedText(p.text));
const pairs: LearningPair[] = [];
let unmatched = 0;
let withoutSentence = 0;
for (const file of files) {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let c: unknown;
    try {
      c = JSON.parse(line);
    } catch {
      fail(`${file} line ${i + 1}: not JSON`);
    }
    const { q, gold: golds, fact } = (typeof c === 'object' && c !== null ? c : {}) as { q?: unknown; gold?: unknown; fact?: unknown };
    if (typeof q !== 'string' || !Array.isArray(golds) || !golds.every((g) => typeof g === 'string' && g.trim() !== '')) {
      fail(`${file} line ${i + 1}: needs "q" (string) and "gold" (array of non-empty strings)`);
    }
    if (fact !== undefined && typeof fact !== 'string') fail(`${file} line ${i + 1}: "fact" must be a string`);
    if (golds.length === 0) return;
    const gold = (golds as string[]).map(normalizedText);
    const at = paragraphs.findIndex((p) => gold.some((g) => p.includes(g)));
    if (at < 0) {
      unmatched++;
      return;
    }
    const asked = associationWords(retriever.prepare(q).named.focus);
    if (!sentences) {
      pairs.push({ asked, paragraph: associationWords(paragraphs[at]!) });
      return;
    }
    // The sentence the answer should quote: the one holding the key fact, as the answer's splitter cuts the paragraph.
    const holding = fact === undefined ? undefined : splitSentences(paragraphs[at]!).find((s) => s.includes(normalizedText(fact)));
    if (holding === undefined) {
      withoutSentence++;
      return;
    }
    pairs.push({ asked, paragraph: associationWords(holding) });
  });
}
const table = learnAssociations(pairs, { ...DEFAULT_LEARN_OPTIONS, iterations });
// Written whole, then renamed: a reader never sees half a table.
const temporary = `${out}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(table)}\n`);
renameSync(temporary, out);
rmSync(config.dataDir, { recursive: true, force: true });
console.log(`${pairs.length} questions paired with their ${sentences ? 'key-fact sentences' : 'paragraphs'} (${unmatched} whose gold text no paragraph holds`
  + `${sentences ? `, ${withoutSentence} without a key fact one sentence holds` : ''}); `
  + `${Object.keys(table.given).length} ${sentences ? 'sentence' : 'paragraph'} words, ${Object.values(table.given).reduce((s, r) => s + Object.keys(r).length, 0)} associations → ${out}`);
