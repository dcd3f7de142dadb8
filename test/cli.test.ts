import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../retrieval/index/index-files.js';
import type { IndexManifest } from '../retrieval/index/manifest.js';
import { loadIndex } from '../retrieval/index/open-index.js';

const run = promisify(execFile);
let dataDir: string;
const env = (): NodeJS.ProcessEnv => ({ ...process.env, DATA_DIR: dataDir, OPENAI_API_KEY: '' });
const npm = (args: string[]) => run('npm', ['run', '--silent', ...args], { env: env(), maxBuffer: 32 << 20 });

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cli-test-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('ask CLI contract', () => {
  it('prints one JSON object with status, answer, citations and the top 10 retrieved', async () => {
    const { stdout } = await npm(['ask', '--', '--json', 'chữ ký số miễn phí cấp ở đâu?']);
    const r = JSON.parse(stdout) as Record<string, unknown> & { citations: Record<string, unknown>[]; retrieved: unknown[] };
    expect(r.status).toBe('answered');
    expect(typeof r.answer).toBe('string');
    expect(r.retrieved).toHaveLength(10);
    expect(Object.keys(r.citations[0]!).sort()).toEqual(['articleId', 'date', 'n', 'paragraphId', 'publication', 'text', 'title']);
    expect(Object.keys(r.retrieved[0] as object).sort()).toEqual(['paragraphId', 'score', 'text']);
  });

  it('answers a batch file line by line', async () => {
    const file = join(dataDir, 'q.txt');
    writeFileSync(file, 'chu ky so mien phi\n\nGiá vàng hôm nay?\n🙂\n');
    const { stdout } = await npm(['ask', '--', '--json', '--batch', file]);
    const statuses = stdout.trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status);
    expect(statuses).toEqual(['answered', 'no_answer', 'invalid_input']);
  });

  it('prints a readable answer with numbered sources without --json', async () => {
    const { stdout } = await npm(['ask', '--', 'lý lịch tư pháp qua VNeID']);
    expect(stdout).toMatch(/\[1\] .+ — .+, đoạn \d+/);
  });
});

describe('ingest and the saved index', () => {
  const manifest = () => join(dataDir, 'index', 'manifest.json');

  it('reuses the saved index when nothing changed', async () => {
    await npm(['index:build']);
    const before = readFileSync(manifest(), 'utf8');
    const { stdout } = await npm(['index:build']);
    expect(stdout).toContain('up to date');
    expect(readFileSync(manifest(), 'utf8')).toBe(before);
  });

  it('refuses a broken file by name and leaves the index as it was', async () => {
    const broken = join(dataDir, 'hong.txt');
    writeFileSync(broken, '');
    const before = statSync(manifest()).mtimeMs;
    const err = await npm(['ingest', '--', broken]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toContain('hong.txt');
    expect(statSync(manifest()).mtimeMs).toBe(before);
  });

  it('adds an article, answers from it and keeps every existing paragraph id', async () => {
    const indexDir = join(dataDir, 'index');
    const passages = () => loadIndex(indexDir, readManifest(indexDir) as IndexManifest).passages.map((p) => p.paragraphId);
    const before = passages();
    const file = join(dataDir, 'huong-dan-dvc.md');
    writeFileSync(file, '# Hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia\n\n' +
      'Để nộp hồ sơ trực tuyến, người dân truy cập Cổng Dịch vụ công quốc gia, đăng nhập bằng tài khoản VNeID, ' +
      'chọn thủ tục cần làm, điền tờ khai và đính kèm giấy tờ rồi bấm Nộp hồ sơ.\n');
    const { stdout } = await npm(['ingest', '--', file, '--publication', 'Tổ CĐS phường', '--date', '2025-02-01']);
    expect(stdout).toContain('huong-dan-dvc');
    const after = passages();
    // Added to the saved index (its journal), not rebuilt: the paragraphs before come first, as they were.
    expect((readManifest(indexDir) as IndexManifest).journal).toEqual(['journal-1.json']);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    for (const id of before) expect(after).toContain(id);
    const { stdout: answer } = await npm(['ask', '--', '--json', 'nộp hồ sơ trên cổng dịch vụ công quốc gia như thế nào']);
    const r = JSON.parse(answer) as { status: string; citations: { articleId: string; date: string }[] };
    expect(r.status).toBe('answered');
    expect(r.citations[0]).toMatchObject({ articleId: 'huong-dan-dvc', date: '2025-02-01' });
  });
});

describe('ingest of PDF and Word files', () => {
  const FIXTURES = join(import.meta.dirname, 'fixtures/documents');

  it('refuses a batch holding a scanned PDF, naming it, and writes none of the batch', async () => {
    const err = await npm(['ingest', '--', join(FIXTURES, 'huong-dan-ly-lich-tu-phap.docx'), join(FIXTURES, 'scanned.pdf')])
      .catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/scanned\.pdf: the PDF has no text layer/);
    expect(existsSync(join(dataDir, 'articles', 'huong-dan-ly-lich-tu-phap.md'))).toBe(false);
  });

  it('adds a PDF and a Word file and answers from them with their stated issuer and date', async () => {
    const { stdout } = await npm(['ingest', '--', join(FIXTURES, 'quyet-dinh-chu-ky-so.pdf'), join(FIXTURES, 'huong-dan-ly-lich-tu-phap.docx')]);
    expect(stdout).toContain('added quyet-dinh-chu-ky-so, huong-dan-ly-lich-tu-phap');
    const { stdout: answer } = await npm(['ask', '--', '--json', 'đổi mã PIN chữ ký số trong vòng bao lâu']);
    const r = JSON.parse(answer) as { citations: { articleId: string; publication: string; date: string; text: string }[] };
    expect(r.citations[0]).toMatchObject({ articleId: 'quyet-dinh-chu-ky-so', publication: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', date: '2023-09-27' });
    expect(r.citations[0]!.text).toMatch(/^1\. .* 3\. Người dân nhận thông báo kích hoạt/);
  });
});

describe('admin CLI', () => {
  const admin = (args: string[], password: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile('npm', ['run', '--silent', 'admin', '--', ...args], { env: env() }, (err, stdout, stderr) =>
        resolve({ code: err ? (err as { code?: number }).code ?? 1 : 0, stdout, stderr }));
      child.stdin!.end(`${password}\n`);
    });

  it('creates a user with the password from standard input, once', async () => {
    const first = await admin(['create-user', '--username', 'tinhnguyen1', '--role', 'volunteer'], 'mot-mat-khau-dai');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('created volunteer "tinhnguyen1"');
    const again = await admin(['create-user', '--username', 'tinhnguyen1', '--role', 'volunteer'], 'mot-mat-khau-dai');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it.each([
    [['create-user', '--username', 'x', '--role', 'admin'], 'mot-mat-khau-dai', '--username'],
    [['create-user', '--username', 'quantri2', '--role', 'boss'], 'mot-mat-khau-dai', '--role'],
    [['create-user', '--username', 'quantri2', '--role', 'admin'], 'ngan', 'at least 10 characters'],
    [['delete-everything'], 'x', 'usage'],
  ])('%j is refused with a message naming the problem', async (args, password, message) => {
    const r = await admin(args, password);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
