import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../bot/answer/answer-engine.js';
import type { AnswerResult } from '../../core/answer-result.js';
import { REPLIES } from '../../prompts/replies.js';
import { sharedEngine } from '../bot-harness.js';

// The real answer engine over the bundled corpus, fed hostile questions. Arbitraries stay in this file on purpose.
let engine: AnswerEngine;
beforeAll(async () => {
  engine = await sharedEngine();
});

const NOISE = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u200d', '\u2028', '\ufeff', '\t', '\n', '\r\n', '  ', '\u00a0',
  '\u3000', '\u0301', '\u0323', '\u0360', '😀', '👨‍👩‍👧', '🇻🇳', '\ud800', '\udfff', '?', '!!!', '…', '[1]', '[99]', '"', '(', ')', '/', '%',
  '中文', 'русский', 'עברית', 'العربية', '한국어', 'ÆØÅ', '∑∫', '𝔸𝔹'];
const QUESTIONS = [
  'cấp chữ ký số miễn phí ở đâu', 'CKS mien phi cap o dau', 'mỗi ngày có bao nhiêu người xin lý lịch tư pháp qua VNeID',
  'Hải Phòng cung cấp bao nhiêu dịch vụ công trực tuyến', 'Zalo OA của tổ chuyển đổi số cộng đồng dùng để làm gì',
  'Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?', 'tổ công nghệ số cộng đồng làm gì', 'thời tiết hôm nay thế nào',
];

const noise = fc.constantFrom(...NOISE);
/** A real question with hostile characters spliced in, in NFC or NFD, in any case. */
const noisyQuestion = fc
  .tuple(fc.constantFrom(...QUESTIONS), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 6 }), fc.constantFrom('NFC', 'NFD'), fc.constantFrom('same', 'upper', 'lower'))
  .map(([q, inserts, form, casing]) => {
    let s = casing === 'upper' ? q.toUpperCase() : casing === 'lower' ? q.toLowerCase() : q;
    for (const [at, piece] of inserts) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + piece + s.slice(i);
    }
    return s.normalize(form);
  });
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)));
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.oneof(noise, codePoint), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('😀', '👍🏽', '🇻🇳', '❤️', '🙏'), minLength: 1, maxLength: 30 }),
);
const huge = fc.tuple(fc.oneof(noisyQuestion, hostile), fc.constantFrom(10_000, 20_000)).map(([s, n]) => (s + ' ').repeat(Math.ceil(n / (s.length + 1))).slice(0, n));
const question = fc.oneof({ arbitrary: noisyQuestion, weight: 3 }, { arbitrary: hostile, weight: 3 }, { arbitrary: huge, weight: 1 });

const STATUSES = ['answered', 'no_answer', 'invalid_input', 'partial'];

/** Checks one result; returns whether it was an answer. */
function checkResult(r: AnswerResult): boolean {
  expect(STATUSES).toContain(r.status);
  expect(typeof r.answer).toBe('string');
  expect(r.answer.trim()).not.toBe('');
  if (r.status !== 'answered' && r.status !== 'partial') {
    expect(r.citations).toEqual([]);
    return false;
  }
  expect(r.citations.length).toBeGreaterThan(0);
  const numbers = r.citations.map((c) => c.n);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  const cited = new Set(numbers);
  const referenced = [...r.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  for (const n of referenced) expect(cited).toContain(n);
  // Every citation is used by a quoted line and listed under the sources heading.
  const [body, sources] = r.answer.split(`\n${REPLIES.sourcesHeading}\n`);
  expect(sources).toBeDefined();
  for (const n of numbers) {
    expect(body).toContain(`[${n}]`);
    expect(sources).toContain(`[${n}] `);
  }
  for (const c of r.citations) expect(c.text.length).toBeGreaterThan(0);
  return true;
}

describe('answer engine on hostile questions', () => {
  it('always resolves to a known status, cites only when answering, and every [n] refers to a citation', async () => {
    let answered = 0;
    await fc.assert(fc.asyncProperty(question, async (q) => {
      const r = await engine.answer(q);
      if (checkResult(r)) answered++;
      // What reaches retrieval is the cleaned question, read down to MAX_QUESTION_CHARS (2000 by default).
      if (r.status !== 'invalid_input') expect(r.question.length).toBeLessThanOrEqual(2000);
      expect(r.truncated).toBe(r.status !== 'invalid_input' && r.answer.startsWith(REPLIES.truncated(2000)));
    }), { numRuns: 100 });
    // The property is about answers too, so some of the noisy real questions must still be answered.
    expect(answered).toBeGreaterThan(0);
  });

  it('answers noisy copies of real questions like the clean ones (controls, zero-width, NFD, case)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...QUESTIONS.slice(0, 5)), fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u200b', '\u0000', '\ufeff', '\u2060')), { maxLength: 4 }),
      async (q, inserts) => {
        let s = q.normalize('NFD');
        for (const [at, piece] of inserts) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + piece + s.slice(i);
        }
        const [clean, noisy] = [await engine.answer(q), await engine.answer(s)];
        expect(noisy.status).toBe(clean.status);
        expect(noisy.answer).toBe(clean.answer);
      }), { numRuns: 30 });
  });

  it('handles 10,000-character, emoji-only and control-only questions without answering nonsense', async () => {
    const cases: [string, string[]][] = [
      ['a'.repeat(10_000), STATUSES],
      ['chữ ký số '.repeat(1_000), ['answered', 'no_answer']],
      ['😀'.repeat(5_000), ['invalid_input']],
      ['😀'.repeat(300) + ' chữ ký số', ['invalid_input', 'answered', 'no_answer']],
      ['\u0000\u0001\u0002\u200b\ufeff', ['invalid_input']],
      ['\ud83d\ud83d\ude00\udc00', ['invalid_input']],
      ['', ['invalid_input']],
      ['   \n\t  ', ['invalid_input']],
    ];
    for (const [q, allowed] of cases) {
      const r = await engine.answer(q);
      checkResult(r);
      expect(allowed).toContain(r.status);
    }
  });

  it('treats non-string input as invalid, never throwing', async () => {
    await fc.assert(fc.asyncProperty(fc.anything().filter((v) => typeof v !== 'string'), async (v) => {
      const r = await engine.answer(v);
      expect(r.status).toBe('invalid_input');
      expect(r.citations).toEqual([]);
    }), { numRuns: 50 });
  });
});
