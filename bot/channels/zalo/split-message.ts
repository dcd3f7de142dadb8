/** A reply button: pressing it sends `payload` back as the user's text (oa.query.hide). */
export interface ZaloButton {
  readonly title: string;
  readonly payload: string;
}

export interface ZaloOutgoingMessage {
  readonly text: string;
  readonly buttons?: readonly ZaloButton[];
}

/** Zalo limits (docs §2.1): 2,000 characters of text, 5 buttons, 1,000-character query payloads. */
export const ZALO_MAX_TEXT = 2000;
export const ZALO_MAX_BUTTONS = 5;
export const ZALO_MAX_BUTTON_PAYLOAD = 1000;

/** Zalo shows markdown as raw characters, so emphasis, headings and code marks are removed. */
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

/** Keeps the buttons Zalo accepts: non-empty, payload within the limit, at most five. */
export function limitButtons(buttons: readonly ZaloButton[]): ZaloButton[] {
  return buttons
    .filter((b) => b.title.trim() !== '' && b.payload !== '' && b.payload.length <= ZALO_MAX_BUTTON_PAYLOAD)
    .slice(0, ZALO_MAX_BUTTONS);
}

/**
 * Turns one bot reply into Zalo messages: plain text, each at most `maxChars`, split between sentences, the
 * "Nguồn:" block last and the buttons only on the last message (so they sit under the end of the answer).
 */
export function splitMessage(text: string, buttons: readonly ZaloButton[] = [], maxChars = ZALO_MAX_TEXT): ZaloOutgoingMessage[] {
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
  const kept = limitButtons(buttons);
  return parts.map((part, i) => (i === parts.length - 1 && kept.length > 0 ? { text: part, buttons: kept } : { text: part }));
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
