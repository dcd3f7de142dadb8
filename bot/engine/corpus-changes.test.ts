import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../core/errors.js';
import type { LogStore } from '../../core/ports/log-store.js';
import { openLogStore } from '../../store/open-log-store.js';
import { parseConfig, type Config } from '../config.js';
import { silentLogger } from '../../core/logger.js';
import { CorpusService } from './corpus-service.js';
import { openArticleStore } from './open-article-store.js';
import { openEngine } from './open-engine.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/documents');
const file = (name: string, as = name) => ({ fileName: as, content: readFileSync(join(FIXTURES, name)) });
const note = (fileName: string, text: string) => ({ fileName, content: Buffer.from(text) });
const GPLX = '# Đổi giấy phép lái xe\n\nNgười dân đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia, lệ phí 135.000 đồng, nhận bằng mới qua bưu điện.\n';

/** The engine and the file store of a DATA_DIR, as the server opens them without a database. */
async function corpusParts(config: Config) {
  const { articles, instances } = await openArticleStore(config);
  return { opened: await openEngine(config, { articleStore: articles }), articles, instances };
}

describe('CorpusService: PDF and Word uploads, replace and delete', () => {
  let config: Config;
  let store: LogStore;
  let corpus: CorpusService;

  beforeEach(async () => {
    config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'corpus-changes-')), OPENAI_API_KEY: '' });
    store = await openLogStore({ dataDir: config.dataDir });
    corpus = new CorpusService({ config, ...(await corpusParts(config)), logger: silentLogger, store });
  });
  afterEach(async () => {
    await store.close();
    rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('uploads a PDF and a Word file together; residents get answers cited from both; the list shows format, size, version', async () => {
    const { ids } = await corpus.upload([file('quyet-dinh-chu-ky-so.pdf'), file('huong-dan-ly-lich-tu-phap.docx')], {});
    await corpus.settled();
    expect(ids).toEqual(['quyet-dinh-chu-ky-so', 'huong-dan-ly-lich-tu-phap']);
    // Added to the serving index (and its saved journal), not rebuilt: the build's own passages are unchanged.
    const manifest = JSON.parse(readFileSync(join(config.dataDir, 'index', 'manifest.json'), 'utf8')) as { journal: string[]; basePassages: number; passages: number };
    expect(manifest.journal).toEqual(['journal-1.json']);
    expect(manifest.passages).toBeGreaterThan(manifest.basePassages);
    const pdf = await corpus.engine().answer('đổi mã PIN chữ ký số trong bao lâu');
    expect(pdf.citations[0]).toMatchObject({ articleId: 'quyet-dinh-chu-ky-so', publication: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', date: '2023-09-27' });
    const docx = await corpus.engine().answer('sinh viên, người có công nộp lệ phí bao nhiêu');
    expect(docx.citations[0]?.articleId).toBe('huong-dan-ly-lich-tu-phap');
    expect(docx.answer).toContain('50.000 đồng');
    expect(corpus.articles().find((a) => a.id === 'quyet-dinh-chu-ky-so')).toMatchObject({ format: 'PDF', origin: 'added', paragraphs: 3,
      sizeBytes: readFileSync(join(FIXTURES, 'quyet-dinh-chu-ky-so.pdf')).length, version: corpus.articleHash('quyet-dinh-chu-ky-so') });
  });

  it('stores none of a batch with one broken file, names it, and keeps the old index serving', async () => {
    const before = corpus.engine();
    for (const broken of ['scanned.pdf', 'truncated.pdf', 'not-a-zip.docx']) {
      await expect(corpus.upload([file('huong-dan-ly-lich-tu-phap.docx'), file(broken)], {})).rejects.toThrow(broken);
    }
    expect(existsSync(join(config.dataDir, 'articles')) ? readdirSync(join(config.dataDir, 'articles')) : []).toEqual([]);
    expect(corpus.status().state).toBe('idle');
    expect(corpus.engine()).toBe(before);
  });

  it('replaces an article (same id), keeps the old version readable, and flags the curated answers citing it', async () => {
    const { ids: [id] } = await corpus.upload([note('doi-gplx.md', GPLX)], {});
    await corpus.settled();
    const oldParagraph = corpus.article(id!)!.blocks[0]!;
    const curated = await store.createCurated({ question: 'lệ phí đổi bằng lái', answer: '135.000 đồng', createdBy: 'quantri',
      citations: [{ paragraphId: oldParagraph.paragraphId!, articleId: id! }], articleHashes: { [id!]: corpus.articleHash(id!)! } });

    await corpus.replace(id!, note('gplx-2025.md', GPLX.replace('135.000', '115.000')), {});
    await corpus.settled();
    expect(corpus.article(id!)!.blocks[0]!.text).toContain('115.000');
    expect((await corpus.engine().answer('lệ phí đổi giấy phép lái xe')).answer).toContain('115.000');
    expect((await corpus.archived(id!))[0]!.blocks).toContainEqual(oldParagraph);
    expect((await store.getCurated(curated.id))?.status).toBe('needs_review');
  });

  it('deletes an article: no longer answered from, its paragraphs still readable, curated answers flagged', async () => {
    await corpus.upload([file('quyet-dinh-chu-ky-so.pdf', 'qd.pdf')], {});
    await corpus.settled();
    const cited = corpus.article('qd')!.blocks[1]!;
    const curated = await store.createCurated({ question: 'đổi mã PIN', answer: '24 giờ', createdBy: 'quantri',
      citations: [{ paragraphId: cited.paragraphId!, articleId: 'qd' }], articleHashes: { qd: corpus.articleHash('qd')! } });
    await corpus.remove('qd');
    await corpus.settled();
    expect(corpus.article('qd')).toBeUndefined();
    expect(corpus.articles().map((a) => a.id)).not.toContain('qd');
    expect((await corpus.engine().answer('đổi mã PIN chữ ký số trong vòng bao lâu')).citations.map((c) => c.articleId)).not.toContain('qd');
    expect((await corpus.archived('qd'))[0]!.blocks).toContainEqual(cited);
    expect((await store.getCurated(curated.id))?.status).toBe('needs_review');
  });

  it('refuses to replace or delete an unknown or a bundled article', async () => {
    const bundled = corpus.articles().find((a) => a.origin === 'bundled')!.id;
    await expect(corpus.remove('khong-co')).rejects.toMatchObject({ code: 'not_found' });
    await expect(corpus.remove(bundled)).rejects.toBeInstanceOf(ConflictError);
    await expect(corpus.replace(bundled, note('x.md', GPLX), {})).rejects.toMatchObject({ code: 'bundled' });
    expect(corpus.article(bundled)).toBeDefined();
  });
});
