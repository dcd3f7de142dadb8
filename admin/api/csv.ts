/** CSV for spreadsheets: RFC 4180 quoting, CRLF rows, a UTF-8 BOM, and no cell that a spreadsheet runs as a formula. */

// OWASP's list: a leading = + - @ (or a tab / carriage return before one) makes Excel and LibreOffice evaluate.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Starts the file, so Excel reads it as UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * Quoted when it holds a quote, a line break or a delimiter: the comma of RFC 4180, and the semicolon, which Excel
 * takes as the delimiter where the decimal separator is a comma (a Vietnamese locale among them).
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row with its CRLF. */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return CSV_BOM + [header, ...rows].map(csvLine).join('');
}
