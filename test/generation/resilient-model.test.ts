import { describe, expect, it } from 'vitest';
import type { ChatModel, Completion } from '../../bot/generation/chat-model.js';
import { ModelError } from '../../bot/generation/model-error.js';
import { ResilientModel } from '../../bot/generation/resilient-model.js';

type Step = Completion | ModelError;
const OK: Completion = { text: '{}', usage: { promptTokens: 10, completionTokens: 2 } };
const err = (code: ModelError['code'], extra: { status?: number; retryAfterMs?: number } = {}) => new ModelError(code, code, extra);

/** An inner model that plays a script of replies and failures, and a clock tests move by hand. */
function setup(steps: Step[], options: { maxRetries?: number } = {}) {
  let calls = 0;
  const inner: ChatModel = {
    id: 'scripted',
    complete: async () => {
      calls += 1;
      const step = steps.shift();
      if (!step) throw new Error('script exhausted');
      if (step instanceof ModelError) throw step;
      return step;
    },
  };
  const clock = { now: 0 };
  const sleeps: number[] = [];
  const model = new ResilientModel(inner, { ...options, now: () => clock.now, random: () => 0.5,
    sleep: async (ms) => void sleeps.push(ms) });
  return { model, sleeps, clock, calls: () => calls };
}
const call = (m: ChatModel) => m.complete([{ role: 'user', content: 'x' }], { json: true });

describe('ResilientModel', () => {
  it.each([
    ['timeouts', err('timeout')],
    ['5xx', err('server_error', { status: 503 })],
    ['dropped connections', err('network')],
  ])('retries %s with exponential backoff and jitter', async (_n, failure) => {
    const s = setup([failure, failure, OK]);
    await expect(call(s.model)).resolves.toEqual(OK);
    // Equal jitter with random 0.5: three quarters of 500 ms, then of 1000 ms.
    expect(s.sleeps).toEqual([375, 750]);
  });

  it('honours Retry-After on 429', async () => {
    const s = setup([err('rate_limited', { status: 429, retryAfterMs: 2000 }), OK]);
    await expect(call(s.model)).resolves.toEqual(OK);
    expect(s.sleeps).toEqual([2000]);
  });

  it('does not wait for a Retry-After longer than its longest delay', async () => {
    const s = setup([err('rate_limited', { status: 429, retryAfterMs: 60_000 }), OK]);
    await expect(call(s.model)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(s.calls()).toBe(1);
  });

  it.each([400, 401, 404])('does not retry %i', async (status) => {
    const s = setup([err('client_error', { status }), OK]);
    await expect(call(s.model)).rejects.toMatchObject({ code: 'client_error', status });
    expect(s.calls()).toBe(1);
  });

  it('gives up after the retry budget', async () => {
    const s = setup([err('server_error', { status: 500 }), err('server_error', { status: 500 }), err('server_error', { status: 500 }), OK]);
    await expect(call(s.model)).rejects.toMatchObject({ code: 'server_error' });
    expect(s.calls()).toBe(3);
  });

  it('opens after five consecutive failures, rejects at once while open, and half-opens after 30 s', async () => {
    const s = setup([...Array.from({ length: 5 }, () => err('timeout')), err('timeout'), OK, OK], { maxRetries: 0 });
    for (let i = 0; i < 5; i += 1) await expect(call(s.model)).rejects.toMatchObject({ code: 'timeout' });
    expect(s.model.circuitState).toBe('open');
    await expect(call(s.model)).rejects.toMatchObject({ code: 'circuit_open' });
    expect(s.calls()).toBe(5);
    s.clock.now = 30_000;
    expect(s.model.circuitState).toBe('half_open');
    // The trial call fails: open again for another 30 s.
    await expect(call(s.model)).rejects.toMatchObject({ code: 'timeout' });
    await expect(call(s.model)).rejects.toMatchObject({ code: 'circuit_open' });
    s.clock.now = 60_000;
    await expect(call(s.model)).resolves.toEqual(OK);
    expect(s.model.circuitState).toBe('closed');
  });

  it('lets only one trial through while half-open', async () => {
    let now = 0;
    let release: (c: Completion) => void = () => {};
    let failing = true;
    const inner: ChatModel = { id: 'x', complete: () => failing ? Promise.reject(err('timeout')) : new Promise((r) => (release = r)) };
    const model = new ResilientModel(inner, { maxRetries: 0, now: () => now });
    for (let i = 0; i < 5; i += 1) await call(model).catch(() => undefined);
    now = 30_000;
    failing = false;
    const trial = call(model);
    await expect(call(model)).rejects.toMatchObject({ code: 'circuit_open' });
    release(OK);
    await expect(trial).resolves.toEqual(OK);
    expect(model.circuitState).toBe('closed');
  });

  it('does not count caller aborts or bad output against the circuit, and never retries them', async () => {
    const s = setup([...Array.from({ length: 6 }, () => err('aborted')), OK], { maxRetries: 2 });
    for (let i = 0; i < 6; i += 1) await expect(call(s.model)).rejects.toMatchObject({ code: 'aborted' });
    expect(s.model.circuitState).toBe('closed');
    expect(s.calls()).toBe(6);
  });

  it('does not retry a call that already streamed text', async () => {
    let calls = 0;
    const inner: ChatModel = { id: 'x', complete: async (_m, o) => {
      calls += 1;
      o.onDelta?.('{"completeness"');
      throw err('timeout');
    } };
    const model = new ResilientModel(inner, { sleep: async () => {} });
    await expect(model.complete([], { json: true, onDelta: () => {} })).rejects.toMatchObject({ code: 'timeout' });
    expect(calls).toBe(1);
  });
});
