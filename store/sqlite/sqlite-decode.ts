import type { Decode } from '../row-decoding.js';

/** SQLite keeps JSON as text and times as the ISO strings the store wrote. */
export const sqliteDecode: Decode = {
  json: <T>(value: unknown): T => JSON.parse(String(value)) as T,
  time: (value: unknown): string => String(value),
};
