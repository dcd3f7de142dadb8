import type { Decode } from '../row-decoding.js';

/** node-postgres parses jsonb itself and returns timestamptz as Date. */
export const pgDecode: Decode = {
  json: <T>(value: unknown): T => value as T,
  time: (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString(),
};
