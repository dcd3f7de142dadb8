import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword, hashPassword } from '../admin/auth/password.js';
import { startAdminTestApp, TEST_USERS, type AdminTestApp } from '../admin/testing/admin-test-app.js';
import { sampleTurns, XSS_QUESTIONS } from '../admin/testing/sample-data.js';

interface Auth { cookie: string; csrf: string }

let app: AdminTestApp;
let admin: Auth;
let volunteer: Auth;

async function login(username: string, password: string, ip?: string): Promise<Response> {
  return fetch(`${app.url}/admin/api/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(ip ? { 'x-forwarded-for': ip } : {}) }, body: JSON.stringify({ username, password }),
  });
}

async function session(user: { username: string; password: string }): Promise<Auth> {
  const res = await login(user.username, user.password);
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function call(auth: Auth | undefined, path: string, init: { method?: string; body?: unknown; csrf?: boolean } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (auth) headers['cookie'] = auth.cookie;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (auth && init.csrf !== false && init.method && init.method !== 'GET') headers['x-csrf-token'] = auth.csrf;
  return fetch(`${app.url}${path}`, { method: init.method ?? 'GET', headers, redirect: 'manual', ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
}

beforeAll(async () => {
  app = await startAdminTestApp();
  for (const t of sampleTurns()) await app.store.appendTurn(t);
  await app.store.setFeedback('turn-006', 'down');
  admin = await session(TEST_USERS.admin);
  volunteer = await session(TEST_USERS.volunteer);
});
afterAll(async () => app?.close());

describe('passwords', () => {
  it('hashes in the documented scrypt format and verifies only the right password', async () => {
    const hash = await hashPassword('đúng-mật-khẩu');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('đúng-mật-khẩu', hash)).toBe(true);
    expect(await verifyPassword('sai', hash)).toBe(false);
    expect(await verifyPassword('x', 'scrypt$999999999$8$1$AAAA$BBBB')).toBe(false);
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });
});

describe('sessions and CSRF', () => {
  it('sets an httpOnly, SameSite=Strict cookie scoped to /admin', async () => {
    const res = await login(TEST_USERS.admin.username, TEST_USERS.admin.password);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^admin_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/admin');
    expect(cookie).not.toContain('Secure');
  });

  it('makes the cookie Secure when the login came over HTTPS through the trusted proxy, unconfigured', async () => {
    const res = await fetch(`${app.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: TEST_USERS.admin.username, password: TEST_USERS.admin.password }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure(;|$)/);
  });

  it.each([
    ['GET', '/admin/api/logs'], ['GET', '/admin/api/export?format=csv'], ['POST', '/admin/api/logs/turn-001/correction'],
    ['GET', '/admin/api/handoffs'], ['GET', '/admin/api/stats'], ['GET', '/admin/api/corpus/status'],
  ])('%s %s without a session → 401 JSON', async (method, path) => {
    const res = await call(undefined, path, { method, ...(method === 'POST' ? { body: { answer: 'x' } } : {}) });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
  });

  it.each(['/admin', '/admin/logs', '/admin/logs/turn-001', '/admin/inbox', '/admin/corpus'])('page %s without a session → redirect to login', async (path) => {
    const res = await call(undefined, path);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/admin\/login/);
  });

  it('a forged or unknown cookie is no session', async () => {
    const res = await call({ cookie: 'admin_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', csrf: '' }, '/admin/api/logs');
    expect(res.status).toBe(401);
  });

  it.each([
    ['/admin/api/logs/turn-001/correction', { answer: 'x' }], ['/admin/api/logs/turn-001/review', { verdict: 'good' }],
    ['/admin/api/corpus/reindex', {}], ['/admin/api/logout', {}],
  ])('POST %s without x-csrf-token → 403', async (path, body) => {
    const res = await call(admin, path, { method: 'POST', body, csrf: false });
    expect(res.status).toBe(403);
    const wrong = await call({ ...admin, csrf: 'wrong' }, path, { method: 'POST', body });
    expect(wrong.status).toBe(403);
  });

  it('a form post without _csrf is refused even with the cookie', async () => {
    const res = await fetch(`${app.url}/admin/logs/turn-001/review`, {
      method: 'POST', redirect: 'manual', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'verdict=bad',
    });
    expect(res.status).toBe(403);
    const ok = await fetch(`${app.url}/admin/logs/turn-001/review`, {
      method: 'POST', redirect: 'manual', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ verdict: 'good', note: 'ổn', _csrf: admin.csrf }).toString(),
    });
    expect(ok.status).toBe(303);
    expect((await app.store.getTurn('turn-001'))?.review).toMatchObject({ verdict: 'good', note: 'ổn', by: TEST_USERS.admin.username });
  });

  it('volunteers get 403 on corpus and user management, 200 on review and inbox', async () => {
    for (const path of ['/admin/api/corpus/status', '/admin/api/corpus/articles', '/admin/corpus', '/admin/users']) expect((await call(volunteer, path)).status).toBe(403);
    expect((await call(volunteer, '/admin/api/corpus/reindex', { method: 'POST', body: {} })).status).toBe(403);
    expect((await call(volunteer, '/admin/api/users', { method: 'POST', body: { username: 'moi-nguoi', password: 'mot-mat-khau-dai', role: 'admin' } })).status).toBe(403);
    for (const path of ['/admin/api/logs', '/admin/api/handoffs', '/admin/logs', '/admin/inbox', '/admin/curated', '/admin/unanswered', '/admin']) expect((await call(volunteer, path)).status).toBe(200);
  });

  it('logout deletes the session', async () => {
    const s = await session(TEST_USERS.volunteer);
    expect((await call(s, '/admin/api/logout', { method: 'POST', body: {} })).status).toBe(200);
    expect((await call(s, '/admin/api/logs')).status).toBe(401);
  });

  it('locks out an (account, address) pair after five wrong passwords (429 with Retry-After); the right password from elsewhere still works', async () => {
    for (let i = 0; i < 5; i++) expect((await login(TEST_USERS.volunteer.username, 'sai-mat-khau', '10.0.0.1')).status).toBe(401);
    const limited = await login(TEST_USERS.volunteer.username, TEST_USERS.volunteer.password, '10.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    // Wrong passwords spread over addresses lock no one out: the attacker cannot deny the real user their login.
    for (let i = 2; i < 12; i++) expect((await login(TEST_USERS.volunteer.username, 'sai-mat-khau', `10.0.0.${i}`)).status).toBe(401);
    expect((await login(TEST_USERS.volunteer.username, TEST_USERS.volunteer.password, '10.0.0.99')).status).toBe(200);
  });

  it('limits an address that sprays account names, for every account from it', async () => {
    for (let i = 0; i < 20; i++) await login(`khong-co-${i}`, 'x', '10.0.1.1');
    expect((await login(TEST_USERS.admin.username, TEST_USERS.admin.password, '10.0.1.1')).status).toBe(429);
    expect((await login(TEST_USERS.admin.username, TEST_USERS.admin.password, '10.0.1.2')).status).toBe(200);
  });
});

