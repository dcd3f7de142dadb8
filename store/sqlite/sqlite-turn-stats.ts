import { assembleDailyStats, nearestRank, STATS_UTC_OFFSET_HOURS, vietnamDays, type DayStatusCount } from '../daily-stats.js';
import type { DailyStats } from '../../core/ports/log-store.js';
import { isoInstant } from '../store-options.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';

// Times are stored as ISO UTC text; date() reads them and shifts them to Vietnam's day (daily-stats.ts).
const DAY = `date(created_at, '+${STATS_UTC_OFFSET_HOURS} hours')`;

/** Dashboard figures over the turns table. */
export class SqliteTurnStats {
  private readonly counts: SqliteStatement;
  private readonly totals: SqliteStatement;
  private readonly cited: SqliteStatement;
  private readonly usage: SqliteStatement;
  private readonly channels: SqliteStatement;

  constructor(db: SqliteDb) {
    this.counts = db.prepare(`SELECT ${DAY} AS day, status, COUNT(*) AS total,
      SUM(feedback = 'up') AS up, SUM(feedback = 'down') AS down
      FROM turns WHERE created_at >= ? AND created_at <= ? GROUP BY day, status`);
    // SQLite has no percentile function: the per-day values come back sorted and the rank is taken in TypeScript.
    this.totals = db.prepare(`SELECT ${DAY} AS day, CAST(json_extract(timings, '$.totalMs') AS REAL) AS ms
      FROM turns WHERE created_at >= ? AND created_at <= ? AND json_extract(timings, '$.totalMs') IS NOT NULL ORDER BY day, ms`);
    this.usage = db.prepare(`SELECT ${DAY} AS day, SUM(json_extract(usage, '$.promptTokens')) AS p,
      SUM(json_extract(usage, '$.completionTokens')) AS c, SUM(COALESCE(json_extract(usage, '$.costUsd'), 0)) AS cost
      FROM turns WHERE created_at >= ? AND created_at <= ? AND usage IS NOT NULL GROUP BY day`);
    this.channels = db.prepare(`SELECT channel, status, COUNT(*) AS count FROM turns WHERE created_at >= ? AND created_at <= ?
      GROUP BY channel, status ORDER BY channel, status`);
    // A turn citing three paragraphs of one article counts once for it.
    this.cited = db.prepare(`SELECT article_id AS articleId, COUNT(*) AS count FROM (
        SELECT DISTINCT turns.id, json_extract(c.value, '$.articleId') AS article_id
        FROM turns, json_each(turns.citations) c WHERE turns.created_at >= ? AND turns.created_at <= ?)
      WHERE article_id IS NOT NULL GROUP BY article_id ORDER BY count DESC, article_id LIMIT ?`);
  }

  daily(from: string, to: string): DailyStats[] {
    const range = [isoInstant(from), isoInstant(to)];
    const counts = (this.counts.all(...range) as Record<string, unknown>[]).map((r): DayStatusCount => ({
      day: String(r.day), status: String(r.status), total: Number(r.total), up: Number(r.up ?? 0), down: Number(r.down ?? 0),
    }));
    const byDay = new Map<string, number[]>();
    for (const r of this.totals.all(...range) as { day: string; ms: number }[]) {
      const list = byDay.get(r.day);
      if (list) list.push(r.ms);
      else byDay.set(r.day, [r.ms]);
    }
    const p95 = new Map([...byDay].map(([day, values]) => [day, nearestRank(values, 0.95)]));
    const usage = (this.usage.all(...range) as { day: string; p: number; c: number; cost: number }[])
      .map((u) => ({ day: u.day, promptTokens: Number(u.p ?? 0), completionTokens: Number(u.c ?? 0), costUsd: Number(u.cost ?? 0) }));
    return assembleDailyStats(vietnamDays(from, to), counts, p95, usage);
  }

  byChannel(from: string, to: string): { channel: string; status: string; count: number }[] {
    return (this.channels.all(isoInstant(from), isoInstant(to)) as Record<string, unknown>[])
      .map((r) => ({ channel: String(r.channel), status: String(r.status), count: Number(r.count) }));
  }

  topCited(from: string, to: string, limit: number): { articleId: string; count: number }[] {
    return (this.cited.all(isoInstant(from), isoInstant(to), Math.max(0, Math.floor(limit))) as { articleId: string; count: number }[])
      .map((r) => ({ articleId: String(r.articleId), count: Number(r.count) }));
  }
}
