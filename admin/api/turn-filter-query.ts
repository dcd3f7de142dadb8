import type { TurnFilter } from '../../core/ports/log-store.js';

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
 * A calendar day as the forms take it, day first ("14/06/2024", "4/6/2024") or ISO ("2024-06-14"), as YYYY-MM-DD;
 * undefined for anything else, an impossible date (31/02) included.
 */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A date-only bound (either form parseDay takes) covers the whole day in Vietnam (UTC+7, the day the staff picked and the dashboard counts):
 * from 00:00:00.000, to 23:59:59.999 Vietnam time, as a UTC instant.
 */
export function dayBound(value: string | undefined, edge: 'start' | 'end'): string | undefined {
  if (!value) return undefined;
  const day = parseDay(value);
  if (day) return new Date(Date.parse(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}+07:00`)).toISOString();
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.trim())) return undefined;
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
