import type { TurnRecord } from '../core/turn-record.js';
import type { AuditEntry, CuratedAnswer, Feedback, Handoff, Role, Session, TurnRow, User, Verdict } from '../core/ports/log-store.js';

/**
 * Both databases select the same column names; they differ only in how JSON and times come back (SQLite: text;
 * PostgreSQL: parsed jsonb and Date). Each store passes its Decode and shares the mapping below.
 */
export interface Decode {
  json<T>(value: unknown): T;
  time(value: unknown): string;
}

type Raw = Record<string, unknown>;

const str = (value: unknown): string => String(value);
const opt = <K extends string>(key: K, value: unknown): { [P in K]?: string } =>
  (value === null || value === undefined ? {} : { [key]: String(value) }) as { [P in K]?: string };

export const TURN_COLUMNS = `turns.id, turns.created_at, turns.channel, turns.user_id, turns.conversation_id, turns.question,
  turns.rewrite, turns.status, turns.answer, turns.citations, turns.retrieved, turns.timings, turns.model, turns.feedback,
  turns.review_verdict, turns.review_note, turns.reviewed_by, turns.reviewed_at, turns.curated_id, turns.usage`;

export function turnRow(r: Raw, d: Decode): TurnRow {
  return {
    turnId: str(r.id), createdAt: d.time(r.created_at), channel: str(r.channel), userId: str(r.user_id),
    conversationId: str(r.conversation_id), question: str(r.question), ...opt('rewrite', r.rewrite),
    status: str(r.status) as TurnRecord['status'], answer: str(r.answer),
    citations: d.json(r.citations), retrieved: d.json(r.retrieved), timings: d.json(r.timings), model: str(r.model),
    ...(r.feedback ? { feedback: r.feedback as Feedback } : {}),
    ...(r.review_verdict ? {
      review: { verdict: r.review_verdict as Verdict, ...opt('note', r.review_note), by: str(r.reviewed_by), at: d.time(r.reviewed_at) },
    } : {}),
    ...opt('curatedId', r.curated_id),
    ...(r.usage ? { usage: d.json(r.usage) } : {}),
  };
}

export function curatedRow(r: Raw, d: Decode): CuratedAnswer {
  return {
    id: str(r.id), question: str(r.question), answer: str(r.answer), citations: d.json(r.citations),
    articleHashes: d.json(r.article_hashes), status: str(r.status) as CuratedAnswer['status'], hits: Number(r.hits),
    ...opt('sourceTurnId', r.source_turn_id), createdBy: str(r.created_by), createdAt: d.time(r.created_at),
    updatedAt: d.time(r.updated_at),
  };
}

const optTime = <K extends string>(key: K, value: unknown, d: Decode): { [P in K]?: string } =>
  (value === null || value === undefined ? {} : { [key]: d.time(value) }) as { [P in K]?: string };

export function userRow(r: Raw, d: Decode): User {
  return { id: str(r.id), username: str(r.username), role: str(r.role) as Role, passwordHash: str(r.password_hash), createdAt: d.time(r.created_at),
    // SQLite answers 0/1, PostgreSQL a boolean.
    disabled: r.disabled_at !== null && r.disabled_at !== undefined, mustChangePassword: Boolean(r.must_change_password),
    ...optTime('passwordExpiresAt', r.password_expires_at, d), ...optTime('lastLoginAt', r.last_login_at, d) };
}

export function auditRow(r: Raw, d: Decode): AuditEntry {
  return { seq: Number(r.seq), at: d.time(r.at), actor: str(r.actor), action: str(r.action), target: str(r.target), detail: str(r.detail) };
}

export function sessionRow(r: Raw, d: Decode): Session {
  return { idHash: str(r.id_hash), userId: str(r.user_id), csrfToken: str(r.csrf_token), createdAt: d.time(r.created_at), expiresAt: d.time(r.expires_at) };
}

/** A handoff with its replies (rows of handoff_replies for this id, in seq order). */
export function handoffRow(r: Raw, replies: readonly Raw[], d: Decode): Handoff {
  return {
    id: str(r.id), channel: str(r.channel), conversationId: str(r.conversation_id), address: str(r.address),
    status: str(r.status) as Handoff['status'], question: str(r.question), lastInteractionAt: d.time(r.last_interaction_at),
    createdAt: d.time(r.created_at), updatedAt: d.time(r.updated_at),
    ...opt('assignee', r.assignee), ...optTime('assignedAt', r.assigned_at, d),
    replies: replies.map((x) => ({
      text: str(x.text), by: str(x.author), at: d.time(x.sent_at), delivered: Boolean(x.delivered), ...opt('error', x.error),
    })),
  };
}

/** Groups reply rows by handoff_id, keeping their order. */
export function repliesByHandoff(rows: readonly Raw[]): Map<string, Raw[]> {
  const map = new Map<string, Raw[]>();
  for (const row of rows) {
    const id = str(row.handoff_id);
    const list = map.get(id);
    if (list) list.push(row);
    else map.set(id, [row]);
  }
  return map;
}
