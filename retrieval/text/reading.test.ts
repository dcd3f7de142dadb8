import { describe, expect, it } from 'vitest';
import { createAbbreviationExpander } from './abbreviations.js';
import { createChatWordReader, repairTelex, telexFold } from './chat-words.js';
import { syllableKeys } from './normalize.js';
import { askingText, fitMessage, isAsking, messageSentences, pointsBack } from './question-focus.js';
import { withoutCourtesy } from './courtesy.js';
import { verifiesClaim } from './claims.js';
import { separateQuestions } from './separate-questions.js';
import { marksHold, prepareQuery, type QueryVocabulary } from '../query.js';
import { tokenize } from './tokenize.js';
import { cleanText } from './normalize.js';
import chatWords from '../data/chat-words.json' with { type: 'json' };
import bundledAbbreviations from '../data/abbreviations.json' with { type: 'json' };

const chat = createChatWordReader({ ko: 'không', dc: 'được', đc: 'được', j: 'gì', bn: 'bao nhiêu', kh: 'không', v: 'vậy', _note: 'x',
  _keep_before_number: 'kh', _address_after_particle: 'bn', _closing_particles: 'v vậy nhé ạ ko' });

describe('chat words', () => {
  it.each([
    ['lam lltp tren vneid dc ko', 'lam lltp tren vneid được không'],
    ['HN co bn DVC', 'HN co bao nhiêu DVC'],
    ['CKS là j vậy', 'CKS là gì vậy'],
    ['Ko ĐC à', 'không được à'],
    // Pieces of codes and numbers are not chat.
    ['Kế hoạch 239/KH-UBND', 'Kế hoạch 239/KH-UBND'],
    ['TT&TT kh', 'TT&TT không'],
    ['10k một tháng', '10k một tháng'],
    ['_note', '_note'],
    // Before a number, "kh" names a plan (Kế hoạch 239), not "không"; other chat words are read there as anywhere.
    ['ngoài kh 239 ra còn cái nào kh', 'ngoài kh 239 ra còn cái nào không'],
    // …and before "số": the plan's number asked.
    ['UBND ra KH so bao nhieu', 'UBND ra KH so bao nhieu'],
    ['KH số mấy', 'KH số mấy'],
    ['dc 2 năm ko', 'được 2 năm không'],
    // After a particle that closes the question, or before "ơi", "bn" is the reader addressed; elsewhere it asks how many.
    ['tại sao còn nhiều hạn chế v bn', 'tại sao còn nhiều hạn chế vậy bạn'],
    ['bn ơi cho hỏi', 'bạn ơi cho hỏi'],
    ['HN có bn?', 'HN có bao nhiêu?'],
    ['có bn dịch vụ vậy bn', 'có bao nhiêu dịch vụ vậy bạn'],
    ['có nối với Chính phủ ko bn', 'có nối với Chính phủ không bạn'],
    // After a plural, "bn" is people: "mấy bn trong tổ" (some of the team).
    ['mấy bn trong tổ có đc đãi ngộ j ko', 'mấy bạn trong tổ có được đãi ngộ gì không'],
    ['các bn trẻ ở HN', 'các bạn trẻ ở HN'],
  ])('%j → %j', (input, expected) => {
    expect(chat(input)).toBe(expected);
  });
});

describe('chat words as the data file reads them', () => {
  const real = createChatWordReader(chatWords);
  it.each([
    // "z" closes a question as "vậy" does: the "bn" after it is the reader addressed.
    ['vốn nc ngoài dc dùng để pt cái j z bn', 'vốn nước ngoài được dùng để pt cái gì vậy bạn'],
    ['giá bn z', 'giá bao nhiêu vậy'],
    // Central speech: "rứa" is vậy.
    ['Cái mạng đó tên là chi rứa?', 'Cái mạng đó tên là chi vậy?'],
    // One letter for a word (session 62).
    ['ông e hỏi kte số', 'ông em hỏi kinh tế số'],
    ['s đào tạo lâu thế', 'sao đào tạo lâu thế'],
    ['cả slg lẫn chất lượng', 'cả số lượng lẫn chất lượng'],
    // "hs" is a file (hồ sơ) beside the words of filing, a pupil (học sinh) elsewhere.
    ['hp xử lý bn % hs cv trên mạng', 'hp xử lý bao nhiêu % hồ sơ cv trên mạng'],
    ['HS cong viec xu ly tren mang', 'hồ sơ cong viec xu ly tren mang'],
    ['nộp hs ở đâu', 'nộp hồ sơ ở đâu'],
    ['hs tiểu học có học online ko', 'học sinh tiểu học có học online không'],
    ['hs công lập ở hn', 'học sinh công lập ở hn'],
    // "nv" is a task (nhiệm vụ) beside the words of tasks, staff elsewhere (left as typed).
    ['tg tới hn tập trung mấy nv trọng tâm', 'thời gian tới hn tập trung mấy nhiệm vụ trọng tâm'],
    ['trong 3 nv trọng tâm có gì', 'trong 3 nhiệm vụ trọng tâm có gì'],
    ['nv ngân hàng có giúp không', 'nv ngân hàng có giúp không'],
    ['có bn tổ ak bn', 'có bao nhiêu tổ à bạn'],
    // A particle opening the question is followed by what is counted: "bn" still asks how many.
    ['Z bn tổ công nghệ số ở HN?', 'vậy bao nhiêu tổ công nghệ số ở HN?'],
    // The resident naming themself after a question closed without its stop keeps the capital that opens the sentence
    // ("…j v Tui ở Hà Nội…" still breaks before "Tôi"); a capital inside a sentence does not ("mẹ Tui", "de Dk").
    ['thế hệ j v Tui ở Hà Nội', 'thế hệ gì vậy Tôi ở Hà Nội'],
    ['hỗ trợ mẹ Tui làm', 'hỗ trợ mẹ tôi làm'],
    ['lam sao de Dk chu ky so', 'lam sao de đăng ký chu ky so'],
    ['như nhà Mik không?', 'như nhà mình không?'],
    // The reader's name may be followed by another particle, an emoji or a bracket.
    ['Hà Nội có trung tâm IOC ko bn ạ?', 'Hà Nội có trung tâm IOC không bạn ạ?'],
    ['cấp ở đâu v bn nhỉ', 'cấp ở đâu vậy bạn nhỉ'],
    ['có ko bn 😊', 'có không bạn 😊'],
    // Asked whether they know, or to help, "bn" is the reader: no count is "biết".
    ['năm 2024 là năm j trong cđs, bn bít k', 'năm 2024 là năm gì trong cđs, bạn biết không'],
    ['bn có biết hn có app j ko', 'bạn có biết hn có app gì không'],
    ['bn giúp mình với', 'bạn giúp mình với'],
    ['ai bít bn dvc', 'ai biết bao nhiêu dvc'],
    ['có bn người biết', 'có bao nhiêu người biết'],
    // A number or "%" after it is what is counted.
    ['Z bn 1 ngày có người xin', 'vậy bao nhiêu 1 ngày có người xin'],
    ['v bn % người dân', 'vậy bao nhiêu % người dân'],
    // A shortened content word: a household business.
    ['nhà mik là hộ kd nhỏ', 'nhà mình là hộ kinh doanh nhỏ'],
    // Southern "coi" is no chat spelling: "trông coi", "coi thi" keep their sense.
    ['trông coi máy chủ', 'trông coi máy chủ'],
  ])('%j → %j', (input, expected) => {
    expect(real(input)).toBe(expected);
  });
});

describe('abbreviations as the data file reads them', () => {
  const real = createAbbreviationExpander(bundledAbbreviations);
  it.each([
    // XH before số is the pillar written out; KT số is as often kỹ thuật số and is left as typed.
    ['KT số, XH số của HN', ['xã hội số']],
    ['Truyền hình KT số ở Hà Nội phủ sóng chưa?', []],
  ])('%j reads %j', (input, expected) => {
    const read = real.expand(input);
    for (const e of expected) expect(read).toContain(e);
    expect(read).not.toContain('kinh tế');
  });
});

describe('telex leftovers', () => {
  it.each([
    ['lichj', 'lich'],
    ['chuw', 'chu'],
    ['ddaau', 'dau'],
    ['vieetj', 'viet'],
    ['phaps', 'phap'],
    ['lich', undefined],
    ['Hà', undefined],
    ['ab', undefined],
  ])('%s → %s', (word, folded) => {
    expect(telexFold(word)).toBe(folded);
  });

  const vocabulary = { hasFolded: (s: string) => ['lich', 'su', 'tu', 'phap', 'chu', 'ky', 'so', 'phong'].includes(s) };
  it.each([
    ['lichj tuw phaps', 'lich tu phap', true],
    ['chuw kys soos', 'chu ky so', true],
    // A word the articles know is never touched, and one whose repair they do not know either stays.
    ['lich su', 'lich su', false],
    ['xyzj', 'xyzj', false],
    // Folded, a word keeps its capital.
    ['Hải Phongf', 'Hải Phong', true],
  ])('%j → %j', (text, expected, repaired) => {
    expect(repairTelex(text, vocabulary)).toEqual({ text: expected, repaired });
  });
});

