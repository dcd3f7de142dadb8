import { oneLine, type DocBlock } from './source-document.js';

/** A run of text as a PDF page places it (pdf.js text items): position in points from the bottom left, font size. */
export interface PdfTextRun {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly font: string;
}

interface Line {
  page: number;
  y: number;
  size: number;
  font: string;
  text: string;
  end: number;
}

const PAGE_NUMBER = /^(trang\s*)?\d{1,4}(\s*(\/|trên)\s*\d{1,4})?$/i;

/** Runs on one baseline (in reading order) become one line; a jump in y starts the next. */
function toLines(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  for (const r of runs) {
    if (!r.text.trim()) continue;
    const last = lines.at(-1);
    if (last && last.page === r.page && Math.abs(last.y - r.y) < 0.5 * Math.max(r.size, last.size)) {
      const gap = r.x - last.end > 0.15 * r.size && !last.text.endsWith(' ') && !r.text.startsWith(' ');
      last.text += (gap ? ' ' : '') + r.text;
      last.end = r.x + r.width;
      if (r.size > last.size) last.size = r.size;
    } else lines.push({ page: r.page, y: r.y, size: r.size, font: r.font, text: r.text, end: r.x + r.width });
  }
  return lines.map((l) => ({ ...l, text: oneLine(l.text) })).filter((l) => l.text && !PAGE_NUMBER.test(l.text));
}

/** The value that covers the most characters: the body text's size or font. */
function dominant<T>(lines: readonly Line[], key: (l: Line) => T): T | undefined {
  const weight = new Map<T, number>();
  for (const l of lines) weight.set(key(l), (weight.get(key(l)) ?? 0) + l.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const LIST_MARKER = /^(\d{1,2}[.)]|[a-zđ][.)]|[-–•+*])\s/;
const round = (n: number) => Math.round(n * 2) / 2;

/**
 * Lines become paragraphs and headings. A paragraph ends at a gap larger than the usual line spacing, at a change of
 * font or size, or before a line that starts a list item. A paragraph set larger than the body text, or in another
 * font (bold) and short, is a heading; its level follows its size.
 */
export function pdfBlocks(runs: readonly PdfTextRun[]): DocBlock[] {
  const lines = toLines(runs);
  if (lines.length === 0) return [];
  const bodySize = round(dominant(lines, (l) => round(l.size))!);
  const bodyFont = dominant(lines, (l) => l.font)!;
  const gaps = lines.slice(1).flatMap((l, i) => (l.page === lines[i]!.page && lines[i]!.y > l.y ? [lines[i]!.y - l.y] : []));
  const spacing = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 4)] ?? bodySize * 1.2;

  const groups: Line[][] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    const sameStyle = prev && round(prev.size) === round(l.size) && prev.font === l.font;
    const gap = prev && prev.page === l.page ? prev.y - l.y : spacing;
    const joins = prev && sameStyle && gap > 0 && gap <= spacing * 1.35 && !LIST_MARKER.test(l.text);
    if (joins) groups.at(-1)!.push(l);
    else groups.push([l]);
  });

  const headingSizes = [...new Set(lines.map((l) => round(l.size)).filter((s) => s > bodySize * 1.05))].sort((a, b) => b - a);
  return groups.map((g): DocBlock => {
    const text = oneLine(g.map((l) => l.text).join(' '));
    const size = round(g[0]!.size);
    const larger = headingSizes.indexOf(size);
    if (larger >= 0) return { kind: 'heading', level: larger + 1, text };
    if (g[0]!.font !== bodyFont && text.length <= 160 && !LIST_MARKER.test(text)) return { kind: 'heading', level: headingSizes.length + 1, text };
    return { kind: 'paragraph', text };
  });
}
