import { readFileSync, writeFileSync } from 'node:fs';

export type Blob = Int32Array | Uint16Array | Float32Array | string;
type Kind = 'Int32Array' | 'Uint16Array' | 'Float32Array' | 'string';

interface Entry {
  readonly kind: Kind;
  readonly offset: number;
  readonly bytes: number;
}

/**
 * Writes named typed arrays and strings into one file: [u32 header length][JSON header][padding][blobs, each 8-byte
 * aligned], so loading maps each array onto the file's bytes without copying or parsing it.
 */
export function writeBundle(file: string, blobs: Readonly<Record<string, Blob>>): void {
  const entries: Record<string, Entry> = {};
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, blob] of Object.entries(blobs)) {
    const buf = typeof blob === 'string' ? Buffer.from(blob, 'utf8') : Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
    entries[name] = { kind: typeof blob === 'string' ? 'string' : (blob.constructor.name as Kind), offset, bytes: buf.byteLength };
    const pad = (8 - (buf.byteLength % 8)) % 8;
    parts.push(buf, Buffer.alloc(pad));
    offset += buf.byteLength + pad;
  }
  const header = Buffer.from(JSON.stringify(entries), 'utf8');
  const lead = Buffer.alloc(4);
  lead.writeUInt32LE(header.byteLength);
  const headPad = (8 - ((4 + header.byteLength) % 8)) % 8;
  writeFileSync(file, Buffer.concat([lead, header, Buffer.alloc(headPad), ...parts]));
}

export interface Bundle {
  int32(name: string): Int32Array;
  uint16(name: string): Uint16Array;
  float32(name: string): Float32Array;
  string(name: string): string;
}

/** Reads a bundle; each accessor throws, naming the file, when the entry is missing or of another kind. */
export function readBundle(file: string): Bundle {
  const buf = readFileSync(file);
  if (buf.byteLength < 4) throw new Error(`${file}: too short for an index bundle`);
  const headerBytes = buf.readUInt32LE(0);
  let entries: Record<string, Entry>;
  try {
    entries = JSON.parse(buf.toString('utf8', 4, 4 + headerBytes)) as Record<string, Entry>;
  } catch {
    throw new Error(`${file}: the header is damaged or cut short`);
  }
  const base = 4 + headerBytes + ((8 - ((4 + headerBytes) % 8)) % 8);
  // Typed arrays need aligned offsets: a small file's buffer may sit anywhere in Node's shared pool, so it is copied.
  const bytes = buf.byteOffset % 8 === 0 ? buf : Buffer.from(new Uint8Array(buf).buffer);
  const start = base;
  const entry = (name: string, kind: Kind): Entry => {
    const e = entries[name];
    if (!e || e.kind !== kind) throw new Error(`${file}: no ${kind} "${name}"`);
    if (start + e.offset + e.bytes > bytes.byteLength) throw new Error(`${file}: "${name}" runs past the end of the file`);
    return e;
  };
  const view = <T>(C: new (b: ArrayBufferLike, o: number, n: number) => T, name: string, kind: Kind, size: number): T => {
    const e = entry(name, kind);
    return new C(bytes.buffer, bytes.byteOffset + start + e.offset, e.bytes / size);
  };
  return {
    int32: (name) => view(Int32Array, name, 'Int32Array', 4),
    uint16: (name) => view(Uint16Array, name, 'Uint16Array', 2),
    float32: (name) => view(Float32Array, name, 'Float32Array', 4),
    string: (name) => {
      const e = entry(name, 'string');
      return bytes.toString('utf8', start + e.offset, start + e.offset + e.bytes);
    },
  };
}
