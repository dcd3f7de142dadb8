import { parseDay } from '../api/turn-filter-query.js';
import { formatDate } from './format.js';
import { html, type SafeHtml } from './html.js';

/**
 * A date filter field that reads and takes dd/mm/yyyy whatever the browser's language: a native date field would
 * show the browser's own format (mm/dd/yyyy in an English browser), not the one every other date on the page uses.
 */
export function dateField(name: string, label: string, value: unknown): SafeHtml {
  const day = parseDay(value);
  return html`<label>${label} <input name="${name}" value="${day ? formatDate(day) : ''}" placeholder="dd/mm/yyyy" inputmode="numeric"
    pattern="\\d{1,2}/\\d{1,2}/\\d{4}" maxlength="10" autocomplete="off" title="Ngày/tháng/năm, ví dụ 14/06/2024"></label>`;
}
