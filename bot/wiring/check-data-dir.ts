import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

// What the errno of a failed write means, in words an operator searches for.
const CAUSES: Readonly<Record<string, string>> = {
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file stands where the folder should be',
  EIO: 'input/output error',
};

/** Why DATA_DIR cannot be written, or the thrown error's own words when the errno is not one of the usual ones. */
function describeFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code && CAUSES[e.code] ? `${CAUSES[e.code]} (${e.code})` : e.message;
}

/**
 * Makes sure DATA_DIR exists and can be written, creating it (0700: it holds residents' words) when missing. A
 * failure names the folder and the cause. Node's recursive mkdir reports a read-only file system as ENOENT; the
 * cause is then found by trying to create the first missing folder alone, under the deepest one that exists.
 */
export function checkDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
    const probe = join(dataDir, `.write-check-${process.pid}`);
    closeSync(openSync(probe, 'w', 0o600));
    rmSync(probe, { force: true });
  } catch (error) {
    throw new Error(`DATA_DIR ${dataDir} cannot be written: ${describeFailure(realCause(dataDir, error))}`, { cause: error });
  }
}

function realCause(dataDir: string, error: unknown): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  let missing = dataDir;
  while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
  try {
    mkdirSync(missing);
    rmSync(missing, { recursive: true, force: true });
    return error;
  } catch (cause) {
    return cause;
  }
}
