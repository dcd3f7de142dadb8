import type { AuditEntry, AuditFilter } from '../../core/ports/log-store.js';
import { auditRow } from '../row-decoding.js';
import { isoInstant, type StoreClock } from '../store-options.js';
import type { SqliteDb, SqliteStatement } from './open-sqlite.js';
import { sqliteDecode } from './sqlite-decode.js';

const WHERE = `WHERE (@from IS NULL OR at >= @from) AND (@to IS NULL OR at <= @to) AND (@actor IS NULL OR actor = @actor)
  AND (@action IS NULL OR action = @action)`;

/** The audit log of admin actions: appended, listed newest first, never changed. */
export class SqliteAudit {
  private readonly insert: SqliteStatement;
  private readonly page: SqliteStatement;
  private readonly count: SqliteStatement;

  constructor(db: SqliteDb, private readonly clock: StoreClock) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?) RETURNING *');
    this.page = db.prepare(`SELECT * FROM audit_log ${WHERE} ORDER BY at DESC, seq DESC LIMIT @limit OFFSET @offset`);
    this.count = db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${WHERE}`);
  }

  append(e: { actor: string; action: string; target: string; detail?: string }): AuditEntry {
    return auditRow(this.insert.get(this.clock.now(), e.actor, e.action, e.target, e.detail ?? '') as Record<string, unknown>, sqliteDecode);
  }

  list(f: AuditFilter): { items: AuditEntry[]; total: number } {
    const where = { from: f.from ? isoInstant(f.from) : null, to: f.to ? isoInstant(f.to) : null, actor: f.actor ?? null, action: f.action ?? null };
    const items = (this.page.all({ ...where, limit: Math.max(0, Math.floor(f.limit ?? 50)), offset: Math.max(0, Math.floor(f.offset ?? 0)) }) as Record<string, unknown>[])
      .map((r) => auditRow(r, sqliteDecode));
    return { items, total: (this.count.get(where) as { n: number }).n };
  }
}
