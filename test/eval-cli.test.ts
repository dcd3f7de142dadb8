import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const evaluate = (args: string[]) => run('npm', ['run', '--silent', 'eval', '--', ...args], { env: { ...process.env, OPENAI_API_KEY: '' } })
  .catch((e: { code: number; stderr: string }) => e);

describe('eval options', () => {
  it.each([
    { args: ['--sentence-association', 'x.json', 'eval/dev-tune.jsonl'], says: 'unknown option --sentence-association' },
    { args: ['--associations', 'a.json', '--associations', 'b.json', 'eval/dev-tune.jsonl'], says: '--associations given twice' },
    { args: ['eval/dev-tune.jsonl', '--sentence-associations'], says: '--sentence-associations needs a file' },
  ])('refuses $args rather than measure the bundled table', async ({ args, says }) => {
    const err = await evaluate(args);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toContain(says);
  }, 60_000);
});

describe('eval of follow-ups', () => {
  const file = (rows: object[]): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'eval-cli-')), 'conversations.jsonl');
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n'));
    return path;
  };
  const followUp = { id: 'f1', kind: 'place', q: 'còn Hải Phòng?', gold: ['Hải Phòng phấn đấu để kinh tế số chiếm 25% GRDP'], fact: '25% GRDP' };
  const keyFact = (stdout: string): number | undefined =>
    (JSON.parse(stdout) as { byKind: { rows: { kind: string; fact?: number }[] }[] }).byKind[0]!.rows.find((r) => r.kind === 'place')?.fact;

  it('asks a follow-up after its earlier messages, as the conversation does, and alone without them', async () => {
    const after = await evaluate(['--json', file([{ ...followUp, history: ['HN phấn đấu kinh tế số chiếm bao nhiêu % GRDP?'] }])]);
    expect(keyFact((after as { stdout: string }).stdout)).toBe(1);
    const alone = await evaluate(['--json', file([followUp])]);
    expect(keyFact((alone as { stdout: string }).stdout)).toBe(0);
  }, 120_000);

  it('refuses a history that is not a list of messages, naming the line', async () => {
    const err = await evaluate([file([{ ...followUp, history: 'HN?' }])]);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toMatch(/line 1: "history" must be a list of strings/);
  }, 60_000);
});
