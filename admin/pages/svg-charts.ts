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
const PAD = { top: 12, right: 12, bottom: 28, left: 40 };

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function axis(max: number, unit: string): SafeHtml {
  const ticks = [0, max / 2, max];
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / (max || 1));
  return html`${ticks.map((t) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}"></line><text class="tick" x="${PAD.left - 6}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}${unit}</text>`)}`;
}

function dayLabels(points: readonly Point[], x: (i: number) => number): SafeHtml {
  const every = Math.max(1, Math.ceil(points.length / 8));
  return html`${points.map((p, i) => (i % every === 0 ? html`<text class="tick" x="${x(i)}" y="${H - 8}" text-anchor="middle">${p.label.slice(5)}</text>` : ''))}`;
}

/** Vertical bars over days (questions per day, curated hits per day). */
export function columnChart(title: string, points: readonly Point[], cls = 'bar'): SafeHtml {
  if (points.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = (W - PAD.left - PAD.right) / points.length;
  const inner = H - PAD.top - PAD.bottom;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}" preserveAspectRatio="xMidYMid meet">
${axis(max, '')}
${points.map((p, i) => {
    const h = (inner * p.value) / max;
    return html`<rect class="${cls}" x="${PAD.left + i * slot + slot * 0.15}" y="${PAD.top + inner - h}" width="${slot * 0.7}" height="${h}"><title>${p.label}: ${p.value}</title></rect>`;
  })}
${dayLabels(points, (i) => PAD.left + i * slot + slot / 2)}
</svg>`;
}

/** A line over days (p95 latency). */
export function lineChart(title: string, points: readonly Point[], unit: string): SafeHtml {
  if (points.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = points.length > 1 ? (W - PAD.left - PAD.right) / (points.length - 1) : 0;
  const x = (i: number) => PAD.left + i * step + (points.length > 1 ? 0 : (W - PAD.left - PAD.right) / 2);
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - v / max);
  const path = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}">
${axis(max, unit)}
<polyline class="line" points="${path}" fill="none"></polyline>
${points.map((p, i) => html`<circle class="dot" cx="${x(i)}" cy="${y(p.value)}" r="3"><title>${p.label}: ${p.value}${unit}</title></circle>`)}
${dayLabels(points, x)}
</svg>`;
}

/** Horizontal bars with labels (status mix, feedback, top articles, top unanswered groups). */
export function barList(title: string, points: readonly Point[], classOf: (p: Point, i: number) => string = () => 'bar'): SafeHtml {
  if (points.length === 0) return html`<p class="muted">Chưa có dữ liệu.</p>`;
  const max = Math.max(1, ...points.map((p) => p.value));
  const row = 26;
  const labelW = 260;
  const barW = W - labelW - 60;
  return html`<svg class="chart" viewBox="0 0 ${W} ${points.length * row + 4}" role="img" aria-label="${title}">
${points.map((p, i) => html`<g transform="translate(0 ${i * row + 2})">
<text class="label" x="${labelW - 8}" y="16" text-anchor="end">${p.label.length > 38 ? `${p.label.slice(0, 37)}…` : p.label}<title>${p.label}</title></text>
<rect class="${classOf(p, i)}" x="${labelW}" y="3" width="${Math.max(1, (barW * p.value) / max)}" height="18" rx="3"></rect>
<text class="value" x="${labelW + Math.max(1, (barW * p.value) / max) + 6}" y="16">${p.value}</text></g>`)}
</svg>`;
}
