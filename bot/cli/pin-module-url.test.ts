import { describe, expect, it } from 'vitest';
import { pinModuleUrl } from './pin-module-url.js';

const URL_OF = 'file:///app/retrieval/create-retriever.ts';

describe('pinModuleUrl', () => {
  it.each([
    ['new URL(`./data/${file}`, import.meta.url)', `new URL(\`./data/\${file}\`, "${URL_OF}")`],
    ['fileURLToPath(import.meta.url); createRequire(import.meta.url)', `fileURLToPath("${URL_OF}"); createRequire("${URL_OF}")`],
    // Only the module's own URL: resolving a package stays the bundle's, and a longer name is another thing.
    ["import.meta.resolve('tsx/esm/api')", "import.meta.resolve('tsx/esm/api')"],
    ['import.meta.urlOf', 'import.meta.urlOf'],
    ['const x = 1;', 'const x = 1;'],
  ])('%s', (source, pinned) => {
    expect(pinModuleUrl(source, URL_OF)).toBe(pinned);
  });
});
