import type { Pool } from 'pg';
import type { InstanceRecord, InstanceRegistry } from '../../core/article-store.js';

interface InstanceRow {
  id: string;
  host: string;
  revision: string;
  corpus_hash: string;
  articles: number;
  passages: number;
  started_at: Date;
  heartbeat_at: Date;
}

/** The instances sharing the database, each with the corpus revision it serves; rows not refreshed in time are left out. */
export class PgInstances implements InstanceRegistry {
  constructor(private readonly pool: Pool) {}

  async report(i: Omit<InstanceRecord, 'heartbeatAt'>): Promise<void> {
    await this.pool.query(`INSERT INTO corpus_instances (id, host, revision, corpus_hash, articles, passages, started_at, heartbeat_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (id) DO UPDATE SET host = EXCLUDED.host, revision = EXCLUDED.revision,
      corpus_hash = EXCLUDED.corpus_hash, articles = EXCLUDED.articles, passages = EXCLUDED.passages, heartbeat_at = now()`,
    [i.id, i.host, i.revision, i.corpusHash, i.articles, i.passages, i.startedAt]);
  }

  async list(freshMs: number): Promise<InstanceRecord[]> {
    // Instances that stopped without leaving (killed) age out; their rows go after a day.
    await this.pool.query("DELETE FROM corpus_instances WHERE heartbeat_at < now() - interval '1 day'");
    const { rows } = await this.pool.query<InstanceRow>(`SELECT * FROM corpus_instances
      WHERE heartbeat_at >= now() - make_interval(secs => $1) ORDER BY heartbeat_at DESC, id`, [freshMs / 1000]);
    return rows.map((r) => ({ id: r.id, host: r.host, revision: Number(r.revision), corpusHash: r.corpus_hash, articles: r.articles,
      passages: r.passages, startedAt: r.started_at.toISOString(), heartbeatAt: r.heartbeat_at.toISOString() }));
  }

  async leave(id: string): Promise<void> {
    await this.pool.query('DELETE FROM corpus_instances WHERE id = $1', [id]);
  }
}
