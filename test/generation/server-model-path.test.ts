import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../bot/config.js';
import { silentLogger } from '../../core/logger.js';
import { startServer, type RunningServer } from '../../bot/server.js';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '../support/fake-openai-server.js';
import { answerJson } from './fixtures.js';

// The model path through the real server: retrieval on the server's embeddings, a generated and verified answer
// streamed to the web chat, and the extractive answer when the model fails.
let model: FakeOpenAIServer;
let bot: RunningServer;
let dataDir: string;

beforeAll(async () => {
  model = await startFakeOpenAIServer({ apiKey: 'test-key' });
  dataDir = mkdtempSync(join(tmpdir(), 'model-path-'));
  bot = await startServer(parseConfig({ DATA_DIR: dataDir, PORT: '0', OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: model.baseURL,
    LLM_TIMEOUT_MS: '1500', MODEL_PRICE_PER_MTOK: '0.15,0.6' }), { logger: silentLogger });
});
afterAll(async () => {
  await bot.close();
  await model.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Posts to the web chat's streaming endpoint and splits the server-sent events. */
async function stream(text: string) {
  // No conversation id: each question starts a conversation of its own.
  const res = await fetch(`${bot.url}/api/webchat/stream`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }) });
  const events = (await res.text()).split('\n\n').filter(Boolean).map((block) => ({
    name: /^event: (.*)$/m.exec(block)?.[1], data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as Record<string, unknown>,
  }));
  const done = events.find((e) => e.name === 'done')!.data as { activities: { text: string; channelData: { status: string; citations?: { text: string }[] } }[] };
  return { deltas: events.filter((e) => e.name === 'delta').map((e) => String(e.data.text)), reply: done.activities[0]! };
}

describe('generated answers through the server', () => {
  it('asks the model nothing while it starts: the warm-up reads its messages offline', () => {
    expect(model.requests.filter((r) => r.path === '/v1/chat/completions')).toEqual([]);
    // The embeddings asked for are the index's passages only, built before the warm-up.
    expect(model.requests.filter((r) => r.path === '/v1/embeddings').flatMap((r) => [r.body.input].flat())
      .some((text) => typeof text === 'string' && text.startsWith('Tôi 70 tuổi'))).toBe(false);
  });

  it('streams a verified, cited answer and logs the model, tokens and cost', async () => {
    model.chat({ kind: 'reply', chunkSize: 12, usage: { prompt_tokens: 1000, completion_tokens: 80 },
      content: answerJson('Người dân được cấp chữ ký số miễn phí tại bộ phận một cửa của các sở, ngành và UBND quận, huyện [1].') });
    const { deltas, reply } = await stream('chữ ký số miễn phí làm ở đâu?');
    expect(reply.channelData.status).toBe('answered');
    expect(reply.text).toContain('bộ phận một cửa');
    expect(reply.text).toMatch(/Nguồn:\n\[1\] .+, đoạn \d+/);
    expect(deltas.length).toBeGreaterThan(0);
    expect(reply.text.endsWith(deltas.join('').trim()) || reply.text.includes(deltas[0]!.trim())).toBe(true);
    const request = model.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!;
    expect(request.body.messages[0].role).toBe('system');
    const turn = (await bot.store.listTurns({ q: 'chữ ký số miễn phí làm ở đâu' })).items[0]!;
    expect(turn.model).toBe('gpt-4o-mini');
    expect(turn.usage).toMatchObject({ promptTokens: 1000, completionTokens: 80 });
    expect(turn.usage!.costUsd).toBeCloseTo((1000 * 0.15 + 80 * 0.6) / 1e6, 12);
  });

  it('drops an invented figure and a citation of a passage it was not given', async () => {
    model.chat({ kind: 'reply', content: answerJson('Hà Nội đã cấp khoảng 10 nghìn chữ ký số miễn phí [1]. Mỗi người được tặng 500.000 đồng [1]. Xem thêm [9].') });
    const { reply } = await stream('Hà Nội cấp bao nhiêu chữ ký số miễn phí?');
    expect(reply.text).toContain('10 nghìn');
    expect(reply.text).not.toContain('500.000');
    expect(reply.text).not.toContain('[9]');
    const turn = (await bot.store.listTurns({ q: 'Hà Nội cấp bao nhiêu chữ ký số' })).items[0]!;
    expect(turn.usage?.removed?.map((r) => r.reason).sort()).toEqual(['unknown_citation', 'unsupported_fact']);
  });

  it('falls back to the extractive answer when the model keeps failing, and says why in the log', async () => {
    model.chat({ kind: 'error', status: 500 }, { kind: 'error', status: 500 }, { kind: 'error', status: 500 });
    const { reply } = await stream('Hải Phòng có bao nhiêu dịch vụ công trực tuyến?');
    expect(reply.channelData.status).toBe('answered');
    expect(reply.text).toContain('1.232');
    const turn = (await bot.store.listTurns({ q: 'Hải Phòng có bao nhiêu dịch vụ công' })).items[0]!;
    expect(turn.model).toMatch(/^extractive \(model failed: /);
  });

  it('never reaches the model for a question the articles do not cover', async () => {
    const before = model.requests.length;
    const { reply } = await stream('Giá vàng SJC hôm nay bao nhiêu?');
    expect(reply.channelData.status).toBe('no_answer');
    expect(model.requests.filter((r) => r.path === '/v1/chat/completions').length)
      .toBe(model.requests.slice(0, before).filter((r) => r.path === '/v1/chat/completions').length);
  });
});
