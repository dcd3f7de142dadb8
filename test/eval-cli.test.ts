import { execFile } from 'node:child_process';
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
