import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../config.js';
import { silentLogger } from '../../core/logger.js';
import { CorpusService } from './corpus-service.js';
import { openArticleStore } from './open-article-store.js';
import { openEngine } from './open-engine.js';

const article = (fileName: string, title: string, body: string) => [{ fileName, content: Buffer.from(`# ${title}\n\n${body} ${body}`) }];

/** The engine and the file store of a DATA_DIR, as the server opens them without a database. */
async function corpusParts(config: Config) {
  const { articles, instances } = await openArticleStore(config);
  return { opened: await openEngine(config, { articleStore: articles }), articles, instances };
}

describe('CorpusService re-indexing', () => {
  it('indexes an article uploaded while a re-index is running: it runs once more', async () => {
    const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'corpus-')), OPENAI_API_KEY: '' });
    let reloads = 0;
    const corpus = new CorpusService({ config, ...(await corpusParts(config)), logger: silentLogger, onReindexed: async () => void reloads++ });
    const { ids: [first] } = await corpus.upload(article('doi-gplx.md', 'Đổi giấy phép lái xe', 'Người dân nộp hồ sơ đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia.'), {});
    // Uploaded at once: the first re-index is still running.
    const { ids: [second] } = await corpus.upload(article('cap-ho-chieu.md', 'Cấp hộ chiếu', 'Người dân đề nghị cấp hộ chiếu phổ thông trên Cổng dịch vụ công của Bộ Công an.'), {});
    expect(corpus.status().state).toBe('running');
    await corpus.settled();
    const ids = corpus.articles().map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([first, second]));
    expect(reloads).toBe(2);
    expect((await corpus.engine().answer('cấp hộ chiếu phổ thông ở đâu')).answer).toMatch(/hộ chiếu/);
  });

  it('reports running until the other threads have reloaded and a queued run is done, so "idle" means the list is final', async () => {
    const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'corpus-')), OPENAI_API_KEY: '' });
    let release!: () => void;
    let reloading!: () => void;
    const reloadStarted = new Promise<void>((resolve) => (reloading = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reloads = 0;
    const corpus = new CorpusService({ config, ...(await corpusParts(config)), logger: silentLogger,
      onReindexed: async () => { if (reloads++ === 0) { reloading(); await gate; } } });
    await corpus.upload(article('doi-gplx.md', 'Đổi giấy phép lái xe', 'Người dân nộp hồ sơ đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia.'), {});
    await reloadStarted;
    // The new index serves, but the answer thread is still loading it: not done yet.
    expect(corpus.status().state).toBe('running');
    await corpus.remove('doi-gplx');
    release();
    await corpus.settled();
    expect(corpus.status()).toMatchObject({ state: 'idle', lastBuiltAt: expect.any(String) });
    expect(corpus.articles().map((a) => a.id)).not.toContain('doi-gplx');
  });
});

describe('CorpusService upload metadata', () => {
  it('refuses metadata that would break the stored front matter, writes nothing, and later uploads are still indexed', async () => {
    const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'corpus-meta-')), OPENAI_API_KEY: '' });
    const corpus = new CorpusService({ config, ...(await corpusParts(config)), logger: silentLogger });
    const file = article('can-cuoc.md', 'Cấp đổi thẻ căn cước', 'Người dân đề nghị cấp đổi thẻ căn cước tại công an cấp xã hoặc trên ứng dụng VNeID.');
    await expect(corpus.upload(file, { title: 'Cấp đổi thẻ căn cước\nid: chu-ky-so' })).rejects.toThrow(/can-cuoc\.md: title must be one line/);
    await expect(corpus.upload(file, { publication: 'Báo\rid: x' })).rejects.toThrow(/publication must be one line/);
    await expect(corpus.upload(file, { date: '2024-02-30' })).rejects.toThrow(/date "2024-02-30" is not a real date/);
    expect(existsSync(join(config.dataDir, 'articles', 'can-cuoc.md'))).toBe(false);

    const { ids: [id] } = await corpus.upload(file, { title: '  Cấp đổi thẻ căn cước  ', publication: 'Cổng thông tin', date: '2024-02-29' });
    await corpus.settled();
    expect(corpus.status()).toMatchObject({ state: 'idle' });
    expect(corpus.status()).not.toHaveProperty('lastError');
    expect(corpus.articles().find((a) => a.id === id)).toMatchObject({ title: 'Cấp đổi thẻ căn cước', publication: 'Cổng thông tin', date: '2024-02-29' });
    expect(readdirSync(join(config.dataDir, 'articles'))).toEqual(['can-cuoc.md']);
    const stored = readFileSync(join(config.dataDir, 'articles', 'can-cuoc.md'), 'utf8');
    expect(stored.match(/^id:/gm)).toHaveLength(1);
  });
});
