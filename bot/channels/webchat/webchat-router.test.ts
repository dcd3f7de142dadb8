import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { ActivityHandler, MessageFactory } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../core/logger.js';
import type { ArticleView } from '../../../core/article-view.js';
import { WebchatIdentity } from './webchat-identity.js';
import { createWebchatRouter } from './webchat-router.js';

/** Echoes with one citation and two chips; welcomes new members; fails on "boom". */
class StubBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      if (context.activity.text === 'boom') throw new Error('stub failure');
      const reply = MessageFactory.suggestedActions(['👍', '👎'], `Bạn hỏi: ${context.activity.text} [1]`);
      reply.channelData = { status: 'answered', turnId: 't1', citations: [{ n: 1, paragraphId: 'a1:p1', articleId: 'a1', title: 'T', publication: 'P', date: null, text: 'x' }] };
      await context.sendActivity(reply);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const m of context.activity.membersAdded ?? []) {
        if (m.id !== context.activity.recipient.id) await context.sendActivity(`Chào ${m.id}`);
      }
      await next();
    });
  }
}

const article: ArticleView = {
  id: 'a1', title: 'Chữ ký số', publication: 'Báo', date: '2024-03-05',
  paragraphs: [{ paragraphId: 'a1:p1', ordinal: 1, heading: 'Mở đầu', text: 'Đoạn một.' }],
};

let server: Server;
let base: string;
let ids = 0;

beforeAll(async () => {
  const app = express();
  app.use(createWebchatRouter({
    bot: new StubBot(), articles: (id) => (id === 'a1' ? article : undefined), logger: silentLogger,
    now: () => new Date('2025-01-02T03:04:05Z'), newId: () => `id${++ids}`, identity: new WebchatIdentity(randomBytes(32), { secure: false }),
  }));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: string, type = 'application/json', cookie?: string) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type, ...(cookie ? { cookie } : {}) }, body });

describe('POST /api/webchat/messages', () => {
  it('runs a turn and returns what the bot sent, in a conversation it issued to the cookie it set', async () => {
    const res = await post('/api/webchat/messages', JSON.stringify({ text: 'chu ky so' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.conversationId).toMatch(/^c[\w-]{38}$/);
    expect(body.userId).toBeUndefined();
    expect(body.activities).toHaveLength(1);
    expect(body.activities[0]).toMatchObject({
      type: 'message', text: 'Bạn hỏi: chu ky so [1]',
      suggestedActions: { actions: [{ type: 'imBack', title: '👍', value: '👍' }, { type: 'imBack', title: '👎', value: '👎' }] },
      channelData: { status: 'answered', citations: [{ n: 1, articleId: 'a1' }] },
    });
    expect(Object.keys(body.activities[0]).sort()).toEqual(['channelData', 'suggestedActions', 'text', 'type']);

    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const next = await post('/api/webchat/messages', JSON.stringify({ conversationId: body.conversationId, text: 'tiếp' }), 'application/json', cookie);
    expect(next.headers.get('set-cookie')).toBeNull();
    expect((await next.json()).conversationId).toBe(body.conversationId);
  });

  it('issues a new conversation for each request without one, and none answers to another cookie', async () => {
    const first = await post('/api/webchat/messages', JSON.stringify({ text: 'xin chao' }));
    const second = await post('/api/webchat/messages', JSON.stringify({ text: 'xin chao' }));
    const [a, b] = [await first.json(), await second.json()];
    expect(a.conversationId).not.toBe(b.conversationId);
    const res = await post('/api/webchat/messages', JSON.stringify({ conversationId: a.conversationId, text: 'x' }), 'application/json',
      second.headers.get('set-cookie')!.split(';')[0]!);
    expect(res.status).toBe(403);
  });

  it.each([
    ['missing text', JSON.stringify({ conversationId: 'c' }), 'application/json', /^text: /],
    ['text not a string', JSON.stringify({ text: 42 }), 'application/json', /^text: /],
    ['a bad id', JSON.stringify({ text: 'a', conversationId: 'x y<' }), 'application/json', /^conversationId: /],
    ['an array', '[]', 'application/json', /JSON object/],
    ['non-JSON', '{text:', 'application/json', /not valid JSON/],
    ['a form post', 'text=hi', 'application/x-www-form-urlencoded', /JSON object/],
  ])('answers 400 naming the problem for %s', async (_name, body, type, problem) => {
    const res = await post('/api/webchat/messages', body, type);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toBe('invalid_body');
    expect(json.message).toMatch(problem);
  });

  it('answers 413 to bodies over 16 KB', async () => {
    const res = await post('/api/webchat/messages', JSON.stringify({ text: 'a'.repeat(17 * 1024) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('too_large');
  });

  it('answers 500 without details when the bot throws', async () => {
    const res = await post('/api/webchat/messages', JSON.stringify({ text: 'boom' }));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('stub failure');
  });
});

describe('POST /api/webchat/start', () => {
  it('sends a conversationUpdate so the bot welcomes the user', async () => {
    // A userId in the body (older pages sent one) is not who the user is: the cookie is.
    const body = await (await post('/api/webchat/start', JSON.stringify({ userId: 'u9' }))).json();
    expect(body.conversationId).toMatch(/^c[\w-]{38}$/);
    expect(body.activities).toEqual([{ type: 'message', text: expect.stringMatching(/^Chào [\w-]{22}$/) }]);
  });

  it('accepts an empty body', async () => {
    const res = await fetch(`${base}/api/webchat/start`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await res.json()).activities).toHaveLength(1);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the article', async () => {
    const res = await fetch(`${base}/api/articles/a1`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(article);
  });

  it('answers 404 JSON for an unknown id', async () => {
    const res = await fetch(`${base}/api/articles/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('the page', () => {
  it('serves index.html at / with its script and stylesheet', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Trợ lý Chuyển đổi số');
    expect(html).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts: CSP is script-src 'self'
    expect(html).not.toMatch(/https?:\/\//);
    for (const file of ['chat.js', 'chat.css', 'chat-render.js', 'citation-sheet.js']) {
      const asset = await fetch(`${base}/${file}`);
      expect(asset.status, file).toBe(200);
    }
    expect((await fetch(`${base}/chat.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('never uses innerHTML in its scripts', async () => {
    for (const file of ['chat.js', 'chat-render.js', 'citation-sheet.js', 'chat-api.js', 'chat-store.js', 'copy-text.js']) {
      const source = await (await fetch(`${base}/${file}`)).text();
      expect(source, file).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|DOMParser/);
    }
  });
});
