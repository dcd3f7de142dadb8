import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { describeArticleStoreContract } from '../article-store.contract.js';
import { FileArticleStore } from './file-article-store.js';

const dirs: string[] = [];

describe('FileArticleStore', () => {
  describeArticleStoreContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-articles-'));
    dirs.push(dir);
    return new FileArticleStore(join(dir, 'articles'), join(dir, 'articles-removed'));
  }, async () => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
});
