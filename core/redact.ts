/**
 * Replaces personal numbers and addresses with placeholders before anything is stored or logged. Pure. The one
 * redaction of the program: the stores apply it to every text that may hold a resident's words (store/redact-rows.ts),
 * the Zalo webhook before an event is queued, conversation memory before it is saved.
 */

export const PLACEHOLDERS = {
  email: '[email]',
  phone: '[số điện thoại]',
  id: '[số giấy tờ]',
  card: '[số thẻ]',
  account: '[số tài khoản]',
} as const;

// Bounded (RFC 5321 limits): unbounded runs made a long word without "@" cost quadratic time, a denial of service.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,255}\.[\p{L}]{2,24}/gu;

// A passport (one capital letter and seven digits, C1234567), standing alone.
const PASSPORT = /(?<![\p{L}\p{N}])[A-Z]\d{7}(?![\p{L}\p{N}])/gu;

/**
 * A run of digits in groups joined by up to three spaces, or a dot or dash (spaces allowed around it), optionally led by
 * a country or area code in brackets or after "+": "(+84) 912 345 678", "0912.345.678", "001 099 012 345",
 * "1903 5555 6666 77", "(024) 3825 1234". Groups after the first have two digits or more, so counts side by side
 * ("1 2 3 4 5 6 7 8 9") are not one run. Not glued to another digit, nor to a decimal part ("3,1415926535") or a
 * dash after a number, so a run is always taken whole; nor to a letter after a number and a dot, as in a case file's code
 * ("000.00.16.H26-240615-0001"). A slash joins no groups: "5.000.000 / 10.000.000 đồng", "2022 / 2023" are amounts and
 * years. Which runs are personal numbers is decided by `kindOf`, on their digits.
 */
const RUN = /(?<!\p{N}|\p{N}[.,-]|\p{N}\.\p{L})(?:(?:\(\s?\+?\d{1,4}\s?\)|\+\s?\d{1,4})(?:\s?\(0\))?[ .-]?)?\d{1,40}(?:(?:[ \t\u00a0]{0,3}[.-][ \t\u00a0]{0,3}|[ \t\u00a0]{1,3})\d{2,40}){0,12}(?!\p{N}|[.,]\p{N})/gu;

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const AMOUNT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const DOTTED_DATE = /^\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d$/;
// Numbers of nine digits or more side by side with only a comma, each plain or in groups ("0912 345 678,0987 654 321").
// Bounded, so a long run of digits and spaces costs linear time.
const LISTED = /(?<!\p{N})(\d(?:[ .-]?\d){8,18})[,;](?=\d(?:[ .-]?\d){8,18}(?!\p{N}))/gu;
// A mobile number grouped with commas ("0912,345,678"), which no amount written in Vietnamese looks like (its thousands
// take dots, its decimals one comma).
const COMMA_GROUPED = /(?<![\p{N}.,])0\d{2,3}(?:,\d{3,4}){2}(?![\p{N}]|[.,]\p{N})/gu;
// A number spelt digit by digit ("0 9 1 2 3 4 5 6 7 8"), which the runs leave alone as counts side by side: only a
// phone number's shape is taken.
const SPELT = /(?<![\p{N}])0(?: \d){9,10}(?![\p{N}]| \d)/gu;
// What names the number before it: an account, or an ID or phone, is not an amount, however its digits are grouped.
const ACCOUNT_BEFORE = /(?<!\p{L})(?:stk|số tài khoản|so tai khoan|tài khoản|tai khoan|tk)\s*[:.]?\s*$/iu;
const NAMED_BEFORE = /(?<!\p{L})(?:cccd|cmnd|căn cước|can cuoc|sđt|sdt|số điện thoại|so dien thoai|đt|dt)\s*[:.]?\s*$/iu;

type Kind = keyof typeof PLACEHOLDERS;

/** A Vietnamese mobile (9 digits after the 0: 3x, 5x, 7x, 8x, 9x) or landline (10 after it: 2xx) number. */
const NATIONAL = /^(?:[35789]\d{8}|2\d{9})$/;

