import { CONVERSATION } from '../../prompts/conversation.js';
import { foldDiacritics } from '../../retrieval/text/normalize.js';

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
];

/** Classifies one message; button presses come back as their exact text and are recognised first. */
export function classifyIntent(text: string): Intent {
  const button = BUTTONS.get(text.trim());
  if (button) return button;
  const folded = fold(text);
  if (folded === '') return 'question';
  for (const [intent, re] of PATTERNS) if (re.test(folded)) return intent;
  return 'question';
}
