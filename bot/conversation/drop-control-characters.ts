// C0 controls other than tab (U+0009) and line feed (U+000A), DEL, and C1 controls; then surrogates with no partner.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A resident's text without control characters and lone surrogates, applied where text enters the bot (before
 * anything is stored or answered). PostgreSQL refuses U+0000 in text, and none of these mean anything in a question:
 * without this, a stray NUL cost the resident their answer on one store and not on the other.
 */
export function dropControlCharacters(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '');
}
