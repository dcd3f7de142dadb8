import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArticleError } from '../article.js';
import { docxDocument } from './docx-document.js';
import { unpackedSize, zipEntries } from './zip-entries.js';

/**
 * A zip archive of deflated parts, written by hand (CRCs left 0: mammoth is never reached with these). `declared`
 * overrides the unpacked size the directory states for a part, as a crafted file does.
 */
function zip(parts: Record<string, Buffer>, declared: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(parts)) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(declared[name] ?? data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    directory.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('zipEntries', () => {
  it('reads the names and unpacked sizes the directory declares, without unpacking', () => {
    const bytes = zip({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': Buffer.alloc(5000, 'a') });
    expect(zipEntries(bytes)).toMatchObject({ zip64: false, entries: [{ name: '[Content_Types].xml', size: 8 }, { name: 'word/document.xml', size: 5000 }] });
  });

  it('unpacks a part only as far as a limit, whatever the directory declares', () => {
    const bytes = zip({ 'word/document.xml': Buffer.alloc(5000, 'a') }, { 'word/document.xml': 10 });
    const [entry] = zipEntries(bytes)!.entries;
    expect(entry!.size).toBe(10);
    expect(unpackedSize(bytes, entry!, 5000)).toBe(5000);
    expect(unpackedSize(bytes, entry!, 4999)).toBe('too-large');
    expect(unpackedSize(bytes.subarray(0, 20), entry!, 5000)).toBe('unreadable');
  });

  it.each([['not a zip', Buffer.from('plain text, no directory')], ['empty', Buffer.alloc(0)]])('finds no directory in %s', (_name, bytes) => {
    expect(zipEntries(bytes)).toBeUndefined();
  });
});

describe('docxDocument on a file that unpacks to far more than it weighs', () => {
  it('refuses it before unpacking, naming the file and the limit', async () => {
    const paragraphs = Buffer.from('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(1_200_000));
    const bomb = zip({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': paragraphs });
    expect(bomb.length).toBeLessThan(paragraphs.length / 100);
    const err = await docxDocument('uploads/bom.docx', bomb).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArticleError);
    expect((err as Error).message).toMatch(/uploads\/bom\.docx: the Word file unpacks to more than 32 MB/);
  });

  it('refuses a file whose directory declares a few KB for a part that unpacks past the limit', async () => {
    const paragraphs = Buffer.from('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(1_200_000));
    const lying = zip({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': paragraphs }, { 'word/document.xml': 4096 });
    expect(zipEntries(lying)!.entries.reduce((sum, e) => sum + e.size, 0)).toBeLessThan(5000);
    await expect(docxDocument('uploads/gia-mao.docx', lying)).rejects.toThrow(/uploads\/gia-mao\.docx: the Word file unpacks to more than 32 MB/);
  });

  it('counts a main document of any name (the relations of the package may point anywhere), but not images', async () => {
    const paragraphs = Buffer.from('<w:p><w:r><w:t>a</w:t></w:r></w:p>'.repeat(1_200_000));
    const renamed = zip({ '_rels/.rels': Buffer.from('<Relationships/>'), 'word/body.bin': paragraphs });
    await expect(docxDocument('uploads/doi-ten.docx', renamed)).rejects.toThrow(/unpacks to more than 32 MB/);
    const picture = zip({ 'word/document.xml': Buffer.from('<w:document/>'), 'word/media/anh.png': Buffer.alloc(40 * 1024 * 1024) });
    await expect(docxDocument('uploads/anh.docx', picture)).rejects.not.toThrow(/unpacks to more than/);
  });
});
