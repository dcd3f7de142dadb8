/**
 * Above this many passages `ANSWER_THREAD=auto` answers on the main thread only: the answer thread holds its own copy
 * of the index, about 10 KB a passage with the offline embedder (bench:scale: 225 MB RSS at 1,000 passages and
 * 1,199 MB at 100,000 on one thread), which at a hundred thousand passages would take an instance past 2 GB.
 */
export const AUTO_ANSWER_THREAD_MAX_PASSAGES = 20_000;

export interface AnswerThreadFacts {
  readonly setting: 'auto' | boolean;
  readonly cores: number;
  readonly passages: number;
  /** A model writes the answers, which the answer thread does not do. */
  readonly generating: boolean;
}

/** Whether to answer on a second thread (see ANSWER_THREAD in the README). */
export function wantAnswerThread(f: AnswerThreadFacts): boolean {
  if (f.generating) return false;
  if (f.setting !== 'auto') return f.setting;
  return f.cores > 1 && f.passages <= AUTO_ANSWER_THREAD_MAX_PASSAGES;
}