describe('greetings and thanks around a question', () => {
  it.each([
    // A thanks sentence after the question: its "nhiều" is not a subject.
    [['Hà Nội phải làm thế nào để chuyển đổi số thành công vậy?', 'Cảm ơn nhiều nha'], ['Hà Nội phải làm thế nào để chuyển đổi số thành công vậy?']],
    [['Hello, cho mình hỏi chút: có bớt được nạn ăn hối lộ không?', 'Tks bạn nhiều.'], ['có bớt được nạn ăn hối lộ không?']],
    // Without a question mark, thanks and a hope for a reply close the asking sentence itself; a greeting with whom it
    // greets, or leave to ask, opens it.
    [['hai phong muon cap quang phu toi bao nhieu phan tram ho gia dinh Em cảm ơn ạ!'], ['hai phong muon cap quang phu toi bao nhieu phan tram ho gia dinh']],
    [['giam doc so noi vu ha noi la ai Mong anh chị trả lời giúp em, em cảm ơn ạ.'], ['giam doc so noi vu ha noi la ai']],
    [['chao ad oi ha noi co bao nhieu dvc'], ['ha noi co bao nhieu dvc']],
    [['Bác chào cháu.', 'Bác hỏi tí nhé: he thong mot cua dien tu trien khai o dau', 'Cảm ơn cháu.'], ['he thong mot cua dien tu trien khai o dau']],
    [['Kính gửi ban quản trị, tôi xin hỏi Sao phường khó tuyển người?'], ['Sao phường khó tuyển người?']],
    [['ad ơi ad, Hà Nội có app nào không?', 'Chúc bạn một ngày tốt lành.'], ['Hà Nội có app nào không?']],
    // Appeals for help, after the question or as a sentence of their own; asking for information before it.
    [['ha noi co bao nhieu dvc Ai biết chỉ giúp mình với'], ['ha noi co bao nhieu dvc']],
    [['Hà Nội có app gì?', 'Có ai biết không ạ?'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì vậy, ai biết không?'], ['Hà Nội có app gì vậy']],
    [['Cho mình xin thông tin: Hà Nội có app gì'], ['Hà Nội có app gì']],
    [['Hà Nội có app gì Mình đang cần gấp'], ['Hà Nội có app gì']],
    [['Hà Nội có app gì?', 'Xin cảm ơn và chúc sức khỏe!'], ['Hà Nội có app gì?']],
    // Asking who knows something is a question: kept.
    [['Ai biết về chữ ký số?'], ['Ai biết về chữ ký số?']],
    // Leave to ask without a stop is kept when the question does not start anew ("Tôi hỏi vậy…" is the question).
    [['Tôi hỏi vậy có đúng không'], ['Tôi hỏi vậy có đúng không']],
    // Thanks that is what the resident asks about, and a greeting word that is not one, stay.
    [['Tôi muốn gửi lời cảm ơn'], ['Tôi muốn gửi lời cảm ơn']],
    [['Chào mừng năm mới Hà Nội có sự kiện gì'], ['Chào mừng năm mới Hà Nội có sự kiện gì']],
    [['Xin chào ad!', 'Hà Nội được coi là nơi làm mẫu phải không?', 'Thanks ad nhé.'], ['Hà Nội được coi là nơi làm mẫu phải không?']],
    // Comma clauses at either end of the asking sentence.
    [['Chào ad nha, mục tiêu đến năm 2025 của Hà Nội là gì ạ, cảm ơn ad'], ['mục tiêu đến năm 2025 của Hà Nội là gì ạ']],
    [['Chào buổi sáng, ở Hải Phòng có cách nào tra cứu không?'], ['ở Hải Phòng có cách nào tra cứu không?']],
    [['chao ban, cam on truoc nhe, ha noi co bao nhieu dich vu cong?'], ['ha noi co bao nhieu dich vu cong?']],
    // Inside a clause, a greeting word is the resident's own sentence: kept.
    [['Chào bạn, mình mới dùng lần đầu'], ['mình mới dùng lần đầu']],
    [['Tôi muốn cảm ơn Sở vì đã cấp chữ ký số miễn phí, cấp ở đâu?'], ['Tôi muốn cảm ơn Sở vì đã cấp chữ ký số miễn phí, cấp ở đâu?']],
    [['Cảm ơn Sở đã làm nhanh.', 'Mất bao lâu?'], ['Cảm ơn Sở đã làm nhanh.', 'Mất bao lâu?']],
    // Called by name before leave to ask; apologies; wishes and hopes closing an unmarked question; leave to ask before
    // a quoted question; a particle alone.
    [['Admin ơi cho em hỏi với ạ, Hà Nội có app gì'], ['Hà Nội có app gì']],
    [['Chị ơi cho em hỏi xíu ạ: Hà Nội có app gì'], ['Hà Nội có app gì']],
    [['ad oi cho e hoi vs, ha noi co app gi thank ad nhìu'], ['ha noi co app gi']],
    [['Dạ chào anh/chị, em muốn hỏi: Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Kính chào anh chị, tôi xin được hỏi: Hà Nội có app gì?', 'Xin trân trọng cảm ơn.'], ['Hà Nội có app gì?']],
    [['Xin lỗi làm phiền, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Phiền bạn chút nhé, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Hỏi ngu chút, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Bạn ơi giải thích giúp mình với, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['ha noi co app gi Chúc bạn ngày tốt lành!'], ['ha noi co app gi']],
    [['ha noi co app gi Mong được hồi âm sớm.'], ['ha noi co app gi']],
    [['Cho mình hỏi câu này: "Hà Nội có app gì?"'], ['"Hà Nội có app gì?"']],
    [['Hà Nội có app gì?', 'nhé 😊'], ['Hà Nội có app gì?']],
    // Courtesy closing an unmarked question in layers; a plea; a wish after thanks; a short reply asked for.
    [['ha noi co app gi ai bit chi e vs, thank mng nhiu'], ['ha noi co app gi']],
    [['ha noi co app gi rep nhanh giup e vs ad oi 🙏'], ['ha noi co app gi']],
    [['ha noi co app gi Cảm ơn bạn và chúc bạn bình an, gặp nhiều may mắn.'], ['ha noi co app gi']],
    [['ha noi co app gi Cảm ơn mọi người, chúc cả nhà cuối tuần vui vẻ!'], ['ha noi co app gi']],
    [['ha noi co app gi ad tra loi ngan gon giup e vs, tks ad'], ['ha noi co app gi']],
    [['ha noi co app gi plz 😭'], ['ha noi co app gi']],
    [['cíu e vs ad ơi 😭 ha noi co app gi'], ['ha noi co app gi']],
    // Officials and offices addressed; thanks for reading; wishes for the working day; hopes to hear back.
    [['Thưa cán bộ, Hà Nội có app gì?', 'Kính mong được hướng dẫn.'], ['Hà Nội có app gì?']],
    [['Làm phiền cán bộ chút ạ, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Chào phường ạ!!', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Em chào anh chị tổ công nghệ số ạ.', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Xin cảm ơn quý cơ quan đã đọc tin nhắn.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Chúc ad một ngày làm việc vui vẻ!'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Chúc anh chị mạnh khỏe, công tác tốt.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Mong sớm nhận được phản hồi ạ.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Tôi xin chân thành cảm ơn.'], ['Hà Nội có app gì?']],
    // Leave asked in more ways: "xíu là", "ké", "hơi ngớ ngẩn", a matter to ask, a relative's question, by name first.
    [['Cho mình hỏi xíu là Hà Nội có app gì thế ạ?'], ['Hà Nội có app gì thế ạ?']],
    [['Em hỏi hơi ngớ ngẩn chút ạ, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Thưa admin, em có thắc mắc nhỏ là Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Ad cho em hỏi Hà Nội có app gì ạ?'], ['Hà Nội có app gì ạ?']],
    [['Mẹ em nhờ hỏi:', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Mấy anh chị ở phường ơi, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['em bot oi Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Ủa ad ơi, Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Xin chao ban quan tri, ha noi co app gi?'], ['ha noi co app gi?']],
    // Whether the question is silly, whether anyone is there, where to reply, waiting, sorry if asked before.
    [['Hà Nội có app gì?', 'Hỏi vậy có ngớ ngẩn quá không, mong ad thông cảm 😅'], ['Hà Nội có app gì?']],
    [['Có ai trực không ạ?', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Ad có đó không rứa?', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Làm ơn cho hỏi, Sao Hà Nội có app?'], ['Sao Hà Nội có app?']],
    [['Vui lòng cho hỏi: Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Chúc các anh chị cán bộ nhiều sức khỏe.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Có gì nhắn qua Zalo này giúp tôi.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'có gì ib em nha'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Ad trả lời em sớm nha, em đợi nãy giờ.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'Ad rep sớm giúp em nhé, em cảm ơn.'], ['Hà Nội có app gì?']],
    [['Em xin lỗi nếu câu này đã có người hỏi rồi ạ.', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Xin lỗi làm phiền ad buổi tối ạ.', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Em gõ không dấu mong ad thông cảm.', 'ha noi co app gi'], ['ha noi co app gi']],
    [['ha noi co app gi hic'], ['ha noi co app gi']],
    [['Hà Nội có app gì?', 'thanks a lot ^^'], ['Hà Nội có app gì?']],
    [['help pls Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    // Round three: a particle or greeting before a question starting anew, teen thanks, forwarded and labelled questions,
    // courtesy questions, an office's long name, a relative asked for, typing apologies.
    [['Dạ Hà Nội có app gì ạ'], ['Hà Nội có app gì ạ']],
    [['xin chao Hà Nội có app gì'], ['Hà Nội có app gì']],
    [['Hà Nội có app gì?', 'cm ơn ad nhiều'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'mình cảm ợn trước nha'], ['Hà Nội có app gì?']],
    [['Dạ ad ơi Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['ad xinh đẹp ơi Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Fw:', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Vấn đề cần hỏi:', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Chào buổi sáng ad, ad có khỏe không ạ?', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['ad có ở đó không ạ?', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    // Asking whether the office works today is a question, not a greeting.
    [['Tôi muốn nộp hồ sơ ở phường.', 'Hôm nay có làm việc không?'], ['Tôi muốn nộp hồ sơ ở phường.', 'Hôm nay có làm việc không?']],
    [['Kính chào Ban biên tập Cổng thông tin điện tử thành phố Hải Phòng.', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Em hỏi giúp cụ nhà bên cạnh:', 'Hà Nội có app gì?'], ['Hà Nội có app gì?']],
    [['Thay mặt bà ngoại, cháu xin hỏi:', 'Hà Nội có app gì?', 'Bà cháu cảm ơn ạ.'], ['Hà Nội có app gì?']],
    [['Xin lỗi ad tôi không biết gõ dấu Hà Nội có app gì'], ['Hà Nội có app gì']],
    [['e chào ad, e hỏi ngu tí ad đừng cười nha Hà Nội có app gì'], ['Hà Nội có app gì']],
    [['Hà Nội có app gì?', 'Kính chúc anh chị sức khỏe, công tác tốt.'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', 'ad rep inbox giúp e nhé'], ['Hà Nội có app gì?']],
    // A question that starts like courtesy is kept: "gửi hồ sơ", "được không", "có hiểu".
    [['Gửi hồ sơ ở đâu?'], ['Gửi hồ sơ ở đâu?']],
    [['Làm online được không?'], ['Làm online được không?']],
    [['Người già có hiểu app không?'], ['Người già có hiểu app không?']],
    // Words of the question that only look like courtesy stay (review of session 31).
    [['Ad ơi cô giáo có phải cài VNeID không?'], ['cô giáo có phải cài VNeID không?']],
    [['Chào ad tổ trưởng có phải ký xác nhận không'], ['Chào ad tổ trưởng có phải ký xác nhận không']],
    [['Hồ sơ làm xong rồi, gửi bộ phận nào?'], ['Hồ sơ làm xong rồi, gửi bộ phận nào?']],
    [['Làm sao để cảm ơn cán bộ phường'], ['Làm sao để cảm ơn cán bộ phường']],
    [['Làm sao để tra cứu ạ'], ['Làm sao để tra cứu ạ']],
    [['Làm sao để tổ công nghệ số giúp tôi?'], ['Làm sao để tổ công nghệ số giúp tôi?']],
    [['Cho em hỏi xã Tân Lập làm ở đâu?'], ['Cho em hỏi xã Tân Lập làm ở đâu?']],
    [['Thứ bảy bộ phận một cửa có ai trực không'], ['Thứ bảy bộ phận một cửa có ai trực không']],
    [['Phòng một cửa hôm nay có ai làm việc không?'], ['Phòng một cửa hôm nay có ai làm việc không?']],
    [['ha noi ho tro gi cho anh chi em'], ['ha noi ho tro gi cho anh chi em']],
    [['Làm sao để cả nhà biết'], ['Làm sao để cả nhà biết']],
    [['Ha Noi co to chuc thanh cong'], ['Ha Noi co to chuc thanh cong']],
    [['Tại sao lại như vậy đó'], ['Tại sao lại như vậy đó']],
    [['Tôi bị mất căn cước.', 'Mong được chỉ bảo thủ tục cấp lại ạ.'], ['Tôi bị mất căn cước.', 'Mong được chỉ bảo thủ tục cấp lại ạ.']],
    [['Nha Trang co ap dung VNeID khong'], ['Nha Trang co ap dung VNeID khong']],
    [['Hoi Nong dan Ha Noi co dung VNeID khong'], ['Hoi Nong dan Ha Noi co dung VNeID khong']],
    // "tk" before whom it thanks is thanks; elsewhere it is an account.
    [['Hà Nội có app gì?', 'tk ad nhiều'], ['Hà Nội có app gì?']],
    [['Quên mật khẩu tk'], ['Quên mật khẩu tk']],
    // Answering, told in the story, is no appeal: "chưa ai trả lời" stays.
    [['Có người hỏi mà chưa ai trả lời.', 'Hà Nội có app gì?'], ['Có người hỏi mà chưa ai trả lời.', 'Hà Nội có app gì?']],
    // Courtesy alone is left whole: the greeting is the intent's to answer.
    [['Chào bạn'], ['Chào bạn']],
    [['Cảm ơn bạn nhiều nhé!', '😊'], ['Cảm ơn bạn nhiều nhé!', '😊']],
    // The grammar is matched on the lowered text: capitals read the same, and what is left is as typed.
    [['CHÀO AD NHA, MỤC TIÊU ĐẾN NĂM 2025 CỦA HÀ NỘI LÀ GÌ Ạ, CẢM ƠN AD'], ['MỤC TIÊU ĐẾN NĂM 2025 CỦA HÀ NỘI LÀ GÌ Ạ']],
    [['HA NOI CO BAO NHIEU DVC AI BIẾT CHỈ GIÚP MÌNH VỚI'], ['HA NOI CO BAO NHIEU DVC']],
    [['KÍNH GỬI BAN QUẢN TRỊ, TÔI XIN HỎI Sao phường khó tuyển người?'], ['Sao phường khó tuyển người?']],
    // The capital that starts the question anew is read as typed after a lowered match.
    [['tôi xin hỏi sao phường khó tuyển người?'], ['tôi xin hỏi sao phường khó tuyển người?']],
    [['Hà Nội có app gì?', 'CẢM ƠN BẠN T_T'], ['Hà Nội có app gì?']],
    // A face alone after the stop.
    [['Hà Nội có app gì?', ':D'], ['Hà Nội có app gì?']],
    [['Hà Nội có app gì?', ':v'], ['Hà Nội có app gì?']],
  ])('%j → %j', (parts, kept) => {
    expect(withoutCourtesy(parts)).toEqual(kept);
  });
});

describe('the asking sentence of a message', () => {
  it.each([
    // Asked without a question mark, as unmarked questions often are.
    ['ong hung danh gia cach thue dich vu cong nghe thong tin ra sao', true],
    ['ai noi can su tham gia cua doanh nghiep va nguoi dan', true],
    ['hn ưu tiên cds cho ngành nào trước vậy', true],
    ['Ai cũng dùng được.', false],
    ['Ai biết trả lời giúp tôi với', false],
    ['Chữ ký số miễn phí làm ở đâu?', true],
    ['chu ky so mien phi lam o dau', true],
    ['Tôi 60 tuổi, ở quận Đống Đa.', false],
    ['Cho mình hỏi về chữ ký số', true],
    ['Làm được không', true],
    ['Hà Nội xếp thứ mấy', true],
    ['Bộ máy chính quyền rất lớn.', false],
    ['Con tôi đi làm xa.', false],
    // "có … không" asks when it closes a clause, not when "không" starts the next thought.
    ['Cô giáo bảo phụ huynh không cần giữ học bạ giấy nữa.', false],
    ['Có làm tại nhà được không ạ, hay phải lên phường', true],
    ['Đã có học bạ điện tử chưa', true],
    ['Tôi hay dẫn khách đi tham quan đền chùa.', false],
    ['di tich den chua', true],
    // "bảo giờ" (says now) is not "bao giờ" (when) with marks typed.
    ['Con gái tôi bảo giờ người ta chuyển khoản hết.', false],
    ['Bao giờ có kết quả', true],
    ['Đã nộp hồ sơ nhưng chưa nhận được kết quả.', false],
    // "mấy" before a span of time and "nay", "qua", "trước" is "the past few": it asks nothing.
    ['Mấy năm nay tôi bán hàng online.', false],
    ['may hom truoc toi co len phuong', false],
    ['Mấy năm nữa thì xong', true],
    // A question word before "cũng" means "every": it asks nothing.
    ['Con tôi bảo bây giờ cái gì cũng số hóa.', false],
    ['Ai cũng dùng điện thoại.', false],
    // …with what about between; not a purpose, which asks.
    ['Tôi thấy trên xã làm cái gì về mạng mẽ cũng chậm.', false],
    ['Làm gì về chữ ký số để ai cũng dùng được?', true],
    // "bại não" (the brain) does not end in "nào" (which).
    ['Nhà em có em trai bị bại não.', false],
    ['Em trai bị bại não thì làm giấy tờ ở quận nào', true],
    // An asking form is a whole word: "là giáo viên" is not "là gì".
    ['Tôi là giáo viên cấp 3 ở Đống Đa.', false],
    // "chưa bao giờ" (never) says when; it does not ask it.
    ['Trước đây xã tôi chưa bao giờ họp trực tuyến với huyện.', false],
    ['Bao giờ xã tôi được họp trực tuyến?', true],
    ['Cái gì cũng được, làm ở đâu?', true],
    // Which one, closing a clause, asks; none at all ("chẳng có đồng nào") does not.
    ['Là những trụ nào vậy, giải thích giúp tôi với.', true],
    ['Đi hướng dẫn bà con mấy năm nay mà chẳng có đồng nào.', false],
    ['Mẹ tôi đi hướng dẫn mà không có đồng phụ cấp nào.', false],
    // A request asks too.
    ['Nhờ bot phân xử giúp, cảm ơn nhé.', true],
    ['Đề nghị cung cấp số hiệu kế hoạch của thành phố.', true],
    ['tra giup minh ke hoach 239 ban hanh ngay', true],
    ['Tôi nhờ hàng xóm cài app.', false],
    // "ở đầu ngõ" (at the lane's end) is not "ở đâu" (where) with marks typed.
    ['Nhà tôi bán tạp hóa nhỏ ở đầu ngõ.', false],
    ['Chữ ký số làm ở đâu', true],
    // What, closing a clause, asks; nothing at all ("không rành gì") does not.
    ['nhan luc CDS cua HP can dap ung nhung yeu cau gi', true],
    ['Sau khi nghị quyết ban hành thì thành phố sẽ làm gì.', true],
    ['Tôi đọc mãi mà không hiểu gì.', false],
    ['toi chang biet gi, con chau thi ban.', false],
    // Not across "thì": what to do then is asked.
    ['Chưa có VNeID thì làm gì', true],
    ['khong co smartphone thi lam gi', true],
  ])('%j asks: %s', (sentence, asking) => {
    expect(isAsking(sentence)).toBe(asking);
  });

  it('ends a sentence typed without its full stop where the resident starts speaking of themself', () => {
    expect(messageSentences('HN da giai quyet TTHC lien thong may cap Tôi đang lo hồ sơ cho bố tôi.').map((s) => s.text))
      .toEqual(['HN da giai quyet TTHC lien thong may cap', 'Tôi đang lo hồ sơ cho bố tôi.']);
    // Asking for a relative is courtesy: once apart, nothing of it is left.
    expect(messageSentences('HN da giai quyet TTHC lien thong may cap Tôi hỏi giùm bố tôi.').map((s) => s.text))
      .toEqual(['HN da giai quyet TTHC lien thong may cap']);
    // Not after a capital ("UBND TP HN Em…" is not two sentences typed apart), nor where the pronoun is an object
    // capitalised to be polite.
    expect(messageSentences('UBND TP HN Em hỏi làm gì').length).toBe(1);
    expect(messageSentences('Chữ ký số ở Hải Phòng đăng ký cho Cháu thế nào?').length).toBe(1);
    expect(messageSentences('lý lịch tư pháp làm giúp Em mất bao lâu?').length).toBe(1);
  });

  it('leaves out a signature, held letters, and a story that only looks like asking', () => {
    const read = (text: string): string[] => messageSentences(text).map((s) => `${s.asking ? 'A' : 'c'} ${s.text}`);
    // A name signing the letter, with where the sender lives, on its last lines.
    expect(read('Hà Nội có app gì?\nTôi xin cảm ơn.\nNguyễn Văn Hùng, tổ 5')).toEqual(['A Hà Nội có app gì?']);
    expect(read('Hà Nội có app gì?\nNgười gửi: Nguyễn Văn Hùng, tổ 5, phường Quang Trung.')).toEqual(['A Hà Nội có app gì?']);
    expect(read('Hà Nội có app gì?\nTrần Thị Mai\nXóm 3, xã Nghĩa Hưng')).toEqual(['A Hà Nội có app gì?']);
    expect(read('Nội dung câu hỏi:\nHà Nội có app gì?\nNgười gửi: Phạm Văn Minh - SĐT: 09xx xxx xxx')).toEqual(['A Hà Nội có app gì?']);
    expect(read('Họ tên: Trần Văn Hùng\nNội dung: Hà Nội có app gì?\n\nGửi từ iPhone của tôi')).toEqual(['A Hà Nội có app gì?']);
    // A date closing the story's sentence ends it before an unmarked question.
    expect(read('Họ yêu cầu đủ giấy tờ trước ngày 01/10. ha noi co app gi'))
      .toEqual(['c Họ yêu cầu đủ giấy tờ trước ngày 01/10.', 'A ha noi co app gi']);
    // A story typed without its stop before a marked question; a page tagged before the question.
    expect(read('hom qua e mat vi roi ca can cuoc Làm lý lịch tư pháp trên VNeID mất mấy ngày?'))
      .toEqual(['c hom qua e mat vi roi ca can cuoc', 'A Làm lý lịch tư pháp trên VNeID mất mấy ngày?']);
    // Where its marks start, even at a title residents capitalise, a capitalised name or code just before them, or in
    // lower case; not after four words, nor where the unmarked words lead into the marked ones or are the question's.
    expect(read('hom qua e mat vi roi ca can cuoc lan the atm Kế hoạch 239/KH-UBND ban hành ngày nào?'))
      .toEqual(['c hom qua e mat vi roi ca can cuoc lan the atm', 'A Kế hoạch 239/KH-UBND ban hành ngày nào?']);
    expect(read('em 17 tuoi thang sau la du 18 roi Hải Phòng có bao nhiêu dịch vụ công?'))
      .toEqual(['c em 17 tuoi thang sau la du 18 roi', 'A Hải Phòng có bao nhiêu dịch vụ công?']);
    expect(read('em dang o ktx dh hang hai HN áp dụng định danh bằng cách nào'))
      .toEqual(['c em dang o ktx dh hang hai', 'A HN áp dụng định danh bằng cách nào']);
    // The few marks a chat word brought to the story ("trc" read as "trước", "ko" as "không") do not hide where it ends.
    expect(read('trước e lam o công ty cu ho lam ho het gio tu lam không biet gi Hà Nội có bao nhiêu dịch vụ công?'))
      .toEqual(['c trước e lam o công ty cu ho lam ho het gio tu lam không biet gi', 'A Hà Nội có bao nhiêu dịch vụ công?']);
    // Abbreviations and numbers are neither side's: a marked message is no unmarked story.
    expect(read('Em ở Q 1 TP HCM thì làm căn cước ở đâu?')).toEqual(['A Em ở Q 1 TP HCM thì làm căn cước ở đâu?']);
    // Marks in lower case are no new start: the unmarked question's own last words, or those a chat word brought.
    for (const one of ['em o Long Bien ha noi tiền nước trả qua mạng được bao nhiêu %', 'e muon lam chu ky so mien phi o hai phong thi lam như thế nào',
      'e o hai phong muon lam chu ky so mien phi như Hà Nội thì làm ở đâu?', 'nha e o hai phong so dich vu cong truc tuyen co nhiều bằng Hà Nội không?']) {
      expect(read(one)).toEqual([`A ${one}`]);
    }
    expect(read('kh 310 Hà Nội là gì?')).toEqual(['A kh 310 Hà Nội là gì?']);
    // Whom the message is sent to, before a colon: a page's name is no place asked about.
    expect(read('Gửi admin trang Hà Nội Số: Hải Phòng có app gì?')).toEqual(['c Gửi admin trang Hà Nội Số:', 'A Hải Phòng có app gì?']);
    expect(read('Tôi gửi hồ sơ hôm qua: bao giờ có kết quả?')).toEqual(['A Tôi gửi hồ sơ hôm qua: bao giờ có kết quả?']);
    expect(read('Gửi hồ sơ lý lịch tư pháp qua VNeID: mất mấy ngày?')).toEqual(['A Gửi hồ sơ lý lịch tư pháp qua VNeID: mất mấy ngày?']);
    // A capital inside a question is no elder naming themself.
    for (const one of ['Khu vực Lăng Bác có phủ sóng 5G chưa?', 'Số điện thoại Ông chủ tịch xã là bao nhiêu?', 'Hà Nội hỗ trợ Bà con vùng sâu thế nào?']) {
      expect(read(one)).toEqual([`A ${one}`]);
    }
    // An elder naming themself after the question typed without its stop; a title before a name is no such sentence.
    expect(read('trường học ở hà nội số hóa để tạo ra thế hệ gì vậy Bác mắt kém, cháu viết ngắn thôi nhé.'))
      .toEqual(['A trường học ở hà nội số hóa để tạo ra thế hệ gì vậy', 'c Bác mắt kém']);
    expect(read('chuyển đổi số mở ra cơ hội gì Ông Vũ Đại Thắng nói vậy?').length).toBe(1);
    // A wish after a question typed without its stop.
    expect(read('ha noi co app gi Chúc các anh chị cán bộ nhiều sức khỏe.')).toEqual(['A ha noi co app gi']);
    expect(read('em o hn Hải Phòng có bao nhiêu dịch vụ công?')).toEqual(['A em o hn Hải Phòng có bao nhiêu dịch vụ công?']);
    expect(read('em o long bien o Hà Nội có bao nhiêu dịch vụ công?')).toEqual(['A em o long bien o Hà Nội có bao nhiêu dịch vụ công?']);
    expect(read('e muon hoi ve lý lịch tư pháp làm mất bao lâu?')).toEqual(['A e muon hoi ve lý lịch tư pháp làm mất bao lâu?']);
    // A date closing the story's sentence ends it before a capital too.
    expect(read('Công ty yêu cầu đủ giấy tờ trước ngày 01/10. Thành ủy Hà Nội giao cho ai chỉ đạo?'))
      .toEqual(['c Công ty yêu cầu đủ giấy tờ trước ngày 01/10.', 'A Thành ủy Hà Nội giao cho ai chỉ đạo?']);
    expect(read('Ở khu vực lăng Bác có phủ sóng 5G chưa?')).toEqual(['A Ở khu vực lăng Bác có phủ sóng 5G chưa?']);
    expect(read('@Phường Dịch Vọng Hậu Làm lý lịch tư pháp trên VNeID mất mấy ngày?')).toEqual(['A Làm lý lịch tư pháp trên VNeID mất mấy ngày?']);
    expect(read('@Phường Dịch Vọng Hậu lam ly lich mat may ngay')).toEqual(['A lam ly lich mat may ngay']);
    // Review of session 31: abbreviations are no held letters; a question line, a place or a city is no signature; a
    // document named in capitals stays in the question.
    expect(read('lam cccd o dau')).toEqual(['A lam cccd o dau']);
    expect(read('Gửi từ bưu điện mất mấy ngày?')).toEqual(['A Gửi từ bưu điện mất mấy ngày?']);
    expect(read('Cấp ở đâu?\nHồ Chí Minh').length).toBe(2);
    expect(read('Nộp hồ sơ ở công an phường nào\nPhường Trần Phú, quận Hoàng Mai').length).toBe(2);
    expect(read('Cho em hỏi làm thế nào để tra cứu Lý lịch tư pháp trên VNeID')).toHaveLength(1);
    expect(read('Phường có tổ chức lễ Chúc thọ người cao tuổi không')).toHaveLength(1);
    expect(read('Vấn đề chữ ký số: miễn phí cho ai?')).toHaveLength(1);
    // A place on a line of its own is part of the question, not a signature.
    expect(read('Hà Nội có app gì?\nHải Phòng').length).toBe(2);
    // Letters held for feeling.
    expect(read('Ad ơiiii cho em hỏi xíu ạ: Hà Nội có app gì?\nEm cảm ơn ạaaa')).toEqual(['A Hà Nội có app gì?']);
    // "thử mấy lần" (tried a few times), "lúc được lúc không" (now and then), "chưa làm bao giờ" (never), "việc gì tôi
    // cũng" (everything): the story's, beside a question.
    expect(read('Đứa út cài cho cái ứng dụng, bấm thử mấy lần mà không vô được, đành để đó. Hà Nội có app gì?'))
      .toEqual(['c Đứa út cài cho cái ứng dụng, bấm thử mấy lần mà không vô được, đành để đó.', 'A Hà Nội có app gì?']);
    expect(read('Điện thoại của em là đời cũ, mạng lúc được lúc không. Hà Nội có app gì?')[0]).toMatch(/^c /);
    expect(read('Cán bộ bảo em về tự làm trên điện thoại, mà em chưa làm bao giờ. Hà Nội có app gì?')[0]).toMatch(/^c /);
    expect(read('Mẹ tôi nằm một chỗ, việc gì tôi cũng phải làm thay mẹ. Hà Nội có app gì?')[0]).toMatch(/^c /);
    // Asked, "bao giờ" still asks when.
    expect(read('Em chưa nhận được, bao giờ có?')).toEqual(['A Em chưa nhận được, bao giờ có?']);
  });

  it('reads an emoji that is also a letter ("ℹ") as closing the courtesy it follows, as any emoji', () => {
    expect(withoutCourtesy(['Chàoℹ️, Hà Nội có app gì?'])).toEqual(['Hà Nội có app gì?']);
    expect(withoutCourtesy(['Dạℹ', 'Hà Nội có app gì?'])).toEqual(['Hà Nội có app gì?']);
    expect(withoutCourtesy(['aloℹLàm chữ ký số ở đâu?'])).toEqual(['Làm chữ ký số ở đâu?']);
  });

  it('reads long runs of addressees in one way (no exponential backtracking)', () => {
    // Each "các anh chị" once read two ways ("các anh chị", or "các" before "anh" then "chị"): forty of them never ended.
    expect(withoutCourtesy([`Chào ${'các anh chị '.repeat(40)}ơi, cho em hỏi Hà Nội có app gì?`])).toEqual(['Hà Nội có app gì?']);
    expect(withoutCourtesy([`Cảm ơn ${'mấy cô chú '.repeat(40)}nhé`, 'Hà Nội có app gì?'])).toEqual(['Hà Nội có app gì?']);
    expect(withoutCourtesy([`Chào ${'ban quản trị fanpage '.repeat(40)}ạ`, 'Hà Nội có app gì?'])).toEqual(['Hà Nội có app gì?']);
  });

  it('reads "vậy là" as summing up the sentence before', () => {
    expect(pointsBack('Vậy là làm khắp cả thành phố một lượt hay chỉ vài nơi làm trước?')).toBe(true);
    expect(pointsBack('Làm khắp cả thành phố một lượt hay chỉ vài nơi làm trước?')).toBe(false);
    // Asking for information names nothing: the story before it is what is asked.
    expect(pointsBack('Anh chị cho xin thông tin với.')).toBe(true);
    expect(messageSentences('Tôi là nhà báo, cần dẫn ngày UBND TP Hà Nội ký Kế hoạch 239 kèm tên đầy đủ của nó để đưa vào bài. Anh chị cho xin thông tin với.')
      .map((s) => s.asking)).toEqual([true, true]);
    // A question of up to twelve words opening on "vậy" goes on from the sentence before.
    expect(pointsBack('Vậy thành phố có bỏ cuộc không hay vẫn làm?')).toBe(true);
    expect(pointsBack('Vậy thành phố Hà Nội có bao nhiêu điểm cấp chữ ký số miễn phí cho người dân ở các quận?')).toBe(false);
  });

  it('reads a pointer back typed without marks', () => {
    // "Mạng đó tên là gì?" typed without marks asks of the sentence before, as it does with them.
    expect(messageSentences('Toi la y ta o xa. Toi doc thay Ha Noi se co mot mang y te rieng. Mang do ten la gi?').map((s) => s.asking))
      .toEqual([false, true, true]);
    // "mức độ", "đô thị", "hiện nay" are no pointers.
    expect(pointsBack('den nam 2025 hai phong muon dich vu cong dat muc do may')).toBe(false);
    expect(pointsBack('nghi quyet ve do thi viet nam ban hanh ngay nao')).toBe(false);
    expect(pointsBack('hien nay ha noi co bao nhieu dich vu cong')).toBe(false);
    expect(pointsBack('ong ay noi gi ve chuyen doi so')).toBe(true);
    // A figure asked of nothing but when and at which level points back; one that names what it counts does not.
    expect(pointsBack('Đến 2025 cấp xã phải đạt bao nhiêu phần trăm?')).toBe(true);
    expect(pointsBack('Đến 2025 cấp xã phải xử lý bao nhiêu phần trăm hồ sơ trên mạng?')).toBe(false);
    for (const none of ['ha noi co phai thu do khong', 'ly do la gi', 'cap do la gi', 'truoc do ha noi xep thu may',
      'lau nay ha noi co bao nhieu dich vu cong', 'sang nay ha noi hop gi', 'Nay toi muon hoi ve chu ky so']) expect(pointsBack(none)).toBe(false);
  });

  it('reads the resident\'s doubt before a pointer back as no part of the question', () => {
    expect(pointsBack('Em thấy hơi sai sai, báo nói bao nhiêu ạ?')).toBe(true);
    expect(pointsBack('Em thấy Hà Nội làm tốt, Hải Phòng có bao nhiêu dịch vụ công?')).toBe(false);
    expect(messageSentences('Sếp em bảo chỉ tiêu cấp xã là 80%. Em thấy hơi sai sai, báo nói bao nhiêu ạ?'))
      .toEqual([{ text: 'Sếp em bảo chỉ tiêu cấp xã là 80%.', asking: true, referred: true }, { text: 'báo nói bao nhiêu ạ?', asking: true }]);
    // Disbelief is a doubt as well ("Tôi không tin lắm, vậy … mấy bậc?").
    expect(pointsBack('Tôi không tin lắm, vậy rốt cuộc so với 2021 thì lên được mấy bậc?')).toBe(true);
    expect(messageSentences('Hà Nội năm 2022 leo hạng nhiều. Tôi không tin lắm, vậy so với 2021 lên mấy bậc?'))
      .toEqual([{ text: 'Hà Nội năm 2022 leo hạng nhiều.', asking: true, referred: true }, { text: 'vậy so với 2021 lên mấy bậc?', asking: true }]);
    // A doubt alone is the whole sentence.
    expect(pointsBack('Em thấy hơi sai sai,')).toBe(false);
    // Only a bare judgment: what the resident saw or fears names what is asked about.
    for (const whole of ['Tôi ở Cầu Giấy. Tôi thấy nói Hà Nội cấp chữ ký số miễn phí, cấp ở đâu ạ?',
      'Tôi ở Sóc Sơn. Tôi không chắc chữ ký số có miễn phí, vậy có mất tiền không?',
      'Em là sinh viên. Em thấy nhiều bạn dùng VNeID, nó là gì ạ?', 'em nghi viec roi, thi lam the nao?']) {
      expect(messageSentences(whole).at(-1)!.text).toBe(whole.split(/(?<=\.) /).at(-1));
    }
  });

  it('reads a question told before the resident\'s own as the story\'s', () => {
    // Someone else's question ("Cả xóm bàn tán … để làm gì") before the resident's own asking form is the story's.
    expect(messageSentences('Cả xóm tôi bàn tán chuyển đổi số để làm gì. Thành phố có nói mục tiêu cuối cùng là gì không?')
      .map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Cả xóm tôi bàn tán chuyển đổi số để làm gì.').map((s) => s.asking)).toEqual([true]);
  });

  it('marks context and asking sentences of a long message', () => {
    const text = 'Tôi là bí thư chi bộ ở quận Đống Đa. Tôi hay đọc báo về chuyển đổi số. Nghị quyết về chuyển đổi số là nghị quyết số mấy vậy?';
    expect(messageSentences(text).map((s) => s.asking)).toEqual([false, false, true]);
    expect(askingText(text)).toBe('Nghị quyết về chuyển đổi số là nghị quyết số mấy vậy?');
  });

  it('reads a "mấy" before a question asked with a form as the story\'s', () => {
    // The sentence before a question opening on "Là" is what it asks about.
    expect(messageSentences('Loa phường nói mấy chữ chuyển đổi số. Người ta bảo Hà Nội dựa vào mấy cái trụ. Là những trụ nào vậy, giải thích giúp tôi.')
      .map((s) => [s.asking, s.referred === true])).toEqual([[false, false], [false, false], [true, true], [true, false]]);
    expect(messageSentences('Hà Nội có mấy quận. Hải Phòng có mấy quận.').map((s) => s.asking)).toEqual([true, true]);
  });

  it('reads someone else\'s question, told beside the resident\'s own, as the story\'s', () => {
    expect(messageSentences('Tôi ở quận Lê Chân. Con tôi cứ hỏi bao giờ nhà mình có 5G. Thành phố phổ cập 5G ở khu vực nào?')
      .map((s) => s.asking)).toEqual([false, false, true]);
    expect(messageSentences('me toi thac mac lam sao de cai app. ha noi co app nao?').map((s) => s.asking)).toEqual([false, true]);
    // Alone, or asked by the resident ("cho mình hỏi"), it asks; "hội" (an association) tells no question.
    expect(messageSentences('Con tôi cứ hỏi bao giờ nhà mình có 5G.').map((s) => s.asking)).toEqual([true]);
    // What the resident wonders about in the story is the story's beside a question after it; alone it asks.
    expect(messageSentences('Tôi đang lo quá, không biết mình có làm sai gì không. Hà Nội có bao nhiêu điểm hỗ trợ').map((s) => s.asking))
      .toEqual([false, true]);
    expect(messageSentences('Không biết Hà Nội có bao nhiêu điểm hỗ trợ ạ. Tôi ở Cầu Giấy.').map((s) => s.asking)).toEqual([true, false]);
    // Chat spellings ask: "làm j", a closing "ko"; the story before them is context.
    expect(messageSentences('Mình là người khuyết tật, đi lại khó khăn. hn định làm j để bớt xài tiền mặt v').map((s) => s.asking))
      .toEqual([false, true]);
    expect(messageSentences('Mình là người khuyết tật. hn có hỗ trợ ng khuyết tật ko').map((s) => s.asking)).toEqual([false, true]);
    // Leave to ask closing a sentence with a colon introduces the question; "không được bao nhiêu" (not much) asks nothing.
    expect(messageSentences('Nay tôi có điều băn khoăn muốn hỏi:\nha noi co app gi').map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Tôi là người già, chữ nghĩa không được bao nhiêu, xin hỏi: ha noi co app gi').map((s) => s.text))
      .toEqual(['Tôi là người già, chữ nghĩa không được bao nhiêu', 'ha noi co app gi']);
    // Nor does "chưa được hưởng bao nhiêu" closing a clause of the story; asked politely or with its mark, it asks.
    expect(messageSentences('Mình thấy người khuyết tật như em trai mình vẫn chưa được hưởng bao nhiêu. Vì sao Hà Nội ra nghị quyết về chuyển đổi số?')
      .map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Bà chẳng dùng bao nhiêu. Hải Phòng có bao nhiêu dịch vụ công?').map((s) => s.asking)).toEqual([false, true]);
    expect(isAsking('Tôi không biết bao nhiêu.')).toBe(true);
    // "là do đâu", "vì đâu mà …" ask why, without a question mark.
    expect(messageSentences('Bà thấy chuyển đổi số ở phường còn lúng túng lắm. Bà muốn biết vì sao lại chậm thế. Báo nói nguyên nhân chính là do đâu')
      .map((s) => s.asking)).toEqual([false, true, true]);
    expect(isAsking('vi dau ma ha noi lam cham')).toBe(true);
    expect(isAsking('Tôi đi làm do đâu cũng xa.')).toBe(false);
    expect(messageSentences('Tôi ở Cầu Giấy. Hà Nội chưa cấp được bao nhiêu?').map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Tôi ở Cầu Giấy. Hà Nội chưa cấp được bao nhiêu chữ ký số').map((s) => s.asking)).toEqual([false, true]);
    // What comes before a colon that asks nothing, where what follows asks, is said around the question: a story, a
    // form's label, emoji and leave to ask.
    const asked = (text: string): string[] => messageSentences(text).filter((s) => s.asking).map((s) => s.text);
    expect(asked('Tôi đã tìm khắp nơi mà không thấy, nên hỏi thẳng ở đây: ha noi co app gi')).toEqual(['ha noi co app gi']);
    expect(asked('Nội dung: ha noi co app gi')).toEqual(['ha noi co app gi']);
    expect(asked('🙏🙏 Cho em hỏi ạ: ha noi co app gi 🙏')).toEqual(['ha noi co app gi 🙏']);
    // A plea or a hope opening in capitals after an unmarked question starts a sentence of the story's.
    expect(messageSentences('ha noi co app gi Mong được giải đáp để tôi còn hướng dẫn lại cho bà con.').map((s) => s.asking))
      .toEqual([true, false]);
    // Saying one asks, before a question, is the story's, unless it says what about.
    expect(messageSentences('Em là người khuyết tật nên muốn hỏi trước cho rõ. ha noi co bao nhieu diem ho tro').map((s) => s.asking))
      .toEqual([false, true]);
    expect(messageSentences('Tôi muốn hỏi về lý lịch tư pháp. Hà Nội làm thế nào').map((s) => s.asking)).toEqual([true, true]);
    // "về tay không" (empty-handed) asks nothing.
    expect(messageSentences('Lần trước tôi đi xếp hàng mà về tay không. Hải Phòng có bao nhiêu dịch vụ công?').map((s) => s.asking))
      .toEqual([false, true]);
    // A topic before the colon stays in the question.
    expect(messageSentences('Lý lịch tư pháp qua VNeID: mất bao lâu?').map((s) => s.text)).toEqual(['Lý lịch tư pháp qua VNeID: mất bao lâu?']);
    // An opening "Không biết …" asks politely, beside another question.
    expect(messageSentences('Không biết chữ ký số ở Hà Nội đăng ký ở đâu ạ. Cần mang giấy tờ gì').map((s) => s.asking)).toEqual([true, true]);
    // Names and words that only look like a new sentence or a closing "không".
    for (const one of ['Ở khu vực lăng Bác có phủ sóng 5G chưa', 'Bệnh viện Lão khoa Trung ương có khám bằng VNeID không']) {
      expect(messageSentences(one)).toHaveLength(1);
    }
    expect(messageSentences('Máy tính nhà tôi hỏng. Ra phường làm dịch vụ công được không?').map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Bố tôi 80 tuổi. Làm căn cước mới thì lăn tay không').map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Tôi 70 tuổi. Làm căn cước có mất phí không bao nhiêu tiền').map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Cho mình hỏi bao giờ có 5G. Ở khu vực nào?').map((s) => s.asking)).toEqual([true, true]);
    expect(messageSentences('Tôi ở hội phụ nữ, bao giờ có lớp. Ở đâu?').map((s) => s.asking)).toEqual([true, true]);
  });

  it('ends a sentence on a number when a capital follows, not on a list\'s number', () => {
    expect(messageSentences('Tôi dạy học sinh lớp 9. Năm 2022 thành phố chọn chủ đề gì?').map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('1. Hà Nội có bao nhiêu dịch vụ công?').map((s) => s.text)).toEqual(['1. Hà Nội có bao nhiêu dịch vụ công?']);
    expect(messageSentences('Kế hoạch 239. Theo đó ban hành ngày nào?').length).toBe(2);
    expect(messageSentences('Sắp thành chợ 4.0. Ở Hà Nội có mô hình nào?').length).toBe(2);
    expect(messageSentences('1.2. Hà Nội có bao nhiêu dịch vụ công?').length).toBe(1);
    expect(messageSentences('Loa phường đọc là Hà Nội vào top 3 vào năm 2025. Có đúng không?').map((s) => s.text))
      .toEqual(['Loa phường đọc là Hà Nội vào top 3 vào năm 2025.', 'Có đúng không?']);
  });

  it('takes the sentence before a question that points back into the question', () => {
    const text = 'Tôi là bí thư chi bộ ở quận Đống Đa. Tôi quên số hiệu nghị quyết về chuyển đổi số. Đó là nghị quyết số mấy vậy?';
    expect(messageSentences(text).map((s) => s.asking)).toEqual([false, true, true]);
    // Taken in as what is referred to; the asking text is still the question's own.
    expect(messageSentences(text).map((s) => s.referred === true)).toEqual([false, true, false]);
    expect(askingText(text)).toBe('Đó là nghị quyết số mấy vậy?');
    // The hearsay marker opening the sentence goes with the story.
    expect(messageSentences('Mẹ tôi chưa có chữ ký số. Nghe nói thành phố cho miễn phí. Vậy đến đâu để nhận ạ?')
      .map((s) => [s.text, s.asking])).toEqual([['Mẹ tôi chưa có chữ ký số.', false], ['Nghe nói', false],
      ['thành phố cho miễn phí.', true], ['Vậy đến đâu để nhận ạ?', true]]);
    // What the resident heard is what the question points back to; who they are, before "nghe nói", stays story.
    expect(messageSentences('Tui bán rau ở chợ Hôm, nghe nói làm chữ ký số không tốn tiền. Có thật không?')
      .map((s) => [s.text, s.asking, s.referred === true])).toEqual([
      ['Tui bán rau ở chợ Hôm, nghe nói', false, false],
      ['làm chữ ký số không tốn tiền.', true, true],
      ['Có thật không?', true, false],
    ]);
    // Who was heard, between "nghe" and "nói", is the story too.
    expect(messageSentences('Tôi nghe một anh trong nhóm Zalo nói Thủ tướng nhấn mạnh điều đó. Có đúng vậy không?').map((s) => s.text))
      .toEqual(['Tôi nghe một anh trong nhóm Zalo nói', 'Thủ tướng nhấn mạnh điều đó.', 'Có đúng vậy không?']);
    // A sentence that opens on the hearsay: the marker alone is the story.
    expect(messageSentences('Nghe nói thành phố cho miễn phí. Có thật không?').map((s) => s.text))
      .toEqual(['Nghe nói', 'thành phố cho miễn phí.', 'Có thật không?']);
    // A time pointed to takes the sentence before only when that one names a time.
    expect(messageSentences('Xã tôi chưa ai hiểu gì. Hồi buổi đối thoại năm đó, lãnh đạo sở nói cái khó nằm ở đâu?')
      .map((s) => s.asking)).toEqual([false, true]);
    expect(messageSentences('Năm 2021 Hà Nội xếp thấp. Năm đó xếp thứ mấy?').map((s) => s.referred === true)).toEqual([true, false]);
    // A pointer that names its noun ("giấy này") takes in the clause that holds it; the sentence's other clauses are
    // the story. Held by the first clause, the whole sentence is taken in.
    expect(messageSentences('Con tôi sắp đi Nhật, công ty bắt nộp giấy không tiền án. Xin giấy này ở đâu?')
      .map((s) => [s.text, s.asking, s.referred === true])).toEqual([
      ['Con tôi sắp đi Nhật,', false, false],
      ['công ty bắt nộp giấy không tiền án', true, true],
      ['Xin giấy này ở đâu?', true, false],
    ]);
    expect(messageSentences('Tôi đọc Kế hoạch 310 của thành phố, nó thí điểm mô hình. Kế hoạch đó đã xong chưa?').map((s) => s.text))
      .toEqual(['Tôi đọc Kế hoạch 310 của thành phố, nó thí điểm mô hình.', 'Kế hoạch đó đã xong chưa?']);
    // The resident's own place ("thành phố mình") is the one the story says they live in.
    expect(messageSentences('Chào bạn, mình ở TP.HCM. Thành phố mình có cấp chữ ký số miễn phí không?')
      .map((s) => [s.asking, s.referred === true])).toEqual([[true, true], [true, false]]);
    // Someone of the resident's named again: what the story says of them is taken in, its place is not a particular.
    expect(messageSentences('Mẹ tôi ở phường Dịch Vọng, đi chỉ bà con cài app. Sở có tính gì cho những người như mẹ tôi không?')
      .map((s) => [s.asking, s.referred === true, s.subjectOnly === true])).toEqual([[true, true, true], [true, false, false]]);
    // A greeting is never what a question points back to: it is not read at all.
    expect(messageSentences('Chào admin ạ. Trung tâm dữ liệu đi thuê như vậy thì được đánh giá sao?'))
      .toEqual([{ text: 'Trung tâm dữ liệu đi thuê như vậy thì được đánh giá sao?', asking: true }]);
    // A short reaction between names nothing: the sentence before it is what is pointed back to.
    expect(messageSentences('Hàng xóm bảo giờ nộp hồ sơ một chỗ là xong. Tôi không tin lắm. Báo có nói chuyện này chưa?')
      .map((s) => s.referred === true)).toEqual([false, true, true, false]);
    expect(messageSentences('Tôi ở quận Đống Đa. Tôi hỏi Kế hoạch 310. Kế hoạch đó thành công chưa?')
      .map((s) => s.referred === true)).toEqual([false, true, false]);
    // Asking whether the claim before is true takes the claim in, though the question repeats some of its words.
    expect(messageSentences('Loa phường đọc là Hà Nội vào top 3 năm 2025. Có đúng là top 3 không hay tôi nghe nhầm?')
      .map((s) => s.referred === true)).toEqual([true, false]);
    expect(messageSentences('Có người bảo top 3, người bảo top 5. Nhờ bot phân xử giúp?').map((s) => s.referred === true)).toEqual([true, false]);
    // The resident's own remark between: the claim they heard is still what is checked.
    expect(messageSentences('Người ta bảo cáp quang phủ 93% hộ. Tôi thấy quanh nhà còn nhiều nhà chưa có. Con số đó có đúng không?')
      .map((s) => s.referred === true)).toEqual([false, true, true, false]);
    // A check takes in only a claim: what was heard or said, or a figure; the resident's own story is not checked.
    expect(messageSentences('Tôi sống ở quận Cầu Giấy. Chữ ký số có thật là miễn phí không?').map((s) => s.referred === true)).toEqual([false, false]);
    // "có phải" asking whether one must is no claim check.
    expect(messageSentences('Tôi muốn làm chữ ký số cho mẹ. Có phải mang mẹ theo không?').map((s) => s.referred === true)).toEqual([false, false]);
    // A sentence taken in that points back itself takes the one before it.
    expect(messageSentences('Bố tôi đọc một bài phỏng vấn trên báo. Ông ấy quên bài ra dịp nào. Bài đó ra nhân dịp gì?')
      .map((s) => s.asking)).toEqual([true, true, true]);
  });

  it('reads a question offering another choice with the one before it, told as a wonder', () => {
    expect(messageSentences('Tôi làm đường ở quê. Tôi thắc mắc thành phố thông minh có tính cả nông thôn mới không. Hay chỉ lo phố xá thôi?')
      .map((s) => s.asking)).toEqual([false, true, true]);
    // Only a sentence that itself asks: an exclamation is no choice offered.
    expect(messageSentences('Hà Nội làm chuyển đổi số. Hay quá! Thành phố có bao nhiêu dịch vụ công?').map((s) => s.asking))
      .toEqual([false, false, true]);
  });

  const dialogue = 'Hải Phòng có buổi đối thoại về chuyển đổi số.';
  it.each([
    // A pointer that names its noun ("buổi đó") takes the story's sentence that has it, though another comes between;
    // one naming nothing in particular ("chuyện này") takes the one before.
    [`${dialogue} Về nhà tìm lại thì không thấy. Buổi đó diễn ra hôm nào?`, [true, false, false]],
    [`${dialogue} Về nhà tìm lại thì không thấy. Chuyện này là sao?`, [false, true, false]],
    // The last pointer that names a noun: a "sau đó" after it does not hide "buổi đó".
    [`${dialogue} Tôi bận nên không xem được. Buổi đó diễn ra hôm nào, sau đó có phát lại không?`, [true, false, false]],
    // Words before a pointer that are not its noun ("sau đó", "ở đó", "con số đó") take the sentence before.
    ['Tôi nghỉ hưu sau 30 năm công tác. Tôi nộp hồ sơ qua VNeID. Sau đó hồ sơ này đi đâu?', [false, true, false]],
    ['Tôi ở Hà Nội. Tôi định làm chữ ký số tại UBND phường. Ở đó có mất phí không?', [false, true, false]],
    ['Hà Nội đẩy mạnh chuyển đổi số. Loa phường đọc là cáp quang phủ 93% hộ. Con số đó có đúng không?', [false, true, false]],
    // A saying pointed to ("câu đó") is the one heard, past the resident's remark on it.
    ['Hôm qua thấy ai đó bảo chuyển đổi số phải lấy dân làm trung tâm. Mình thấy hay nên muốn biết nguồn. Ai nói câu đó?', [false, true, false, false]],
    // Unless the sentence before holds the saying named.
    ['Hôm qua thấy người ta bảo Hà Nội đứng đầu. Mình đọc bài báo có câu khác. Câu đó là gì?', [false, true, false]],
    // A short remark of the resident's on themselves, sharing no word with the question, is passed for the sentence
    // before it that shares one; a sentence between that shares none and is not such a remark is still what is pointed to.
    ['Sở nói năm nay sẽ tập trung vào mấy việc chính. Mắt tôi kém, đọc không hết. Cho biết đó là mấy việc?', [true, false, false]],
    ['Sở nói năm nay sẽ tập trung vào mấy việc chính. Tôi nghe đài mà không rõ vì hôm đó trời mưa to. Cho biết đó là mấy việc?', [false, true, false]],
    ['Tôi làm ở Hà Nội. Bạn tôi hỏi thành phố tự xây trung tâm dữ liệu hay đi thuê. Vậy Hà Nội làm theo cách nào?', [false, true, false]],
  ])('%j points back to %j', (text, referred) => {
    expect(messageSentences(text).map((s) => s.referred === true)).toEqual(referred);
  });

  it.each([
    ['Có đúng là top 3 không hay tôi nghe nhầm?', true],
    ['Ông ấy nói vậy có đúng không?', true],
    ['co that khong ad', true],
    ['Nhờ bot phân xử giúp.', true],
    // The word of truth opening another word asks something else; unmarked "co dung" is also "có dùng".
    ['Có chuẩn bị giấy tờ gì không?', false],
    ['Có thiệt hại gì không?', false],
    ['Hồ sơ có đúng hạn không?', false],
    ['co dung VNeID duoc khong', false],
    ['Có phải đăng ký trước không?', false],
  ])('%j checks a claim: %s', (sentence, checks) => {
    expect(verifiesClaim(sentence)).toBe(checks);
  });

  it.each([
    // Two questions: the story goes with each, the other question does not.
    ['Hải Phòng có bao nhiêu xã? Chị tôi ở Cát Hải. Với lại làm sổ đỏ mất mấy ngày?',
      ['Hải Phòng có bao nhiêu xã? Chị tôi ở Cát Hải.', 'Chị tôi ở Cát Hải. Với lại làm sổ đỏ mất mấy ngày?']],
    ['Hải Phòng có bao nhiêu xã? Làm sổ đỏ mất mấy ngày?', ['Hải Phòng có bao nhiêu xã?', 'Làm sổ đỏ mất mấy ngày?']],
    // A question pointing back goes with the one before it; so does one too short to name its own subject.
    ['Hà Nội có bao nhiêu dịch vụ công trực tuyến? Còn Hải Phòng thì ra sao vậy bạn?', []],
    ['Tôi quên số nghị quyết. Đó là nghị quyết số mấy? Ban hành khi nào?', []],
    ['Hải Phòng có bao nhiêu dịch vụ công? Tôi ở Lê Chân. Làm ở đâu?', []],
    // A sentence one question points back to, and a heard claim split from its story, go with every question, whole.
    ['Tôi quên số nghị quyết. Đó là nghị quyết số mấy? Hải Phòng có bao nhiêu dịch vụ công trực tuyến?',
      ['Tôi quên số nghị quyết. Đó là nghị quyết số mấy?', 'Tôi quên số nghị quyết. Hải Phòng có bao nhiêu dịch vụ công trực tuyến?']],
    ['Tui ở Hoài Đức, nghe nói làm chữ ký số hổng tốn tiền. Có thiệt hông? Với lại làm sổ đỏ mất mấy ngày?',
      ['Tui ở Hoài Đức, nghe nói làm chữ ký số hổng tốn tiền. Có thiệt hông?',
        'Tui ở Hoài Đức, nghe nói làm chữ ký số hổng tốn tiền. Với lại làm sổ đỏ mất mấy ngày?']],
    // One question, or a message none of whose sentences asks in a way we know: nothing to separate.
    ['Tôi ở Lê Chân. Hải Phòng có bao nhiêu xã?', []],
    ['Tôi ở Lê Chân. Tôi muốn làm chữ ký số.', []],
  ])('separates %j into %j', (text, parts) => {
    expect(separateQuestions(text)).toEqual(parts);
  });

  it.each([
    ['Đó là nghị quyết số mấy vậy?', true],
    ['Chương trình đó có mục tiêu gì không?', true],
    ['Theo Sở thì người dân có vai trò gì trong đó?', true],
    ['Theo giám đốc Sở thì kế hoạch này đã thành công chưa?', true],
    ['Vậy đến đâu để đăng ký nhận ạ?', true],
    ['Vậy làm thế nào?', true],
    // "như vậy", "như thế" (like that) stand for what was named; "như thế nào" asks how.
    ['Tới giờ thành phố đã phát được bao nhiêu cái như vậy rồi?', true],
    ['Thành phố hỗ trợ doanh nghiệp nhỏ như thế nào?', false],
    // A time ("trước đó", "lúc đó") and "trong đó có" (among which) point nowhere; a long "Vậy…" question names its subject.
    ['Vậy trước đó, năm 2021, Hà Nội xếp thứ mấy trên 63 tỉnh thành?', false],
    ['Lúc đó thành phố làm gì?', false],
    ['Thành phố ưu tiên những cơ sở dữ liệu nào, trong đó có đất đai không?', false],
    ['Vậy mục tiêu phủ cáp quang tới hộ gia đình của Hải Phòng là bao nhiêu phần trăm?', false],
    ['Hà Nội xếp thứ mấy?', false],
    // A question naming nothing but how it asks leaves its subject in the sentence before.
    ['Có thật không, mà làm ở đâu vậy bạn?', true],
    // Nor do words that only say which kind of fact is wanted, or how sure.
    ['Cho tôi hỏi chính xác là hạng mấy vậy?', true],
    ['Có đúng vậy không, được bao nhiêu phần trăm?', true],
    ['Cho hỏi ra chỗ nào thì được cấp ạ?', true],
    ['Hà Nội xếp hạng mấy về chỉ số DTI?', false],
    // A copula opening the question leaves its subject in the sentence before.
    ['Là những trụ nào vậy, giải thích giúp tôi với.', true],
    ['Lãnh đạo nào nói vậy?', false],
    // "gì đó", "nào đó" are indefinite, not a pointer.
    ['Hà Nội định lập một cái mạng gì đó để giúp dân đi khám.', false],
    ['Làm ở đâu?', true],
    ['Ký số ở đâu?', false],
    // Words naming the articles and their saying name nothing asked: what is asked is in the sentence before.
    ['Bài báo có nêu cụ thể không?', true],
    ['Báo có đề cập không?', true],
    ['Bài báo có nêu số chữ ký số đã cấp không?', false],
    ['Bài viết có nói IOC làm gì không?', false],
    // So do explaining and the article's own year ("Bài báo năm 2022 nói sao?"); a year alone still names a time asked.
    ['Bài báo năm 2022 nói sao vậy?', true],
    ['Bài báo có giải thích vì sao không?', true],
    ['Năm 2022 Hà Nội xếp thứ mấy?', false],
    ['Bài báo có giải thích vì sao dữ liệu quan trọng không?', false],
    // Naming only the saying still points back; a year asked is no article's year (the review's cases).
    ['Có đề cập không ạ?', true],
    ['Có nêu không, có nhắc không?', true],
    ['Bài báo nói năm 2025 thế nào?', false],
    // A choice of level or office alone asks where to do what the sentence before names.
    ['Ra đâu làm vậy ad, phường hay quận?', true],
    ['ở xã hay lên huyện?', true],
    ['Xã hay huyện cấp chữ ký số miễn phí?', false],
    // Unmarked, "quan", "tinh" alone are also quan tâm, tính.
    ['quan tam gi', false],
    ['tinh phi the nao', false],
    ['lam o xa hay len huyen', true],
  ])('%j points back: %s', (sentence, back) => {
    expect(pointsBack(sentence)).toBe(back);
  });

  it('reads a full-stopped "mấy" as "a few" when the message marks its question with "?"', () => {
    const text = 'Con tôi bảo thành phố đang làm mấy mô hình thanh toán cho chợ. Cụ thể Hà Nội triển khai mô hình nào?';
    expect(messageSentences(text).map((s) => s.asking)).toEqual([false, true]);
    // Without a question mark anywhere, the "mấy" sentence still asks.
    expect(messageSentences('Tôi ở Hà Nội. Hà Nội có mấy tổ công nghệ số.').map((s) => s.asking)).toEqual([false, true]);
  });

  it('reads every sentence as asking when none asks in a known way, and a one-sentence message as asking', () => {
    expect(messageSentences('Chữ ký số. Miễn phí.').every((s) => s.asking)).toBe(true);
    expect(messageSentences('TP. Hà Nội và TP.HCM').map((s) => s.text)).toEqual(['TP. Hà Nội và TP.HCM']);
  });

  it.each([
    // No sentence asks in a way we know: the one that tells of the resident is the story, the other the question.
    ['Em chạy Grab, cả ngày ngoài đường. TP HN chú trọng phát triển hạ tầng gì trong bưu chính, viễn thông để làm CĐS', [false, true]],
    ['Hôm qua tôi ra phường. Hà Nội cấp chữ ký số miễn phí cho dân', [false, true]],
    // Unless the other only asks a favour or goes on from the story, whose subject it needs.
    ['Con tôi cần trích nghị quyết 18 mà không nhớ ngày ra. Nhờ bạn xem giúp ngày ban hành với ạ.', [true, true]],
    ['Tôi bán tạp hóa ở chợ. Hay chỉ lo cho công ty lớn', [true, true]],
    // Nor where "em", "minh", "toi" are not the resident, nor where the other sentence is a fragment.
    ['Trẻ em dưới 14 tuổi cần làm căn cước. Thủ tục và giấy tờ cần chuẩn bị cho các cháu', [true, true]],
    ['Minh bạch ngân sách xã được công khai. Hà Nội áp dụng từ năm 2023 cho mọi phường', [true, true]],
    ['Tôi cần làm lại căn cước bị mất. Thủ tục', [true, true]],
    ['Em là điều dưỡng làm ở Hà Nội nhưng hộ khẩu ở Tuyên Quang. Bây giờ, em muốn đăng ký hành nghề', [true, true]],
    ['Mình muốn đăng ký chữ ký số miễn phí. Hướng dẫn chi tiết giúp mình', [true, true]],
    // Or every sentence tells of the resident.
    ['Tôi ở Hà Nội. Tôi cần làm chữ ký số miễn phí', [true, true]],
  ])('%j asks in %j', (text, asking) => {
    expect(messageSentences(text).map((s) => s.asking)).toEqual(asking);
  });

  it.each([
    ['Em đang làm slide về HP. Thành ủy HP có nghị quyết riêng về chuyển đổi số đúng ko, số mấy?', 2],
    ['Khách toàn quét mã QR. Tôi muốn biết tỷ lệ không dùng tiền mặt là bao nhiêu?', 2],
    ['Mình làm bài về HN. tỷ lệ hộ có điện thoại thông minh là bao nhiêu?', 2],
    ['UBND Q. Ba Đình có hỗ trợ chữ ký số không?', 1],
    ['Theo báo cáo của UBND TP. Hà Nội thì có bao nhiêu dịch vụ công?', 1],
    ['Ông Nguyễn V. Hùng là ai?', 1],
    ['Nhà em SN. 25 ngõ 10 phố Huế, làm chữ ký số ở đâu?', 1],
    ['Em khám ở BV. Bạch Mai thì có sổ sức khỏe điện tử không?', 1],
  ])('%j ends its sentences at a place typed short, not at an abbreviation opening a name (%i)', (text, count) => {
    expect(messageSentences(text)).toHaveLength(count);
  });

  it('keeps the question of an over-long message and the context nearest it', () => {
    const story = 'Nhà tôi ở xa trung tâm. '.repeat(40);
    const text = `${story}Con tôi đi làm ở Hà Nội. Vậy làm lý lịch tư pháp trên VNeID thế nào?`;
    const kept = fitMessage(text, 120);
    expect(kept.length).toBeLessThanOrEqual(120);
    expect(kept.endsWith('Vậy làm lý lịch tư pháp trên VNeID thế nào?')).toBe(true);
    expect(kept).toContain('Con tôi đi làm ở Hà Nội.');
    expect(fitMessage('ngắn thôi', 120)).toBe('ngắn thôi');
  });

  it('cuts an over-long message of page mentions alone at a word, instead of failing', () => {
    const text = '@Trang @Tổ '.repeat(30).trim();
    const kept = fitMessage(text, 40);
    expect(kept.length).toBeLessThanOrEqual(40);
    expect(text.startsWith(kept)).toBe(true);
  });
});

describe('marks that hold', () => {
  const known = new Set(['hà', 'nội', 'xếp', 'hạng', 'chỉ', 'số', 'thứ', 'mấy', 'kết', 'hơn', 'cho', 'ở']);
  const pairs = new Set(['ha noi', 'xep hang', 'chi so']);
  const vocabulary: QueryVocabulary = {
    hasExact: (k) => [...known].some((w) => tokenize(w)[0]!.exact === k),
    hasFolded: () => true,
    hasFoldedPair: (p) => pairs.has(p),
  };
  it.each([
    ['Hà Nội xếp hạng chỉ số thứ mấy', true],
    // Most marks astray where the unmarked pairs are phrases the articles use: a keyboard habit, read unmarked.
    ['Hà Nôi xêp hạng chỉ sô', false],
    // One slip in a well-marked question costs one word only.
    ['Hà Nôi xếp hạng chỉ số thứ mấy', true],
    // A marked word the articles lack in any spelling says nothing about the marks.
    ['kết hôn', true],
    // A quarter of the words left without the marks the articles always give them: read unmarked too.
    ['Hà Nội xep hang chi so thứ mấy', false],
    // One such word, or words the articles also write unmarked ("cho"), leave the marks trusted.
    ['Hà Nội xep hạng chỉ số thứ mấy', true],
    ['cho Hà Nội xếp hạng chỉ số thứ mấy', true],
  ])('%j → %s', (q, hold) => {
    expect(marksHold(tokenize(cleanText(q)), vocabulary)).toBe(hold);
  });

  it('reads a keyboard slip against the articles and the words residents ask with', () => {
    const abbreviations = createAbbreviationExpander({});
    // "phần trăm" is none of this vocabulary's words: articles write "%"; "sốs" is one slip from "số", which is.
    const q = prepareQuery('Hà Nội xếp hạng chỉ sốs bao nhiêu phần trămm', { abbreviations, vocabulary });
    expect(q.text).toBe('Hà Nội xếp hạng chỉ số bao nhiêu phần trăm');
  });
});

describe('prepareQuery reads residents', () => {
  const abbreviations = createAbbreviationExpander({ HP: 'Hải Phòng', DVC: 'dịch vụ công' });
  const paraphrases = createAbbreviationExpander({ app: 'ứng dụng' });

  it('reads an unmarked question with abbreviations as unmarked, though the expansions carry marks', () => {
    const q = prepareQuery('HP co bao nhieu DVC truc tuyen', { abbreviations });
    expect(q.accented).toBe(false);
    expect(q.terms.folded).toEqual(expect.arrayContaining(['hai', 'phong', 'dich', 'vu', 'cong', 'truc', 'tuyen']));
  });

  it('adds official terms beside everyday ones, and reads chat words before the kind of fact', () => {
    const q = prepareQuery('cài app vneid bn tiền', { abbreviations, paraphrases, chatWords: chat });
    expect(q.text).toContain('app (ứng dụng)');
    expect(q.asked).toBe('cài app vneid bao nhiêu tiền');
    // Typed without marks, the question is read without marks, though chat words bring theirs.
    expect(prepareQuery('xep thu may v', { abbreviations, chatWords: chat }).asked).toBe('xep thu may vay');
  });

  it('weighs a long message\'s context down and keeps its question whole', () => {
    const q = prepareQuery('Tôi sống ở Hải Phòng. Chữ ký số miễn phí làm ở đâu?', { abbreviations });
    expect(q.focus).toBe('Chữ ký số miễn phí làm ở đâu?');
    const weight = (syllable: string): number => q.weights.exact[q.terms.exact.indexOf(tokenize(syllable)[0]!.exact)]!;
    expect(weight('phòng')).toBeLessThan(weight('miễn'));
    expect(q.focusTerms.exact).not.toContain(tokenize('phòng')[0]!.exact);
  });

  it('weighs a sentence the question points back to between the story and the question', () => {
    const q = prepareQuery('Tôi sống ở Hải Phòng. Thành phố có kế hoạch thí điểm. Kế hoạch đó ban hành ngày nào?', { abbreviations });
    expect(q.focus).toBe('Kế hoạch đó ban hành ngày nào?');
    expect(q.referred).toBe('Thành phố có kế hoạch thí điểm.');
    const weight = (syllable: string): number => q.weights.exact[q.terms.exact.indexOf(tokenize(syllable)[0]!.exact)]!;
    expect(weight('phòng')).toBeLessThan(weight('điểm'));
    expect(weight('điểm')).toBeLessThan(weight('hành'));
    expect(q.focusTerms.exact).toContain(tokenize('điểm')[0]!.exact);
  });

  it('keeps each everyday phrase it read with its official wordings, and whether it is in the asking part', () => {
    const lexicon = createAbbreviationExpander({ 'toa thuốc': 'đơn thuốc điện tử; hồ sơ bệnh án điện tử', app: 'ứng dụng' });
    const q = prepareQuery('Tôi hay dùng app. Toa thuốc có trên mạng chưa?', { abbreviations, paraphrases: lexicon });
    expect(q.paraphrased).toEqual([
      { typed: 'app', alternatives: ['ứng dụng'], asking: false },
      { typed: 'Toa thuốc', alternatives: ['đơn thuốc điện tử', 'hồ sơ bệnh án điện tử'], asking: true },
    ]);
    expect(prepareQuery('Toa thuốc', { abbreviations }).paraphrased).toEqual([]);
    // What the resident named: abbreviations read, no official wording added.
    expect(q.named).toEqual({ focus: 'Toa thuốc có trên mạng chưa?', text: 'Tôi hay dùng app.\nToa thuốc có trên mạng chưa?' });
    expect(prepareQuery('HP có app không?', { abbreviations, paraphrases: lexicon }).named.focus).toBe('HP (Hải Phòng) có app không?');
  });

  it('drops courtesy around a question from what retrieval weighs', () => {
    const q = prepareQuery('Chào bạn, cho mình hỏi chữ ký số ạ', { abbreviations });
    expect(q.tokens.map((t) => t.surface)).toEqual(['chữ', 'ký', 'số']);
  });
});

describe('paraphrases respect typed marks', () => {
  const paraphrases = createAbbreviationExpander({ 'tuyển': 'tuyển dụng', 'cài': 'cài đặt', 'cái khó': 'khó khăn', 'cài app': 'cài đặt ứng dụng',
    'app': 'ứng dụng' }, { marksMatter: true });
  it.each([
    ['họp trực tuyến', 'họp trực tuyến'],
    // A phrase marked on one word is typed as meant on every word: "kho" here is a storeroom.
    ['Cái kho máy chủ', 'Cái kho máy chủ'],
    ['cái khó là gì', 'cái khó (khó khăn) là gì'],
    ['cai kho la gi', 'cai kho (khó khăn) la gi'],
    ['cái gì', 'cái gì'],
    ['cài app', 'cài app (cài đặt ứng dụng)'],
    ['cai app', 'cai app (cài đặt ứng dụng)'],
    // A longer key refused for its marks leaves the next word its own reading.
    ['cái app riêng', 'cái app (ứng dụng) riêng'],
    ['Cái khó', 'Cái khó (khó khăn)'],
    ['tuyển người', 'tuyển (tuyển dụng) người'],
  ])('%j → %j', (text, expected) => {
    expect(paraphrases.expand(text)).toBe(expected);
  });

  it('does not read a phrase the text runs on from into another word', () => {
    const table = createAbbreviationExpander({ 'trả tiền điện': 'hóa đơn tiền điện', 'tiền nước': 'hóa đơn tiền nước' }, { marksMatter: true });
    expect(table.expand('tài khoản trả tiền điện tử')).toBe('tài khoản trả tiền điện tử');
    expect(table.expand('tai khoan tra tien dien tu')).toBe('tai khoan tra tien dien tu');
    expect(table.expand('đổi tiền nước ngoài')).toBe('đổi tiền nước ngoài');
    expect(table.expand('trả tiền điện tháng này')).toBe('trả tiền điện (hóa đơn tiền điện) tháng này');
    expect(table.expand('trả tiền điện, tiền nước')).toBe('trả tiền điện (hóa đơn tiền điện), tiền nước (hóa đơn tiền nước)');
  });

  it('finds the entries it would expand, as typed', () => {
    expect(paraphrases.find('Cai app, tuyển người, họp trực tuyến')).toEqual([
      { typed: 'Cai app', start: 0, end: 7, expansion: 'cài đặt ứng dụng' }, { typed: 'tuyển', start: 9, end: 14, expansion: 'tuyển dụng' }]);
    expect(createAbbreviationExpander({}).find('cài app')).toEqual([]);
  });

  it('finds an abbreviation inside a document\'s number where it is typed, its expansion going after the number', () => {
    expect(createAbbreviationExpander({ KH: 'kế hoạch', HP: 'Hải Phòng' }).find('KH 310/HP-UBND')).toEqual([
      { typed: 'KH', start: 0, end: 2, expansion: 'kế hoạch' }, { typed: 'HP', start: 7, end: 14, expansion: 'Hải Phòng' }]);
  });

  it('reads a word typed without its marks in a marked phrase when the articles never write it bare', () => {
    const table = createAbbreviationExpander({ 'phần trăm': 'tỷ lệ', 'cái khó': 'khó khăn' }, { marksMatter: true });
    const bare = (w: string): boolean => !['kho', 'cai'].includes(w);
    expect(table.find('bao nhiêu phan trăm', bare)).toEqual([{ typed: 'phan trăm', start: 10, end: 19, expansion: 'tỷ lệ' }]);
    // "kho" is a word as typed (a storeroom): the phrase is not "cái khó".
    expect(table.find('Cái kho máy chủ', bare)).toEqual([]);
    // Without the vocabulary's word, as before.
    expect(table.find('bao nhiêu phan trăm')).toEqual([]);
  });
});

describe('a chat word does not make an unmarked question marked', () => {
  const abbreviations = createAbbreviationExpander({ LLTP: 'lý lịch tư pháp' });
  it.each([
    ['lam lltp tren vneid đc ko', false],
    ['Làm LLTP trên VNeID đc ko', true],
    ['Hà Nội xếp thứ mấy', true],
    // Nor do greetings and thanks typed with marks around a question typed without.
    ['giam doc so noi vu ha noi la ai Cảm ơn bạn nhiều nhé!', false],
    ['Xin chào ad ạ. chi so cds hn nam 2021 xep thu may Em cảm ơn ạ!', false],
    // Nor does a province's name, which autocorrect or a copied name brings with its marks.
    ['Chào bạn, Hà Nội xep thu may', false],
    ['Hà Nội da giai quyet TTHC lien thong may cap', false],
    ['Hải Phòng có bao nhieu DVC', true],
    // Nor does a story told with marks before a question typed without (only the asking sentences count).
    ['Tôi là giáo viên về hưu, con cái đi làm xa cả. giam doc so noi vu ha noi la ai', false],
    ['Mẹ tôi hay quên. ng dân vs doanh nghiệp có vai trò j trong vụ xây hn thông minh v', true],
    ['toi la nong dan, it khi dung mang. Hà Nội xếp thứ mấy?', true],
  ])('%j read marked: %s', (q, accented) => {
    expect(prepareQuery(q, { abbreviations, chatWords: chat }).accented).toBe(accented);
  });
});

describe('telex leftovers read with their marks', () => {
  // The articles' exact keys: letters and marks, the tone as a digit (see syllableKeys).
  const vocabulary = { hasFolded: (s: string) => ['phong', 'lich'].includes(s), hasExact: (k: string) => k === syllableKeys('Phòng').exact };
  it('reads the keys as marks where the articles spell the word so, else folds', () => {
    expect(repairTelex('Hải Phongf', vocabulary)).toEqual({ text: 'Hải Phòng', repaired: true });
    expect(repairTelex('lichj', vocabulary)).toEqual({ text: 'lich', repaired: true });
  });
});
