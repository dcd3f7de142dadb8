/** What a file's metadata says of its content: any write changes one of these (its ctime at least). */
export interface FileStat {
  readonly size: number;
  /** Nanoseconds, as decimal strings: a double cannot hold them exactly. */
  readonly mtimeNs: string;
  readonly ctimeNs: string;
  readonly ino: string;
}

/** An article file as last read: its metadata then, and the article it held. */
export interface SourceStamp extends FileStat {
  readonly file: string;
  readonly id: string;
  readonly digest: string;
  /**
   * Changed within RACY_NS of being read: a write in the same clock tick would leave its metadata as it is, so the
   * file is read again next time rather than trusted (git's "racily clean" entries).
   */
  readonly racy: boolean;
}

/** File timestamps move in clock ticks of a few milliseconds; two seconds leaves room for coarse filesystems. */
export const RACY_NS = 2_000_000_000n;

/** Whether a file is as a stamp recorded it, and the stamp was taken long enough after its last change to be trusted. */
export function stampHolds(stamp: SourceStamp | undefined, now: FileStat): stamp is SourceStamp {
  return stamp !== undefined && !stamp.racy && stamp.size === now.size && stamp.mtimeNs === now.mtimeNs && stamp.ctimeNs === now.ctimeNs &&
    stamp.ino === now.ino;
}

/** Whether a file last changed at ctimeNs, read at readNs, could have been written again since without its metadata showing it. */
export function isRacy(ctimeNs: string, readNs: bigint): boolean {
  return readNs - BigInt(ctimeNs) < RACY_NS;
}
