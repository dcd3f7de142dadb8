import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeEmbedding, startFakeOpenAIServer } from '../support/fake-openai-server.js';
import type { FakeOpenAIServer } from '../support/fake-openai-server.js';

let server: FakeOpenAIServer;
beforeEach(async () => (server = await startFakeOpenAIServer({ apiKey: 'k' })));
afterEach(() => server.close());
const client = () => new OpenAI({ apiKey: 'k', baseURL: server.baseURL, maxRetries: 0 });

// The fake is only useful if the real SDK reads it as it reads OpenAI: checked here with the SDK itself.
describe('fake OpenAI server', () => {
  it('serves embeddings in the float and the SDK\'s default base64 encoding', async () => {
    const res = await client().embeddings.create({ model: 'text-embedding-3-small', input: ['một', 'hai'] });
    expect(res.data.map((d) => d.index)).toEqual([0, 1]);
    expect(res.data[1]?.embedding[0]).toBeCloseTo(fakeEmbedding('hai')[0] ?? NaN, 5);
    const floats = await client().embeddings.create({ model: 'm', input: 'một', encoding_format: 'float' });
    expect(floats.data[0]?.embedding).toEqual(fakeEmbedding('một'));
    expect(res.usage.total_tokens).toBeGreaterThan(0);
  });

  it('streams SSE chunks with a usage chunk and [DONE]', async () => {
    server.chat({ kind: 'reply', content: 'Xin chào các bạn', chunkSize: 3, usage: { prompt_tokens: 5, completion_tokens: 4 } });
    const stream = await client().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true,
      stream_options: { include_usage: true } });
    let text = '';
    let usage;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      usage = chunk.usage ?? usage;
    }
    expect(text).toBe('Xin chào các bạn');
    expect(usage).toEqual({ prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 });
  });

  it('sends errors in OpenAI\'s shape, which the SDK turns into its error classes', async () => {
    server.chat({ kind: 'error', status: 429, message: 'Rate limit reached', code: 'rate_limit_exceeded', retryAfter: '3' });
    const error = await client().chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'rate_limit_exceeded' });
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('3');
    const auth = await new OpenAI({ apiKey: 'wrong', baseURL: server.baseURL, maxRetries: 0 }).models.list().catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(OpenAI.AuthenticationError);
  });
});
