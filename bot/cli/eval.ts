/**
 * Runs question sets through the answer engine in each available mode and reports them side by side.
 *   npm run --silent eval -- [--json] [--details] [--ablate] [--fold] [--after-another] [--associations TABLE.json]
 *     [--sentence-associations TABLE.json] [QUESTIONS.jsonl …]
 *     (default ../shared/eval/seed-questions.jsonl)
 * A line is {"q": question, "gold": [texts the right paragraph contains] (empty: out of scope), "fact"?: text,
 * "kind"?: what sort of question it is, "history"?: [the resident's earlier messages, oldest first] when q is a follow-up,
 * asked through the conversation's own path (eval-asker.ts)}. A table by kind follows the summary; --details lists every miss; --ablate
 * adds offline modes with one part of the reading or of the decision switched off, to show what each carries; --fold
 * asks every question without its diacritics, as many residents type (the gold and key facts stay as written);
 * --after-another asks every question that has no history as the second message of a conversation, after an
 * answerable question of the files given (the same one for the same files), to show what the follow-up reading does
 * to questions of their own;
 * --associations ranks with another learned table than the bundled one (`npm run learn:associations -- --out`), to
 * measure a table learned from some sets on others; --sentence-associations does the same for the sentence table
 * (`learn:associations -- --sentences --out`).
 * Modes: extractive always; generated when OPENAI_API_KEY is set (the same settings as `npm start`).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAnotherQuestion, askerFor, type Asker } from './eval-asker.js';
import { loadConfig, type Config } from '../config.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';
import { openEngine, type OpenEngineOptions } from '../engine/open-engine.js';
import { DEFAULT_EXTRACT_OPTIONS } from '../../retrieval/answer/extract-answer.js';
import { createGeneration } from '../engine/create-generation.js';
import { readAssociationTable } from '../../retrieval/associations/association-table.js';
import { evaluateMode, type EvalCase, type ModeReport } from './eval-metrics.js';
import { scoreCase, tableByKind, type CaseOutcome, type KindCase, type KindRow } from './eval-by-kind.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const details = args.includes('--details');
const ablate = args.includes('--ablate');
const fold = args.includes('--fold');
const afterAnother = args.includes('--after-another');
// Several files are pooled into one run of one engine: a quick figure over many sets while working (`eval/*-tune.jsonl`
// in seconds, where a run per file reloads the engine each time); the figures per file are still what is reported.
const TABLE_OPTIONS = ['--associations', '--sentence-associations'] as const;
// A misspelt option would otherwise be dropped silently, measuring the bundled table instead of the one given.
const OPTIONS = ['--json', '--details', '--ablate', '--fold', '--after-another', ...TABLE_OPTIONS];
const isValue = (i: number): boolean => (TABLE_OPTIONS as readonly string[]).includes(args[i - 1] ?? '');
const unknownOptions = args.filter((a, i) => a.startsWith('--') && !OPTIONS.includes(a) && !isValue(i));
const repeated = TABLE_OPTIONS.filter((o) => args.indexOf(o) !== args.lastIndexOf(o));
if (unknownOptions.length > 0 || repeated.length > 0) {
  console.error(unknownOptions.length > 0 ? `unknown option ${unknownOptions.join(', ')}: use ${OPTIONS.join(', ')}` : `${repeated.join(', ')} given twice`);
  process.exit(2);
}
const named = args.filter((a, i) => !a.startsWith('--') && !isValue(i));
const files = named.length > 0 ? named : ['../shared/eval/seed-questions.jsonl'];
const file = files.join(' ');
let cases: EvalCase[];
try {
  cases = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const c = JSON.parse(l) as Partial<EvalCase>;
    if (typeof c.q !== 'string' || !Array.isArray(c.gold)) throw new Error(`${f} line ${i + 1}: needs "q" (string) and "gold" (array)`);
    if (c.history !== undefined && !(Array.isArray(c.history) && c.history.every((h) => typeof h === 'string'))) throw new Error(`${f} line ${i + 1}: "history" must be a list of strings`);
    return (fold ? { ...c, q: foldDiacritics(c.q), ...(c.history ? { history: c.history.map(foldDiacritics) } : {}) } : c) as EvalCase;
  }));
} catch (err) {
  console.error(`cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}
if (afterAnother) cases = afterAnotherQuestion(cases);

let retrieverOptions: OpenEngineOptions['retriever'] = {};
for (const option of TABLE_OPTIONS) {
  const at = args.indexOf(option);
  if (at < 0) continue;
  const tableFile = args[at + 1];
  try {
    if (tableFile === undefined || tableFile.startsWith('--')) throw new Error(`${option} needs a file`);
    const table = readAssociationTable(JSON.parse(readFileSync(tableFile, 'utf8')));
    retrieverOptions = { ...retrieverOptions, ...(option === '--associations' ? { associations: table } : { sentenceAssociations: table }) };
  } catch (err) {
    console.error(`cannot read the association table ${tableFile ?? ''}: ${(err as Error).message}`);
    process.exit(2);
  }
}
const config = loadConfig();
// Each mode asks as `npm start` would in that mode: follow-ups through the model's rewrite when there is a model.
const modes: { name: string; asker: () => Promise<Asker> }[] = [
  // The extractive mode never needs a model: the same corpus, local retrieval, its own index directory.
  { name: 'extractive', asker: async () => askerFor((await openEngine(withoutModel(config), { retriever: retrieverOptions })).engine) },
  ...(config.openai ? [{ name: `generated (${config.openai.chatModel})`, asker: async () => {
    const generation = createGeneration(config)!;
    return askerFor((await openEngine(config, { generator: generation.generator, retriever: retrieverOptions })).engine, generation.rewriter);
  } }] : []),
];
// Each ablation switches one part off; the full offline mode above is the reference.
const ABLATIONS: { name: string; options: OpenEngineOptions }[] = [
  { name: 'no chat words', options: { retriever: { chatWords: {} } } },
  { name: 'no paraphrase lexicon', options: { retriever: { paraphrases: {} } } },
  { name: 'no spelling reading (telex, marks)', options: { retriever: { spelling: false } } },
  // The sentence table judges only passages the passage table knows, so this switches both off.
  { name: 'no learned associations (neither table)', options: { retriever: { associations: false } } },
  { name: 'no learned sentence associations', options: { retriever: { sentenceAssociations: false } } },
  { name: 'no context weighting', options: { retriever: { context: false } } },
  { name: 'no constraints', options: { extract: { ...DEFAULT_EXTRACT_OPTIONS, checks: { constraints: false } } } },
  { name: 'no fact-kind check', options: { extract: { ...DEFAULT_EXTRACT_OPTIONS, checks: { kinds: false } } } },
  { name: 'no pair rule', options: { extract: { ...DEFAULT_EXTRACT_OPTIONS, checks: { pairs: false } } } },
  { name: 'no counted-thing check', options: { extract: { ...DEFAULT_EXTRACT_OPTIONS, checks: { measure: false } } } },
  { name: 'no off-domain words or recommendation check', options: { extract: { ...DEFAULT_EXTRACT_OPTIONS, checks: { offDomain: false } } } },
  { name: 'no separate questions (a message is answered whole)', options: { separate: false } },
];
if (ablate) {
  // Each ablation over the same table as the reference mode.
  for (const a of ABLATIONS) {
    modes.push({ name: a.name, asker: async () => askerFor((await openEngine(withoutModel(config), { ...a.options, retriever: { ...retrieverOptions, ...a.options.retriever } })).engine) });
  }
}
const reports: ModeReport[] = [];
const byKind: { mode: string; rows: KindRow[] }[] = [];
for (const mode of modes) {
  const ask = await mode.asker();
  reports.push(await evaluateMode(mode.name, ask, cases));
  const outcomes: CaseOutcome[] = [];
  for (const c of cases as readonly KindCase[]) {
    const o = scoreCase(c, await ask(c));
    outcomes.push(o);
    if (details && (o.answerable ? o.rank !== 0 || !o.fact : o.status === 'answered')) {
      console.log(`miss ${c.id ?? ''} [${o.kind}] rank=${o.rank} status=${o.status} fact=${o.fact}: ${c.q}`);
    }
  }
  byKind.push({ mode: mode.name, rows: tableByKind(outcomes) });
}

if (json) console.log(JSON.stringify({ file, questions: cases.length, modes: reports, byKind }));
else {
  console.log(`${cases.length} questions from ${file}${config.openai ? '' : ' (no model configured: extractive only)'}`);
  console.table(reports.map((r) => ({ mode: r.mode, 'answered (in scope)': r.answeredRate, 'refusal accuracy': r.refusalAccuracy,
    'citation precision': r.citationPrecision, 'sentences supported': r.supportedSentenceShare, 'fallbacks': r.fallbacks })));
  if (ablate) {
    console.log('ablation (all answerable: R@1, answered, key fact; all unanswerable: answered, i.e. wrongly)');
    console.table(byKind.map(({ mode, rows }) => {
      const a = rows.find((r) => r.kind === 'all answerable');
      const u = rows.find((r) => r.kind === 'all unanswerable');
      return { mode, 'R@1': a?.r1 ?? '', answered: a?.answered ?? '', 'key fact': a?.fact ?? '', 'unanswerable answered': u?.answered ?? '' };
    }));
  }
  for (const { mode, rows } of ablate ? byKind.slice(0, 1) : byKind) {
    console.log(`by kind (${mode}): answerable rows give R@1, R@5, answered, key fact (in an answered reply), partial;`
      + ' unanswerable rows give refused, partial and answered (a confident answer where the articles do not say)');
    console.table(rows.map((r) => ({ kind: r.kind, n: r.n, 'R@1': r.r1 ?? '', 'R@5': r.r5 ?? '', answered: r.answered,
      'key fact': r.fact ?? '', partial: r.partial, refused: r.refused ?? '' })));
  }
}

function withoutModel(c: Config): Config {
  const rest: Config = { ...c, dataDir: mkdtempSync(join(tmpdir(), 'eval-extractive-')) };
  delete (rest as { openai?: unknown }).openai;
  return rest;
}
