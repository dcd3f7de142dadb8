import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminTestApp, TEST_USERS, type AdminTestApp } from '../admin/testing/admin-test-app.js';
import { sampleTurn, sampleTurns } from '../admin/testing/sample-data.js';
import type { TurnRecord } from '../core/turn-record.js';

interface Auth { cookie: string; csrf: string }
interface Account { id: string; username: string; role: string; disabled: boolean; mustChangePassword: boolean; lastLoginAt: string | null }

let app: AdminTestApp;
let now = new Date('2024-06-15T05:00:00.000Z');
let admin: Auth;
const VOLUNTEERS = [{ username: 'tnv-lan', password: 'mat-khau-cua-lan-1' }, { username: 'tnv-minh', password: 'mat-khau-cua-minh-1' }];

const login = (username: string, password: string) => fetch(`${app.url}/admin/api/login`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

async function session(user: { username: string; password: string }): Promise<Auth> {
  const res = await login(user.username, user.password);
  expect(res.status).toBe(200);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function call(auth: Auth, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { cookie: auth.cookie };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.method && init.method !== 'GET') headers['x-csrf-token'] = auth.csrf;
  return fetch(`${app.url}${path}`, { method: init.method ?? 'GET', headers, redirect: 'manual', ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
}

const users = async (as = admin) => ((await (await call(as, '/admin/api/users')).json()) as { items: Account[] }).items;
const userId = async (username: string, as = admin) => (await users(as)).find((u) => u.username === username)!.id;
/** The body as bytes-decoded text with its BOM kept (fetch's text() drops a leading BOM). */
const rawText = async (res: Response) => Buffer.from(await res.arrayBuffer()).toString('utf8');
const auditActions = async () => ((await (await call(admin, '/admin/api/audit?limit=500')).json()) as { items: { action: string; actor: string; target: string }[] }).items;

beforeAll(async () => {
  app = await startAdminTestApp({ now: () => now });
  for (const t of sampleTurns()) await app.store.appendTurn(t);
  admin = await session(TEST_USERS.admin);
  for (const v of VOLUNTEERS) expect((await call(admin, '/admin/api/users', { method: 'POST', body: { ...v, role: 'volunteer' } })).status).toBe(201);
});
afterAll(async () => app?.close());

describe('accounts', () => {
  it('GET /admin/api/users lists every account with role and last login, never a hash; volunteers get 403', async () => {
    const list = await users();
    expect(list.map((u) => [u.username, u.role])).toEqual([['quantri', 'admin'], ['tinhnguyen', 'volunteer'], ['tnv-lan', 'volunteer'], ['tnv-minh', 'volunteer']]);
    expect(list.find((u) => u.username === 'quantri')!.lastLoginAt).toBe(now.toISOString());
    expect(list.find((u) => u.username === 'tnv-lan')!.lastLoginAt).toBeNull();
    expect(JSON.stringify(list)).not.toContain('scrypt');
    const volunteer = await session(TEST_USERS.volunteer);
    expect((await call(volunteer, '/admin/api/users')).status).toBe(403);
  });

  it('disabling ends the person\'s sessions and logins at once; enabling lets them back in', async () => {
    const lan = await session(VOLUNTEERS[0]!);
    const id = await userId('tnv-lan');
    expect((await call(admin, `/admin/api/users/${id}/disable`, { method: 'POST' })).status).toBe(200);
    expect((await call(lan, '/admin/api/logs')).status).toBe(401);
    expect((await login(VOLUNTEERS[0]!.username, VOLUNTEERS[0]!.password)).status).toBe(401);
    expect((await users()).find((u) => u.id === id)!.disabled).toBe(true);
    expect((await call(admin, `/admin/api/users/${id}/enable`, { method: 'POST' })).status).toBe(200);
    const again = await session(VOLUNTEERS[0]!);
    expect((await call(again, '/admin/api/logs')).status).toBe(200);
  });

  it('refuses to disable yourself (so an enabled admin always remains); another admin may disable you', async () => {
    const self = await call(admin, `/admin/api/users/${await userId('quantri')}/disable`, { method: 'POST' });
    expect([self.status, await self.json()]).toEqual([409, { error: 'self_disable', message: 'you cannot disable your own account' }]);
    expect((await call(admin, '/admin/api/users', { method: 'POST', body: { username: 'quantri-2', password: 'mat-khau-quan-tri-2', role: 'admin' } })).status).toBe(201);
    const second = await session({ username: 'quantri-2', password: 'mat-khau-quan-tri-2' });
    const first = await userId('quantri');
    expect((await call(second, `/admin/api/users/${first}/disable`, { method: 'POST' })).status).toBe(200);
    expect((await call(admin, '/admin/api/users')).status).toBe(401);
    expect((await call(second, `/admin/api/users/${first}/enable`, { method: 'POST' })).status).toBe(200);
    admin = await session(TEST_USERS.admin);
  });

  it('a reset password logs in once, leads only to the password change, and expires after 72 hours', async () => {
    const id = await userId('tnv-minh');
    const minh = await session(VOLUNTEERS[1]!);
    const reset = await call(admin, `/admin/api/users/${id}/reset-password`, { method: 'POST' });
    expect(reset.headers.get('cache-control')).toBe('no-store');
    const { temporaryPassword, expiresAt } = (await reset.json()) as { temporaryPassword: string; expiresAt: string };
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(expiresAt).toBe(new Date(now.getTime() + 72 * 3_600_000).toISOString());
    expect((await call(minh, '/admin/api/logs')).status).toBe(401);
    expect((await login('tnv-minh', VOLUNTEERS[1]!.password)).status).toBe(401);
    const temp = await session({ username: 'tnv-minh', password: temporaryPassword });
    const blocked = await call(temp, '/admin/api/logs');
    expect([blocked.status, await blocked.json()]).toEqual([403, { error: 'password_change_required' }]);
    expect((await call(temp, '/admin/inbox')).headers.get('location')).toBe('/admin/password');
    expect((await call(temp, '/admin/api/password', { method: 'POST', body: { current: 'sai-mat-khau-tam', next: 'mat-khau-moi-cua-minh' } })).status).toBe(400);
    expect((await call(temp, '/admin/api/password', { method: 'POST', body: { current: temporaryPassword, next: 'mat-khau-moi-cua-minh' } })).status).toBe(200);
    expect((await call(temp, '/admin/api/logs')).status).toBe(200);
    expect((await login('tnv-minh', temporaryPassword)).status).toBe(401);
    await session({ username: 'tnv-minh', password: 'mat-khau-moi-cua-minh' });

    const second = (await (await call(admin, `/admin/api/users/${id}/reset-password`, { method: 'POST' })).json()) as { temporaryPassword: string };
    now = new Date(now.getTime() + 72 * 3_600_000 + 1000);
    try {
      expect((await login('tnv-minh', second.temporaryPassword)).status).toBe(401);
    } finally {
      now = new Date('2024-06-15T05:00:00.000Z');
    }
    const restore = (await (await call(admin, `/admin/api/users/${id}/reset-password`, { method: 'POST' })).json()) as { temporaryPassword: string };
    const back = await session({ username: 'tnv-minh', password: restore.temporaryPassword });
    expect((await call(back, '/admin/api/password', { method: 'POST', body: { current: restore.temporaryPassword, next: VOLUNTEERS[1]!.password } })).status).toBe(200);
  });

  it('counts wrong current passwords on the password change like login failures: the sixth in the window gets 429', async () => {
    const lan = await session(VOLUNTEERS[0]!);
    for (let i = 0; i < 5; i++) {
      expect((await call(lan, '/admin/api/password', { method: 'POST', body: { current: `doan-sai-${i}`, next: 'mat-khau-moi-cua-lan' } })).status).toBe(400);
    }
    const limited = await call(lan, '/admin/api/password', { method: 'POST', body: { current: VOLUNTEERS[0]!.password, next: 'mat-khau-moi-cua-lan' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // The page's form says so in Vietnamese rather than showing the API's error.
    const form = await call(lan, '/admin/password', { method: 'POST', body: { current: VOLUNTEERS[0]!.password, next: 'mat-khau-moi-cua-lan', confirm: 'mat-khau-moi-cua-lan' } });
    expect([form.status, form.headers.get('location')]).toEqual([303, '/admin/password?err=password_attempts']);
    // The password itself is unchanged: the right one still logs in.
    await session(VOLUNTEERS[0]!);
  });

  it('records every account change in the audit log, newest first, and exports it for Excel', async () => {
    const entries = await auditActions();
    const accountActions = entries.filter((e) => e.action.startsWith('user.')).map((e) => `${e.actor} ${e.action} ${e.target}`).reverse();
    expect(accountActions.slice(0, 6)).toEqual(['quantri user.create tnv-lan', 'quantri user.create tnv-minh', 'quantri user.disable tnv-lan',
      'quantri user.enable tnv-lan', 'quantri user.create quantri-2', 'quantri-2 user.disable quantri']);
    expect(accountActions).toContain('quantri user.reset_password tnv-minh');
    expect(accountActions).toContain('tnv-minh user.change_password tnv-minh');
    const csv = await rawText(await call(admin, '/admin/api/audit/export?format=csv&header=vi&action=user.disable'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Số thứ tự,Thời gian (giờ Việt Nam),Người thực hiện,Thao tác,Đối tượng,Chi tiết');
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 5).join(','))).toEqual(['15/06/2024 12:00,quantri-2,Vô hiệu hoá tài khoản,quantri', '15/06/2024 12:00,quantri,Vô hiệu hoá tài khoản,tnv-lan']);
    const volunteer = await session(TEST_USERS.volunteer);
    expect((await call(volunteer, '/admin/api/audit')).status).toBe(403);
  });
});

describe('inbox claims', () => {
  it('of two volunteers claiming at once exactly one wins; the other cannot reply, and nothing is sent for them', async () => {
    const h = await app.store.openHandoff({ channel: 'zalo', conversationId: 'conv-claim', address: '{"user":{"id":"z1"}}', question: 'Cho tôi gặp cán bộ', at: now.toISOString() });
    const [lan, minh] = await Promise.all(VOLUNTEERS.map(session));
    const results = await Promise.all([lan, minh].map((who) => call(who!, `/admin/api/handoffs/${h.id}/claim`, { method: 'POST' })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0]!.status === 200 ? lan! : minh!;
    const loser = winner === lan ? minh! : lan!;
    const sent = app.handoffs.sent.length;
    const refused = await call(loser, `/admin/api/handoffs/${h.id}/reply`, { method: 'POST', body: { text: 'Chào bạn' } });
    expect(refused.status).toBe(409);
    expect(app.handoffs.sent.length).toBe(sent);
    expect((await call(winner, `/admin/api/handoffs/${h.id}/reply`, { method: 'POST', body: { text: 'Chào bạn, tôi là Lan' } })).status).toBe(200);
    expect(app.handoffs.sent.length).toBe(sent + 1);
  });

  it('an admin assigns to an enabled account; volunteers cannot assign; the summary counts who waits', async () => {
    const h = await app.store.openHandoff({ channel: 'webchat', conversationId: 'conv-assign', address: '{"conversation":{"id":"w1"}}', question: 'Tôi cần hỗ trợ', at: now.toISOString() });
    const summary = (await (await call(admin, '/admin/api/handoffs/summary')).json()) as { open: number; unclaimed: number; items: { id: string; channelLabel: string }[] };
    expect(summary.items.find((i) => i.id === h.id)?.channelLabel).toBe('Web');
    const volunteer = await session(VOLUNTEERS[0]!);
    expect((await call(volunteer, `/admin/api/handoffs/${h.id}/assign`, { method: 'POST', body: { to: 'tnv-minh' } })).status).toBe(403);
    expect((await call(admin, `/admin/api/handoffs/${h.id}/assign`, { method: 'POST', body: { to: 'nobody' } })).status).toBe(404);
    const assigned = await call(admin, `/admin/api/handoffs/${h.id}/assign`, { method: 'POST', body: { to: 'tnv-minh' } });
    expect(((await assigned.json()) as { assignee: string }).assignee).toBe('tnv-minh');
    const after = (await (await call(admin, '/admin/api/handoffs/summary')).json()) as { open: number; unclaimed: number };
    expect(after).toMatchObject({ open: summary.open, unclaimed: summary.unclaimed - 1 });
    expect((await auditActions()).slice(0, 1)).toEqual([expect.objectContaining({ action: 'handoff.assign', actor: 'quantri', target: h.id })]);
  });
});

describe('exports and dashboard', () => {
  it('CSV with header=vi: BOM, Vietnamese column names and values, the log page\'s filters applied', async () => {
    const res = await call(admin, '/admin/api/export?format=csv&header=vi&status=no_answer&channel=zalo&q=bang lai');
    const csv = await rawText(res);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 7)).toEqual(['Mã lượt', 'Thời gian (giờ Việt Nam)', 'Kênh', 'Câu hỏi', 'Câu hỏi đầy đủ (viết lại)', 'Trạng thái', 'Câu trả lời']);
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 4).concat(l.split(',')[5]!))).toEqual([
      ['15/06/2024 10:00', 'Zalo', 'doi bang lai xe o dau', 'Không có câu trả lời']]);
    const en = await rawText(await call(admin, '/admin/api/export?format=csv&status=no_answer&channel=zalo'));
    expect(en.slice(1).split('\r\n')[0]).toMatch(/^id,createdAt,channel,question/);
    expect(en.slice(1).trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('a date filter means the whole day in Vietnam', async () => {
    // 16:59 UTC on 14 June is 23:59 in Hà Nội; 17:00 UTC is already 15 June.
    await app.store.appendTurn(sampleTurn({ question: 'Câu hỏi lúc gần nửa đêm', createdAt: '2024-06-14T16:59:00.000Z' }));
    await app.store.appendTurn(sampleTurn({ question: 'Câu hỏi lúc nửa đêm', createdAt: '2024-06-14T17:00:00.000Z' }));
    const day = async (d: string) => ((await (await call(admin, `/admin/api/logs?from=${d}&to=${d}&q=nửa đêm`)).json()) as { items: { question: string }[] }).items.map((t) => t.question);
    expect(await day('2024-06-14')).toEqual(['Câu hỏi lúc gần nửa đêm']);
    expect(await day('2024-06-15')).toEqual(['Câu hỏi lúc nửa đêm']);
    // As the form takes it, day first.
    expect(await day('15/06/2024')).toEqual(['Câu hỏi lúc nửa đêm']);
    const page = await (await call(admin, '/admin/logs?from=15%2F06%2F2024&to=2024-06-15')).text();
    expect(page).toContain('name="from" value="15/06/2024"');
    expect(page).toContain('name="to" value="15/06/2024"');
    expect(page).not.toContain('type="date"');
  });

  it('the dashboard counts partial answers, groups the top questions, rates each channel, hides model figures without a model', async () => {
    const partial: TurnRecord = sampleTurn({ question: 'Phí làm lý lịch tư pháp là bao nhiêu?', status: 'partial' as TurnRecord['status'], channel: 'emulator', createdAt: '2024-06-15T04:00:00.000Z' });
    await app.store.appendTurn(partial);
    const stats = (await (await call(admin, '/admin/api/stats?from=2024-06-01&to=2024-06-15')).json()) as {
      totals: { byStatus: Record<string, number> }; rate: { questions: number; partial: number }; showModel: boolean;
      channels: { channel: string; questions: number; answered: number; partial: number; rate: number }[]; topQuestions: { label: string; count: number }[] };
    expect(stats.totals.byStatus['partial']).toBe(1);
    expect(stats.rate.partial).toBe(1);
    expect(stats.showModel).toBe(false);
    expect(stats.channels.find((c) => c.channel === 'emulator')).toEqual({ channel: 'emulator', questions: 1, answered: 0, partial: 1, rate: 0, partialRate: 100 });
    expect(stats.channels.find((c) => c.channel === 'zalo')).toMatchObject({ questions: 3, answered: 1, rate: 33 });
    // Three asked about the criminal record extract (one through a follow-up's rewrite), three about driving licences.
    expect(stats.topQuestions.slice(0, 2).map((g) => g.count)).toEqual([3, 3]);
    expect(stats.topQuestions.slice(0, 2).map((g) => g.label.toLowerCase()).join(' | ')).toMatch(/lý lịch tư pháp.*\|.*bằng lái|bằng lái.*\|.*lý lịch tư pháp/);
    const page = await (await call(admin, '/admin?from=2024-06-01&to=2024-06-15')).text();
    expect(page).toContain('Trả lời một phần');
    expect(page).not.toContain('chi phí mô hình');
    expect(page).toContain('<td>Bot Framework</td>');
    const logs = await (await call(admin, '/admin/logs?status=partial')).text();
    expect(logs).toContain('<option value="partial" selected>Trả lời một phần</option>');
    expect(logs).toContain('Phí làm lý lịch tư pháp là bao nhiêu?');
  });
});

describe('unknown admin addresses', () => {
  it('a page path gets the Vietnamese page with a link to the admin; an API path JSON', async () => {
    const page = await call(admin, '/admin/trang-khong-co');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<a class="not-found-link" href="/admin">Về trang quản trị</a>');
    const api = await call(admin, '/admin/api/khong-co');
    expect([api.status, await api.json()]).toEqual([404, { error: 'not_found' }]);
  });
});

describe('dates as dd/MM/yyyy on every page', () => {
  it('article dates on the corpus page and a turn\'s page', async () => {
    const corpus = await (await call(admin, '/admin/corpus')).text();
    expect(corpus).toContain('<td class="nowrap">02/05/2024</td>');
    expect(corpus).not.toContain('>2024-05-02<');
    const turn = await (await call(admin, '/admin/logs/turn-001')).text();
    expect(turn).toContain('Báo Hải Phòng · 02/05/2024');
    expect(turn).toMatch(/<dd>14\/06\/2024 09:00<\/dd>/);
  });
});