interface LogsReply { items: { id: string; createdAt: string; channel: string; question: string; status: string; answer: string; citations: { paragraphId: string }[]; feedback: string | null }[]; total: number }
const logs = async (query: string) => (await (await call(admin, `/admin/api/logs${query}`)).json()) as LogsReply;

describe('logs API', () => {
  it('returns items in the agreed shape', async () => {
    const page = await logs('?q=l%C3%BD%20l%E1%BB%8Bch');
    expect(page.total).toBeGreaterThanOrEqual(1);
    const first = page.items.find((i) => i.id === 'turn-001')!;
    expect(Object.keys(first).sort()).toEqual(['answer', 'channel', 'citations', 'createdAt', 'feedback', 'id', 'question', 'status']);
    expect(first.citations).toEqual([{ paragraphId: 'vneid-ly-lich#1' }, { paragraphId: 'vneid-ly-lich#2' }]);
  });

  it.each([
    ['?status=no_answer', ['turn-003', 'turn-004', 'turn-005', 'turn-008', 'turn-009']],
    ['?status=no_answer&channel=zalo', ['turn-003', 'turn-004']],
    ['?feedback=down', ['turn-006']],
    ['?from=2024-06-14&to=2024-06-14', ['turn-001', 'turn-002']],
    ['?articleId=chu-ky-so', ['turn-006']],
    ['?q=bang%20lai', ['turn-004']],
  ])('filter %s', async (query, ids) => {
    const page = await logs(query);
    expect(page.items.map((i) => i.id).sort()).toEqual(ids);
    expect(page.total).toBe(ids.length);
  });

  it('pages with limit and offset', async () => {
    const all = await logs('');
    const second = await logs('?limit=2&offset=2');
    expect(second.items).toHaveLength(2);
    expect(second.total).toBe(all.total);
    expect(second.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));
  });
});

