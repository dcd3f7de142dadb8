import { describe, expect, it } from 'vitest';
import { isRacy, stampHolds, type FileStat, type SourceStamp } from './source-stamp.js';

const STAT: FileStat = { size: 120, mtimeNs: '1700000000000000000', ctimeNs: '1700000000000000000', ino: '42' };
const STAMP: SourceStamp = { ...STAT, file: '/a/b.md', id: 'b', digest: 'd', racy: false };

describe('stampHolds', () => {
  it.each([
    ['the same metadata', STAMP, STAT, true],
    ['no stamp', undefined, STAT, false],
    ['a racy stamp', { ...STAMP, racy: true }, STAT, false],
    ['another size', STAMP, { ...STAT, size: 121 }, false],
    ['another mtime', STAMP, { ...STAT, mtimeNs: '1700000000000000001' }, false],
    // touch -d, cp -p, rsync -t: the old mtime put back, but the kernel sets ctime to now.
    ['the mtime put back after a write', STAMP, { ...STAT, ctimeNs: '1700000000500000000' }, false],
    ['another inode (written beside and renamed over)', STAMP, { ...STAT, ino: '43' }, false],
  ])('%s → %s', (_, stamp, now, holds) => expect(stampHolds(stamp, now)).toBe(holds));
});

describe('isRacy', () => {
  it.each([
    ['changed 1 ms before it was read', '1700000000000000000', 1_700_000_000_001_000_000n, true],
    ['changed 1.999 s before', '1700000000000000000', 1_700_000_001_999_000_000n, true],
    ['changed 2 s before', '1700000000000000000', 1_700_000_002_000_000_000n, false],
    ['changed an hour before', '1700000000000000000', 1_700_003_600_000_000_000n, false],
    ['stamped with a time after the read (a clock set back)', '1700000005000000000', 1_700_000_000_000_000_000n, true],
  ])('%s', (_, ctimeNs, readNs, racy) => expect(isRacy(ctimeNs, readNs)).toBe(racy));
});
