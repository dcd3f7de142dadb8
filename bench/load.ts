import { performance } from 'node:perf_hooks';

/** Runs `count` tasks with at most `concurrency` in flight; returns each task's duration in ms, in start order. */
export async function runConcurrent(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const times = new Array<number>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      times[i] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return times;
}

/** Resolves when check() is true, polling every intervalMs; rejects after timeoutMs. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, intervalMs = 20): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