describe('correction → curated answer', () => {
  it('creates a curated answer from the turn (rewrite as question, its citations and article hashes) and links it', async () => {
    const res = await call(admin, '/admin/api/logs/turn-002/correction', { method: 'POST', body: { answer: 'Phí là 200.000 đồng, giảm một nửa khi nộp trực tuyến [1].' } });
    expect(res.status).toBe(200);
    const { curatedId } = (await res.json()) as { curatedId: string };
    const curated = await app.store.getCurated(curatedId);
    expect(curated).toMatchObject({
      question: 'Phí làm lý lịch tư pháp trên VNeID bao nhiêu?', status: 'active', createdBy: TEST_USERS.admin.username, sourceTurnId: 'turn-002',
      citations: [{ paragraphId: 'vneid-ly-lich#2', articleId: 'vneid-ly-lich' }], articleHashes: { 'vneid-ly-lich': app.corpus.articleHash('vneid-ly-lich') },
    });
    expect((await app.store.getTurn('turn-002'))?.curatedId).toBe(curatedId);
    expect((await logs('?hasCorrection=true')).items.map((i) => i.id)).toEqual(['turn-002']);
  });

  it('404 for an unknown turn, 400 for an empty answer', async () => {
    expect((await call(admin, '/admin/api/logs/nope/correction', { method: 'POST', body: { answer: 'x' } })).status).toBe(404);
    expect((await call(admin, '/admin/api/logs/turn-001/correction', { method: 'POST', body: { answer: ' ' } })).status).toBe(400);
  });

  it('re-approves a needs_review answer with refreshed hashes', async () => {
    const c = await app.store.createCurated({ question: 'Chữ ký số ở đâu', answer: 'Một cửa cấp xã', citations: [{ paragraphId: 'chu-ky-so#1', articleId: 'chu-ky-so' }], articleHashes: { 'chu-ky-so': 'old' }, createdBy: 'x' });
    await app.store.updateCurated(c.id, { status: 'needs_review' });
    const res = await call(volunteer, `/admin/api/curated/${c.id}/approve`, { method: 'POST', body: {} });
    expect(res.status).toBe(200);
    expect(await app.store.getCurated(c.id)).toMatchObject({ status: 'active', articleHashes: { 'chu-ky-so': app.corpus.articleHash('chu-ky-so') } });
  });
});

describe('export', () => {
  it('CSV: BOM, header, RFC 4180 quoting, formula cells neutralised, same filters as logs', async () => {
    const res = await call(admin, '/admin/api/export?format=csv&status=invalid_input');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="nhat-ky-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('id,createdAt,channel,question,rewrite,status,answer,citations,feedback,reviewVerdict,reviewNote,reviewedBy,curatedId,totalMs');
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"",""bấm vào"")",`);
    expect(lines[1]).toContain(`,"'-Câu hỏi chưa rõ, bạn hỏi lại nhé.",`);
    expect(lines.filter((l) => l !== '')).toHaveLength(2);
  });

  it('JSON: the filtered turns with citations and review', async () => {
    const res = await call(admin, '/admin/api/export?format=json&from=2024-06-14&to=2024-06-14');
    const body = (await res.json()) as { items: { id: string; question: string; citations: unknown[] }[]; total: number };
    expect(body.total).toBe(2);
    expect(body.items.map((i) => i.id).sort()).toEqual(['turn-001', 'turn-002']);
    expect(body.items.find((i) => i.id === 'turn-001')?.citations).toContainEqual({ paragraphId: 'vneid-ly-lich#1', articleId: 'vneid-ly-lich' });
  });
});

describe('pages escape every value', () => {
  it.each(['/admin/logs', '/admin/logs/turn-008', '/admin/logs/turn-009', '/admin/unanswered?from=2024-06-01&to=2024-06-30', '/admin?from=2024-06-01&to=2024-06-30'])('%s', async (path) => {
    const res = await call(admin, path);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toMatch(/<[^>]+onerror=/i);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // No inline scripts or style attributes: the CSP would block them.
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/\sstyle=/);
  });

  it('shows the hostile questions as text', async () => {
    const page = await (await call(admin, '/admin/logs?status=no_answer')).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(XSS_QUESTIONS).toHaveLength(2);
  });

  it('groups unanswered questions on the queue page', async () => {
    const page = await (await call(admin, '/admin/unanswered?from=2024-06-01&to=2024-06-30')).text();
    expect(page).toMatch(/<strong>3 người<\/strong> hỏi về “[^”]*bằng lái xe/i);
  });
});

