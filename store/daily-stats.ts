import type { DailyStats } from '../core/ports/log-store.js';
import { isoInstant } from './store-options.js';

/**
 * Days are Vietnam's calendar days (UTC+7 all year: Vietnam has kept no daylight saving time since 1975), the days
 * the staff live in: a question at 06:30 in Hà Nội is 23:30 UTC the day before.
 */
export const STATS_UTC_OFFSET_HOURS = 7;
const OFFSET_MS = STATS_UTC_OFFSET_HOURS * 3_600_000;

/** The Vietnam day (YYYY-MM-DD) of an instant. */
export function vietnamDay(iso: string): string {
  return new Date(Date.parse(isoInstant(iso)) + OFFSET_MS).toISOString().slice(0, 10);
}

/** Per (Vietnam day, status) counts as both databases aggregate them. */
export interface DayStatusCount {
  readonly day: string;
  readonly status: string;
  readonly total: number;
  readonly up: number;
  readonly down: number;
}

/** Every Vietnam day (YYYY-MM-DD) from the day of `from` to the day of `to`, inclusive, oldest first. */
export function vietnamDays(from: string, to: string): string[] {
  const days: string[] = [];
  const end = vietnamDay(to);
  for (let t = Date.parse(vietnamDay(from)); ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > end) break;
    days.push(day);
  }
  return days;
}

/** Nearest-rank percentile (the value at rank ceil(p·n) of the sorted values), as PostgreSQL's percentile_disc. */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

/**
 * One entry per day of the range, days without turns included as zeros so that a dashboard chart has no silent
 * gaps. curatedHits counts turns answered from a curated answer (status 'curated').
 */
/** Per-day token and cost sums of generated answers. */
export interface DayUsage {
  readonly day: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number;
}

export function assembleDailyStats(days: readonly string[], counts: readonly DayStatusCount[], p95: ReadonlyMap<string, number>,
  usage: readonly DayUsage[] = []): DailyStats[] {
  return days.map((day) => {
    const rows = counts.filter((c) => c.day === day);
    const byStatus: Record<string, number> = {};
    for (const r of rows) byStatus[r.status] = r.total;
    const sum = (pick: (r: DayStatusCount) => number): number => rows.reduce((n, r) => n + pick(r), 0);
    return {
      day,
      total: sum((r) => r.total),
      byStatus,
      feedbackUp: sum((r) => r.up),
      feedbackDown: sum((r) => r.down),
      curatedHits: byStatus.curated ?? 0,
      p95TotalMs: p95.get(day) ?? 0,
      promptTokens: usage.find((u) => u.day === day)?.promptTokens ?? 0,
      completionTokens: usage.find((u) => u.day === day)?.completionTokens ?? 0,
      costUsd: usage.find((u) => u.day === day)?.costUsd ?? 0,
    };
  });
}
