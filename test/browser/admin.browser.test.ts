import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer } from '../../bot/server.js';
import { vietnamDay } from '../../store/daily-stats.js';
import { WebchatClient } from '../support/webchat-client.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const QUESTION = 'Làm lý lịch tư pháp trên VNeID thế nào?';
const XSS = 'Thử <img src=x onerror="window.__xss=1"> và <script>window.__xss=2</script> nhé';
const CORRECTED = 'Đăng nhập VNeID mức 2 → Thủ tục hành chính → Cấp phiếu lý lịch tư pháp. Phí 200.000 đồng, giảm 50% khi nộp trực tuyến.';
const REAL_ADMIN = { username: 'quantri-that', password: 'mat-khau-that-dai-1' };

interface Target {
  url: string; user: { username: string; password: string }; ask: (text: string, conversation?: string) => Promise<string>;
  handoffResident: WebchatClient; close(): Promise<void>;
}
const HANDOFF_CONVERSATION = 'admin-e2e-handoff';
const REPLY = 'Chào bạn, bạn mang căn cước đến bộ phận một cửa nhé.';

/** The real server (startServer) with its first admin from settings, and a few web chat turns to review. */
async function startTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'admin-browser-'));
  const server = await startServer(parseConfig({ DATA_DIR: dataDir, PORT: '0', ADMIN_USERNAME: REAL_ADMIN.username, ADMIN_PASSWORD: REAL_ADMIN.password }), { logger: silentLogger });
  // A named conversation is one resident's, who keeps the cookie and conversation id the server issued.
  const residents = new Map<string, WebchatClient>();
  const ask = async (text: string, conversation?: string) => {
    const resident = (conversation ? residents.get(conversation) : undefined) ?? new WebchatClient(server.url);
    if (conversation) residents.set(conversation, resident);
    return (await resident.ask(text)).activities[0]?.channelData?.status ?? '';
  };
  for (const q of [QUESTION, 'Đổi bằng lái xe ở đâu?', 'doi bang lai xe o dau', XSS]) await ask(q);
  // A resident who asks for a person: the bot opens a handoff for the inbox.
  await ask('Đổi bằng lái xe ở đâu?', HANDOFF_CONVERSATION);
  expect(await ask('Tôi muốn nói chuyện với người thật', HANDOFF_CONVERSATION)).toBe('handoff');
  return { url: server.url, user: REAL_ADMIN, ask, handoffResident: residents.get(HANDOFF_CONVERSATION)!, close: async () => { await server.close(); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** A page on another origin (another port) that posts a form into the admin area without the CSRF token. */
async function startAttacker(target: string, turnId: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><form method="post" action="${target}/admin/logs/${turnId}/correction"><input name="answer" value="Bị sửa trái phép"><button id="go">Nhận quà</button></form>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = new URL(target).hostname;
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/`, server };
}

const TITLE = hasChromium ? 'admin pages in a laptop browser' : `admin pages in a laptop browser: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(TITLE, () => {
  let target: Target;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `admin-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    target = await startTarget();
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    page = await context.newPage();
    // CSP violations and script errors surface as console errors: the admin pages must have none.
    // (Expected 401/403 answers of the login and CSRF steps also log "Failed to load resource"; those are not problems.)
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await target?.close();
  });

  it('redirects to the login page and logs in', async () => {
    await page.goto(`${target.url}/admin/logs`);
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    await shot('01-login');
    await page.fill('input[name="username"]', target.user.username);
    await page.fill('input[name="password"]', 'sai-mat-khau');
    await page.click('button[type="submit"]');
    await page.locator('.alert-error').waitFor();
    await page.fill('input[name="password"]', target.user.password);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin\/logs$/);
    await page.locator('h1', { hasText: 'Nhật ký hỏi đáp' }).waitFor();
  });

  it('filters the log and opens a turn with its cited paragraphs', async () => {
    await page.fill('input[name="q"]', 'lý lịch tư pháp');
    await page.click('.filters button[type="submit"]');
    await page.waitForURL(/q=/);
    await shot('02-logs-filtered');
    const link = page.locator('a.question-link', { hasText: QUESTION }).first();
    await link.click();
    await page.locator('#turn-question', { hasText: QUESTION }).waitFor();
    expect(await page.locator('.para.cited').count()).toBeGreaterThanOrEqual(1);
    await shot('03-turn-detail');
  });

  it('writes a corrected answer that becomes curated', async () => {
    await page.fill('textarea[name="answer"]', CORRECTED);
    await page.click('form[action$="/correction"] button');
    await page.locator('.alert-ok', { hasText: 'câu trả lời duyệt sẵn' }).first().waitFor();
    await page.goto(`${target.url}/admin/curated`);
    await page.locator('td', { hasText: CORRECTED.slice(0, 40) }).first().waitFor();
    await shot('04-curated');
  });

  it('serves the curated answer to the same question in the web chat', async () => {
    expect(await target.ask(QUESTION)).toBe('curated');
  });

  it('answers from the inbox, and the reply reaches the web chat', async () => {
    await page.goto(`${target.url}/admin/inbox`);
    const open = page.locator('article.handoff').filter({ has: page.locator('textarea:not([disabled])') }).first();
    await open.waitFor();
    await open.locator('textarea[name="text"]').fill(REPLY);
    await open.locator('.reply-form button').click();
    await page.locator('.alert-ok', { hasText: 'Đã gửi trả lời' }).waitFor();
    await page.locator('.replies .bubble', { hasText: 'bộ phận một cửa' }).first().waitFor();
    await shot('05-inbox');
    // The web chat picks the volunteer's reply up from its updates feed.
    const updates = await (await target.handoffResident.updates(0)).json() as { activities: { text: string }[] };
    expect(updates.activities.map((a) => a.text).join('\n')).toContain(REPLY);
  });

  it('renders a hostile question as inert text', async () => {
    await page.goto(`${target.url}/admin/logs?q=__xss`);
    const link = page.locator('a.question-link').first();
    await link.waitFor();
    expect(await link.textContent()).toBe(XSS);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    await link.click();
    await page.locator('#turn-question').waitFor();
    expect(await page.locator('#turn-question').textContent()).toBe(XSS);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('refuses a form posted from another origin without the CSRF token', async () => {
    const victim = await page.request.get(`${target.url}/admin/api/logs?hasCorrection=false&limit=1`).then((r) => r.json() as Promise<{ items: { id: string }[] }>);
    const turnId = victim.items[0]!.id;
    const attacker = await startAttacker(target.url, turnId);
    try {
      const before = await page.request.get(`${target.url}/admin/api/logs?hasCorrection=true`).then((r) => r.json() as Promise<{ total: number }>);
      await page.goto(attacker.url);
      const posted = page.waitForResponse((r) => r.url().includes(`/admin/logs/${turnId}/correction`));
      await page.click('#go');
      expect((await posted).status()).toBe(403);
      const after = await page.request.get(`${target.url}/admin/api/logs?hasCorrection=true`).then((r) => r.json() as Promise<{ total: number }>);
      expect(after.total).toBe(before.total);
    } finally {
      await new Promise((resolve) => attacker.server.close(resolve));
    }
  });

  it('shows the dashboard, the unanswered queue and the corpus page', async () => {
    // The range is in Vietnam days, as the turns are counted: from 17:00 UTC, today's UTC date is yesterday there.
    const today = vietnamDay(new Date().toISOString());
    await page.goto(`${target.url}/admin?from=2024-06-01&to=${today}`);
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(5);
    await shot('06-dashboard');
    await page.goto(`${target.url}/admin/unanswered?from=2024-06-01&to=${today}`);
    await page.locator('.group-title').first().waitFor();
    await shot('07-unanswered');
    await page.goto(`${target.url}/admin/corpus`);
    await page.locator('#reindex-form button').click();
    await page.locator('#reindex-progress').waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
    await shot('08-corpus');
    await expect.poll(() => page.locator('#reindex-form button').isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(problems).toEqual([]);
  });
});
