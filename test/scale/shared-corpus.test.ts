import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { dropSchemas, pgReachable, TEST_PG_HOST, TEST_PG_URL, testSchemaName } from '../../store/postgres/pg-test-server.js';
import { WebchatClient } from '../support/webchat-client.js';

// Two instances on one PostgreSQL schema of their own, each with its own DATA_DIR (its own saved index), as a city
// runs them on two machines: an article uploaded, replaced or deleted through either reaches both.
const reachable = await pgReachable();
const title = reachable ? 'one corpus for two instances' : `one corpus for two instances (SKIPPED: ${TEST_PG_HOST} unreachable)`;

const FIXTURES = join(import.meta.dirname, '../fixtures/documents');
const PDF = readFileSync(join(FIXTURES, 'quyet-dinh-chu-ky-so.pdf'));
const ADMIN = { username: 'quantri', password: 'mat-khau-dai-du' };
const schema = testSchemaName();
const url = `${TEST_PG_URL}?options=-c%20search_path%3D${schema}`;
const dirs: string[] = [];
let a: RunningServer;
let b: RunningServer;
let db: pg.Pool;

interface Citation { articleId: string; paragraphId: string }
interface Answer { text: string; channelData: { status: string; turnId: string; citations?: Citation[] } }

/** A new resident each time (the per-resident limit would otherwise slow the polling down). */
async function ask(server: RunningServer, question: string): Promise<Answer> {
  return (await new WebchatClient(server.url).ask(question)).activities[0] as Answer;
}

