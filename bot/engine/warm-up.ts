import { warmUpSentences } from '../../retrieval/warm-up-sentences.js';

/**
 * Messages read once before an engine takes residents' questions. V8 compiles each regular expression on its first
 * use, and the reading's (the courtesy grammar, chat words, the kinds of fact) take from tens of milliseconds to most
 * of a second: without this, the first resident after a start waited 0.7–0.9 s, and the next few 40–110 ms each, as
 * each kind of message met patterns not yet compiled (`npx tsx bench/cold-start.ts`). So the messages cover the
 * reading's paths: marks and none, chat words and abbreviations, courtesy around a question, a story before it, and
 * the kinds of fact (a place, a duration, a figure, a rank, papers and a fee). They are not tuning data: what they are
 * answered is thrown away.
 */
export const WARM_UP_MESSAGES: readonly string[] = [
  'Chào bạn, cho mình hỏi chữ ký số miễn phí làm ở đâu ạ? Cảm ơn nhiều!',
  'lam ly lich tu phap tren vneid mat bao lau vay ad',
  'hn co bn dvc trc tuyen z mn, ko bit hok',
  'Tôi 70 tuổi, ở Hải Phòng. Con tôi đi làm xa. Thủ tục cấp lý lịch tư pháp cần giấy tờ gì, phí bao nhiêu?',
  'Hà Nội xếp thứ mấy về chỉ số DTI năm 2022?',
];

/** How a warm-up went: how long it took, how many messages it read, and the first error met, if one could not be read. */
export interface WarmedUp {
  readonly ms: number;
  readonly read: number;
  readonly failed: number;
  readonly firstError?: string;
}

/**
 * What a server reads before it listens: the warm-up messages, then sentences of its own corpus (see
 * retrieval/warm-up-sentences.ts), so that the first residents do not pay for V8's optimising or the reading's memos.
 */
export function warmUpReading(passages: readonly { readonly text: string }[]): string[] {
  return [...WARM_UP_MESSAGES, ...warmUpSentences(passages)];
}

/**
 * How long a start may spend warming up before it stops reading: over the bundled articles the whole reading takes
 * about 0.9 s, but each answer costs more on a corpus of many thousand passages, and a server that does not listen yet
 * answers no one. The five messages, read first, take about half a second on their own.
 */
export const WARM_UP_BUDGET_MS = 2_000;

/**
 * Reads each message through `read` (an engine's answer, the intent check), one after another, until the budget is
 * spent. A message that fails to be read is no reason not to start: it is counted, for the start's log, and the next
 * is read.
 */
export async function warmUp(read: (message: string) => unknown, messages: readonly string[] = WARM_UP_MESSAGES,
  now: () => number = () => performance.now(), budgetMs: number = WARM_UP_BUDGET_MS): Promise<WarmedUp> {
  const started = now();
  let failed = 0;
  let done = 0;
  let firstError: string | undefined;
  for (const message of messages) {
    if (now() - started >= budgetMs) break;
    done++;
    try {
      await read(message);
    } catch (err) {
      failed++;
      firstError ??= err instanceof Error ? err.message : String(err);
    }
  }
  return { ms: now() - started, read: done, failed, ...(firstError !== undefined ? { firstError } : {}) };
}
