/**
 * Above this many passages `ANSWER_THREAD=auto` answers on the main thread only: the answer thread holds its own copy
 * of the index (about 5.7 KB a passage with the offline embedder, see the README's scale table), which at a hundred
 * thousand passages would double an instance's memory for a second core.
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
