import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminTestApp, TEST_USERS, type AdminTestApp } from '../admin/testing/admin-test-app.js';
import type { TurnRecord } from '../core/turn-record.js';

// The export of a log larger than a store page (500) and than the old page request (1,000): every row, once.
const TURNS = 1_234;
let app: AdminTestApp;
let cookie: string;

const turn = (i: number): TurnRecord => ({
  turnId: `t-${String(i).padStart(5, '0')}`, createdAt: new Date(Date.UTC(2024, 5, 1) + i * 60_000).toISOString(), channel: i % 2 ? 'zalo' : 'webchat',
  userId: 'u_x', conversationId: `c-${i}`, question: i === 7 ? 'Thủ tục A; thủ tục B' : `Câu hỏi số ${i}`, status: 'answered', answer: 'Trả lời.',
  citations: [], retrieved: [], timings: { totalMs: 1 }, model: 'extractive',
});

beforeAll(async () => {
  app = await startAdminTestApp();
  for (let i = 0; i < TURNS; i++) await app.store.appendTurn(turn(i));
  const res = await fetch(`${app.url}/admin/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_USERS.admin) });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
});
afterAll(async () => app?.close());

const exported = (query: string) => fetch(`${app.url}/admin/api/export?${query}`, { headers: { cookie } });

describe('export of a log larger than a page', () => {
  it('CSV: every matching turn once, newest first, and a cell holding ";" quoted', async () => {
    const res = await exported('format=csv');
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(TURNS + 1);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(new Set(ids).size).toBe(TURNS);
    expect(ids[0]).toBe(`t-${String(TURNS - 1).padStart(5, '0')}`);
    expect(ids.at(-1)).toBe('t-00000');
    expect(lines.find((l) => l.startsWith('t-00007,'))).toContain(',"Thủ tục A; thủ tục B",');
  });

  it('JSON: every matching turn, with the filters applied', async () => {
    const all = (await (await exported('format=json')).json()) as { items: { id: string }[]; total: number };
    expect(all.total).toBe(TURNS);
    expect(new Set(all.items.map((i) => i.id)).size).toBe(TURNS);
    const zalo = (await (await exported('format=json&channel=zalo')).json()) as { items: { id: string; channel: string }[]; total: number };
    expect(zalo.total).toBe(TURNS / 2);
    expect(zalo.items.every((i) => i.channel === 'zalo')).toBe(true);
  });
});
