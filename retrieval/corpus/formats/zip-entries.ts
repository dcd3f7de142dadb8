import { inflateRawSync } from 'node:zlib';

/** One part a zip archive declares: its name and unpacked size, and where its packed bytes are. */
export interface ZipEntry {
  readonly name: string;
  readonly size: number;
  /** 0 stored, 8 deflated (what Word writes); anything else is left to the reader to refuse. */
  readonly method: number;
  readonly packedSize: number;
  /** Offset of the part's local header. */
  readonly localOffset: number;
}

export type ZipDirectory = { readonly entries: readonly ZipEntry[]; readonly zip64: boolean };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FULL = 0xffffffff;

/**
 * The entries a zip archive declares in its central directory (names and unpacked sizes), read without unpacking: a
 * Word file's parts are checked before mammoth inflates them. Undefined when the bytes hold no readable directory.
 * ZIP64 archives (sizes or counts that do not fit the classic fields) are reported as such: a .docx never needs one.
 */
export function zipEntries(bytes: Buffer): ZipDirectory | undefined {
  const lowest = Math.max(0, bytes.length - END_SIZE - MAX_COMMENT);
  let end = -1;
  for (let at = bytes.length - END_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === FULL || offset === FULL) return { entries: [], zip64: true };
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const unpacked = bytes.readUInt32LE(at + 24);
    const method = bytes.readUInt16LE(at + 10);
    const packedSize = bytes.readUInt32LE(at + 20);
    const localOffset = bytes.readUInt32LE(at + 42);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > bytes.length) return undefined;
    if (unpacked === FULL) return { entries, zip64: true };
    entries.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameLength), size: unpacked, method, packedSize, localOffset });
    at = next;
  }
  return { entries, zip64: false };
}

const LOCAL_HEADER = 0x04034b50;

/**
 * How many bytes a part really unpacks to, inflated up to `limit` and no further: 'too-large' past it, 'unreadable' when
 * its bytes are not where the directory says or not stored or deflated (the reader then says what is wrong). The
 * directory's declared size is the writer's word only: a crafted file declares a few KB for a part that inflates to
 * gigabytes, and the zip library under mammoth checks the declaration only after inflating it all.
 */
export function unpackedSize(bytes: Buffer, entry: ZipEntry, limit: number): number | 'too-large' | 'unreadable' {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return 'unreadable';
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.packedSize;
  if (end > bytes.length) return 'unreadable';
  if (entry.method === 0) return entry.packedSize <= limit ? entry.packedSize : 'too-large';
  if (entry.method !== 8) return 'unreadable';
  try {
    return inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, limit) }).length;
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'unreadable';
  }
}
