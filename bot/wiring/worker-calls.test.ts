import { describe, expect, it } from 'vitest';
import { UnavailableError } from '../../core/errors.js';
import { WorkerCalls } from './worker-calls.js';

describe('WorkerCalls', () => {
  it('matches replies to requests by id, whatever order they come back in', async () => {
    const calls = new WorkerCalls<string>('the test worker');
    const sent: number[] = [];
    const a = calls.call((id) => sent.push(id));
    const b = calls.call((id) => sent.push(id));
    calls.settle(sent[1]!, { value: 'second' });
    calls.settle(sent[0]!, { value: 'first' });
    expect(await Promise.all([a, b])).toEqual(['first', 'second']);
    expect(sent[0]).not.toBe(sent[1]);
  });

  it('rejects with the worker\'s error, naming the worker', async () => {
    const calls = new WorkerCalls<string>('the test worker');
    const call = calls.call((id) => queueMicrotask(() => calls.settle(id, { error: 'no saved index' })));
    await expect(call).rejects.toThrow('the test worker failed: no saved index');
    await expect(call).rejects.toMatchObject({ code: 'worker_error' });
  });

  it('rejects a call that gets no reply in time, and ignores the late reply', async () => {
    const calls = new WorkerCalls<string>('the test worker');
    let id = 0;
    const call = calls.call((i) => { id = i; }, { timeoutMs: 20 });
    await expect(call).rejects.toMatchObject({ code: 'worker_timeout', message: 'the test worker gave no reply within 20 ms' });
    expect(() => calls.settle(id, { value: 'late' })).not.toThrow();
  });

  it('rejects a call whose send throws', async () => {
    const calls = new WorkerCalls<string>('the test worker');
    await expect(calls.call(() => { throw new Error('could not be cloned'); })).rejects.toThrow('the test worker failed: could not be cloned');
  });

  it('once closed, rejects every waiting call and every later one, with the reason as cause', async () => {
    const calls = new WorkerCalls<string>('the test worker');
    const waiting = calls.call(() => undefined);
    const cause = new Error('exited with code 1');
    calls.close(cause);
    const err = await waiting.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect(err).toMatchObject({ code: 'worker_gone', message: 'the test worker has stopped', cause });
    let sent = false;
    await expect(calls.call(() => { sent = true; })).rejects.toMatchObject({ code: 'worker_gone', cause });
    expect(sent).toBe(false);
  });
});
