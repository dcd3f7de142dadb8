import { inflateSync, constants } from 'node:zlib';

/**
 * How many bytes a PDF's deflated streams unpack to, images aside, counted up to `limit`: 'too-large' past it. pdf.js
 * inflates a page's content without a cap, on the server's main thread: a 400 KB page whose content unpacks to
 * 400 MB held every request for seconds and took most of a gigabyte. Each stream is inflated here only as far as the
 * budget has left. Streams with other filters, and streams that do not inflate (damaged, or encrypted), are left to
 * pdf.js, which refuses what it cannot read.
 */
export function deflatedStreamBytes(bytes: Buffer, limit: number): number | 'too-large' {
  const text = bytes.toString('latin1');
  let total = 0;
  for (const m of text.matchAll(STREAM_START)) {
    const dataStart = m.index + m[0].length;
    const dataEnd = text.indexOf('endstream', dataStart);
    if (dataEnd < 0) break;
    // The stream's dictionary: from its object's start ("N 0 obj") to the keyword.
    const dict = text.slice(Math.max(0, text.lastIndexOf(' obj', m.index)), m.index);
    if (!/\/FlateDecode\b|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    const left = limit - total;
    try {
      total += inflateSync(bytes.subarray(dataStart, dataEnd), { maxOutputLength: Math.max(1, left), finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
    }
    if (total > limit) return 'too-large';
  }
  return total;
}

// The keyword that opens a stream's data, followed by its end of line (CRLF or LF, as the standard allows).
const STREAM_START = /(?<!end)stream\r?\n/g;
