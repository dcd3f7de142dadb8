import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The program: everything `npm start` and the CLIs load. Benchmarks, tests and the store contracts (suites run by
// tests) may use devDependencies.
const PROGRAM_DIRS = ['core', 'bot', 'retrieval', 'store', 'admin', 'prompts'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

// Runtime dependencies the program runs under rather than imports: tsx runs `npm start` and the CLIs.
const RUNNERS = ['tsx'];

function programFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(test|contract)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Package names a file loads (import … from, import(), require()), subpaths cut to the package. */
function packagesLoaded(source: string): string[] {
  const specs = [...source.matchAll(/(?:from\s+|import\(\s*|require\(\s*|\)\(\s*)'([^'.][^']*)'/g)].map((m) => m[1]!);
  return specs.filter((s) => !s.startsWith('node:')).map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2) : s.split('/').slice(0, 1)).join('/'));
}

describe('package.json', () => {
  const loaded = new Map<string, string[]>();
  for (const file of PROGRAM_DIRS.flatMap(programFiles)) {
    for (const name of packagesLoaded(readFileSync(file, 'utf8'))) loaded.set(name, [...(loaded.get(name) ?? []), file]);
  }

  it('the program loads no devDependency (a production install would lack it)', () => {
    const dev = Object.keys(pkg.devDependencies).filter((name) => loaded.has(name));
    expect(dev.map((name) => `${name}: ${loaded.get(name)!.join(', ')}`)).toEqual([]);
  });

  it('every runtime dependency is loaded by the program (benchmark- and test-only packages are devDependencies)', () => {
    const unused = Object.keys(pkg.dependencies).filter((name) => !loaded.has(name) && !RUNNERS.includes(name));
    expect(unused).toEqual([]);
  });

  it('the runners it allows are what the start script runs', () => {
    for (const runner of RUNNERS) {
      expect(pkg.dependencies[runner]).toBeDefined();
      expect(pkg.scripts['start']).toMatch(new RegExp(`^${runner} `));
    }
  });
});