/** What a run of digits is, or undefined when it is not a personal number (a year, an amount, a count, a date). */
function kindOf(run: string, named?: 'account' | 'other'): Kind | undefined {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 9) return undefined;
  // A mobile number after the country code, grouped like thousands ("84.912.345.678"): a phone before an amount.
  if (/^84[35789]\d{8}$/.test(digits)) return 'phone';
  // An amount with dots between thousands (15.000.000.000 đồng) never starts with 0; an ID number written so does, and
  // so may an account number the message names ("STK 190.355.556.666").
  if (AMOUNT.test(run) && !named) return undefined;
  if (named === 'account' && AMOUNT.test(run)) return 'account';
  // A date, with or without a time after it (14-06-2024 10:30): its digits run on into the hour.
  if (/^(?:\d{1,2}[.-]\d{1,2}[.-](?:19|20)\d\d|(?:19|20)\d\d[.-]\d{1,2}[.-]\d{1,2})(?:\s{1,3}\d{1,2})?$/.test(run)) return undefined;
  // A range of amounts or of dates ("100.000 - 200.000 đồng", "01.07.2024 - 31.12.2024"): each side is one.
  const sides = run.split(/\s+[-–]\s+|\s*–\s*/);
  if (sides.length > 1 && sides.every((side) => AMOUNT.test(side) || DOTTED_DATE.test(side))) return undefined;
  // Years side by side (2021 2022 2023): a list, not a number.
  if (/^(?:(?:19|20)\d\d[\s.-]+)+(?:19|20)\d\d$/.test(run)) return undefined;
  const international = /^(?:0084|84)0?(\d+)$/.exec(digits)?.[1];
  const national = /^0(\d+)$/.exec(digits)?.[1];
  if ((international && NATIONAL.test(international)) || (national && NATIONAL.test(national))) return 'phone';
  if (digits.length === 9 || digits.length === 12) return 'id';
  if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return 'card';
  return 'account';
}

/** The check digit of payment cards (ISO/IEC 7812). */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function redactPersonalData(text: string): string {
  // Redaction is idempotent, and a Zalo question is redacted up to five times on its way (queue, pipeline, record,
  // store, memory): a text this function returned lately is returned as it is, without its three scans again.
  if (recentlyRedacted.has(text)) return text;
  const redacted = scanAndRedact(text);
  // Only outputs are kept (they hold no personal number), and only short ones: questions, not whole documents.
  if (redacted.length <= 2000) {
    if (recentlyRedacted.size >= RECENT_REDACTED) recentlyRedacted.delete(recentlyRedacted.values().next().value!);
    recentlyRedacted.add(redacted);
  }
  return redacted;
}

/** The scans themselves, without the memo (whose premise, idempotence, the tests check on them). */
export function scanAndRedact(text: string): string {
  // Full-width digits ("０９１２…", typed on some phones' keyboards) are read as digits; the text keeps them unless
  // something was redacted.
  const digits = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let redacted = scan(digits);
  if (redacted === digits) return text;
  // A number taken out may leave another standing alone, which the next scan reads: "020240912C0202484" leaves
  // "[số giấy tờ]C0202484", a passport. Scanned again until nothing changes: each scan only puts placeholders in.
  for (let again = scan(redacted); again !== redacted; again = scan(redacted)) redacted = again;
  return redacted;
}

function scan(text: string): string {
  return text
    // Long numbers side by side with only a comma ("0912345678,0987654321") are a list, not a decimal: no decimal part
    // follows nine digits or more in what residents type.
    .replace(LISTED, '$1, ')
    .replace(EMAIL, PLACEHOLDERS.email)
    .replace(PASSPORT, PLACEHOLDERS.id)
    .replace(COMMA_GROUPED, (run) => (kindOf(run.replace(/,/g, '')) === 'phone' ? PLACEHOLDERS.phone : run))
    .replace(SPELT, (run) => (kindOf(run.replace(/ /g, '')) === 'phone' ? PLACEHOLDERS.phone : run))
    .replace(RUN, (run, at: number, whole: string) => {
      const before = whole.slice(Math.max(0, at - 24), at);
      const kind = kindOf(run, ACCOUNT_BEFORE.test(before) ? 'account' : NAMED_BEFORE.test(before) ? 'other' : undefined);
      return kind ? PLACEHOLDERS[kind] : run;
    });
}

/** Redacted texts remembered: more than the turns in flight, each with a question and its memory's few. */
const RECENT_REDACTED = 1024;
const recentlyRedacted = new Set<string>();

export function containsPersonalData(text: string): boolean {
  return redactPersonalData(text) !== text;
}

/** True when the text holds a placeholder: it was redacted before it got here (the Zalo queue stores it so). */
export function wasRedacted(text: string): boolean {
  return Object.values(PLACEHOLDERS).some((p) => text.includes(p));
}
