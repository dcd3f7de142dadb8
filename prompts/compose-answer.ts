import { REPLIES } from './replies.js';

/** A quoted sentence and the number of the source it cites. */
export interface AnswerLine {
  readonly text: string;
  readonly n: number;
  /** When its article speaks from (its date, or the period an undated one gives) and who published it. */
  readonly source?: { readonly when?: string; readonly publication: string };
}

// Words that date a figure to when the article was written: a resident reading "đến nay" months later must know when.
const RELATIVE_TIME = /(?<!\p{L})(đến nay|tới nay|hiện nay|hiện tại|hiện đang|năm nay|năm qua|vừa qua|thời gian qua|mới đây|gần đây|bây giờ|đến thời điểm này|tính đến nay)(?!\p{L})/iu;

/** "2024-03-25" → "3/2024", "2025-01" → "1/2025", "2024" → "năm 2024". */
export function formatWhen(when: string): string {
  const [y, m] = when.split('-');
  return m ? `${Number(m)}/${y}` : `năm ${y}`;
}

/** The note a quote gets when it says "hiện nay" or the like: when that was, and by whose article. */
export function whenNote(sentence: string, source: AnswerLine['source']): string {
  if (!source?.when || !RELATIVE_TIME.test(sentence)) return '';
  return ` ${REPLIES.asOf(formatWhen(source.when), source.publication)}`;
}

export interface SourceLine {
  readonly n: number;
  readonly title: string;
  readonly publication: string;
  /** ISO date, shown as D/M/YYYY as Vietnamese readers expect. */
  readonly date?: string;
  readonly ordinal: number;
}

export interface ComposeInput {
  readonly lines: readonly AnswerLine[];
  readonly sources: readonly SourceLine[];
  /** The opening line; REPLIES.answerLead unless the answer is partial. */
  readonly lead?: string;
  /** Said after the quotes: what the articles do not tell. */
  readonly notices?: readonly string[];
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${d}/${m}/${y}` : iso;
}

/** One source line, e.g. "[1] Tiêu đề — Chinhphu.vn, 12/12/2022, đoạn 4". */
export function formatSource(s: SourceLine): string {
  const parts = [s.publication, ...(s.date ? [formatDate(s.date)] : []), `${REPLIES.paragraphLabel} ${s.ordinal}`];
  return `[${s.n}] ${s.title} — ${parts.join(', ')}`;
}

/** Plain text (no markdown: Zalo shows it raw): a lead, quoted sentences each with its [n], then sources. */
export function composeAnswer(input: ComposeInput): string {
  const body = input.lines.map((l) => `${ensureStop(l.text)}${whenNote(l.text, l.source)} [${l.n}]`);
  return [
    input.lead ?? REPLIES.answerLead,
    ...body,
    ...(input.notices ?? []),
    '',
    REPLIES.sourcesHeading,
    ...input.sources.map(formatSource),
  ].join('\n');
}

function ensureStop(sentence: string): string {
  const s = sentence.trim();
  return /[.!?…"”]$/.test(s) ? s : `${s}.`;
}

/** A curated answer as written by a person, then the sources it rests on (if any). */
export function composeCurated(input: { lead: string; answer: string; sources: readonly SourceLine[] }): string {
  const sources = input.sources.length ? ['', REPLIES.sourcesHeading, ...input.sources.map(formatSource)] : [];
  return [input.lead, input.answer.trim(), ...sources].join('\n');
}
