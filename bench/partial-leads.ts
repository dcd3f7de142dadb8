/**
 * Whether partial replies say true things of the articles. Each question of the given sets (default: every
 * eval/*-tune.jsonl) is asked; of the partial replies whose lead says the articles do not speak of something ("Các bài
 * viết mà tôi có không nói đến X nên…"), it counts those where a paragraph of the articles names X after all (whole
 * words, marks aside), and prints the names most often so claimed. A lead listing several things is split at its
 * commas, so one thing written with a comma ("quận, huyện cụ thể") is read as two.
 *   npx tsx bench/partial-leads.ts [eval/A-tune.jsonl …]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { REPLIES } from '../prompts/replies.js';
import { escapeRegExp } from '../retrieval/text/escape-reg-exp.js';
import { foldDiacritics } from '../retrieval/text/normalize.js';

const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = named.length > 0 ? named : readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort().map((f) => join('eval', f));
const dataDir = mkdtempSync(join(tmpdir(), 'partial-leads-'));
const { engine } = await openEngine(parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }), {});
const folded = (s: string): string => foldDiacritics(s.toLowerCase());
const articles = folded(engine.retriever.passages.map((p) => p.text).join('\n'));
const namedInArticles = (name: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded(name))}(?![\\p{L}\\p{N}])`, 'u').test(articles);
// The lead as the bot writes it, with the things it lacks between its two halves.
const [before, after] = REPLIES.partialLead({ unmet: ['\u0000'] }).split('\u0000') as [string, string];
const lead = new RegExp(`${escapeRegExp(before)}(.+?)${escapeRegExp(after)}`, 'u');

let partial = 0;
let claims = 0;
let untrue = 0;
const names = new Map<string, number>();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')) {
    const r = await engine.answer((JSON.parse(line) as { q: string }).q);
    if (r.status !== 'partial') continue;
    partial++;
    const m = lead.exec(r.answer);
    if (!m) continue;
    claims++;
    const said = m[1]!.split(', ').filter(namedInArticles);
    if (said.length > 0) untrue++;
    for (const s of said) names.set(s, (names.get(s) ?? 0) + 1);
  }
}
console.log(`${files.length} files: ${partial} partial replies; ${claims} say the articles do not speak of something; `
  + `${untrue} of those name something a paragraph of the articles does name`);
console.table([...names].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, n]) => ({ name, replies: n })));
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
