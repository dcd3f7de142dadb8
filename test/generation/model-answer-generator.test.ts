import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelAnswerGenerator } from '../../bot/generation/model-answer-generator.js';
import { OpenAIChatModel } from '../../bot/generation/openai-chat-model.js';
import { ResilientModel } from '../../bot/generation/resilient-model.js';
import { ANSWER_SYSTEM_PROMPT } from '../../prompts/answer-messages.js';
import { startFakeOpenAIServer } from '../support/fake-openai-server.js';
import type { FakeOpenAIServer } from '../support/fake-openai-server.js';
import { GOOD_ANSWER, PASSAGES, answerJson } from './fixtures.js';

let server: FakeOpenAIServer;
beforeEach(async () => (server = await startFakeOpenAIServer({ apiKey: 'test-key' })));
afterEach(() => server.close());

/** The production stack (SDK adapter → retries/circuit → generator) against the fake server; sleeps are recorded. */
function stack(o: { timeoutMs?: number; maxRetries?: number; apiKey?: string } = {}) {
  const sleeps: number[] = [];
  const chat = new OpenAIChatModel({ apiKey: o.apiKey ?? 'test-key', baseURL: server.baseURL, model: 'gpt-4o-mini',
    timeoutMs: o.timeoutMs ?? 2000 });
  const model = new ResilientModel(chat, { maxRetries: o.maxRetries ?? 2, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) });
  const generator = new ModelAnswerGenerator({ model, pricing: { promptPerMTok: 0.15, completionPerMTok: 0.6 } });
  return { generator, model, sleeps };
}
const question = 'Làm lý lịch tư pháp trên VNeID ở đâu?';
const ask = (g: ModelAnswerGenerator, onText?: (d: string) => void) => g.generate({ question, passages: PASSAGES, ...(onText ? { onText } : {}) });

