// Dates and times as Vietnamese staff read them, in Vietnam's time zone: one module imported by the server's pages
// (admin/pages/format.ts) and by the pages' scripts, so both print the same text. Day first, always: "03/11", never
// "11-03". Built from parts, not a locale's pattern, so Node's and the browser's ICU data cannot make them differ.

const ZONE = 'Asia/Ho_Chi_Minh';
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(value) {
  const t = typeof value === 'number' ? value : Date.parse(String(value ?? ''));
  if (Number.isNaN(t)) return undefined;
  const out = {};
  for (const p of PARTS.formatToParts(new Date(t))) out[p.type] = p.value;
  return out;
}

/** An instant → "dd/MM/yyyy HH:mm" in Vietnam time; '' for nothing, the input itself when it is not a time. */
export function formatDateTime(value) {
  if (value === undefined || value === null || value === '') return '';
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : String(value);
}

/** A calendar day "YYYY-MM-DD" (as it is, no zone) or an instant (its Vietnam day) → "dd/MM/yyyy". */
export function formatDate(value) {
  if (value === undefined || value === null || value === '') return '';
  const day = DAY.exec(String(value));
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : String(value);
}

/** A calendar day "YYYY-MM-DD" → "dd/MM" (chart axes, where the year is in the range above). */
export function formatDayMonth(value) {
  const day = DAY.exec(String(value ?? ''));
  return day ? `${day[3]}/${day[2]}` : formatDate(value).slice(0, 5);
}

/**
 * A duration in ms → "47 giờ 12 phút" under two days (Zalo's free window is 48 hours, counted in hours), "6 ngày
 * 3 giờ" beyond; '0 phút' when none is left.
 */
export function formatTimeLeft(ms) {
  const minutes = Math.max(0, Math.floor(Number(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const m = minutes % 60;
  if (d >= 2) {
    const h = Math.floor((minutes % 1440) / 60);
    return h > 0 ? `${d} ngày ${h} giờ` : `${d} ngày`;
  }
  const h = Math.floor(minutes / 60);
  if (h > 0) return m > 0 ? `${h} giờ ${m} phút` : `${h} giờ`;
  return `${m} phút`;
}
