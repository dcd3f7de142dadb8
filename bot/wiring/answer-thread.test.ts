import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../core/answer-result.js';
import { parseConfig, type Config } from '../config.js';
import { articlesDir } from '../engine/data-paths.js';
import { openEngine, type OpenedEngine } from '../engine/open-engine.js';
import { silentLogger } from '../../core/logger.js';
import type { AnswerEngine } from '../answer/answer-engine.js';
import { startAnswerThread, threadedAnswerer, type AnswerThread } from './answer-thread.js';

const QUESTIONS = ['chữ ký số miễn phí làm ở đâu?', 'lam ly lich tu phap tren vneid', 'giá vàng hôm nay', 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?'];
// Timings differ from run to run; everything else must be the same wherever the answer is worked out.
const comparable = ({ timings: _t, ...rest }: AnswerResult) => rest;

describe('answer thread (a real worker thread)', () => {
  let dataDir: string;
  let config: Config;
  let here: OpenedEngine;
  let thread: AnswerThread;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'answer-thread-'));
    config = parseConfig({ DATA_DIR: dataDir, OPENAI_API_KEY: '' });
    // As the server does: build and save the index first; the thread only loads it.
    here = await openEngine(config);
    thread = await startAnswerThread({ config, logger: silentLogger, corpusHash: here.index.manifest.corpusHash });
  });
  afterAll(async () => {
    await thread.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers exactly as the engine on this thread does, naming the corpus it answered from', async () => {
    for (const q of QUESTIONS) {
      const answered = await thread.answer(q);
      expect(answered?.corpusHash).toBe(here.index.manifest.corpusHash);
      expect(comparable(answered!.result)).toEqual(comparable(await here.engine.answer(q)));
    }
  });

  it('gives each of a burst its own answer: questions asked while a batch is with the thread go in the next one', async () => {
    const asked = Array.from({ length: 60 }, (_, i) => QUESTIONS[i % QUESTIONS.length]!);
    const first = asked.slice(0, 30).map((q) => thread.answer(q));
    // The first wave is on its way to the thread; these wait for it, then travel together.
    await new Promise((r) => setImmediate(r));
    const second = asked.slice(30).map((q) => thread.answer(q));
    const answered = await Promise.all([...first, ...second]);
    const expected = new Map<string, ReturnType<typeof comparable>>();
    for (const q of QUESTIONS) expected.set(q, comparable(await here.engine.answer(q)));
    answered.forEach((a, i) => expect(comparable(a!.result)).toEqual(expected.get(asked[i]!)));
  });

  it('loads the re-indexed corpus the server names, and keeps its index when the saved one is another', async () => {
    mkdirSync(articlesDir(config), { recursive: true });
    writeFileSync(join(articlesDir(config), 'doi-gplx.md'), '---\ntitle: Đổi giấy phép lái xe trực tuyến\n---\n\n' +
      'Người dân nộp hồ sơ đổi giấy phép lái xe trên Cổng dịch vụ công quốc gia và nhận bằng mới qua bưu điện.\n');
    // As the server re-indexes: build and save, then tell the thread.
    const next = await openEngine(config, { embedder: here.embedder });
    expect(next.index.manifest.corpusHash).not.toBe(here.index.manifest.corpusHash);
    expect((await thread.answer('đổi giấy phép lái xe ở đâu'))?.corpusHash).toBe(here.index.manifest.corpusHash);
    await expect(thread.reload('some-other-corpus')).rejects.toThrow(/not the one the server serves/);
    expect(thread.corpusHash()).toBe(here.index.manifest.corpusHash);
    await thread.reload(next.index.manifest.corpusHash);
    expect(thread.corpusHash()).toBe(next.index.manifest.corpusHash);
    const answered = await thread.answer('đổi giấy phép lái xe ở đâu');
    expect(answered?.corpusHash).toBe(next.index.manifest.corpusHash);
    expect(answered?.result.answer).toMatch(/giấy phép lái xe/);
  });

  it('refuses to start, naming why, when there is no saved index to load', async () => {
    const empty = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'answer-thread-')), OPENAI_API_KEY: '' });
    await expect(startAnswerThread({ config: empty, logger: silentLogger, corpusHash: here.index.manifest.corpusHash }))
      .rejects.toThrow(/the answer thread could not start: no saved index/);
  });

  it('answers nothing once stopped, so the caller answers itself', async () => {
    const other = await startAnswerThread({ config, logger: silentLogger, corpusHash: thread.corpusHash() });
    await other.stop();
    expect(await other.answer(QUESTIONS[0]!)).toBeUndefined();
  });
});

describe('threadedAnswerer', () => {
  const result = { status: 'answered' } as AnswerResult;
  // The serving engine's own answer: what the pipeline gets whenever the thread's cannot be used.
  const here = { status: 'no_answer' } as AnswerResult;
  const servingEngine = { answer: async () => here, articleVersion: (id: string) => `v-${id}` } as unknown as AnswerEngine;
  it.each([
    ['the thread answered from the serving corpus', 'h1', { result, corpusHash: 'h1' }, 'h1', result, 1],
    ['the thread answered from an index replaced since', 'h1', { result, corpusHash: 'h0' }, 'h1', here, 1],
    ['the thread is gone', 'h1', undefined, 'h1', here, 1],
    ['the thread holds another index: not asked', 'h0', { result, corpusHash: 'h0' }, 'h1', here, 0],
  ])('%s', async (_case, held, answered, serving, expected, asked) => {
    let calls = 0;
    const answerer = threadedAnswerer({ thread: () => ({ answer: async () => (calls++, answered), corpusHash: () => held }),
      serving: () => servingEngine, servingCorpus: () => serving })();
    expect(await answerer.answer('câu hỏi')).toBe(expected);
    expect(calls).toBe(asked);
  });

  it('answers on the serving engine while no thread runs, and looks articles up there', async () => {
    const answerer = threadedAnswerer({ thread: () => undefined, serving: () => servingEngine, servingCorpus: () => 'h1' })();
    expect(await answerer.answer('câu hỏi')).toBe(here);
    expect(answerer.articleVersion('a1')).toBe('v-a1');
  });
});
