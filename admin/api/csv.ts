/** CSV for spreadsheets: RFC 4180 quoting, CRLF rows, a UTF-8 BOM, and no cell that a spreadsheet runs as a formula. */

// OWASP's list: a leading = + - @ (or a tab / carriage return before one) makes Excel and LibreOffice evaluate.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
