import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular } from './constraints.js';

/** A numbered document whose contents a question asks ("nội dung Kế hoạch 174/KH-UBND"), held by a sentence that tells them. */
export type DocumentContents = AskedParticular;

// The kinds of document, folded, and their abbreviations.
const KIND = '(ke hoach|kh|quyet dinh|qd|nghi quyet|nq|de an|chi thi|thong tu|nghi dinh|cong van)';
// A numbered one: "Kế hoạch 174/KH-UBND", "Quyết định số 749/QĐ-TTg", "NQ 18". Folded.
const NUMBERED = new RegExp(String.raw`\b${KIND}(?: so)? (\d+)(?:[/-][a-z0-9/-]*)?`, 'g');
// What it says is asked: "gồm những nội dung gì", "có nội dung gì", "nói về việc gì", "về gì", "nội dung cụ thể".
const ASKS_CONTENTS = /\b(noi dung|gom (nhung )?(gi|j)|co nhung (gi|j)|(noi )?ve (viec )?(gi|j))\b/;
// After the document's reference (its number, code, date, issuer), a sentence that tells what it says goes on with
// what it is about or sets: "Kế hoạch số 239/KH-UBND về việc CĐS…", "Quyết định 749 về Chương trình…", "…, trong đó…".
const TELLS = /^\s*(?:ngay \d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*)?(?:cua [^,.;]{0,40}?\s*)?(?:[,:]\s*)?(ve|gom|bao gom|voi (muc tieu|noi dung)|nham|dat (ra )?muc tieu|xac dinh|trong do|phe duyet|quy dinh|:)/;

/**
 * "Kế hoạch 174/KH-UBND năm 2021 gồm những nội dung cụ thể gì?" asks what a numbered document says: a sentence that
 * only cites it ("…các nhiệm vụ được giao tại Kế hoạch số 174/KH-UBND ngày 27/7/2021 và…") does not tell it; one that
 * goes on from the reference to what it is about does. Undefined when no numbered document's contents are asked.
 */
export function documentContentsAsked(question: string): DocumentContents | undefined {
  const folded = foldDiacritics(question.toLowerCase().normalize('NFC'));
  if (!ASKS_CONTENTS.test(folded)) return undefined;
  const named = [...folded.matchAll(NUMBERED)];
  if (named.length !== 1) return undefined;
  const number = named[0]![2]!;
  const typed = question.normalize('NFC').slice(named[0]!.index, named[0]!.index + named[0]![0].length);
  return {
    asked: { key: `${named[0]![1]} ${number}`, label: `nội dung ${typed.trim()}` },
    heldIn: (sentence) => {
      const said = foldDiacritics(sentence.toLowerCase().normalize('NFC'));
      return [...said.matchAll(NUMBERED)].some((m) => m[2] === number && TELLS.test(said.slice(m.index + m[0].length)));
    },
  };
}
