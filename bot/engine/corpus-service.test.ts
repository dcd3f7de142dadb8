import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import { silentLogger } from '../log/logger.js';
import { CorpusService } from './corpus-service.js';
import { openEngine } from './open-engine.js';

const article = (title: string, body: string) => Buffer.from(`# ${title}\n\n${body} ${body}`);

describe('CorpusService re-indexing', () => {
  it('indexes an article uploaded while a re-index is running: it runs once more', async () => {
    const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'corpus-')), OPENAI_API_KEY: '' });
    let reloads = 0;
    const corpus = new CorpusService({ config, opened: await openEngine(config), logger: silentLogger, onReindexed: async () => void reloads++ });
    const first = await corpus.upload('doi-gplx.md', article('Đổi giấy phép lái xe', 'Người dân nộp hồ sơ đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia.'), {});
    // Uploaded at once: the first re-index is still running.
    const second = await corpus.upload('cap-ho-chieu.md', article('Cấp hộ chiếu', 'Người dân đề nghị cấp hộ chiếu phổ thông trên Cổng dịch vụ công của Bộ Công an.'), {});
    expect(corpus.status().state).toBe('running');
    await corpus.settled();
    const ids = corpus.articles().map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(reloads).toBe(2);
    expect((await corpus.engine().answer('cấp hộ chiếu phổ thông ở đâu')).answer).toMatch(/hộ chiếu/);
  });
});

describe('CorpusService upload metadata', () => {
  it('refuses metadata that would break the stored front matter, writes nothing, and later uploads are still indexed', async () => {
    const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'corpus-meta-')), OPENAI_API_KEY: '' });
    const corpus = new CorpusService({ config, opened: await openEngine(config), logger: silentLogger });
    const body = article('Cấp đổi thẻ căn cước', 'Người dân đề nghị cấp đổi thẻ căn cước tại công an cấp xã hoặc trên ứng dụng VNeID.');
    await expect(corpus.upload('can-cuoc.md', body, { title: 'Cấp đổi thẻ căn cước\nid: chu-ky-so' })).rejects.toThrow(/can-cuoc\.md: title must be one line/);
    await expect(corpus.upload('can-cuoc.md', body, { publication: 'Báo\rid: x' })).rejects.toThrow(/publication must be one line/);
    await expect(corpus.upload('can-cuoc.md', body, { date: '2024-02-30' })).rejects.toThrow(/date "2024-02-30" is not a real date/);
    expect(existsSync(join(config.dataDir, 'articles', 'can-cuoc.md'))).toBe(false);

    const { id } = await corpus.upload('can-cuoc.md', body, { title: '  Cấp đổi thẻ căn cước  ', publication: 'Cổng thông tin', date: '2024-02-29' });
    await corpus.settled();
    expect(corpus.status()).toMatchObject({ state: 'idle' });
    expect(corpus.status()).not.toHaveProperty('lastError');
    expect(corpus.articles().find((a) => a.id === id)).toMatchObject({ title: 'Cấp đổi thẻ căn cước', publication: 'Cổng thông tin', date: '2024-02-29' });
    expect(readdirSync(join(config.dataDir, 'articles'))).toEqual(['can-cuoc.md']);
    const stored = readFileSync(join(config.dataDir, 'articles', 'can-cuoc.md'), 'utf8');
    expect(stored.match(/^id:/gm)).toHaveLength(1);
  });
});
