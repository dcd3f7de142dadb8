/** Replaces personal numbers and addresses with placeholders before anything is stored or logged. Pure. */
const RULES: readonly (readonly [RegExp, string])[] = [
  // Bounded (RFC 5321 limits): unbounded runs made a long word without "@" cost quadratic time, a denial of service.
  [/[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,255}\.[\p{L}]{2,24}/gu, '[email]'],
  // Card numbers: 13–19 digits, optionally grouped by spaces or dashes.
  [/(?<!\d)\d{4}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,4}){1,2}(?!\d)/g, '[số thẻ]'],
  // Vietnamese mobiles and landlines: 0 or +84 / 84, then 9–10 digits, with optional separators.
  [/(?<![\d+])(?:\+?84|0)(?:[ .-]?\d){9,10}(?!\d)/g, '[số điện thoại]'],
  // Citizen ID (12 digits) and old ID card (9 digits).
  [/(?<!\d)(?:\d{12}|\d{9})(?!\d)/g, '[số giấy tờ]'],
];

export function redactPersonalData(text: string): string {
  return RULES.reduce((t, [re, label]) => t.replace(re, label), text);
}

export function containsPersonalData(text: string): boolean {
  return redactPersonalData(text) !== text;
}