async function adminSession(server: RunningServer): Promise<(path: string, init?: { method?: string; body?: unknown }) => Promise<Response>> {
  const res = await fetch(`${server.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return (path, init = {}) => fetch(`${server.url}${path}`, { method: init.method ?? 'GET',
    headers: { cookie, 'x-csrf-token': csrfToken, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}) });
}

const citedArticles = (answer: Answer) => (answer.channelData.citations ?? []).map((c) => c.articleId);
const revisionCount = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM corpus_revisions')).rows[0]!.n);

// Generous deadlines: they wait for behaviour on a machine shared with other test runs.
describe.skipIf(!reachable)(title, { timeout: 180_000 }, () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    db = new pg.Pool({ connectionString: url, max: 2 });
    const start = async (): Promise<RunningServer> => {
      const dataDir = mkdtempSync(join(tmpdir(), 'shared-corpus-'));
      dirs.push(dataDir);
      return startServer(parseConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, OPENAI_API_KEY: '', ANSWER_THREAD: 'false',
        ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '10000' }),
      { logger: silentLogger });
    };
    a = await start();
    b = await start();
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db?.end();
    await dropSchemas([schema]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  let turnCitingOld: Answer;

  it('a PDF uploaded on A is answered from, with its citation, on B; the PDF itself is in the database; both instances report the revision', async () => {
    const onA = await adminSession(a);
    const upload = await onA('/admin/api/corpus/upload', { method: 'POST', body: { files: [{ fileName: 'quyet-dinh-chu-ky-so.pdf', contentBase64: PDF.toString('base64') }] } });
    expect(upload.status).toBe(201);
    expect(await upload.json()).toEqual({ ids: ['quyet-dinh-chu-ky-so'] });

    await expect.poll(async () => citedArticles(turnCitingOld = await ask(b, 'đổi mã PIN chữ ký số trong vòng bao lâu')),
      { timeout: 60_000, interval: 500 }).toContain('quyet-dinh-chu-ky-so');
    expect(turnCitingOld.text).toContain('24 giờ');

    const { rows } = await db.query<{ source: Buffer; revision: string }>("SELECT source, revision FROM corpus_articles WHERE id = 'quyet-dinh-chu-ky-so'");
    expect(rows[0]!.source.equals(PDF)).toBe(true);
    const revision = Number(rows[0]!.revision);
    const onB = await adminSession(b);
    await expect.poll(async () => ((await (await onB('/admin/api/corpus/instances')).json()) as { items: { revision: number }[] }).items.map((i) => i.revision),
      { timeout: 30_000, interval: 500 }).toEqual([revision, revision]);
    const listed = ((await (await onB('/admin/api/corpus/articles')).json()) as { items: { id: string; format: string; sizeBytes: number; servedBy: string[] }[] })
      .items.find((x) => x.id === 'quyet-dinh-chu-ky-so');
    expect(listed).toMatchObject({ format: 'PDF', sizeBytes: PDF.length });
    expect(listed!.servedBy.sort()).toEqual([a.corpus.id, b.corpus.id].sort());
    // B added the article to the index it serves (and to its saved index's journal) instead of rebuilding it.
    const manifest = JSON.parse(readFileSync(join(dirs[1]!, 'index', 'manifest.json'), 'utf8')) as { journal: string[]; basePassages: number; passages: number };
    expect(manifest.journal).toEqual(['journal-1.json']);
    expect(manifest.passages - manifest.basePassages).toBe(3);
    const page = await (await onB('/admin/corpus')).text();
    expect(page).toContain('Máy chủ đang trả lời');
    expect(page).toContain('Tất cả (2)');
  });

  it('a replacement on B reaches A; the paragraph the earlier answer cited stays readable on A, marked as removed', async () => {
    const onB = await adminSession(b);
    const text = '# Quyết định sửa đổi về chữ ký số\n\nNgười dân nhận thông báo kích hoạt và đổi mã PIN chữ ký số trong vòng 48 giờ kể từ khi được cấp, tại bộ phận một cửa.\n';
    const replaced = await onB('/admin/api/corpus/articles/quyet-dinh-chu-ky-so/replace', { method: 'POST',
      body: { fileName: 'sua-doi.md', contentBase64: Buffer.from(text).toString('base64') } });
    expect(replaced.status).toBe(200);
    await expect.poll(async () => (await ask(a, 'đổi mã PIN chữ ký số trong vòng bao lâu')).text, { timeout: 60_000, interval: 500 }).toContain('48 giờ');

    const onA = await adminSession(a);
    const turnPage = await (await onA(`/admin/logs/${encodeURIComponent(turnCitingOld.channelData.turnId)}`)).text();
    expect(turnPage).toContain('Đoạn này đã bị gỡ');
    expect(turnPage).toContain('24 giờ');
  });

  it('a deletion on A removes the article from both, and flags the curated answers citing it', async () => {
    const cited = await ask(b, 'đổi mã PIN chữ ký số trong vòng bao lâu');
    expect(citedArticles(cited)).toContain('quyet-dinh-chu-ky-so');
    const curated = await b.store.createCurated({ question: 'đổi mã PIN chữ ký số', answer: 'Trong 48 giờ.', createdBy: ADMIN.username,
      citations: cited.channelData.citations!.filter((c) => c.articleId === 'quyet-dinh-chu-ky-so'),
      articleHashes: { 'quyet-dinh-chu-ky-so': b.corpus.articleHash('quyet-dinh-chu-ky-so')! } });

    const onA = await adminSession(a);
    expect((await onA('/admin/api/corpus/articles/quyet-dinh-chu-ky-so', { method: 'DELETE' })).status).toBe(200);
    for (const server of [a, b]) {
      await expect.poll(async () => citedArticles(await ask(server, 'đổi mã PIN chữ ký số trong vòng bao lâu')), { timeout: 60_000, interval: 500 })
        .not.toContain('quyet-dinh-chu-ky-so');
      await expect.poll(() => server.corpus.articles().map((x) => x.id)).not.toContain('quyet-dinh-chu-ky-so');
    }
    expect((await b.store.getCurated(curated.id))?.status).toBe('needs_review');
    expect((await onA('/admin/api/corpus/articles/quyet-dinh-chu-ky-so', { method: 'DELETE' })).status).toBe(404);
  });

  it('a batch with a broken file is refused naming it; nothing of it is stored and both instances keep serving', async () => {
    const before = await revisionCount();
    const onB = await adminSession(b);
    const files = ['huong-dan-ly-lich-tu-phap.docx', 'truncated.pdf'].map((name) => ({ fileName: name, contentBase64: readFileSync(join(FIXTURES, name)).toString('base64') }));
    const res = await onB('/admin/api/corpus/upload', { method: 'POST', body: { files } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('truncated.pdf');
    expect(await revisionCount()).toBe(before);
    expect((await db.query("SELECT 1 FROM corpus_articles WHERE id = 'huong-dan-ly-lich-tu-phap'")).rowCount).toBe(0);
    for (const server of [a, b]) {
      expect(server.corpus.status()).not.toHaveProperty('lastError');
      expect((await ask(server, 'Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?')).channelData.status).toMatch(/answered|partial/);
    }
  });

  it('npm run ingest with DATABASE_URL stores a Word file in the database, and both running instances answer from it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shared-corpus-cli-'));
    dirs.push(dataDir);
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'ingest', '--', join(FIXTURES, 'huong-dan-ly-lich-tu-phap.docx')],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url, OPENAI_API_KEY: '', LOG_LEVEL: 'error' } });
    expect(stdout).toContain('added huong-dan-ly-lich-tu-phap to the database');
    for (const server of [a, b]) {
      await expect.poll(async () => citedArticles(await ask(server, 'sinh viên, người có công nộp lệ phí lý lịch tư pháp bao nhiêu')),
        { timeout: 60_000, interval: 500 }).toContain('huong-dan-ly-lich-tu-phap');
    }
  });
});
