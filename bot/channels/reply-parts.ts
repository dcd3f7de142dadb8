// How a reply becomes the plain-text messages of a chat app that caps a message's length (Zalo, Messenger): each
// channel adds its own buttons and limits on top.

/** Chat apps (Zalo, Messenger) show markdown as raw characters, so emphasis, headings and code marks are removed. */
export function toPlainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*```[^\n]*$/gm, '')
    .replace(/`/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * One reply as plain-text parts of at most `maxChars`, split between sentences, with the "Nguồn:" block last (kept
 * whole with the answer's end when it fits).
 */
export function splitReply(text: string, maxChars: number): string[] {
  const plain = toPlainText(text);
  const sourcesAt = plain.search(/(^|\n)Nguồn:/);
  const body = sourcesAt >= 0 ? plain.slice(0, sourcesAt).trim() : plain;
  const sources = sourcesAt >= 0 ? plain.slice(sourcesAt).trim() : '';
  const parts = chunkText(body, maxChars);
  if (sources) {
    const last = parts.at(-1);
    if (last !== undefined && last.length + 2 + sources.length <= maxChars) parts[parts.length - 1] = `${last}\n\n${sources}`;
    else parts.push(...chunkText(sources, maxChars));
  }
  return parts;
}

/** Greedy split: each chunk is as long as possible while ending at the best boundary within the limit. */
export function chunkText(text: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > maxChars) {
    const cut = findCut(rest, maxChars);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s)/g;

/** Index to cut `text` at (exclusive, 0 < cut ≤ max): paragraph, then sentence, then line, then word boundary. */
function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const half = Math.floor(max / 2);
  const paragraph = window.lastIndexOf('\n\n');
  const sentence = lastSentenceEnd(window, max);
  const line = window.lastIndexOf('\n');
  const space = window.search(/\s\S*$/);
  for (const candidate of [paragraph, sentence, line]) if (candidate >= half) return candidate;
  if (sentence > 0) return sentence;
  if (space > 0) return space;
  // A single "word" longer than a message (a long URL): cutting it is the only way to send it.
  return max;
}

function lastSentenceEnd(window: string, max: number): number {
  let best = -1;
  for (const m of window.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end <= max) best = end;
  }
  return best;
}
