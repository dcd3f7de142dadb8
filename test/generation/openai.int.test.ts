import { describe, expect, it } from 'vitest';
import { ModelAnswerGenerator } from '../../bot/generation/model-answer-generator.js';
import { OpenAIChatModel } from '../../bot/generation/openai-chat-model.js';
import { ResilientModel } from '../../bot/generation/resilient-model.js';
import { PASSAGES } from './fixtures.js';

// The one place outside bot/config.ts that reads the environment: a real call only when a key is provided.
const apiKey = process.env.OPENAI_API_KEY;
const baseURL = process.env.OPENAI_BASE_URL;
const model = process.env.CHAT_MODEL ?? 'gpt-4o-mini';
const title = apiKey ? `real call to ${model}` : 'real OpenAI-compatible call (skipped: OPENAI_API_KEY is not set)';

describe.skipIf(!apiKey)(title, () => {
  it('answers from the passages with verified citations, streaming', async () => {
    const chat = new OpenAIChatModel({ apiKey: apiKey ?? '', ...(baseURL ? { baseURL } : {}), model, timeoutMs: 30_000 });
    const generator = new ModelAnswerGenerator({ model: new ResilientModel(chat) });
    const pieces: string[] = [];
    const result = await generator.generate({ question: 'Có bao nhiêu dịch vụ công trực tuyến toàn trình?', passages: PASSAGES,
      onText: (d) => pieces.push(d) });
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    if (result.status === 'answered') {
      expect(pieces.join('')).toBe(result.answer);
      expect(result.citations.length).toBeGreaterThan(0);
      expect(result.answer).toContain('1.232');
    }
  });
});