describe('handoff inbox API', () => {
  it('lists handoffs with their window (no address), replies, closes and curates', async () => {
    const h = await app.store.openHandoff({ channel: 'zalo', conversationId: 'conv-3', address: 'zalo-user-secret', question: 'Đổi bằng lái xe ở đâu?', at: new Date().toISOString() });
    const list = (await (await call(volunteer, '/admin/api/handoffs')).json()) as { items: { id: string; window: { kind: string }; address?: string }[] };
    const item = list.items.find((i) => i.id === h.id)!;
    expect(item.window.kind).toBe('free');
    expect(JSON.stringify(list)).not.toContain('zalo-user-secret');

    const sent = await call(volunteer, `/admin/api/handoffs/${h.id}/reply`, { method: 'POST', body: { text: 'Bạn đến Sở Giao thông vận tải nhé.' } });
    expect(await sent.json()).toEqual({ delivered: true });
    expect(app.handoffs.sent.at(-1)).toEqual({ handoffId: h.id, text: 'Bạn đến Sở Giao thông vận tải nhé.', by: TEST_USERS.volunteer.username });
    expect(await app.store.getHandoff(h.id)).toMatchObject({ status: 'answered', replies: [{ text: 'Bạn đến Sở Giao thông vận tải nhé.', delivered: true }] });

    const curated = await call(volunteer, `/admin/api/handoffs/${h.id}/curate`, { method: 'POST', body: {} });
    const { curatedId } = (await curated.json()) as { curatedId: string };
    expect(await app.store.getCurated(curatedId)).toMatchObject({ question: 'Đổi bằng lái xe ở đâu?', answer: 'Bạn đến Sở Giao thông vận tải nhé.', sourceTurnId: 'turn-003' });

    expect((await call(volunteer, `/admin/api/handoffs/${h.id}/close`, { method: 'POST', body: {} })).status).toBe(200);
    expect((await app.store.getHandoff(h.id))?.status).toBe('closed');
    expect((await call(volunteer, '/admin/api/handoffs/nope/reply', { method: 'POST', body: { text: 'x' } })).status).toBe(404);
  });
});

describe('turn page sources', () => {
  const page = async (id: string) => (await call(admin, `/admin/logs/${id}`)).text();

  it('shows each cited paragraph beside the answer, the quoted sentence marked, and every paragraph once under its heading', async () => {
    const html = await page('turn-001');
    const cited = html.slice(html.indexOf('id="cited-sources"'), html.indexOf('class="grid-2"', html.indexOf('id="cited-sources"')));
    expect(cited).toContain('[1] Cấp phiếu lý lịch tư pháp trên VNeID');
    expect(cited).toContain('<mark>Phí cấp phiếu là 200.000 đồng, được giảm 50% khi nộp trực tuyến.</mark>');
    const body = html.slice(html.indexOf('class="article-body"'));
    // Paragraphs carry the heading above them: the old page printed the heading in place of each paragraph.
    expect(body.match(/<h4>Thủ tục<\/h4>/g)).toHaveLength(1);
    expect(body.match(/<h4>Nhận kết quả<\/h4>/g)).toHaveLength(1);
    for (const b of app.corpus.article('vneid-ly-lich')!.blocks) expect(body).toContain(b.text);
  });
});

