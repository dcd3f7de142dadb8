import type { TurnFilter } from '../../store/log-store.js';

/** Statuses the filters offer; 'curated' is a turn answered from a curated answer. */
export const FILTER_STATUSES = ['answered', 'partial', 'no_answer', 'curated', 'handoff', 'invalid_input', 'greeting', 'thanks', 'capabilities', 'feedback', 'unsupported_media', 'welcome', 'error'] as const;

type Query = Readonly<Record<string, unknown>>;

function text(query: Query, key: string): string | undefined {
  const v = query[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined;
}

function flag(query: Query, key: string): boolean | undefined {
  const v = text(query, key);
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  return undefined;
}

function int(query: Query, key: string, min: number, max: number): number | undefined {
  const v = Number(text(query, key));
  return Number.isFinite(v) ? Math.min(max, Math.max(min, Math.floor(v))) : undefined;
}

/**
 * A date-only bound covers the whole day in Vietnam (UTC+7, the day the staff picked and the dashboard counts):
 * from 00:00:00.000, to 23:59:59.999 Vietnam time, as a UTC instant.
 */
export function dayBound(value: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const t = Date.parse(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}+07:00`);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** TurnFilter from a query string; unknown or malformed values are ignored rather than rejected. */
export function turnFilterFromQuery(query: Query, defaults: { limit: number; maxLimit: number }): TurnFilter {
  const status = text(query, 'status');
  const feedback = text(query, 'feedback');
  const from = dayBound(text(query, 'from'), 'start');
  const to = dayBound(text(query, 'to'), 'end');
  const channel = text(query, 'channel');
  const q = text(query, 'q');
  const articleId = text(query, 'articleId');
  const reviewed = flag(query, 'reviewed');
  const hasCorrection = flag(query, 'hasCorrection');
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(channel ? { channel } : {}),
    ...(status && (FILTER_STATUSES as readonly string[]).includes(status) ? { status: status as TurnFilter['status'] } : {}),
    ...(feedback === 'up' || feedback === 'down' || feedback === 'none' ? { feedback } : {}),
    ...(reviewed !== undefined ? { reviewed } : {}),
    ...(hasCorrection !== undefined ? { hasCorrection } : {}),
    ...(q ? { q } : {}),
    ...(articleId ? { articleId } : {}),
    limit: int(query, 'limit', 1, defaults.maxLimit) ?? defaults.limit,
    offset: int(query, 'offset', 0, 1_000_000) ?? 0,
  };
}

/** The filter's query-string form (without paging), for pagination and export links. */
export function filterParams(query: Query): Record<string, string | undefined> {
  const keep = ['from', 'to', 'channel', 'status', 'feedback', 'reviewed', 'hasCorrection', 'q', 'articleId'];
  return Object.fromEntries(keep.map((k) => [k, text(query, k)]).filter(([, v]) => v !== undefined));
}
