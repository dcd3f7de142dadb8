import { foldDiacritics } from '../../text/normalize.js';
import { parseDate } from '../front-matter.js';
import { oneLine, type DocBlock } from './source-document.js';

/** What the top of an administrative document states about itself. */
export interface DocumentHeader {
  /** e.g. "Quyết định 2345/QĐ-UBND về việc ban hành …", from the document type, its number and its subject line. */
  readonly title?: string;
  /** The issuing body as printed, e.g. "UBND THÀNH PHỐ HÀ NỘI". */
  readonly publication?: string;
  /** ISO date from "Hà Nội, ngày 27 tháng 9 năm 2023". */
  readonly date?: string;
  /** The blocks after the header. */
  readonly blocks: readonly DocBlock[];
}

const MOTTO = /C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Đ[ộo]c\s+l[ậa]p\s*[-–—]\s*T[ựu]\s+do\s*[-–—]\s*H[ạa]nh\s+ph[úu]c|[-_=*]{3,}/giu;
const NUMBER = /\bS[ốo]\s*:\s*(\d+[^\s,;]*)/iu;
const STATED_DATE = /(?:[\p{Lu}][\p{L}.\s]{0,40},\s*)?ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/iu;
const DOC_TYPES = ['QUYẾT ĐỊNH', 'KẾ HOẠCH', 'THÔNG BÁO', 'CÔNG VĂN', 'CHỈ THỊ', 'NGHỊ QUYẾT', 'HƯỚNG DẪN', 'BÁO CÁO', 'TỜ TRÌNH',
  'THÔNG TƯ', 'NGHỊ ĐỊNH', 'LUẬT', 'QUY CHẾ', 'QUY ĐỊNH', 'CHƯƠNG TRÌNH', 'ĐỀ ÁN', 'CHỈ THỊ', 'THÔNG CÁO'];
// An issuing body is named by its kind first; an upper-case headline ("CHUYỂN ĐỔI SỐ Ở HÀ NỘI") is not one.
const ISSUER = /^(UY BAN|UBND|HDND|HOI DONG|SO|BO|BAN|CUC|TONG CUC|CHI CUC|PHONG|TRUNG TAM|VAN PHONG|CONG AN|CHINH PHU|THU TUONG|QUOC HOI|TINH UY|THANH UY|HUYEN UY|DANG UY|MAT TRAN|TOA AN|VIEN KIEM SAT|KHO BAC|BAO HIEM XA HOI|CUC THUE|CHI CUC THUE)\b/;
// How far down a header may reach: beyond this, the text is the body.
const MAX_HEADER_BLOCKS = 12;

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters.replace(/\p{Lu}/gu, '').length <= letters.length * 0.1;
}

const sentenceCase = (t: string) => t.charAt(0) + t.slice(1).toLocaleLowerCase('vi');
const lowerFirst = (t: string) => (/^V[ềe]\s/u.test(t) ? t.charAt(0).toLocaleLowerCase('vi') + t.slice(1) : t);

/** The text of a block as header lines: a header laid out as a table (as Word templates do) reads cell by cell. */
const segments = (b: DocBlock): string[] =>
  b.kind === 'table' ? b.rows.flat() : b.kind === 'list' ? [b.items.join(' ')] : [b.text];

interface Found { issuer?: string; number?: string; date?: string; type?: string; subject?: string }

/** What one segment states, or undefined when it holds body text (then the header has ended). */
function readSegment(text: string, found: Found): Found | undefined {
  const next: Found = { ...found };
  let rest = text;
  const date = STATED_DATE.exec(rest);
  if (date) {
    next.date ??= parseDate(`${date[1]}/${date[2]}/${date[3]}`);
    rest = rest.replace(date[0], ' ');
  }
  const number = NUMBER.exec(rest);
  if (number) {
    next.number ??= number[1]!;
    rest = rest.replace(number[0], ' ');
  }
  rest = oneLine(rest.replace(MOTTO, ' '));
  if (!rest) return next;
  const type = DOC_TYPES.find((t) => rest.toLocaleUpperCase('vi') === t && isUpperCase(rest));
  if (type && !next.type) return { ...next, type };
  if (next.type && !next.subject && rest.length <= 300) return { ...next, subject: rest };
  if (!next.type && !next.issuer && isUpperCase(rest) && rest.length <= 150 && ISSUER.test(foldDiacritics(rest).toUpperCase())) return { ...next, issuer: rest };
  return undefined;
}

/**
 * Reads the header of a Vietnamese administrative document: issuing body, number, national motto, place and date,
 * document type and subject. The blocks it reads are taken out of the body; reading stops at the first block that
 * is body text. A news article or a guide without such a header comes back unchanged.
 */
export function readDocumentHeader(blocks: readonly DocBlock[]): DocumentHeader {
  let found: Found = {};
  let consumed = 0;
  for (const block of blocks.slice(0, MAX_HEADER_BLOCKS)) {
    let next: Found | undefined = found;
    for (const s of segments(block)) next = next && readSegment(s, next);
    if (!next) break;
    found = next;
    consumed++;
    if (found.subject) break;
  }
  if (!found.issuer && !found.date && !found.type) return { blocks };
  const title = found.type
    ? oneLine(`${sentenceCase(found.type)} ${found.number ?? ''} ${found.subject ? lowerFirst(found.subject) : ''}`)
    : undefined;
  return {
    ...(title ? { title } : {}),
    ...(found.issuer ? { publication: found.issuer } : {}),
    ...(found.date ? { date: found.date } : {}),
    blocks: blocks.slice(consumed),
  };
}
