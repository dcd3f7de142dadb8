import { createHash } from 'node:crypto';
import pg from 'pg';
import type { ArticleStore, CorpusSnapshot, RemovedArticle, StoredArticle } from '../../core/article-store.js';
import { PgInstances } from './pg-instances.js';
import { listenPg } from './pg-listener.js';
import { migratePg } from './pg-migrate.js';
import { withTransaction } from './pg-transaction.js';

interface ArticleRow {
  id: string;
  version: string;
  revision: string;
  file_name: string;
  text: string;
  source?: Buffer | null;
}

const stored = (r: ArticleRow): StoredArticle => ({ id: r.id, version: r.version, revision: Number(r.revision), fileName: r.file_name, text: r.text,
  ...(r.source ? { source: r.source } : {}) });

// Every change takes this lock first, so revisions commit in the order they are numbered: an instance that has read
// revision n has seen every change up to n.
const WRITE_LOCK = 'vn-digigov-bot/corpus-write';

/**
 * The added articles in PostgreSQL, shared by every instance: each change is one transaction that also records a
 * revision and NOTIFYs the schema's channel on commit; a dedicated connection LISTENs for the others' changes.
 */
export class PgArticleStore implements ArticleStore {
  readonly shared = true;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    /** The schema's own channel: test runs (or deployments) in other schemas of the database do not hear it. */
    private readonly channel: string,
  ) {}

  /** Connects and applies pending migrations (a command line tool may be the first to reach a new database). */
  static async open(url: string, options: { onIdleError?: (error: Error) => void } = {}): Promise<PgArticleStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
    pool.on('error', options.onIdleError ?? (() => undefined));
    try {
      const client = await pool.connect();
      try {
        await migratePg(client);
      } finally {
        client.release();
      }
      const { rows } = await pool.query<{ schema: string }>('SELECT current_schema() AS schema');
      const channel = `corpus_${createHash('sha256').update(rows[0]?.schema ?? 'public').digest('hex').slice(0, 16)}`;
      return new PgArticleStore(pool, url, channel);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
  }

  async snapshot(): Promise<CorpusSnapshot> {
    // One statement, one view: the revision and the articles agree.
    const { rows } = await this.pool.query<{ revision: string | null; articles: { id: string; version: string; revision: number }[] | null }>(
      `SELECT (SELECT max(revision) FROM corpus_revisions) AS revision,
        (SELECT json_agg(json_build_object('id', id, 'version', version, 'revision', revision) ORDER BY id) FROM corpus_articles) AS articles`);
    return { revision: Number(rows[0]?.revision ?? 0), articles: (rows[0]?.articles ?? []).map((a) => ({ ...a, revision: Number(a.revision) })) };
  }

  async get(ids: readonly string[]): Promise<StoredArticle[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<ArticleRow>('SELECT id, version, revision, file_name, text FROM corpus_articles WHERE id = ANY($1) ORDER BY id', [ids]);
    return rows.map(stored);
  }

  async load(): Promise<{ revision: number; articles: StoredArticle[] }> {
    return withTransaction(this.pool, async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const { rows: [top] } = await client.query<{ revision: string | null }>('SELECT max(revision) AS revision FROM corpus_revisions');
      const { rows } = await client.query<ArticleRow>('SELECT id, version, revision, file_name, text FROM corpus_articles ORDER BY id');
      return { revision: Number(top?.revision ?? 0), articles: rows.map(stored) };
    });
  }

  /** The file as uploaded, for a download or a re-read with a better reader. */
  async source(id: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ source: Buffer | null }>('SELECT source FROM corpus_articles WHERE id = $1', [id]);
    return rows[0]?.source ?? undefined;
  }

  async put(articles: readonly Omit<StoredArticle, 'revision'>[]): Promise<number> {
    return this.change('put', articles.map((a) => a.id), async (client, revision) => {
      for (const a of articles) {
        await client.query(`INSERT INTO corpus_articles (id, version, revision, file_name, source, text) VALUES ($1, $2, $3, $4, $5, $6)
          ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, revision = EXCLUDED.revision, file_name = EXCLUDED.file_name,
          source = EXCLUDED.source, text = EXCLUDED.text, stored_at = now()`, [a.id, a.version, revision, a.fileName, a.source ?? null, a.text]);
      }
    }, 'replaced');
  }

  async remove(id: string): Promise<number | undefined> {
    const { rows } = await this.pool.query('SELECT 1 FROM corpus_articles WHERE id = $1', [id]);
    if (rows.length === 0) return undefined;
    return this.change('delete', [id], async (client) => {
      await client.query('DELETE FROM corpus_articles WHERE id = $1', [id]);
    }, 'deleted');
  }

  async removed(id: string): Promise<RemovedArticle[]> {
    const { rows } = await this.pool.query<ArticleRow & { how: 'replaced' | 'deleted'; removed_at: Date }>(
      'SELECT id, version, revision, file_name, text, how, removed_at FROM corpus_articles_removed WHERE id = $1 ORDER BY removed_at DESC, revision DESC', [id]);
    return rows.map((r) => ({ ...stored(r), how: r.how, removedAt: r.removed_at.toISOString() }));
  }

  /** The instances sharing this database, on the same connections. */
  instances(): PgInstances {
    return new PgInstances(this.pool);
  }

  watch(onChange: () => void): () => Promise<void> {
    return listenPg({ url: this.url, channel: this.channel, onSignal: onChange });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * One change: numbered under the write lock, the versions it replaces or deletes kept first, then `write`; the
   * NOTIFY is delivered on commit only, so no instance hears of a change that did not happen.
   */
  private async change(action: 'put' | 'delete', ids: readonly string[], write: (client: pg.PoolClient, revision: number) => Promise<void>,
    how: 'replaced' | 'deleted'): Promise<number> {
    return withTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [WRITE_LOCK]);
      const { rows: [row] } = await client.query<{ revision: string }>(
        'INSERT INTO corpus_revisions (action, article_ids) VALUES ($1, $2) RETURNING revision', [action, ids]);
      const revision = Number(row!.revision);
      await client.query(`INSERT INTO corpus_articles_removed (id, version, revision, file_name, text, how)
        SELECT id, version, $2, file_name, text, $3 FROM corpus_articles WHERE id = ANY($1) ON CONFLICT (id, version) DO NOTHING`, [ids, revision, how]);
      await write(client, revision);
      await client.query('SELECT pg_notify($1, $2)', [this.channel, String(revision)]);
      return revision;
    });
  }
}
