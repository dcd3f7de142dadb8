import { performance } from 'node:perf_hooks';
import type { BenchQuestion } from './pool.js';

/** One pass of every question through a retriever: the gold rank and the cost of each question. */
export interface TimedPass {
  /** 0-based rank of the first gold passage among the ids returned, -1 when none came back. */
  readonly ranks: number[];
  /** Wall-clock milliseconds: what a user waits, but also whatever else the machine ran meanwhile. */
  readonly wallMs: number[];
  /**
   * CPU milliseconds the process spent on the question (see processCpuMs): its cost, which a machine shared with other
   * work does not inflate, as it does wall time, by descheduling the process.
   */
  readonly cpuMs: number[];
}

/**
 * CPU time the process has used (user and system, every thread), in milliseconds. It also counts the threads V8
 * compiles and collects garbage on, so it is an upper bound of a question's cost on one core, close to it once the
 * code is optimised (a second pass) and above it on a first pass, while V8 compiles beside the question. The calling
 * thread's own time would be exact, but Node 20 does not give it, and Linux's per-thread scheduler count
 * (/proc/thread-self/schedstat) moves only at the scheduler's tick (4 ms here), too coarse for a question.
 */
export function processCpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** Asks every question once, in order, timing each; `search` returns passage ids, best first. */
export async function timedPass(
  questions: readonly BenchQuestion[],
  search: (question: string) => readonly number[] | Promise<readonly number[]>,
): Promise<TimedPass> {
  const ranks: number[] = [];
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (const q of questions) {
    const cpu = processCpuMs();
    const start = performance.now();
    const ids = await search(q.question);
    wallMs.push(performance.now() - start);
    cpuMs.push(processCpuMs() - cpu);
    ranks.push(ids.findIndex((id) => q.gold.includes(id)));
  }
  return { ranks, wallMs, cpuMs };
}
