import { vietnamDay } from '../../store/daily-stats.js';
import type { DailyStats } from '../../core/ports/log-store.js';
import { dayBound, parseDay } from '../api/turn-filter-query.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { groupUnanswered, type UnansweredGroup } from '../unanswered-groups.js';
import { answerRate, channelRates, type AnswerRate } from './answer-rate.js';
import { topQuestions } from './top-questions.js';

export interface DashboardData {
  readonly from: string;
  readonly to: string;
  readonly days: readonly DailyStats[];
  readonly totals: { total: number; byStatus: Record<string, number>; feedbackUp: number; feedbackDown: number; curatedHits: number; maxP95TotalMs: number;
    promptTokens: number; completionTokens: number; costUsd: number };
  readonly topCited: readonly { articleId: string; title: string; count: number }[];
  readonly unanswered: readonly UnansweredGroup[];
  readonly rate: AnswerRate;
  readonly channels: readonly (AnswerRate & { channel: string })[];
  readonly topQuestions: readonly UnansweredGroup[];
  /** How many turns the top questions were grouped from (the most recent ones of the range, at most TOP_SCAN). */
  readonly topScanned: number;
  /** Model figures (tokens, cost) are shown only with a model configured, or when the range has some. */
  readonly showModel: boolean;
}

const DAY = 86_400_000;
const UNANSWERED_SCAN = 2000;
export const TOP_SCAN = 2000;

/** The date range (YYYY-MM-DD, Vietnam days) asked for, defaulting to the last 30 days up to today in Vietnam. */
export function dashboardRange(now: Date, from?: unknown, to?: unknown): { from: string; to: string } {
  const valid = parseDay;
  const end = valid(to) ?? vietnamDay(now.toISOString());
  const start = valid(from) ?? new Date(Date.parse(`${end}T00:00:00Z`) - 29 * DAY).toISOString().slice(0, 10);
  return { from: start, to: end };
}

/** Unanswered and thumbs-down turns of the range, grouped by topic. */
export async function unansweredGroups(deps: AdminDeps, range: { from?: string; to?: string }): Promise<UnansweredGroup[]> {
  const bounds = { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  const [none, down] = await Promise.all([
    deps.store.listTurns({ ...bounds, status: 'no_answer', limit: UNANSWERED_SCAN }),
    deps.store.listTurns({ ...bounds, feedback: 'down', limit: UNANSWERED_SCAN }),
  ]);
  const seen = new Set<string>();
  const items = [...none.items, ...down.items].filter((t) => !seen.has(t.turnId) && seen.add(t.turnId))
    .map((t) => ({ id: t.turnId, question: t.question, userId: t.userId }));
  return groupUnanswered(items);
}

export async function loadDashboard(deps: AdminDeps, range: { from: string; to: string }): Promise<DashboardData> {
  const from = dayBound(range.from, 'start')!;
  const to = dayBound(range.to, 'end')!;
  const [days, cited, unanswered, byChannel, recent] = await Promise.all([
    deps.store.dailyStats(from, to),
    deps.store.topCitedArticles(from, to, 10),
    unansweredGroups(deps, { from, to }),
    deps.store.statusByChannel(from, to),
    deps.store.listTurns({ from, to, limit: TOP_SCAN }),
  ]);
  const byStatus: Record<string, number> = {};
  for (const d of days) for (const [s, n] of Object.entries(d.byStatus)) byStatus[s] = (byStatus[s] ?? 0) + n;
  const sum = (f: (d: DailyStats) => number) => days.reduce((acc, d) => acc + f(d), 0);
  return {
    ...range,
    days,
    totals: { total: sum((d) => d.total), byStatus, feedbackUp: sum((d) => d.feedbackUp), feedbackDown: sum((d) => d.feedbackDown),
      curatedHits: sum((d) => d.curatedHits), maxP95TotalMs: Math.max(0, ...days.map((d) => d.p95TotalMs)),
      promptTokens: sum((d) => d.promptTokens), completionTokens: sum((d) => d.completionTokens), costUsd: sum((d) => d.costUsd)},
    topCited: cited.map((c) => ({ ...c, title: deps.corpus.article(c.articleId)?.title ?? c.articleId })),
    unanswered: unanswered.slice(0, 10),
    rate: answerRate(byStatus),
    channels: channelRates(byChannel),
    topQuestions: topQuestions(recent.items, 10),
    topScanned: recent.items.length,
    showModel: deps.settings.modelConfigured || days.some((d) => d.promptTokens + d.completionTokens > 0),
  };
}