describe('ModelAnswerGenerator against an OpenAI-compatible server', () => {
  it('answers with renumbered citations, restored links, the sources block, usage and cost', async () => {
    server.chat({ kind: 'reply', content: answerJson(GOOD_ANSWER, 'complete', [2, 1]), usage: { prompt_tokens: 1000, completion_tokens: 100 } });
    const result = await ask(stack().generator);
    expect(result).toMatchObject({ status: 'answered', completeness: 'complete', removed: [], model: 'gpt-4o-mini',
      usage: { promptTokens: 1000, completionTokens: 100, costUsd: 0.00021 } });
    if (result.status !== 'answered') return;
    expect(result.citations.map((c) => c.paragraphId)).toEqual([PASSAGES[1]?.paragraphId, PASSAGES[0]?.paragraphId]);
    expect(result.answer).toContain('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html [1]');
    expect(result.answer).toContain('[2] Hơn 1.200 dịch vụ công trực tuyến toàn trình — Chinhphu.vn, 28/9/2023, đoạn 4');
    const body = server.requests[0]?.body;
    expect(body).toMatchObject({ model: 'gpt-4o-mini', response_format: { type: 'json_object' } });
    expect(body.messages[0]).toEqual({ role: 'system', content: ANSWER_SYSTEM_PROMPT });
    expect(body.messages[1].content).toContain('<passage n="2" title="Thí điểm cấp lý lịch tư pháp qua VNeID" publication="VnExpress" date="30/9/2023">');
    // The model never sees a link, only its token.
    expect(JSON.stringify(body)).not.toContain('dichvucong.gov.vn');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('streams only verified sentences, and the pieces make up the answer', async () => {
    const answer = `${GOOD_ANSWER} Tỷ lệ đạt 95% [1].`;
    server.chat({ kind: 'reply', content: answerJson(answer, 'complete', [1, 2]), chunkSize: 5 });
    const pieces: string[] = [];
    const result = await ask(stack().generator, (d) => pieces.push(d));
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(result.status).toBe('answered');
    if (result.status !== 'answered') return;
    expect(pieces.join('')).toBe(result.answer);
    expect(pieces).toHaveLength(4);
    expect(pieces.join('')).not.toContain('95%');
    expect(result.removed).toEqual([{ sentence: 'Tỷ lệ đạt 95% [1].', reason: 'unsupported_fact' }]);
    expect(result.usage.promptTokens).toBeGreaterThan(0);
  });

  it('removes a sentence citing a passage that was not given', async () => {
    server.chat({ kind: 'reply', content: answerJson('Có 1.232 dịch vụ công toàn trình [1]. Hà Nội có 30 điểm hỗ trợ [4].') });
    const result = await ask(stack().generator);
    expect(result).toMatchObject({ status: 'answered', completeness: 'partial',
      removed: [{ sentence: 'Hà Nội có 30 điểm hỗ trợ [4].', reason: 'unknown_citation' }] });
  });

  it('removes a sentence whose figure is not in its source', async () => {
    server.chat({ kind: 'reply', content: answerJson('Có 1.232 dịch vụ công toàn trình [1]. Tỷ lệ hồ sơ trực tuyến đạt 90% [1].') });
    const result = await ask(stack().generator);
    expect(result).toMatchObject({ status: 'answered', removed: [{ reason: 'unsupported_fact' }] });
    if (result.status === 'answered') expect(result.answer).not.toContain('90%');
  });

  it('is no_answer when verification removes every sentence, and when the model says the passages do not answer', async () => {
    server.chat({ kind: 'reply', content: answerJson('Lệ phí là 200.000 đồng [1]. Nộp tại UBND phường.') },
      { kind: 'reply', content: answerJson('', 'none', []) });
    const pieces: string[] = [];
    await expect(ask(stack().generator, (d) => pieces.push(d))).resolves.toMatchObject({ status: 'no_answer',
      removed: [{ reason: 'unsupported_fact' }, { reason: 'no_citation' }] });
    await expect(ask(stack().generator, (d) => pieces.push(d))).resolves.toMatchObject({ status: 'no_answer', removed: [] });
    expect(pieces).toEqual([]);
  });

  it('retries malformed output once, telling the model why, and counts both calls', async () => {
    server.chat({ kind: 'reply', content: 'Chắc chắn rồi! Bạn có thể làm trên VNeID.', usage: { prompt_tokens: 900, completion_tokens: 20 } },
      { kind: 'reply', content: answerJson(GOOD_ANSWER), usage: { prompt_tokens: 950, completion_tokens: 90 } });
    const result = await ask(stack().generator);
    expect(result).toMatchObject({ status: 'answered', usage: { promptTokens: 1850, completionTokens: 110 } });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body.messages.at(-1).content).toMatch(/not the JSON object/);
  });

  it('rejects output malformed twice', async () => {
    server.chat({ kind: 'reply', content: '{"answer": "thiếu trường"}' }, { kind: 'reply', content: '{"completeness":"complete","answer":' });
    await expect(ask(stack().generator)).rejects.toMatchObject({ name: 'ModelError', code: 'malformed_output' });
    expect(server.requests).toHaveLength(2);
  });

  it('rejects a reply slower than the timeout', async () => {
    // Had the client waited, the reply would have come, and been a good answer.
    server.chat({ kind: 'reply', content: answerJson(GOOD_ANSWER), delayMs: 1500 });
    await expect(ask(stack({ timeoutMs: 200, maxRetries: 0 }).generator)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('rejects a stream that stalls after it started', async () => {
    server.chat({ kind: 'reply', content: answerJson(GOOD_ANSWER), chunkSize: 20, chunkDelayMs: 100 });
    await expect(ask(stack({ timeoutMs: 300 }).generator, () => {})).rejects.toMatchObject({ code: 'timeout' });
  });

  it('answers after two 429s, waiting as Retry-After says', async () => {
    server.chat({ kind: 'error', status: 429, message: 'Rate limit reached', code: 'rate_limit_exceeded', retryAfter: '1' },
      { kind: 'error', status: 429, message: 'Rate limit reached', code: 'rate_limit_exceeded', retryAfter: '2' },
      { kind: 'reply', content: answerJson(GOOD_ANSWER) });
    const s = stack();
    await expect(ask(s.generator)).resolves.toMatchObject({ status: 'answered' });
    expect(s.sleeps).toEqual([1000, 2000]);
  });

  it('rejects when 500s outlast the retry budget', async () => {
    server.chat(...Array.from({ length: 3 }, () => ({ kind: 'error' as const, status: 500, message: 'The server had an error' })),
      { kind: 'reply', content: answerJson(GOOD_ANSWER) });
    const s = stack({ maxRetries: 2 });
    await expect(ask(s.generator)).rejects.toMatchObject({ code: 'server_error', status: 500 });
    expect(server.requests).toHaveLength(3);
    expect(s.sleeps).toEqual([375, 750]);
  });

  it('does not retry a refused key', async () => {
    await expect(ask(stack({ apiKey: 'wrong-key' }).generator)).rejects.toMatchObject({ code: 'client_error', status: 401 });
    expect(server.requests).toHaveLength(1);
  });

  it('opens the circuit after repeated failures and then rejects without calling the server', async () => {
    server.chat(...Array.from({ length: 5 }, () => ({ kind: 'error' as const, status: 503, message: 'overloaded' })));
    const s = stack({ maxRetries: 0 });
    for (let i = 0; i < 5; i += 1) await expect(ask(s.generator)).rejects.toMatchObject({ code: 'server_error' });
    await expect(ask(s.generator)).rejects.toMatchObject({ code: 'circuit_open' });
    // Rejected without a sixth request.
    expect(server.requests).toHaveLength(5);
  });
});
