import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTime } from '../../admin/pages/format.js';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { vietnamDay } from '../../store/daily-stats.js';
import { WebchatClient } from '../support/webchat-client.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const ROOT = join(import.meta.dirname, '../..');
const ADMIN = { username: 'quantri-staff', password: 'mat-khau-quan-tri-staff-1' };
const run = promisify(execFile);

/**
 * A port nothing listens on now, for the bot: the emulator is told it through PORT before the bot starts. Chosen below
 * Linux's ephemeral range (32768–60999): a port the kernel handed out for listen(0) could be handed again to the
 * emulator or a parallel test in the moment before the bot listens (EADDRINUSE); one below it is never handed out.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const probe = createServer();
    const free = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(false));
      probe.listen(port, () => resolve(true));
    });
    if (free) {
      await new Promise((resolve) => probe.close(resolve));
      return port;
    }
  }
}

/**
 * Starts the emulator as a person would (`npm run zalo:emulator` with PORT set), then applies the settings it
 * printed exactly as printed: its export lines run in a shell, and the bot gets that shell's ZALO_* variables.
 */
async function startEmulatorCli(botPort: number): Promise<{ child: ChildProcess; output: string; env: Record<string, string>; chatUrl: string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bot/channels/zalo/emulator/main.ts'), '--port', '0'],
    { env: { ...process.env, PORT: String(botPort) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); if (output.includes('or in one command:')) resolve(); });
    child.once('exit', (code) => reject(new Error(`emulator exited (${code}): ${output}`)));
  });
  const exports = output.split('\n').filter((l) => l.startsWith('export ')).join('\n');
  const { stdout } = await run('sh', ['-c', `${exports}\nenv`], { env: {} });
  const env = Object.fromEntries(stdout.split('\n').filter((l) => l.startsWith('ZALO_')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  const chatUrl = /Chat as a Zalo user: (\S+)/.exec(output)![1]!;
  return { child, output, env, chatUrl };
}

const VIEWPORTS: readonly { name: string; options: BrowserContextOptions }[] = [
  { name: 'phone', options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
  { name: 'desktop', options: { viewport: { width: 1366, height: 768 } } },
];

// Records notifications and chimes around the real browser APIs (the page's own Notification and AudioContext run).
const RECORD_ALERTS = `
  window.__notes = [];
  window.__chimes = 0;
  const RealNotification = window.Notification;
  window.Notification = new Proxy(RealNotification, { construct(target, args) { window.__notes.push(args); return Reflect.construct(target, args); } });
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) { window.__chimes++; return start.apply(this, args); };
`;

const TITLE = hasChromium ? 'staff tools and resident pages in a browser' : `staff tools in a browser: SKIPPED, ${CHROMIUM} not found (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(TITLE, () => {
  let server: RunningServer;
  let emulator: Awaited<ReturnType<typeof startEmulatorCli>>;
  let browser: Browser;
  let dataDir: string;
  let botPort: number;

  /** A web chat resident asking a question, then for a person: a handoff on the Web channel. */
  const residentAsksForPerson = async () => {
    // As the page is one: the server issues the identity cookie and the conversation id.
    const resident = new WebchatClient(server.url);
    await resident.ask('Đổi bằng lái xe ở đâu?');
    await resident.ask('Tôi muốn nói chuyện với người thật');
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    botPort = await freePort();
    emulator = await startEmulatorCli(botPort);
    dataDir = mkdtempSync(join(tmpdir(), 'staff-browser-'));
    server = await startServer(parseConfig({ ...emulator.env, DATA_DIR: dataDir, PORT: String(botPort), ADMIN_USERNAME: ADMIN.username, ADMIN_PASSWORD: ADMIN.password }),
      { logger: silentLogger });
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    emulator?.child.kill('SIGTERM');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('the emulator printed its webhook on the bot\'s PORT and settings the bot started with', () => {
    expect(emulator.output).toContain(`Webhook events go to: http://localhost:${botPort}/api/zalo/webhook`);
    expect(emulator.output).not.toContain('.env');
    expect(Object.keys(emulator.env).sort()).toEqual(['ZALO_ACCESS_TOKEN', 'ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OAUTH_URL', 'ZALO_OA_SECRET_KEY',
      'ZALO_OPENAPI_URL', 'ZALO_REFRESH_TOKEN']);
  });

  describe.each(VIEWPORTS)('on a $name', ({ name, options }) => {
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];
    const volunteer = { username: `tnv-${name}`, password: `mat-khau-tnv-${name}-1` };
    const shot = (p: Page, file: string) => p.screenshot({ path: join(ARTIFACTS, `staff-${name}-${file}.png`), fullPage: true });
    const watch = (p: Page) => {
      // Aborted requests (the offline test) log "Failed to load resource"; CSP violations and script errors are problems.
      p.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`${p.url()}: ${m.text()}`); });
      p.on('pageerror', (e) => problems.push(e.message));
    };
    const login = async (p: Page, user: { username: string; password: string }) => {
      await p.goto(`${server.url}/admin/login`);
      await p.fill('input[name="username"]', user.username);
      await p.fill('input[name="password"]', user.password);
      await p.click('button[type="submit"]');
      await p.waitForURL((u) => !u.pathname.startsWith('/admin/login'));
    };

    beforeAll(async () => {
      // The browser's own zone is far from Vietnam: times must still read in Vietnam time.
      context = await browser.newContext({ ...options, locale: 'vi-VN', timezoneId: 'America/New_York', acceptDownloads: true });
      await context.grantPermissions(['notifications'], { origin: server.url });
      await context.addInitScript(RECORD_ALERTS);
      page = await context.newPage();
      watch(page);
      await login(page, ADMIN);
    });
    afterAll(async () => context?.close());

    it('a Zalo resident chats through the emulator\'s page and asks for a person', async () => {
      const zalo = await context.newPage();
      await zalo.goto(emulator.chatUrl);
      await zalo.fill('#user', `zalo-${name}`);
      await zalo.dispatchEvent('#user', 'change');
      await zalo.fill('#text', 'chu ky so mien phi lam o dau');
      await zalo.press('#text', 'Enter');
      await zalo.locator('.msg.oa', { hasText: 'Nguồn:' }).first().waitFor({ timeout: 15_000 });
      await zalo.fill('#text', 'Tôi muốn gặp tư vấn viên');
      await zalo.press('#text', 'Enter');
      await zalo.locator('.msg.oa', { hasText: 'Tổ công nghệ số cộng đồng' }).first().waitFor({ timeout: 15_000 });
      await shot(zalo, '01-zalo-emulator');
      await zalo.close();
    });

    it('accounts: created, listed with role and last login, disabled and enabled, reset with a forced change', async () => {
      await page.goto(`${server.url}/admin/users`);
      await page.fill('input[name="username"]', volunteer.username);
      await page.fill('input[name="password"]', volunteer.password);
      await page.click('form[action="/admin/users"] button');
      await page.locator('.alert-ok', { hasText: 'Đã tạo tài khoản' }).waitFor();
      const row = page.locator(`#users tr[data-username="${volunteer.username}"]`);
      expect(await row.locator('td').nth(1).textContent()).toBe('Tình nguyện viên');
      expect(await row.locator('td').nth(3).textContent()).toBe('Chưa đăng nhập');
      const adminRow = page.locator(`#users tr[data-username="${ADMIN.username}"]`);
      expect(await adminRow.locator('td').nth(3).textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

      await row.getByRole('button', { name: 'Vô hiệu hoá' }).click();
      await page.locator('.alert-ok', { hasText: 'Đã vô hiệu hoá' }).waitFor();
      expect(await row.locator('.account-state').textContent()).toBe('Đã vô hiệu hoá');
      const other = await browser.newContext({ ...options, locale: 'vi-VN' });
      const vpage = await other.newPage();
      watch(vpage);
      await vpage.goto(`${server.url}/admin/login`);
      await vpage.fill('input[name="username"]', volunteer.username);
      await vpage.fill('input[name="password"]', volunteer.password);
      await vpage.click('button[type="submit"]');
      await vpage.locator('.alert-error').waitFor();
      await row.getByRole('button', { name: 'Mở lại' }).click();
      await page.locator('.alert-ok', { hasText: 'Đã mở lại' }).waitFor();
      await shot(page, '02-accounts');

      await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
      const temp = (await page.locator('#reset-result .temp-password').textContent())!;
      expect(temp).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      await shot(page, '03-password-reset');
      await login(vpage, { username: volunteer.username, password: temp });
      expect(new URL(vpage.url()).pathname).toBe('/admin/password');
      await vpage.goto(`${server.url}/admin/inbox`);
      expect(new URL(vpage.url()).pathname).toBe('/admin/password');
      await shot(vpage, '04-forced-password-change');
      await vpage.fill('input[name="current"]', temp);
      await vpage.fill('input[name="next"]', volunteer.password);
      await vpage.fill('input[name="confirm"]', volunteer.password);
      await vpage.click('#password-form button');
      await vpage.locator('.alert-ok', { hasText: 'Đã lưu mật khẩu mới' }).waitFor();
      await vpage.goto(`${server.url}/admin/inbox`);
      await vpage.locator('h1', { hasText: 'Hộp thư hỗ trợ' }).waitFor();
      await other.close();
    });

    it('the audit log shows who did what and exports it for Excel', async () => {
      await page.goto(`${server.url}/admin/audit?actor=${ADMIN.username}`);
      const rows = page.locator('#audit tbody tr');
      const actions = await rows.locator('td:nth-child(3)').allTextContents();
      expect(actions.slice(0, 4)).toEqual(['Đặt lại mật khẩu', 'Mở lại tài khoản', 'Vô hiệu hoá tài khoản', 'Tạo tài khoản']);
      expect(await rows.first().locator('td').first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      await shot(page, '05-audit');
      const download = page.waitForEvent('download');
      await page.locator('#audit-export a', { hasText: 'CSV cho Excel' }).click();
      const bytes = readFileSync((await (await download).path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]).toBe('Số thứ tự,Thời gian (giờ Việt Nam),Người thực hiện,Thao tác,Đối tượng,Chi tiết');
      expect(lines.slice(1).every((l) => l.split(',')[2] === ADMIN.username)).toBe(true);
    });

    it('the inbox shows the conversation, channel names, time left; claims stop a second answer; a new item notifies', async () => {
      await residentAsksForPerson();
      await page.goto(`${server.url}/admin/inbox`);
      const zaloItem = page.locator('article.handoff', { has: page.locator('.channel-name', { hasText: 'Zalo' }) }).filter({ hasText: 'Tôi muốn gặp tư vấn viên' }).first();
      const webItem = page.locator('article.handoff', { has: page.locator('.channel-name', { hasText: /^Web$/ }) }).first();
      await zaloItem.waitFor();
      expect(await zaloItem.locator('.window').textContent()).toMatch(/^Trả lời miễn phí: còn (47|48) giờ( \d+ phút)? \(đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\)$/);
      expect(await webItem.locator('.window').textContent()).toBe('Không giới hạn thời gian trả lời');
      // The conversation so far: the resident's question and the bot's answer with its sources.
      expect(await zaloItem.locator('.conversation .msg-user .bubble').first().textContent()).toBe('chu ky so mien phi lam o dau');
      expect(await zaloItem.locator('.conversation .msg-bot .bubble').first().textContent()).toContain('Nguồn:');
      expect(await page.locator('.channel-name').allTextContents()).not.toContain('emulator');

      const other = await browser.newContext({ ...options, locale: 'vi-VN' });
      const vpage = await other.newPage();
      watch(vpage);
      await login(vpage, volunteer);
      await vpage.goto(`${server.url}/admin/inbox`);
      const theirs = vpage.locator('article.handoff', { has: vpage.locator('.channel-name', { hasText: 'Zalo' }) }).filter({ hasText: 'Tôi muốn gặp tư vấn viên' }).first();
      if (await theirs.locator('.assignee-none').count()) {
        await theirs.getByRole('button', { name: 'Nhận trả lời' }).click();
        await vpage.locator('.alert-ok', { hasText: 'Bạn đang phụ trách' }).waitFor();
      }
      expect(await theirs.locator('.assignee').textContent()).toBe(`Phụ trách: ${volunteer.username} (bạn)`);
      await shot(vpage, '06-inbox-claimed');
      await other.close();

      await page.reload();
      expect(await zaloItem.locator('.assignee').textContent()).toBe(`Phụ trách: ${volunteer.username}`);
      expect(await zaloItem.locator('textarea[name="text"]').isDisabled()).toBe(true);
      expect(await zaloItem.locator('.reply-form').textContent()).toContain(`${volunteer.username} đang phụ trách`);
      await shot(page, '07-inbox');

      // A new resident asks for a person while the inbox page is open.
      const before = Number(await page.locator('#inbox-badge').textContent());
      await residentAsksForPerson();
      await page.locator('#inbox-new').waitFor({ state: 'visible', timeout: 20_000 });
      expect(await page.locator('#inbox-new').textContent()).toMatch(/Người dân mới cần hỗ trợ \(Web, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\)/);
      await expect.poll(() => page.locator('#inbox-badge').textContent()).toBe(String(before + 1));
      expect(await page.title()).toMatch(/^\(\d+\) Hộp thư hỗ trợ/);
      const alerts = await page.evaluate(() => ({ notes: (window as unknown as { __notes: unknown[][] }).__notes, chimes: (window as unknown as { __chimes: number }).__chimes }));
      expect(alerts.notes.map((n) => n[0])).toEqual(['Hộp thư hỗ trợ']);
      expect(alerts.chimes).toBe(1);
      await shot(page, '08-inbox-notified');
      // The badge is on every page, not only the inbox.
      await page.goto(`${server.url}/admin/logs`);
      await expect.poll(() => page.locator('#inbox-badge').textContent()).toBe(String(before + 1));
    });

    it('the dashboard: dd/MM days, partial answers, top questions, answer rate by channel, no model cost, no clipped label', async () => {
      const today = vietnamDay(new Date().toISOString());
      await server.store.appendTurn({ turnId: `partial-${name}`, createdAt: new Date().toISOString(), channel: 'zalo', userId: `p-${name}`, conversationId: `pc-${name}`,
        question: 'Phí làm lý lịch tư pháp trên VNeID là bao nhiêu?', status: 'partial' as never, answer: 'Bài viết nói về thủ tục nhưng không nói về phí.',
        citations: [], retrieved: [], timings: { totalMs: 80 }, model: 'extractive-v1' });
      // A long question in capitals, as Vietnamese titles often are: its label must be shortened, not cut off.
      await server.store.appendTurn({ turnId: `caps-${name}`, createdAt: new Date().toISOString(), channel: 'webchat', userId: `c-${name}`, conversationId: `cc-${name}`,
        question: `HƯỚNG DẪN ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC HAI CHO NGƯỜI CAO TUỔI Ở VÙNG SÂU VÙNG XA THẾ NÀO ${name.toUpperCase()}`,
        status: 'no_answer', answer: 'Xin lỗi, tôi chưa có thông tin về câu hỏi này.', citations: [], retrieved: [], timings: { totalMs: 90 }, model: 'extractive-v1' });
      const from = vietnamDay(new Date(Date.now() - 10 * 86_400_000).toISOString());
      await page.goto(`${server.url}/admin?from=${from}&to=${today}`);
      expect(await page.locator('input[name="from"]').inputValue()).toBe(`${from.slice(8, 10)}/${from.slice(5, 7)}/${from.slice(0, 4)}`);
      expect(await page.locator('#range-text').textContent()).toMatch(/^Từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4} \(giờ Việt Nam\)$/);
      const ticks = await page.locator('svg.chart text.tick').allTextContents();
      const days = ticks.filter((t) => /\d[-/]\d/.test(t));
      expect(days.length).toBeGreaterThan(0);
      expect(days.every((t) => /^\d{2}\/\d{2}$/.test(t))).toBe(true);
      expect(days).toContain(`${today.slice(8, 10)}/${today.slice(5, 7)}`);
      expect(await page.locator('.model-figure').count()).toBe(0);
      expect((await page.locator('main').textContent())!.toLowerCase()).not.toContain('chi phí mô hình');
      expect(await page.locator('svg.chart text.label', { hasText: 'Trả lời một phần' }).count()).toBe(1);
      expect(await page.locator('#kpi-partial .kpi-value').textContent()).toMatch(/^\d+%$/);
      expect(await page.locator('#top-questions li').count()).toBeGreaterThan(0);
      const channels = await page.locator('#channel-rates tbody td:first-child').allTextContents();
      expect(channels).toEqual(expect.arrayContaining(['Zalo', 'Web']));
      // Every label lies inside its chart's drawing area: none cut off at the left (or right).
      const outside = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].flatMap((svg) => {
        const width = (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: (t as SVGTextElement).getBBox() }))
          .filter(({ box }) => box.x < -0.5 || box.x + box.width > width + 0.5).map(({ text }) => text);
      }));
      expect(outside).toEqual([]);
      expect(await page.locator('svg.chart text.label', { hasText: /^HƯỚNG DẪN ĐĂNG KÝ.*…/ }).count()).toBeGreaterThan(0);
      await shot(page, '09-dashboard');
    });

    it('one date format on server and in the browser, in Vietnam time whatever the browser\'s zone', async () => {
      const instants = ['2024-03-10T23:30:00.000Z', new Date().toISOString()];
      // The page's own module, as its scripts import it (a string, so the test runner leaves the import alone).
      const inBrowser = await page.evaluate(`import('/admin/static/vn-time.js').then((m) => ${JSON.stringify(instants)}.map((v) => m.formatDateTime(v)))`) as string[];
      expect(inBrowser).toEqual(instants.map((v) => formatTime(v)));
      expect(inBrowser[0]).toBe('11/03/2024 06:30');
    });

    it('the log\'s CSV export keeps the BOM, names columns in Vietnamese and applies the page\'s filters', async () => {
      await page.goto(`${server.url}/admin/logs?status=no_answer&channel=webchat`);
      expect(await page.locator('select[name="status"] option[value="partial"]').textContent()).toBe('Trả lời một phần');
      const download = page.waitForEvent('download');
      await page.locator('#export-links a', { hasText: 'CSV cho Excel' }).click();
      const bytes = readFileSync((await (await download).path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(lines[0]!.startsWith('Mã lượt,Thời gian (giờ Việt Nam),Kênh,Câu hỏi,')).toBe(true);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(1)) expect(line).toMatch(/^[^,]+,\d{2}\/\d{2}\/\d{4} \d{2}:\d{2},Web,.*,Không có câu trả lời,/);
      await shot(page, '10-logs-export');
    });

    it('a mistyped address shows a Vietnamese page with a way back to the chat', async () => {
      const resident = await browser.newContext({ ...options, locale: 'vi-VN' });
      const p = await resident.newPage();
      watch(p);
      const res = await p.goto(`${server.url}/huong-dan/chu-ky-so`);
      expect(res?.status()).toBe(404);
      expect(await p.locator('h1').textContent()).toBe('Không tìm thấy trang');
      await shot(p, '11-not-found');
      await p.getByRole('link', { name: 'Quay lại trò chuyện với trợ lý' }).click();
      await p.locator('#question').waitFor();
      const api = await p.request.get(`${server.url}/api/khong-co`);
      expect([api.status(), await api.json()]).toEqual([404, { error: 'not_found' }]);
      await resident.close();
    });

    it('the web chat shows when the bot is unreachable, keeps the question across a reload, and answers once it is back', async () => {
      const resident = await browser.newContext({ ...options, locale: 'vi-VN' });
      const p = await resident.newPage();
      watch(p);
      await p.goto(server.url);
      await p.locator('.msg-bot:not(.typing)').first().waitFor();
      const down = (route: { abort(code: string): Promise<void> }) => route.abort('connectionrefused');
      await p.route('**/api/webchat/stream', down);
      await p.route('**/healthz', down);
      await p.fill('#question', 'Chữ ký số miễn phí làm ở đâu?');
      await p.press('#question', 'Enter');
      await p.locator('#connection', { hasText: 'Mất kết nối với trợ lý' }).waitFor();
      await p.locator('.notice').waitFor();
      await shot(p, '12-webchat-offline');
      await p.reload();
      await p.locator('.msg-user .bubble', { hasText: 'Chữ ký số miễn phí làm ở đâu?' }).waitFor();
      await p.locator('#connection', { hasText: 'Mất kết nối với trợ lý' }).waitFor();
      await shot(p, '13-webchat-offline-reloaded');
      // The bot is back: the question is answered without the resident doing anything.
      await p.unroute('**/api/webchat/stream', down);
      await p.unroute('**/healthz', down);
      await p.locator('.msg-bot .cite').first().waitFor({ timeout: 20_000 });
      expect(await p.locator('.notice').count()).toBe(0);
      await shot(p, '14-webchat-back');
      await p.reload();
      await p.locator('.msg-bot .cite').first().waitFor();
      expect(await p.locator('.msg-user .bubble').allTextContents()).toEqual(['Chữ ký số miễn phí làm ở đâu?']);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(p.viewportSize()!.width);
      await resident.close();
      expect(problems).toEqual([]);
    });
  });
});
