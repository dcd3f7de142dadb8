import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run lint:layers` checks the real tree; this runs the same rules on a small made-up tree with known bad imports,
// so a rule that matched nothing (a typo in a path pattern) would fail here instead of passing in silence.
const CLI = resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = resolve('.dependency-cruiser.cjs');

const TREE: Record<string, string> = {
  'core/turn.ts': `export interface Turn { readonly id: string }\n`,
  'core/bad.ts': `import type { Answer } from '../bot/answer.js';\nexport type Bad = Answer;\n`,
  'retrieval/search.ts': `import type { Turn } from '../core/turn.js';\nimport { reply } from '../prompts/reply.js';\nexport const search = (t: Turn): string => reply(t.id);\n`,
  'prompts/reply.ts': `export const reply = (s: string): string => s;\n`,
  'store/turns.ts': `import type { Turn } from '../core/turn.js';\nimport type { Answer } from '../bot/answer.js';\nexport type Row = Turn & Answer;\n`,
  'store/turns.test.ts': `import type { Answer } from '../bot/answer.js';\nexport type Fixture = Answer;\n`,
  'admin/page.ts': `import type { Answer } from '../bot/answer.js';\nexport type Page = Answer;\n`,
  'bot/answer.ts': `export interface Answer { readonly text: string }\n`,
  'bot/engine.ts': `import type { Page } from '../admin/page.js';\nexport type Engine = Page;\n`,
  'bot/wiring/root.ts': `import type { Page } from '../../admin/page.js';\nimport type { Row } from '../../store/turns.js';\nexport type Root = Page & Row;\n`,
  'bot/ping.ts': `import type { Pong } from './pong.js';\nexport interface Ping { readonly pong?: Pong }\n`,
  'bot/pong.ts': `import type { Ping } from './ping.js';\nexport interface Pong { readonly ping?: Ping }\n`,
  'bot/harness-user.ts': `import { harness } from '../test/harness.js';\nexport const h = harness;\n`,
  'bot/channels/split.ts': `export const split = (s: string): string[] => [s];\n`,
  'bot/channels/zalo/parts.ts': `import { split } from '../split.js';\nexport const parts = split;\n`,
  'bot/channels/messenger/parts.ts': `import { parts } from '../zalo/parts.js';\nimport { split } from '../split.js';\nexport const m = [parts, split];\n`,
  'test/harness.ts': `import type { Engine } from '../bot/engine.js';\nexport const harness = (e?: Engine): unknown => e;\n`,
};

const root = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Violation { readonly rule: { readonly name: string }; readonly from: string; readonly to: string }

async function violations(dir: string): Promise<string[]> {
  const run = promisify(execFile)(process.execPath, [CLI, '--config', CONFIG, '--output-type', 'json', 'core', 'retrieval', 'prompts', 'store', 'admin', 'bot', 'test'], { cwd: dir, maxBuffer: 64 << 20 });
  // depcruise exits non-zero when it finds violations; the JSON report is on stdout either way.
  const { stdout } = await run.catch((e: { stdout: string }) => e);
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe('the layer and cycle rules (.dependency-cruiser.cjs)', () => {
  it('name every outward import and every cycle, and nothing else', async () => {
    for (const [file, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    cpSync('tsconfig.json', join(root, 'tsconfig.json'));
    expect(await violations(root)).toEqual([
      'admin-through-ports: admin/page.ts -> bot/answer.ts',
      'bot-without-admin: bot/engine.ts -> admin/page.ts',
      'channels-apart: bot/channels/messenger/parts.ts -> bot/channels/zalo/parts.ts',
      'core-imports-nothing: core/bad.ts -> bot/answer.ts',
      'no-cycles: bot/ping.ts -> bot/pong.ts',
      'program-without-tests: bot/harness-user.ts -> test/harness.ts',
      'retrieval-is-pure: retrieval/search.ts -> prompts/reply.ts',
      'store-implements-ports: store/turns.ts -> bot/answer.ts',
    ]);
  });
});
