import { formatDayMonth } from './format.js';
import { html, type SafeHtml } from './html.js';

/**
 * Server-rendered SVG charts. Colours come from classes in admin.css (the CSP forbids style attributes); sizes are
 * SVG attributes. Every label goes through the html template, so article titles and questions stay text.
 */

export interface Point {
  readonly label: string;
  readonly value: number;
}

const W = 640;
const H = 200;
const PAD = { top: 12, right: 12, bottom: 28 };
// Upper bound of a tick character's width at the 11px tick size (digits, '.', units): used to leave room on the
// left for the longest tick label, so "0.0012" is not cut off by the edge of the chart.
const TICK_CHAR_W = 7;

/** Small values (a day's model cost in USD) keep their significant digits: 0.0004, not 0.0. */
export function tickText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const digits = Math.min(6, Math.max(1, 1 - Math.floor(Math.log10(Math.abs(n)))));
  return n.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
}

/** The left padding the axis needs: its longest tick label plus a gap. */
function leftPad(max: number, unit: string): number {
  const longest = Math.max(...[0, max / 2, max].map((t) => `${tickText(t)}${unit}`.length));
  return 12 + longest * TICK_CHAR_W;
}

function axis(max: number, unit: string, left: number): SafeHtml {
  const ticks = [0, max / 2, max];
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / (max || 1));
  return html`${ticks.map((t) => html`<line class="grid" x1="${left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}"></line><text class="tick" x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${tickText(t)}${unit}</text>`)}`;
}

/** Day labels (dd/MM), at most eight; the first and last kept inside the chart by their anchor. */
function dayLabels(points: readonly Point[], x: (i: number) => number): SafeHtml {
  const every = Math.max(1, Math.ceil(points.length / 8));
  return html`${points.map((p, i) => (i % every === 0 ? html`<text class="tick" x="${x(i)}" y="${H - 8}" text-anchor="middle">${formatDayMonth(p.label)}</text>` : ''))}`;
}

/** Vertical bars over days (questions per day, curated hits per day). */
export function columnChart(title: string, points: readonly Point[], cls = 'bar'): SafeHtml {
  if (points.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  const max = Math.max(points.every((p) => p.value < 1) && points.some((p) => p.value > 0) ? 0 : 1, ...points.map((p) => p.value));
  const left = leftPad(max, '');
  const slot = (W - left - PAD.right) / points.length;
  const inner = H - PAD.top - PAD.bottom;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}" preserveAspectRatio="xMidYMid meet">
${axis(max, '', left)}
${points.map((p, i) => {
    const h = max ? (inner * p.value) / max : 0;
    return html`<rect class="${cls}" x="${left + i * slot + slot * 0.15}" y="${PAD.top + inner - h}" width="${slot * 0.7}" height="${h}"><title>${formatDayMonth(p.label)}: ${p.value}</title></rect>`;
  })}
${dayLabels(points, (i) => left + i * slot + slot / 2)}
</svg>`;
}

/** A line over days (p95 latency). */
export function lineChart(title: string, points: readonly Point[], unit: string): SafeHtml {
  if (points.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  const max = Math.max(1, ...points.map((p) => p.value));
  const left = leftPad(max, unit);
  // Inset by half a day label, so the first and last dd/MM labels stay inside the chart.
  const inset = 18;
  const step = points.length > 1 ? (W - left - PAD.right - 2 * inset) / (points.length - 1) : 0;
  const x = (i: number) => left + inset + i * step + (points.length > 1 ? 0 : (W - left - PAD.right - 2 * inset) / 2);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const path = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">
${axis(max, unit, left)}
<polyline class="line" points="${path}" fill="none"></polyline>
${points.map((p, i) => html`<circle class="dot" cx="${x(i)}" cy="${y(p.value)}" r="3"><title>${formatDayMonth(p.label)}: ${p.value}${unit}</title></circle>`)}
${dayLabels(points, x)}
</svg>`;
}

const LABEL_PX = 12;
// Upper bounds of glyph widths in ems at the label size: capitals (Vietnamese press titles are often all caps) and
// wide letters, then the rest. An estimate that errs wide, so a shortened label always fits.
const WIDE = /[\p{Lu}0-9mw@%]/u;
export const emWidth = (ch: string) => (WIDE.test(ch) ? 0.82 : 0.6);

/** The label, shortened with "…" at its end when it would not fit in `width` px at the label size. */
export function fitLabel(label: string, width: number): string {
  const budget = width / LABEL_PX;
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += emWidth(chars[i]!);
    if (used > budget) return `${chars.slice(0, Math.max(0, i - 1)).join('')}…`;
  }
  return label;
}

/**
 * Horizontal bars with labels (status mix, feedback, top articles, questions): each label sits above its bar,
 * starting at the left edge, so a long article title is shortened at its end and never cut off at the left.
 */
export function barList(title: string, points: readonly Point[], classOf: (p: Point, i: number) => string = () => 'bar'): SafeHtml {
  if (points.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  const max = Math.max(1, ...points.map((p) => p.value));
  const row = 38;
  const barW = W - 60;
  return html`<svg class="chart" viewBox="0 0 ${W} ${points.length * row + 4}" role="img" aria-label="${title}">
${points.map((p, i) => html`<g transform="translate(0 ${i * row + 2})">
<text class="label" x="2" y="13">${fitLabel(p.label, W - 4)}<title>${p.label}</title></text>
<rect class="${classOf(p, i)}" x="2" y="18" width="${Math.max(1, (barW * p.value) / max)}" height="14" rx="3"></rect>
<text class="value" x="${Math.max(1, (barW * p.value) / max) + 8}" y="30">${p.value}</text></g>`)}
</svg>`;
}