describe('stats and corpus', () => {
  it('stats for a range', async () => {
    const stats = (await (await call(admin, '/admin/api/stats?from=2024-06-14&to=2024-06-15')).json()) as { totals: { total: number }; days: unknown[]; topCited: { articleId: string }[] };
    expect(stats.totals.total).toBe(9);
    expect(stats.topCited[0]?.articleId).toBe('vneid-ly-lich');
  });

  it('uploads several articles as base64 JSON and reports re-index status', async () => {
    const b64 = (t: string) => Buffer.from(t).toString('base64');
    const res = await call(admin, '/admin/api/corpus/upload', { method: 'POST', body: { files: [
      { fileName: 'doi-bang-lai.md', contentBase64: b64('Hướng dẫn đổi giấy phép lái xe trực tuyến.\n\nNộp hồ sơ trên Cổng dịch vụ công quốc gia.') },
      { fileName: 'ho-chieu.pdf', contentBase64: b64('Cấp hộ chiếu phổ thông trực tuyến.\n\nNộp trên Cổng dịch vụ công của Bộ Công an.') }] } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ids: ['doi-bang-lai', 'ho-chieu'] });
    expect(((await (await call(admin, '/admin/api/corpus/status')).json()) as { state: string }).state).toBe('running');
    const bad = await call(admin, '/admin/api/corpus/upload', { method: 'POST', body: { files: [{ fileName: 'x.txt', contentBase64: b64('ngắn') }] } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid_file', message: expect.stringContaining('x.txt') });
    for (const body of [{ files: [{ fileName: 'x.exe', contentBase64: 'AAAA' }] }, { files: [] }, { fileName: 'x.md', contentBase64: 'AAAA' }]) {
      expect((await call(admin, '/admin/api/corpus/upload', { method: 'POST', body })).status).toBe(400);
    }
  });

  it('lists each article with its format, size, paragraphs and version', async () => {
    const { items } = (await (await call(admin, '/admin/api/corpus/articles')).json()) as { items: Record<string, unknown>[] };
    expect(items.find((a) => a['id'] === 'chu-ky-so')).toMatchObject({ format: 'PDF', sizeBytes: 37483, paragraphs: 2, version: '0f1e2d3c4b5a6978' });
  });

  it('replaces and deletes an added article; refuses bundled and unknown ones, volunteers, and requests without the CSRF token', async () => {
    const file = { fileName: 'chu-ky-so-2025.md', contentBase64: Buffer.from('Chữ ký số miễn phí năm 2025.\n\nNgười dân đăng ký tại bộ phận một cửa.').toString('base64') };
    expect((await call(volunteer, '/admin/api/corpus/articles/chu-ky-so', { method: 'DELETE' })).status).toBe(403);
    expect((await call(admin, '/admin/api/corpus/articles/chu-ky-so', { method: 'DELETE', csrf: false })).status).toBe(403);
    expect((await call(admin, '/admin/api/corpus/articles/vneid-ly-lich', { method: 'DELETE' })).status).toBe(409);
    expect((await call(admin, '/admin/api/corpus/articles/khong-co/replace', { method: 'POST', body: file })).status).toBe(404);
    const replaced = await call(admin, '/admin/api/corpus/articles/chu-ky-so/replace', { method: 'POST', body: file });
    expect(replaced.status).toBe(200);
    expect(app.corpus.article('chu-ky-so')?.sourceFile).toBe('chu-ky-so-2025.md');
    expect((await app.corpus.archived('chu-ky-so'))[0]?.sourceFile).toBe('chu-ky-so.pdf');
    // A replacement as large as an upload may be (here 150 kB, 200 kB in base64, twice the other routes' limit).
    const paragraph = 'Người dân đăng ký chữ ký số miễn phí tại bộ phận một cửa của phường, mang theo căn cước. ';
    const large = { fileName: 'chu-ky-so-day-du.md', contentBase64: Buffer.from(`Chữ ký số miễn phí.\n\n${paragraph.repeat(1500)}`).toString('base64') };
    expect((await call(admin, '/admin/api/corpus/articles/chu-ky-so/replace', { method: 'POST', body: large })).status).toBe(200);
    expect(app.corpus.article('chu-ky-so')?.sourceFile).toBe('chu-ky-so-day-du.md');
    expect((await call(admin, '/admin/api/corpus/articles/chu-ky-so', { method: 'DELETE' })).status).toBe(200);
    expect(app.corpus.article('chu-ky-so')).toBeUndefined();
    expect((await call(admin, '/admin/api/corpus/articles/chu-ky-so', { method: 'DELETE' })).status).toBe(404);
  });

  it.each([
    [{ title: 'Đổi bằng lái\nid: chu-ky-so' }, 'title'],
    [{ title: 'Đổi bằng lái\u2028x' }, 'title'],
    [{ publication: 'Báo\r\nid: x' }, 'publication'],
    [{ date: '2024-02-30' }, 'date'],
  ])('refuses upload metadata %j, naming %s, and stores nothing', async (meta, field) => {
    const before = app.corpus.articles().length;
    const content = Buffer.from('Hướng dẫn cấp đổi căn cước.\n\nNộp hồ sơ trên Cổng dịch vụ công quốc gia hoặc VNeID.').toString('base64');
    const res = await call(admin, '/admin/api/corpus/upload', { method: 'POST', body: { files: [{ fileName: 'can-cuoc.md', contentBase64: content }], ...meta } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'bad_request', fields: [field] });
    expect(app.corpus.articles()).toHaveLength(before);
  });
});
