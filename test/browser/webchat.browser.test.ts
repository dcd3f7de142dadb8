import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer } from '../../bot/server.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const XSS_QUESTION = 'Thử <img src=x onerror="window.__xss=1"> và <script>window.__xss=2</script> nhé';

interface Citation { n: number; paragraphId: string; articleId: string; title: string; publication: string; date: string | null; text: string }
interface Reply { activities: { text: string; channelData?: { status: string; citations?: Citation[] } }[] }

// Skipped only when the browser is not installed, and then visibly: CI installs Debian's chromium in .ci/run.
const TITLE = hasChromium ? 'web chat in a phone browser' : `web chat in a phone browser: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(TITLE, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `webchat-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'webchat-browser-'));
    server = await startServer(parseConfig({ DATA_DIR: dataDir, PORT: '0' }), { logger: silentLogger });
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'vi-VN', reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
    // CSP violations and script errors show up here: the page must have none.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('ERR_INTERNET_DISCONNECTED')) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the welcome and suggested questions on an empty chat', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.locator('#starters .chip').count()).toBeGreaterThanOrEqual(3);
    await page.locator('.msg-bot:not(.typing)').first().waitFor(); // the welcome
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await shot('01-empty');
  });

  let answer: Reply['activities'][number];

  it('answers a suggested question with a typing indicator, then a cited answer', async () => {
    // The question is held on its way to the server until the test has seen the typing indicator: a fast answer (or a
    // slow browser) must not make the indicator come and go between two looks.
    let letThrough!: () => void;
    const seenTyping = new Promise<void>((resolve) => { letThrough = resolve; });
    await page.route('**/api/webchat/stream', async (route) => {
      await seenTyping;
      await route.continue();
    });
    const replied = page.waitForResponse((r) => r.url().endsWith('/api/webchat/stream'));
    await page.locator('#starters .chip', { hasText: 'Chữ ký số miễn phí làm ở đâu?' }).click();
    await page.locator('.typing').waitFor({ state: 'visible' });
    await shot('02-typing');
    letThrough();
    expect((await replied).headers()['content-type']).toContain('text/event-stream');
    await page.unroute('**/api/webchat/stream');
    await page.locator('.typing').waitFor({ state: 'detached' });
    // Streamed bodies are not kept by the browser's protocol; the page records every reply it rendered.
    answer = await page.evaluate(() => {
      const entries = JSON.parse(localStorage.getItem('cds-webchat:transcript') ?? '[]') as { role: string; activity?: unknown }[];
      return entries.filter((e) => e.role === 'bot').at(-1)!.activity;
    }) as Reply['activities'][number];
    expect(answer.channelData?.status).toBe('answered');
    await page.locator('.msg-bot .cite', { hasText: '[1]' }).first().waitFor();
    expect(await page.locator('.msg-user .bubble').last().textContent()).toBe('Chữ ký số miễn phí làm ở đâu?');
    expect(await page.locator('.msg').evaluateAll((els) => els.map((e) => (e.classList.contains('msg-user') ? 'user' : 'bot'))))
      .toEqual(['bot', 'user', 'bot']);
    await expect.poll(() => page.locator('.chips-reply .chip', { hasText: '👍' }).count()).toBe(1);
    await shot('03-answer');
  });

  it('opens the cited paragraph inside its article', async () => {
    const citation = answer.channelData!.citations![0]!;
    await page.locator('.msg-bot .cite', { hasText: '[1]' }).first().click();
    await page.locator('#sheet').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('.sheet-para').count()).toBeGreaterThan(1); // the whole article arrived
    expect(await page.locator('#sheet-title').textContent()).toBe(citation.title);
    expect(await page.locator('.sheet-para.cited').textContent()).toContain(citation.text);
    if (citation.date) {
      const [y, m, d] = citation.date.split('-').map(Number);
      expect(await page.locator('#sheet-meta').textContent()).toBe(`${citation.publication} · ${d}/${m}/${y}`);
    }
    await shot('04-citation');
    await page.keyboard.press('Escape');
    await page.locator('#sheet').waitFor({ state: 'hidden' });
  });

  it('copies exactly the answer with its sources', async () => {
    const copy = page.locator('.msg-bot .copy').last();
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Đã sao chép');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Nguồn:');
    expect(copied).toBe(answer.text);
    await shot('05-copied');
  });

  it('shows markup in a question as text and never runs it', async () => {
    const input = page.locator('#question');
    await input.fill(XSS_QUESTION);
    await input.press('Enter');
    await page.locator('.msg-user .bubble', { hasText: '<script>' }).waitFor();
    await page.locator('.typing').waitFor({ state: 'detached' });
    expect(await page.locator('.msg-user .bubble').last().textContent()).toBe(XSS_QUESTION);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#log img, #log script').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    expect(await input.inputValue()).toBe('');
    await shot('06-xss');
  });

  it('keeps the conversation across a reload', async () => {
    const ids = await page.evaluate(() => localStorage.getItem('cds-webchat:ids'));
    await page.reload();
    await page.locator('.msg-user .bubble', { hasText: '<script>' }).waitFor();
    expect(await page.locator('#intro').isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('cds-webchat:ids'))).toBe(ids);
  });

  it('shows a polite notice on a network error and retries', async () => {
    await page.route('**/api/webchat/stream', (route) => route.abort('internetdisconnected'));
    await page.locator('#question').fill('chu ky so mien phi');
    await page.locator('#question').press('Enter');
    const notice = page.locator('.notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('không kết nối được');
    await shot('07-error');
    await page.unroute('**/api/webchat/stream');
    const bots = await page.locator('.msg-bot:not(.typing)').count();
    await notice.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => page.locator('.msg-bot:not(.typing)').count()).toBe(bots + 1);
    expect(await page.locator('.notice').count()).toBe(0);
  });

  it('keeps the welcome above a question asked before it arrived', async () => {
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const other = await fresh.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await other.route('**/api/webchat/start', async (route) => { await held; await route.continue(); });
    await other.goto(server.url);
    await other.locator('#starters .chip', { hasText: 'Chữ ký số miễn phí làm ở đâu?' }).click();
    release();
    await other.locator('.msg-bot .cite').first().waitFor();
    expect(await other.locator('.msg').evaluateAll((els) => els.map((e) => (e.classList.contains('msg-user') ? 'user' : 'bot'))))
      .toEqual(['bot', 'user', 'bot']);
    // The late welcome's starter chips are stale by then; only the answer's chips are offered.
    expect(await other.locator('.chips-reply').count()).toBe(1);
    expect(await other.locator('.chips-reply .chip', { hasText: 'Hữu ích' }).count()).toBe(1);
    await fresh.close();
  });

  it('is known by an HttpOnly cookie, and starts over when its stored conversation is not its own', async () => {
    expect(await page.evaluate(() => document.cookie)).not.toContain('webchat_id');
    expect((await context.cookies()).find((c) => c.name === 'webchat_id')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/webchat' });
    const mine = JSON.parse((await page.evaluate(() => localStorage.getItem('cds-webchat:ids'))) ?? '{}') as { conversationId?: string };
    expect(mine.conversationId).toMatch(/^[\w-]{39}$/);

    // Another browser holding this one's conversation id (an older page's storage, a cleared cookie, a copied id).
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const other = await fresh.newPage();
    await other.goto(server.url);
    await other.locator('.msg-bot:not(.typing)').first().waitFor();
    await other.evaluate((id) => localStorage.setItem('cds-webchat:ids', JSON.stringify({ conversationId: id, userId: 'u' })), mine.conversationId);
    await other.reload();
    const refused = other.waitForResponse((r) => r.url().endsWith('/api/webchat/stream') && r.status() === 403);
    await other.locator('#question').fill('lý lịch tư pháp qua VNeID');
    await other.locator('#question').press('Enter');
    await refused;
    await other.locator('.msg-bot .cite').first().waitFor();
    expect(await other.locator('.notice').count()).toBe(0);
    const theirs = JSON.parse((await other.evaluate(() => localStorage.getItem('cds-webchat:ids'))) ?? '{}') as { conversationId?: string };
    expect(theirs.conversationId).toMatch(/^[\w-]{39}$/);
    expect(theirs.conversationId).not.toBe(mine.conversationId);
    await fresh.close();
  });

  it('fits a 360 px screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot('08-360px');
    expect(problems).toEqual([]);
  });
});

