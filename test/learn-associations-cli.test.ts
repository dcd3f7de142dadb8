import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dir: string;
const learn = (args: string[]) => run('npm', ['run', '--silent', 'learn:associations', '--', ...args],
  { env: { ...process.env, DATA_DIR: dir, OPENAI_API_KEY: '' }, maxBuffer: 32 << 20 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'learn-associations-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('learn:associations', () => {
  it('writes the bundled table, byte for byte, from the tuning halves and the bundled articles', async () => {
    // The table is learned, never edited: a change to how questions are read or to the tuning halves shows here
    // until the table is learned again.
    const out = join(dir, 'associations.json');
    const tuning = readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort().map((f) => join('eval', f));
    const { stdout } = await learn(['--out', out, ...tuning]);
    expect(stdout).toMatch(/^\d+ questions paired with their paragraphs \(0 whose gold text no paragraph holds\)/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('retrieval/data/associations.json', 'utf8'));
  }, 600_000);

  it('writes the bundled sentence table, byte for byte, from the key-fact sentences of the tuning halves', async () => {
    const out = join(dir, 'sentence-associations.json');
    const tuning = readdirSync('eval').filter((f) => f.endsWith('-tune.jsonl')).sort().map((f) => join('eval', f));
    const { stdout } = await learn(['--sentences', '--out', out, ...tuning]);
    expect(stdout).toMatch(/^\d+ questions paired with their key-fact sentences \(0 whose gold text no paragraph holds, \d+ without a key fact one sentence holds\)/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('retrieval/data/sentence-associations.json', 'utf8'));
  }, 600_000);

  it('refuses a key fact that is not a string, naming the line', async () => {
    const file = join(dir, 'fact-tune.jsonl');
    writeFileSync(file, '{"q":"chữ ký số ở đâu","gold":["chữ ký số"],"fact":3}\n');
    const err = await learn(['--sentences', '--out', join(dir, 'fact.json'), file]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain(`${file} line 1: "fact" must be a string`);
    expect(readdirSync(dir)).not.toContain('fact.json');
  }, 60_000);

  it('refuses an unknown option rather than write the passage table', async () => {
    const err = await learn(['--sentence', '--out', join(dir, 'typo.json'), 'eval/dev-tune.jsonl']).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('unknown option --sentence');
    expect(readdirSync(dir)).not.toContain('typo.json');
  }, 60_000);

  it('refuses an --out without a value rather than overwrite the bundled table', async () => {
    const err = await learn(['eval/dev-tune.jsonl', '--out']).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('--out needs a value');
  }, 60_000);

  it('refuses a checking half or the shared seed questions, naming them', async () => {
    const err = await learn(['--out', join(dir, 'x.json'), 'eval/dev-tune.jsonl', 'eval/dev-check.jsonl']).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain('refusing to learn from eval/dev-check.jsonl');
    const seed = await learn(['--out', join(dir, 'x.json'), '../shared/eval/seed-questions.jsonl']).catch((e: { code: number; stderr: string }) => e);
    expect(seed).toMatchObject({ code: 2 });
    expect(readdirSync(dir)).not.toContain('x.json');
  }, 60_000);

  it('names the file and line of a question it cannot read, and writes nothing', async () => {
    const file = join(dir, 'bad-tune.jsonl');
    writeFileSync(file, '{"q":"chữ ký số ở đâu","gold":["chữ ký số"]}\n{"q":"thiếu gold"}\n');
    const out = join(dir, 'bad.json');
    const err = await learn(['--out', out, file]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain(`${file} line 2: needs "q" (string) and "gold" (array of non-empty strings)`);
    expect(readdirSync(dir)).not.toContain('bad.json');
  }, 60_000);
});
