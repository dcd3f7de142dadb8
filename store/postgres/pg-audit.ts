import type { Pool } from 'pg';
import type { AuditEntry, AuditFilter } from '../../core/ports/log-store.js';
import { auditRow } from '../row-decoding.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import { pgDecode } from './pg-decode.js';

const WHERE = `WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::timestamptz IS NULL OR at <= $2) AND ($3::text IS NULL OR actor = $3)
  AND ($4::text IS NULL OR action = $4)`;

/** The audit log of admin actions: appended, listed newest first, never changed. */
export class PgAudit {
  constructor(private readonly pool: Pool, private readonly clock: StoreClock) {}

  async append(e: { actor: string; action: string; target: string; detail?: string }): Promise<AuditEntry> {
    const { rows } = await this.pool.query({ name: 'audit_insert', text: `INSERT INTO audit_log (at, actor, action, target, detail)
      VALUES ($1, $2, $3, $4, $5) RETURNING *`, values: [this.clock.now(), e.actor, e.action, e.target, e.detail ?? ''] });
    return auditRow(rows[0]!, pgDecode);
  }

  async list(f: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
    const where = [f.from ? isoInstant(f.from) : null, f.to ? isoInstant(f.to) : null, f.actor ?? null, f.action ?? null];
    const [page, count] = await Promise.all([
      this.pool.query({ name: 'audit_page', text: `SELECT * FROM audit_log ${WHERE} ORDER BY at DESC, seq DESC LIMIT $5 OFFSET $6`,
        values: [...where, Math.max(0, Math.floor(f.limit ?? 50)), Math.max(0, Math.floor(f.offset ?? 0))] }),
      this.pool.query<{ n: number }>({ name: 'audit_count', text: `SELECT count(*)::int AS n FROM audit_log ${WHERE}`, values: where }),
    ]);
    return { items: page.rows.map((r) => auditRow(r, pgDecode)), total: count.rows[0]!.n };
  }
}
