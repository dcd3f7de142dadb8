import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceStamp } from '../corpus/source-stamp.js';

const SOURCES = 'sources.json';

/** The stamps saved beside an index, by file; none when the file is missing or not what this code writes. */
export function readStamps(dir: string): Map<string, SourceStamp> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, SOURCES), 'utf8'));
  } catch {
    return new Map();
  }
  if (!Array.isArray(parsed) || !parsed.every(isStamp)) return new Map();
  return new Map(parsed.map((s) => [s.file, s]));
}

/** Saves the stamps (whole, then renamed over the old ones). */
export function writeStamps(dir: string, stamps: readonly SourceStamp[]): void {
  const tmp = join(dir, `${SOURCES}.tmp-${process.pid}`);
  writeFileSync(tmp, JSON.stringify(stamps));
  renameSync(tmp, join(dir, SOURCES));
}

function isStamp(s: unknown): s is SourceStamp {
  if (typeof s !== 'object' || s === null) return false;
  const r = s as Record<string, unknown>;
  return typeof r.file === 'string' && typeof r.id === 'string' && typeof r.digest === 'string' && typeof r.size === 'number' &&
    typeof r.mtimeNs === 'string' && typeof r.ctimeNs === 'string' && typeof r.ino === 'string' && typeof r.racy === 'boolean';
}
