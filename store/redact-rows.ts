import { redactPersonalData } from '../core/redact.js';
import type { TurnRecord } from '../core/turn-record.js';
import type { LogStore, NewCuratedAnswer } from '../core/ports/log-store.js';

/**
 * What every store runs on the texts it is given, so no write path (the bot, the admin pages, a CLI, a volunteer)
 * can store a resident's phone, ID, card or account number: the same redaction the bot applies to what it reads.
 * A turn's answer is left as it was sent: it is article text or a curated answer (redacted when it was stored), and
 * an office's published number in an article must stay as the resident saw it.
 */
export function redactTurn(r: TurnRecord): TurnRecord {
  return { ...r, question: redactPersonalData(r.question), ...(r.rewrite === undefined ? {} : { rewrite: redactPersonalData(r.rewrite) }) };
}

export function redactCurated(a: NewCuratedAnswer): NewCuratedAnswer {
  return { ...a, question: redactPersonalData(a.question), answer: redactPersonalData(a.answer) };
}

type CuratedChange = Parameters<LogStore['updateCurated']>[1];
export function redactCuratedChange(c: CuratedChange): CuratedChange {
  return { ...c, ...(c.question === undefined ? {} : { question: redactPersonalData(c.question) }),
    ...(c.answer === undefined ? {} : { answer: redactPersonalData(c.answer) }) };
}

/** The question of an inbox entry and a volunteer's reply (the resident received it whole; the record keeps it redacted). */
export function redactText<T extends { question?: string; text?: string; note?: string }>(row: T): T {
  const out = { ...row };
  if (out.question !== undefined) out.question = redactPersonalData(out.question);
  if (out.text !== undefined) out.text = redactPersonalData(out.text);
  if (out.note !== undefined) out.note = redactPersonalData(out.note);
  return out;
}
