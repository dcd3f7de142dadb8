import type { TurnFilter } from '../core/ports/log-store.js';
import { isoInstant } from './store-options.js';
import { containsPattern } from './turn-search.js';

/** The two places where SQLite and PostgreSQL spell a turn filter differently. */
export interface FilterDialect {
  /** The placeholder of the n-th bound value (1-based): '?' or '$n'. */
  placeholder(n: number): string;
  /** A condition true when turns.citations holds a paragraph of the article bound at `param`. */
  citesArticle(param: string): string;
}

export interface SqlWhere {
  /** 'WHERE …' or '' when the filter is empty. */
  readonly sql: string;
  readonly params: unknown[];
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** Builds the WHERE clause of listTurns; every value the caller gave is bound, never spliced into the SQL. */
export function turnFilterWhere(filter: TurnFilter, dialect: FilterDialect): SqlWhere {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return dialect.placeholder(params.length);
  };
  if (filter.from !== undefined) conditions.push(`turns.created_at >= ${bind(isoInstant(filter.from))}`);
  if (filter.to !== undefined) conditions.push(`turns.created_at <= ${bind(isoInstant(filter.to))}`);
  if (filter.channel !== undefined) conditions.push(`turns.channel = ${bind(filter.channel)}`);
  if (filter.status !== undefined) conditions.push(`turns.status = ${bind(filter.status)}`);
  if (filter.feedback === 'none') conditions.push('turns.feedback IS NULL');
  else if (filter.feedback !== undefined) conditions.push(`turns.feedback = ${bind(filter.feedback)}`);
  if (filter.reviewed !== undefined) conditions.push(`turns.review_verdict IS ${filter.reviewed ? 'NOT ' : ''}NULL`);
  if (filter.hasCorrection !== undefined) conditions.push(`turns.curated_id IS ${filter.hasCorrection ? 'NOT ' : ''}NULL`);
  const q = filter.q?.trim();
  if (q) conditions.push(`turns.search_text LIKE ${bind(containsPattern(q))} ESCAPE '\\'`);
  if (filter.articleId !== undefined) conditions.push(dialect.citesArticle(bind(filter.articleId)));
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** limit defaults to 50 and is held to 1..500; offset to a non-negative integer. */
export function pageBounds(filter: Pick<TurnFilter, 'limit' | 'offset'>): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(filter.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(filter.offset ?? 0));
  return { limit: Number.isFinite(limit) ? limit : DEFAULT_LIMIT, offset: Number.isFinite(offset) ? offset : 0 };
}
