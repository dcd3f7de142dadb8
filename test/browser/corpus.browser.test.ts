import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer } from '../../bot/server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const FIXTURES = join(import.meta.dirname, '../fixtures/documents');
const ADMIN = { username: 'quantri-bai-viet', password: 'mat-khau-bai-viet-1' };
const PDF_QUESTION = 'Đổi mã PIN chữ ký số trong vòng bao lâu?';
const DOCX_QUESTION = 'Sinh viên, người có công nộp lệ phí bao nhiêu?';
const REPLACEMENT = '# Quyết định về chữ ký số miễn phí (bản sửa)\n\nTừ năm 2025, người dân đăng ký chữ ký số miễn phí trực tuyến trên VNeID, không cần đến bộ phận một cửa của phường, xã.\n';

const VIEWPORTS: [string, BrowserContextOptions][] = [
  ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN' }],
  ['desktop', { viewport: { width: 1366, height: 768 }, locale: 'vi-VN' }],
];

const TITLE = hasChromium ? 'corpus admin in a browser' : `corpus admin in a browser: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium)`;

describe.skipIf(!hasChromium).each(VIEWPORTS)(`${TITLE} (%s)`, (name, contextOptions) => {
  let dataDir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const shot = (step: string) => page.screenshot({ path: join(ARTIFACTS, `corpus-${name}-${step}.png`), fullPage: true });
  const ask = async (text: string) => {
    const res = await fetch(`${server.url}/api/webchat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    return ((await res.json()) as { activities: { text: string }[] }).activities[0]!.text;
  };
  const turnOf = async (question: string) => {
    const res = await page.request.get(`${server.url}/admin/api/logs?q=${encodeURIComponent(question)}`);
    return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
  };
  const rowCount = () => page.locator('#article-list tr[data-article-row]').count();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'corpus-browser-'));
    server = await startServer(parseConfig({ DATA_DIR: dataDir, PORT: '0', ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }), { logger: silentLogger });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    page = await (await browser.newContext(contextOptions)).newPage();
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}/admin/login`);
    await page.fill('input[name="username"]', ADMIN.username);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin(\/logs)?$/);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a batch with a scanned PDF, naming it, and stores nothing', async () => {
    await page.goto(`${server.url}/admin/corpus`);
    const before = await rowCount();
    await page.setInputFiles('#upload-form input[type="file"]', [join(FIXTURES, 'huong-dan-ly-lich-tu-phap.docx'), join(FIXTURES, 'scanned.pdf')]);
    await page.click('#upload-form button[type="submit"]');
    await page.locator('#upload-result', { hasText: 'scanned.pdf: the PDF has no text layer' }).waitFor();
    expect(await page.locator('#upload-result').textContent()).toContain('chưa lưu tệp nào');
    await page.reload();
    expect(await rowCount()).toBe(before);
    await shot('1-broken-upload');
  });

  it('uploads a PDF and a Word file at once, follows the re-index to its end and refreshes the list without a reload', async () => {
    const before = await rowCount();
    await page.setInputFiles('#upload-form input[type="file"]', [join(FIXTURES, 'quyet-dinh-chu-ky-so.pdf'), join(FIXTURES, 'huong-dan-ly-lich-tu-phap.docx')]);
    await page.click('#upload-form button[type="submit"]');
    await page.locator('#upload-result', { hasText: 'Đã lập chỉ mục xong' }).waitFor({ timeout: 30_000 });
    expect(await rowCount()).toBe(before + 2);
    expect(await page.locator('#article-count').textContent()).toBe(`${before + 2} bài viết`);
    const pdfRow = page.locator('tr[data-article-row="quyet-dinh-chu-ky-so"]');
    expect(await pdfRow.locator('td').nth(3).textContent()).toBe('PDF');
    expect(await pdfRow.locator('td').nth(4).textContent()).toBe('36,6 KB');
    expect(await pdfRow.textContent()).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI');
    expect(await page.locator('tr[data-article-row="huong-dan-ly-lich-tu-phap"] td').nth(3).textContent()).toBe('DOCX');
    await shot('2-uploaded');
  });

  it('shows a turn\'s cited paragraph beside the answer with the quoted sentences marked, and every paragraph under "Xem cả bài"', async () => {
    const answer = await ask(PDF_QUESTION);
    expect(answer).toContain('24 giờ');
    await page.goto(`${server.url}/admin/logs/${await turnOf(PDF_QUESTION)}`);
    const source = page.locator('#cited-sources .source').first();
    await source.waitFor();
    expect(await source.locator('.source-heading').textContent()).toBe('Điều 2. Trình tự thực hiện');
    const marked = await source.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(1);
    for (const m of marked) expect(answer).toContain(m.replace(/\.$/, ''));
    await page.locator('summary', { hasText: 'Xem cả bài' }).first().click();
    expect(await page.locator('.article-body p.para').count()).toBe(3);
    expect(await page.locator('.article-body h4').allTextContents()).toEqual(['Điều 1. Đối tượng được cấp', 'Điều 2. Trình tự thực hiện', 'Điều 3. Tổ chức thực hiện']);
    await shot('3-turn-sources');
  });

  it('replaces one article and deletes the other; their old paragraphs stay readable in the log, marked removed', async () => {
    expect(await ask(DOCX_QUESTION)).toContain('50.000');
    const pdfTurn = await turnOf(PDF_QUESTION);
    const docxTurn = await turnOf(DOCX_QUESTION);
    await page.goto(`${server.url}/admin/corpus`);
    const replacement = join(dataDir, 'chu-ky-so-2025.md');
    writeFileSync(replacement, REPLACEMENT);
    await page.setInputFiles('[data-article="quyet-dinh-chu-ky-so"] input[type="file"]', replacement);
    await page.click('[data-article="quyet-dinh-chu-ky-so"] .replace-form button');
    await page.locator('#article-action-result', { hasText: 'Đã lập chỉ mục xong' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('tr[data-article-row="quyet-dinh-chu-ky-so"] td').nth(3).textContent()).toBe('MD');

    page.once('dialog', (d) => void d.accept());
    await page.click('[data-article="huong-dan-ly-lich-tu-phap"] .delete-article');
    await page.locator('#article-action-result', { hasText: 'Đã xóa bài huong-dan-ly-lich-tu-phap. Đã lập chỉ mục xong' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('tr[data-article-row="huong-dan-ly-lich-tu-phap"]').count()).toBe(0);
    await shot('4-replaced-deleted');

    await page.goto(`${server.url}/admin/logs/${pdfTurn}`);
    expect(await page.locator('.source.removed .removed-note').first().textContent()).toContain('Đoạn này đã bị gỡ: bài đã được thay bằng bản mới');
    expect(await page.locator('.source.removed blockquote').first().textContent()).toContain('đổi mã PIN trong vòng 24 giờ');
    await page.goto(`${server.url}/admin/logs/${docxTurn}`);
    expect(await page.locator('.source.removed .removed-note').first().textContent()).toContain('bài đã bị xóa khỏi kho');
    expect(await page.locator('.source.removed blockquote').first().textContent()).toContain('50.000 đồng');
    await shot('5-removed-paragraph');
    expect(problems).toEqual([]);
  });
});
