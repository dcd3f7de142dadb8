import { foldDiacritics } from '../text/normalize.js';
import type { AskedParticular, Constraint } from './constraints.js';

// Asked of the bot to list ("liệt kê giúp bác…", "kể ra đc ko", "kể tên giùm"), folded: a verb of listing with a word
// asking the listener to do it; "khi liệt kê hạn chế, tác giả…" or "ông có liệt kê…" tells who listed, and asks nothing.
const ASKS_LIST = /\b(liet ke|ke ra|ke ten|ke het)\b(?: (giup|gium|ho|cho|ra|di|het|du|day du|cu the))*(?: (bac|minh|em|toi|tui|chau|con|ong|ba|anh|chi|co|chu|ad|ban))?(?: (voi|duoc|dc|d|di|nhe|nha|a|khong|ko|k|hok|hk|hong|chu|ngay|luon))*(?: (du|het|tat ca)\b|\s*[?!.]*\s*$)/;
// Which things a whole is made of ("liên thông 3 cấp gồm những thủ tục nào", "gồm các chỉ tiêu gì"), folded: its items,
// which a sentence naming the whole does not give.
const MEMBERS_ASKED = /\b(gom|bao gom) (nhung|cac) (thu tuc|chi tieu|nhiem vu|linh vuc|dich vu|noi dung|du lieu|he thong|ung dung|mo hinh|giai phap|tieu chi|hang muc|du an) (nao|gi|j)\b/;
// A list in a sentence: a colon or a semicolon, or three short items in a row between commas ("trung tâm điều hành,
// trung tâm quy hoạch, trung tâm dữ liệu"); the clauses of "Ngày 27/9/2023, UBND … ban hành Kế hoạch …, xây dựng …"
// are no list.
const LISTED = /[:;]/;
const ITEM_WORDS = 6;
function lists(sentence: string): boolean {
  if (LISTED.test(sentence)) return true;
  let run = 0;
  for (const part of sentence.split(',')) {
    run = part.trim().split(/\s+/).length <= ITEM_WORDS ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

const LIST: Constraint = { key: 'danh sach', label: 'danh sách cụ thể' };

/**
 * When a message asks the bot to list things, the missing list as what a reply lacks, and a test of a sentence: it
 * lists. The count alone ("đặt mục tiêu hoàn thành 21 chỉ tiêu và 77 nhiệm vụ") lists nothing. Undefined when no list
 * is asked.
 */
export function listAsked(asked: string): AskedParticular | undefined {
  const folded = foldDiacritics(asked.toLowerCase().normalize('NFC'));
  if (!ASKS_LIST.test(folded) && !MEMBERS_ASKED.test(folded)) return undefined;
  return { asked: LIST, heldIn: lists };
}
