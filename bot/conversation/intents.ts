import { CONVERSATION } from '../../prompts/conversation.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';
import { isAsking, onlyCourtesy } from '../../retrieval/text/question-focus.js';

/** What a message is, before any retrieval. */
export type Intent = 'greeting' | 'thanks' | 'capabilities' | 'handoff' | 'feedback_up' | 'feedback_down' | 'question';

const fold = (text: string): string =>
  foldDiacritics(text.toLowerCase()).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

const BUTTONS: ReadonlyMap<string, Intent> = new Map([
  [CONVERSATION.buttons.helpful, 'feedback_up'],
  [CONVERSATION.buttons.notHelpful, 'feedback_down'],
  [CONVERSATION.buttons.human, 'handoff'],
]);

// Whole-message patterns on folded text: a greeting inside a real question ("chào bạn, chữ ký số...") is a question.
const PATTERNS: readonly (readonly [Intent, RegExp])[] = [
  ['handoff', /\b(gap|noi chuyen voi|can|ket noi|chuyen) (tu van vien|nguoi that|nhan vien|can bo|nguoi ho tro|to cong nghe so|to cds)\b|^(tu van vien|gap nguoi that)$/],
  ['thanks', /^(cam on|cam on ban|cam on nhieu|thanks?|thank you|tks|ok cam on|cam on ad|da hieu cam on)( (nhe|nha|a|nhieu|ban|ad|shop))*$/],
  ['greeting', /^(xin chao|chao|chao ban|hello|hi|alo|hey|chao ad|chao admin|ad oi|ban oi|co ai khong)( (ban|a|nhe|ad|bot|tro ly))*$/],
  ['capabilities', /\b(ban|bot|tro ly|em) (lam duoc gi|giup duoc gi|co the lam gi|biet gi|tra loi duoc gi)\b|^(huong dan su dung|help|tro giup)$/],
  // Who is answering ("Bạn là ai?", "bot tên gì", "đây là bot à", "có phải người thật không"), the whole message only:
  // "Giám đốc Sở là ai" asks the articles. Answered with what the bot is and does, not with a refusal.
  ['capabilities', new RegExp(String.raw`^(?:(?:ban|bot|tro ly|em|ad|admin|day|ben nay)(?: oi)? (?:la ai|la gi|ten (?:la )?(?:gi|j)|la nguoi hay (?:may|bot)`
    + String.raw`|(?:co )?phai (?:la )?(?:nguoi that|nguoi|bot|may) (?:khong|ko|k|hong)|la (?:nguoi that|bot|may) (?:a|ha|hay sao|phai khong|khong|ko|k))`
    + String.raw`|ai (?:dang )?tra loi(?: (?:toi|minh|em))?)(?: (?:vay|the|a|ha|z|v|nhe|nhi|day|do))*$`)],
];

// A greeting or thanks, then small talk only ("Chào bạn, mình mới dùng lần đầu", "cảm ơn, hôm nay mình hỏi vậy thôi"):
// still a greeting. Any other word after it ("chào bạn, chữ ký số miễn phí") makes it a question.
const OPENING = /^(xin chao|chao|hello|hi|alo|hey|cam on|cam on nhieu|thanks?|thank you|tks)\b/;
const SMALL_TALK = new Set(('ban ad admin bot tro ly a ak nhe nha nhi oi minh em toi tui anh chi chau con moi dung lan dau tien vao thu ' +
  'muon lam quen rat vui duoc gap khoe khong co ai do day hom nay buoi sang chieu toi nhieu lam hoi the thoi vay nhe ok oke ' +
  'the la biet ve roi da hieu').split(' '));

/** Classifies one message; button presses come back as their exact text and are recognised first. */
export function classifyIntent(text: string): Intent {
  const button = BUTTONS.get(text.trim());
  if (button) return button;
  const folded = fold(text);
  if (folded === '') return 'question';
  for (const [intent, re] of PATTERNS) if (re.test(folded)) return intent;
  // Courtesy and nothing else ("Có ai biết không ạ?", "Cho mình hỏi với", "Alo alo"): asks nothing the articles could
  // answer, so it is greeted and asked what the resident needs, never answered with a quote.
  if (onlyCourtesy(text)) return /^(?:xin )?(?:cam on|thank|tks|thx)/.test(folded) ? 'thanks' : 'greeting';
  const opening = OPENING.exec(folded);
  if (opening && !isAsking(text) && folded.slice(opening[0].length).split(' ').filter(Boolean).every((w) => SMALL_TALK.has(w))) {
    return /^(cam on|thank|tks)/.test(opening[0]) ? 'thanks' : 'greeting';
  }
  return 'question';
}
