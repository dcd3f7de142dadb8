import type { Pool } from 'pg';
import { assembleDailyStats, STATS_UTC_OFFSET_HOURS, vietnamDays } from '../daily-stats.js';
import type { DailyStats } from '../../core/ports/log-store.js';
import { isoInstant } from '../store-options.js';

// Vietnam's day, as the SQLite store computes it (daily-stats.ts): a fixed offset, no time zone database needed.
const DAY = `to_char(created_at AT TIME ZONE 'UTC' + interval '${STATS_UTC_OFFSET_HOURS} hours', 'YYYY-MM-DD')`;

/** Dashboard figures over the turns table, aggregated by PostgreSQL. */
export class PgTurnStats {
  constructor(private readonly pool: Pool) {}

  async daily(from: string, to: string): Promise<DailyStats[]> {
    const range = [isoInstant(from), isoInstant(to)];
    const [counts, p95, usage] = await Promise.all([
      this.pool.query<{ day: string; status: string; total: number; up: number; down: number }>({ name: 'stats_counts', values: range,
        text: `SELECT ${DAY} AS day, status, count(*)::int AS total, count(*) FILTER (WHERE feedback = 'up')::int AS up,
          count(*) FILTER (WHERE feedback = 'down')::int AS down FROM turns WHERE created_at >= $1 AND created_at <= $2 GROUP BY 1, 2` }),
      // percentile_disc is the nearest-rank percentile, the same figure SQLite's store computes in TypeScript.
      this.pool.query<{ day: string; p95: number }>({ name: 'stats_p95', values: range,
        text: `SELECT ${DAY} AS day, percentile_disc(0.95) WITHIN GROUP (ORDER BY (timings->>'totalMs')::float8) AS p95
          FROM turns WHERE created_at >= $1 AND created_at <= $2 AND timings->>'totalMs' IS NOT NULL GROUP BY 1` }),
      this.pool.query<{ day: string; p: string; c: string; cost: string }>({ name: 'stats_usage', values: range,
        text: `SELECT ${DAY} AS day, sum((usage->>'promptTokens')::bigint) AS p, sum((usage->>'completionTokens')::bigint) AS c,
          sum(coalesce((usage->>'costUsd')::float8, 0)) AS cost FROM turns WHERE created_at >= $1 AND created_at <= $2 AND usage IS NOT NULL GROUP BY 1` }),
    ]);
    return assembleDailyStats(vietnamDays(from, to), counts.rows, new Map(p95.rows.map((r) => [r.day, Number(r.p95)])),
      usage.rows.map((u) => ({ day: u.day, promptTokens: Number(u.p ?? 0), completionTokens: Number(u.c ?? 0), costUsd: Number(u.cost ?? 0) })));
  }

  async byChannel(from: string, to: string): Promise<{ channel: string; status: string; count: number }[]> {
    const { rows } = await this.pool.query<{ channel: string; status: string; count: number }>({ name: 'stats_by_channel',
      values: [isoInstant(from), isoInstant(to)],
      text: `SELECT channel, status, count(*)::int AS count FROM turns WHERE created_at >= $1 AND created_at <= $2
        GROUP BY channel, status ORDER BY channel COLLATE "C", status COLLATE "C"` });
    return rows;
  }

  /** A turn citing three paragraphs of one article counts once for it. */
  async topCited(from: string, to: string, limit: number): Promise<{ articleId: string; count: number }[]> {
    const { rows } = await this.pool.query<{ articleId: string; count: number }>({ name: 'stats_top_cited',
      values: [isoInstant(from), isoInstant(to), Math.max(0, Math.floor(limit))],
      text: `SELECT article_id AS "articleId", count(DISTINCT turn_id)::int AS count FROM (
          SELECT turns.id AS turn_id, c->>'articleId' AS article_id
          FROM turns CROSS JOIN LATERAL jsonb_array_elements(turns.citations) c
          WHERE turns.created_at >= $1 AND turns.created_at <= $2) cited
        WHERE article_id IS NOT NULL GROUP BY article_id ORDER BY count DESC, article_id COLLATE "C" LIMIT $3` });
    return rows;
  }
}
