import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Dialect = 'sqlite' | 'postgres';

export interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The NNN_name.sql files of one dialect, lowest version first. Both dialects carry the same version numbers so
 * that "schema version 2" means the same tables whichever database is behind the store.
 */
export function migrationFiles(dialect: Dialect): MigrationFile[] {
  const dir = join(ROOT, dialect);
  const files = readdirSync(dir).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
  const migrations = files.map((name) => ({ version: Number(name.split('_')[0]), name, sql: readFileSync(join(dir, name), 'utf8') }));
  const seen = new Set<number>();
  for (const m of migrations) {
    if (seen.has(m.version)) throw new Error(`two ${dialect} migrations share version ${m.version}`);
    seen.add(m.version);
  }
  return migrations;
}
