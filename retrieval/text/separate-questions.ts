import { pointsBack, readMessage, wordCount, type MessageSentence } from './question-focus.js';

// "Còn Hải Phòng thì làm ra sao?": the question before, asked again of something else. "Còn thủ tục trợ cấp cần giấy
// tờ gì?" asks a new one.
const AND_WHAT_OF = /^(?:(?:vậy|thế|thì) )?còn(?![\p{L}]).{0,40}(?<![\p{L}])(?:sao|ra sao|thế nào|như thế nào|ntn|như nào)(?:\s+(?:vậy|ạ|nhỉ|bạn|ad|nữa))*\s*[?.!]*$/iu;
// A question of at most this many words names no subject of its own: it asks more of the one before it.
const FOLLOW_ON_WORDS = 5;

/**
 * A message that asks two things ("…triển khai cho bao nhiêu xã? … Với lại làm sổ đỏ mất mấy ngày?"), as one message
 * for each of its questions: that question, and every sentence that is not one of the others (the story, the claims
 * and the sentences the questions point back to, each read again with the question it is now beside). A question that
 * points back to the one before it or asks it again of something else ("Còn Hải Phòng thì sao?"), or is too short to
 * name its own subject ("Ban hành khi nào?"), goes with that one. None when the message asks fewer than two things, or
 * when no sentence asks in a way we know (every sentence is then read as asking, see messageSentences).
 */
export function separateQuestions(text: string): string[] {
  const { sentences, guessed } = readMessage(text);
  if (guessed) return [];
  const own = (s: MessageSentence): boolean => s.asking && !s.referred;
  const group = new Array<number>(sentences.length).fill(-1);
  let groups = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!own(s)) continue;
    const prevOwn = i > 0 && own(sentences[i - 1]!);
    const followsOn = (prevOwn && (pointsBack(s.text) || AND_WHAT_OF.test(s.text))) || (groups > 0 && wordCount(s.text) <= FOLLOW_ON_WORDS);
    group[i] = followsOn ? groups - 1 : groups++;
  }
  if (groups < 2) return [];
  return Array.from({ length: groups }, (_, g) => sentences.filter((_, i) => group[i] === -1 || group[i] === g).map((s) => s.text).join(' '));
}
