/**
 * How often residents' questions got an answer, overall and per channel. Pure. Only turns that asked something
 * count: greetings, thanks, feedback, asking for a person and the like are not questions. A partial answer (the
 * articles speak about the subject but not the asked fact) is counted apart, not as answered.
 */

export const QUESTION_STATUSES: readonly string[] = ['answered', 'curated', 'partial', 'no_answer'];

export interface AnswerRate {
  readonly questions: number;
  /** answered + curated. */
  readonly answered: number;
  readonly partial: number;
  /** Whole percent of questions answered (0 when there were none). */
  readonly rate: number;
  readonly partialRate: number;
}

const percent = (n: number, of: number) => (of ? Math.round((100 * n) / of) : 0);

export function answerRate(byStatus: Readonly<Record<string, number>>): AnswerRate {
  const questions = QUESTION_STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  const answered = (byStatus['answered'] ?? 0) + (byStatus['curated'] ?? 0);
  const partial = byStatus['partial'] ?? 0;
  return { questions, answered, partial, rate: percent(answered, questions), partialRate: percent(partial, questions) };
}

/** Per channel, most questions first (then by channel id); channels with no question are left out. */
export function channelRates(rows: readonly { channel: string; status: string; count: number }[]): (AnswerRate & { channel: string })[] {
  const byChannel = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const statuses = byChannel.get(r.channel) ?? {};
    statuses[r.status] = (statuses[r.status] ?? 0) + r.count;
    byChannel.set(r.channel, statuses);
  }
  return [...byChannel].map(([channel, statuses]) => ({ channel, ...answerRate(statuses) }))
    .filter((c) => c.questions > 0)
    .sort((a, b) => b.questions - a.questions || a.channel.localeCompare(b.channel));
}
