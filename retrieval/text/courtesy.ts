/**
 * Courtesy, read as a grammar: greetings, thanks, leave to ask, appeals for help, wishes, apologies, and whom they
 * address. A message's courtesy says nothing of what it asks, so reading takes it off (withoutCourtesy), and a message
 * of courtesy alone is greeted rather than answered (isCourtesy, for every clause).
 */
import { lowered } from './lowered.js';
import { firstWords, holdsRuns, lastRuns, lastWords, mayMatch, type PatternWords } from './pattern-words.js';

// A greeting or thanks alone ("Chào admin ạ.", "Em cảm ơn.", "Tks bạn nhiều.", "Cảm ơn nhiều nha"): it says nothing of
// the subject, and "như vậy" in the question after it points to nothing there. Its words whom it addresses and how
// warmly; one of them read as a subject ("nhiều" beside "ban hành nhiều văn bản") would pull the wrong sentence.
// Thanks, with a wish after it ("Xin cảm ơn và chúc sức khỏe!").
// "tk" is also tài khoản (an account): thanks only before whom it thanks or how much ("tk ad nhiều").
const THANKS = '(?:(?:em|e|mình|minh|mik|tôi|toi|cháu|chau|con|tui|xin|trân trọng|tran trong|chân thành|chan thanh|bà|ông|mẹ|bố|cụ) ){0,3}(?:cảm ơn|cám ơn|cam on|cảm ợn|cám ợn|camon|cm ơn|c\\.ơn|c ơn|thank kiu|thankiu|thanks|thank you|thank|tks|thks|thx|tk(?= (?:ad|admin|bạn|ban|nhiều|nhieu|nhìu|nhiu)(?![\\p{L}])))'
  + '(?: (?:và|va) (?:chúc|chuc)(?: [\\p{L}]+){0,2} (?:sức khỏe|sức khoẻ|suc khoe))?'
  // For the patience or the help ("Cảm ơn vì đã kiên nhẫn").
  + '(?: (?:vì|vi) (?:đã |da )?(?:kiên nhẫn|kien nhan|giúp đỡ|giup do|hỗ trợ|ho tro|trả lời|tra loi|lắng nghe|lang nghe))?';
// Whom a resident asks for: "Em hỏi giúp mẹ em", "bả nhờ tui hỏi", "Thay mặt bà ngoại".
const ASKED_FOR = '(?:mẹ|mệ|bố|ba|má|ông|bà|vợ|chồng|con|cháu|cụ|bạn|hàng xóm|bả|ổng|me|bo|ma|ong|vo|chong|chau|cu|hang xom)';
// Whom it addresses and how warmly.
const ADDRESSEE = `(?:${[
  'bạn', 'ban', 'ad', 'admin', 'anh', 'chị', 'chi', 'em', 'bot', 'mọi người', 'moi nguoi', 'mn', 'ạ',
  'a', 'nhé', 'nhe', 'nha', 'nhá', 'nhen', 'nghen', 'nhiều', 'nhieu', 'nhìu', 'nhiu', 'lắm', 'rất nhiều', 'rat nhieu',
  'trước', 'truoc', 'trc', 'you', 'so much', 'very much', 'a lot', 'cháu', 'chau', 'bác', 'bac', 'cô', 'chú', 'chu', 'con',
  'ban quản trị', 'ban quan tri', 'anh/chị', 'anh/chi', 'a/c', 'e',
  'shop', 'cả nhà', 'ca nha', 'bạn hiền', 'ban hien', 'hen', 'quý vị', 'quy vi', 'mng', 'ae', 'hỉ', 'add',
  // Officials addressed ("Thưa cán bộ, …", "Làm phiền cán bộ phường chút ạ").
  'cán bộ', 'can bo', 'cán bộ phường', 'can bo phuong', 'quý cán bộ', 'quy can bo', 'quý cơ quan', 'quy co quan',
  'đồng chí', 'dong chi', 'tổ trưởng', 'to truong',
  'trợ lý ảo', 'tro ly ao', 'trợ lý', 'tro ly', 'fanpage', 'page',
  'ban quản trị trang', 'ban biên tập', 'ban bien tap',
  // Particles of the Centre and the South, and warmth: "rứa", "hè", "luôn á".
  'rứa', 'hè', 'luôn', 'luon', 'á', 'nhoa', 'iu', 'ạk', 'ak', 'dữ lắm', 'quá trời', 'tổng đài', 'tong dai', 'tổng đài viên',
  'tình nguyện viên', 'tinh nguyen vien',
// Longest first: unmarked, "ban quan tri" is the board, not "bạn" before a subject "quan tri".
].sort((a, b) => b.length - a.length).join('|')})`;
const GREETING = '(?:(?:xin|dạ|da|kính|kinh|trân trọng|tran trong|em|e|mình|minh|tôi|toi|cháu|chau|tui|bác|bac|cô|chú|chu|con|anh|chị|hihi|hehe|hjhj) ){0,3}(?:chào|chao|hi|hello|helo|alo)(?: buổi (?:sáng|trưa|chiều|tối)| buoi (?:sang|trua|chieu|toi))?'
  // The office or team greeted ("Chào phường ạ!!", "Kính chào quý cơ quan", "Em chào anh chị tổ công nghệ số ạ"): only
  // right after the greeting, where it names no subject; elsewhere "xã", "phường", the team, the police ("công an giúp
  // làm căn cước") are what is asked about.
  + `(?:(?: ${ADDRESSEE}){0,2}(?: (?:ở|o|trên|tren|bên|ben))? (?:phường|phuong|xã|ủy ban|uy ban|ubnd|quý cơ quan|quy co quan|cơ quan|co quan|tổ công nghệ số cộng đồng|tổ công nghệ số|to cong nghe so|công an phường|cong an phuong|công an|cong an|tổ|ban quản trị|ban quan tri|fanpage|page|trang))?`;
// No addressee is two others in a row ("anh chị" is "anh" then "chị"): an ambiguous split backtracks exponentially.
// "mấy", "các" before whom ("tui chào mấy cô chú", "các anh chị"), never alone; no addressee starts with them, or
// "các anh chị" would read two ways and a run of them backtrack exponentially.
const ADDRESSED = `(?:\\s+(?:(?:mấy|các|cac) )?${ADDRESSEE}|\\s+(?:ơi|oi|ui))*`;
// Wishing a good day, hoping to hear back: "Chúc ad ngày mới vui vẻ", "Mong được hồi âm sớm".
const WISHED = '(?:một |mot |nhiều |nhieu )?(?:(?:ngày|ngay|buổi|buoi|cuối tuần|cuoi tuan|năm mới|nam moi) )?(?:(?:mới|moi|sáng|trưa|chiều|tối|sang|trua|chieu|toi) )?'
  + '(?:tốt lành|vui vẻ|an lành|bình an|may mắn|thành công|sức khỏe|sức khoẻ|mạnh khỏe|mạnh khoẻ|công tác tốt|an khang thịnh vượng|an khang|vạn sự như ý|mọi điều tốt đẹp|tot lanh|vui ve|an lanh|binh an|may man|thanh cong|suc khoe|manh khoe|cong tac tot)(?: (?:dồi dào|doi dao))?';
const WISH = '(?:chúc|chuc)(?: [\\p{L}]+){0,3} (?:ngày|ngay) (?:(?:mới|moi) )?(?:(?:làm việc|lam viec|công tác|cong tac) )?(?:tốt lành|vui vẻ|an lành|tot lanh|vui ve|an lanh)'
  + '|(?:chúc|chuc)(?: [\\p{L}]+){0,3} (?:ngày mới|ngay moi)'
  // "chúc bạn bình an, gặp nhiều may mắn", "chúc cả nhà cuối tuần vui vẻ", "Chúc các anh chị cán bộ nhiều sức khỏe",
  // "Kính mong được quý vị chỉ bảo".
  // Marked only: unmarked, "to chuc thanh cong" is tổ chức.
  + `|(?:kính |xin )?chúc(?: (?:các|cac))?(?: ${ADDRESSEE}){0,3} ${WISHED}(?:(?:,| và|, và)? (?:gặp nhiều )?${WISHED})*`
  + `|(?:kính mong|kinh mong|rất mong|rat mong|mong)(?: (?:được|duoc))?(?: ${ADDRESSEE}| quý cán bộ| quy can bo)? (?:chỉ bảo|chi bao|thông cảm|thong cam|hướng dẫn|huong dan|giúp đỡ|giup do|giải đáp|giai dap)(?: (?:sớm|som))?`
  + '|(?:mong|rất mong|rat mong|kính mong|kinh mong) (?:(?:sớm|som) )?(?:(?:nhận|nhan) )?(?:được |duoc )?(?:hồi âm|hoi am|phản hồi|phan hoi|trả lời|tra loi)(?: (?:sớm|som))?';
// Asking leave to ask, wishing well, hoping for a reply: "Dạ cho em hỏi chút ạ", "tôi xin hỏi", "Bác hỏi tí nhé",
// "Kính gửi ban quản trị", "Chúc bạn một ngày tốt lành", "Mong anh chị trả lời giúp em", "Alo alo".
const ASKER = '(?:em|e|mình|minh|mik|mk|tôi|toi|cháu|chau|con|tui|tớ|bác|bac|cô|chú|chu|anh|chị)';
const HELPS = '(?:chỉ|chi|giúp|giup|giùm|gium|hộ|ho)';
// Whoever reads, asked whether they know ("bạn nào biết", "mn biết"); not "cả nhà" ("để cả nhà biết" tells).
const KNOWER = '(?:ai|bạn|ban|ad|admin|mọi người|moi nguoi|mn|mng|ae|các bạn|cac ban|anh chị|anh chi|(?:bạn|ban|người|nguoi) (?:nào|nao))';
const APPEAL = `(?:(?:có|co) )?${KNOWER} (?:biết|biet|bít|bit)(?: (?:không|khong|ko|k|hông|hong))?`
  + `(?: (?:thì|thi))?(?: ${HELPS})*(?: ${ASKER})?(?: (?:với|voi|vs))?`
  + `|(?:${ADDRESSEE} )?${HELPS}(?: ${HELPS})?(?: ${ASKER})? (?:với|voi|vs)`
  + `|(?:${ADDRESSEE}(?: ${ADDRESSEE})? )?${HELPS}(?: ${HELPS})? (?:${ASKER} )?(?:cái|cai)`
  + `|${ADDRESSEE} (?:${ADDRESSEE} )?(?:chỉ |chi )?(?:giùm|gium|giúp|giup|dùm|dum) ${ASKER}`
  + `|(?:cứu|cíu|cuu|help)(?: ${ASKER}(?: (?:với|voi|vs|đi|di))?| (?:với|voi|vs|đi|di)| (?:pls|plz|please))(?: (?:pls|plz|please))?|pls help|plz help|help me`
  + `|(?:nói|noi|chỉ|chi|kể|ke)(?: (?:cho|cho))? ${ASKER} (?:nghe|biết|biet)(?: (?:với|voi|vs))?`
  + `|(?:nhờ|nho) (?:(?:mấy|các|cac) )?${ADDRESSEE}(?: ${ADDRESSEE})? ${HELPS}(?: ${HELPS})?(?: ${ASKER})?(?: (?:với|voi|vs))?`
  + `|(?:${ASKER} )?(?:(?:đang|dang) )?(?:cần gấp|can gap|gấp lắm|gap lam|gấp quá|gap qua)`
  + '|(?:xin )?(?:chúc|chuc)(?: [\\p{L}]+){0,2} (?:sức khỏe|sức khoẻ|suc khoe)'
  // Asking to be told or answered: "giải thích giúp mình với", "rep em với", "có ai trực không ạ".
  + `|(?:${ADDRESSEE} )?(?:(?:khi nào|khi nao|lúc nào|luc nao|mô|bao giờ|bao gio) (?:rảnh|ranh) )?(?:giải thích|giai thich|giải đáp|giai dap|trả lời|tra loi|rep|reply|tư vấn|tu van)`
  + `(?: (?:${HELPS}|${ASKER}|nhanh|lẹ|le|liền|lien|sớm|som|với|voi|vs|cái|cai|câu trên|cau tren|câu này|cau nay|câu hỏi này)){1,4}`
  // Asking for a short or simple reply: "Trả lời ngắn gọn giúp mình nhé", "Nói dễ hiểu thôi nhé".
  + `|(?:${ADDRESSEE} )?(?:trả lời|tra loi|nói|noi|viết|viet|giải thích|giai thich)(?: (?:ngắn gọn|ngan gon|dễ hiểu|de hieu|ngắn|ngan|chậm|cham)){1,2}(?: (?:thôi|thoi))?(?: ${HELPS})?(?: ${ASKER})?(?: (?:với|voi|vs))?`;
const REQUEST = `(?:(?:dạ|da|xin|vâng|hehe|hihi|hjhj|haha|chừ|giờ|gio|thưa|thua|dạ thưa|làm ơn|lam on|vui lòng|vui long) )?(?:${ADDRESSEE} )?(?:(?:cho|cho phép|cho phep)(?: ${ASKER})? (?:được |duoc )?|${ASKER} (?:(?:xin|muốn|muon|được|duoc|phép|phep) ){0,3}|xin (?:phép |phep )?(?:được |duoc )?)?`
  + `(?:hỏi|hoi)(?: (?:ad|admin|bạn|ban|anh chị|cháu|chau|bác|bac|cô|chú|anh|chị|em))?(?: (?:chút|chut|tí|ti|tý|ty|xíu|xiu|rứa|cái ni|cai ni|cái nì|cấy ni|cấy nì|nì|nhờ|một việc|một chuyện|một câu|mot viec|mot chuyen|mot cau|một chút|mot chut|với|voi|vs|dzới|dzoi|cái|cai|câu|cau|này|nay|thăm|tham|nhanh|nhỏ|nho|ké|ke|hơi|hoi|ngu|ngốc|ngoc|ngớ ngẩn|ngo ngan|hỉ))*`
  + '(?: (?:được|duoc|dc|đc) (?:không|khong|ko|k|hok|hông|hong))?'
  // A plea not to laugh: "e hỏi ngu tí ad đừng cười nha".
  + `(?:,? (?:${ADDRESSEE} )?(?:đừng cười|dung cuoi|thông cảm|thong cam|bỏ qua cho|bo qua cho)(?: ${ASKER})?)?`
  + `|(?:${ASKER} )?xin (?:phép|phep)(?: (?:được |duoc )?(?:làm phiền|lam phien))?(?: ${ADDRESSEE})?(?: (?:chút|chut|tí|ti|xíu|xiu|một chút|mot chut))?`
  // Whether the question is a silly one: "Hỏi vậy có ngớ ngẩn quá không".
  + `|(?:${ASKER} )?(?:hỏi|hoi) (?:vậy|vay|thế|the|như vậy|nhu vay) (?:có |co )?(?:ngớ ngẩn|ngo ngan|ngốc|ngoc|ngu|kỳ|ky|dở hơi|do hoi)(?: (?:quá|qua|lắm|lam))? (?:không|khong|ko|k)`
  // A matter to ask about, before what it is: "em có thắc mắc nhỏ là …", "Em có việc muốn hỏi:".
  + `|(?:${ASKER} )?(?:có|co) (?:(?:một|mot|chút|chut|cái|cai) )?(?:thắc mắc|thac mac|câu hỏi|cau hoi|việc|viec|chuyện|chuyen|điều|dieu)(?: (?:nhỏ|nho|này|nay|muốn hỏi|muon hoi|cần hỏi|can hoi))*(?: (?:là|la|như sau|nhu sau))?`
  // Waiting for the reply: "em đợi nãy giờ".
  + `|(?:${ASKER} )?(?:(?:đang|dang) )?(?:đợi|doi|chờ) (?:nãy giờ|nay gio|lâu rồi|lau roi|lâu lắm rồi|mãi|từ sáng|tu sang|cả buổi|ca buoi|hoài|hoai)`
  // Sorry if it was asked before: "Em xin lỗi nếu câu này đã có người hỏi rồi ạ".
  + `|(?:${ASKER} )?(?:xin lỗi|xin loi|sorry) (?:nếu|neu) (?:câu (?:hỏi )?(?:này|nay)|cau (?:hoi )?nay|em|mình|minh|tôi|toi)(?: (?:đã|da|có|co|người|nguoi|ai|hỏi|hoi|rồi|roi|sai|trùng|trung))+`
  // Sorry for typing without marks, first: "Xin lỗi ad tôi không biết gõ dấu" (the shorter apology would end the head early).
  + `|(?:(?:xin lỗi|xin loi|sorry)(?: ${ADDRESSEE})? )?(?:${ASKER} )?(?:(?:không biết|khong biet|chưa biết|chua biet) )?(?:gõ|go|viết|viet) (?:dấu|dau|không dấu|khong dau|sai chính tả|sai chinh ta)(?:,? (?:mong|rất mong|xin) (?:${ADDRESSEE} )?(?:thông cảm|thong cam|bỏ qua|bo qua))?`
  // Sorry to trouble: "Xin lỗi làm phiền", "Phiền bạn chút nhé", "Xin lỗi vì hỏi hơi nhiều".
  + `|(?:${ASKER} )?(?:xin lỗi|xin loi|sorry)(?: (?:vì|vi))?(?: ${ASKER})?(?: (?:đã |da )?(?:làm phiền|lam phien|hỏi hơi nhiều|hoi hoi nhieu|hỏi nhiều|hoi nhieu))?`
  + `(?: ${ADDRESSEE}){0,2}(?: (?:buổi|buoi) (?:sáng|trưa|chiều|tối|sang|trua|chieu|toi)| (?:giờ này|gio nay|lúc này|luc nay|cuối tuần|cuoi tuan|ngoài giờ|ngoai gio))?`
  // Asking for a relative or neighbour: "Em hỏi giúp mẹ em", "Mẹ em nhờ hỏi", "Mệ em nhờ em hỏi giùm".
  + `|(?:${ASKER} )?(?:hỏi|hoi) (?:giúp|giùm|dùm|hộ|thay|cho|giup|gium|dum) ${ASKED_FOR}(?: (?:nhà bên cạnh|nha ben canh|nhà bên|ngoại|nội|ngoai|noi))?(?: ${ASKER})?`
  + `|(?:thay mặt|thay mat) ${ASKED_FOR}(?: (?:ngoại|nội|ngoai|noi))?(?: ${ASKER})?`
  + `|${ASKED_FOR} (?:${ASKER} )?(?:nhờ|nho) (?:${ASKER} )?(?:hỏi|hoi)(?: (?:giúp|giùm|dùm|hộ|giup|gium|dum))?(?: (?:nè|ne))?`
  + `|(?:xin lỗi|xin loi|sorry)(?: ${ASKER})? (?:gõ|go|viết|viet) (?:không dấu|khong dau|sai chính tả|sai chinh ta)`
  // Whether someone is there: "Có ai trực không ạ?", "Ad có đó không rứa?", "Có ai trực đó không hè?" (a whole sentence
  // only: "phòng một cửa thứ bảy có ai trực không" asks of an office, and so may "Bây giờ có ai làm việc không?").
  + `|(?:${ADDRESSEE} )?(?:có|co) (?:ai (?:trực|truc|làm việc|lam viec|ở đó|o do|online)|ở đó|o do|đó|đấy|online)(?: (?:đó|do|đấy))? (?:không|khong|ko|k|hông|hong)`
  + `|(?:ê|e|ơi|oi|nè|ne) ${ADDRESSEE}`
  + `|(?:làm phiền|lam phien|phiền|phien)(?: ${ADDRESSEE})?(?: (?:chút|chut|tí|ti|xíu|xiu))?(?: (?:quá|qua))?`
  // "Dạ thưa", "Câu hỏi", "Ừm", a particle alone.
  + '|(?:dạ thưa|da thua|thưa|thua|dạ|vâng|ừm|ừ|hehe|hihi|haha|hic|hix|huhu|ạk|ak|câu hỏi|cau hoi|ạ|nha|nhé|nhe|nhá|ok|oke|okay|trân trọng|tran trong|dzậy đó)'

  + '|(?:kính gửi|kính thưa):?(?: [\\p{L}]+){1,5}|(?:kinh gui|kinh thua):?(?: [a-z]+){1,5}'
  // Whether anyone is there: a whole clause only ("Ơi ơi có ai không ạ???"); "…có ai trực không" asks of an office.
  + '|(?:ơi ơi )?(?:có|co) ai (?:không|khong|ko|k)'
  + `|(?:${ASKER} )?(?:${WISH})`
  + `|(?:mong|rất mong|rat mong|hy vọng|hi vọng) (?:${ADDRESSEE}(?: ${ADDRESSEE})?|${ASKER}) (?:trả lời|tra loi|giải đáp|giai dap|hỗ trợ|ho tro)(?: (?:giúp|giup|cho))?(?: ${ASKER})?`
  + '|alo(?: alo)*'
  // Asking for information or an answer: "Cho mình xin thông tin", "Nhờ ad giải đáp giúp".
  + `|cho ${ASKER} xin (?:thông tin|thong tin|info)|(?:nhờ|nho) ${ADDRESSEE} (?:giải đáp|giai dap|trả lời|tra loi|hỗ trợ|ho tro|tư vấn|tu van)(?: (?:giúp|giup|giùm|gium))?(?: ${ASKER})?(?: (?:câu này|cau nay|cái này|cai nay|chút|chut|tí|ti|xíu|xiu))?(?: (?:với|voi|vs))?`
  // Appeals for help: "Ai biết chỉ giúp mình với", "Có ai biết không ạ", "Giúp mình với", "Mình đang cần gấp",
  // "Chúc ad sức khỏe".
  + `|${APPEAL}`
  // Asking whether one may ask, after the question: "… với dc ko a".
  + '|(?:(?:với|voi|vs) )?(?:được|duoc|dc|đc) (?:không|khong|ko|k)'
  // Courtesy questions: "ad có khỏe không ạ?", "bot có hiểu tiếng Việt không dấu không?".
  + `|(?:${ADDRESSEE} )?(?:có |co )?(?:khỏe|khoẻ|khoe) (?:không|khong|ko|k)`
  + `|(?:${ADDRESSEE} )?(?:có |co )?(?:hiểu|hieu|đọc|doc)(?: (?:được|duoc))? (?:tiếng việt|tieng viet|chữ|chu)?(?: ?(?:không dấu|khong dau))? (?:không|khong|ko|k)`
  // Asking for an answer in so many words: "ĐỀ NGHỊ GIẢI ĐÁP:", "Xin giải đáp giúp".
  + `|(?:đề nghị|de nghi|xin|kính đề nghị)(?: ${ADDRESSEE})? (?:giải đáp|giai dap|trả lời|tra loi|hướng dẫn|huong dan|tư vấn|tu van)(?: (?:giúp|giup))?`
  // Forwarded and labelled: "Fw:", "Chuyển tiếp tin nhắn:", "Tin nhắn từ mẹ:", "Vấn đề cần hỏi:", "Câu hỏi 1:".
  + `|(?:fw|fwd|chuyển tiếp(?: tin nhắn)?|chuyen tiep(?: tin nhan)?|tin nhắn (?:từ|của) ${ASKED_FOR}|tin nhan (?:tu|cua) ${ASKED_FOR})`
  + '|(?:vấn đề|van de|nội dung|noi dung|câu hỏi|cau hoi|nội dung câu hỏi|noi dung cau hoi)(?: (?:cần hỏi|can hoi|của tôi|cua toi|của em|cua em|số|so))?(?: \\d+)?'
  // A letter to an office by its long name: "Kính chào Ban biên tập Cổng thông tin điện tử thành phố Hải Phòng."
  + '|(?:kính chào|kinh chao|xin chào|xin chao|chào|chao) (?:ban biên tập|ban bien tap|cổng thông tin|cong thong tin|ban quản trị|ban quan tri)(?: [\\p{L}\\p{N}]+){0,10}'
  + `|(?:iu|yêu|love)(?: ${ADDRESSEE})?(?: 3000)?|(?:dạ |da )?(?:hả|hở)(?: ${ADDRESSEE})?`
  // Thanks for reading or answering: "Xin cảm ơn quý cơ quan đã đọc tin nhắn", "Em cảm ơn ad đã đọc ạ".
  + `|${THANKS}(?: ${ADDRESSEE}){0,2} (?:vì |vi )?(?:đã |da )?(?:đọc|doc|xem|trả lời|tra loi|giúp|giup|hỗ trợ|ho tro)(?: (?:tin nhắn|tin nhan|tin|thư|thu|câu hỏi|cau hoi))?`
  // Where to send the reply: "Có gì nhắn qua Zalo này giúp tôi", "có gì ad báo lại em nhé", "có gì ib em nha",
  // "Trả lời qua Zalo giúp em".
  + `|(?:${ADDRESSEE} )?(?:trả lời|tra loi|rep|nhắn|nhan|báo|bao|ib|inbox)(?: (?:lại|lai))?(?: ${ASKER})?(?: (?:qua|vào|vao|về|ve))? (?:zalo|số|so|tin nhắn|tin nhan|inbox|ib|messenger|mess|facebook|fb|mail|email)(?: (?:này|nay|đây|day))?(?: ${HELPS})?(?: ${ASKER})?`
  + `|(?:nếu |neu )?(?:có gì|co gi)(?: (?:thì|thi))?(?: ${ADDRESSEE})? (?:nhắn|nhan|nhắn tin|nhan tin|báo|bao|gọi|goi|trả lời|tra loi|rep|ib|inbox)(?: (?:lại|lai))?`
  + `(?: (?:qua|vào|vao|cho|về|ve) (?:zalo|số|so|tin nhắn|tin nhan|đây|day|này|nay|${ASKER})(?: (?:này|nay|đây|day))?)?(?: ${HELPS})?(?: ${ASKER})?`
  // A vocative alone: "ad ơi ad", "mn ơi".
  + `|${ADDRESSEE}(?: ${ADDRESSEE})? (?:ơi|oi|ui)|(?:ơi|oi) ${ADDRESSEE}(?: ${ADDRESSEE})?`;
// "?" closes one too: "Có ai biết không ạ?" asks nothing of the subject.
// Called by name first: "Admin ơi cho em hỏi với ạ", "Ad ơi ad, …".
const CALLED = `(?:nè |ne |này |nay |ủa |ua |ơ |ê |ui |dạ |da )?(?:mấy |may |các |cac )?(?:${ADDRESSEE}(?: ${ADDRESSEE})?|tổ công nghệ số(?: cộng đồng)?|to cong nghe so)`
  + '(?: (?:xinh đẹp|xinh|dễ thương|de thuong|đẹp trai|dep trai|đáng yêu|iu))?'
  + '(?: (?:ở|o) (?:phường|phuong|xã|xa|ủy ban|uy ban|khu phố|khu pho|tổ|to)(?: [\\p{L}\\d]+)?)? (?:ơi|oi|ui)';
const VOCATIVE = `(?:${CALLED}${ADDRESSED}[\\s,]*)?`;
// What may close a courtesy clause: stops, emoji, and the faces typed with signs ("^^", ":)))", "=))", "<3", "T_T").
const TRAIL = '(?:[\\s.…!?,~:;)(=^\\p{Extended_Pictographic}\\uFE0F]|<3|:v|:d|t_t|-_-)*';
// The long patterns below (COURTESY, REQUEST_HEAD and the tails of thanks and appeals) are written in lower case and
// matched without the `i` flag on the lowered text, which keeps every index (lowered.ts): case-insensitive, each
// character of their thousands of alternatives was a class of its cases, and they cost four to six times as much. The
// server's main thread checks every message with COURTESY (onlyCourtesy, for the intent), and reading a message it had
// not read before took twice as long.
const COURTESY = new RegExp(`^${VOCATIVE}(?:(?:dạ|da|vâng|vang) )?(?:${GREETING}|${THANKS}(?:${ADDRESSED},? (?:và|va) (?:${WISH}))?|${REQUEST})${ADDRESSED}${TRAIL}$`, 'u');
// A face typed with signs, alone after the stop ("Xin cảm ơn và chúc sức khỏe! :D"): its letter asks nothing (read as a
// question, ":D" had fetched a sentence on "số hóa 3D").
const FACE = new RegExp(`^(?=\\S)${TRAIL}$`, 'u');
/** Whether a clause is courtesy and nothing else: a greeting, thanks, leave to ask, an appeal for help, a wish, a face. */
export function isCourtesy(clause: string): boolean {
  const lower = lowered(clause);
  return (opensWithOneOf(COURTESY_OPENERS, lower) && mayMatch(grammarEdges().courtesy, lower) && COURTESY.test(lower)) || FACE.test(lower);
}
/**
 * Every alternative of the grammar opens on one of its own words, whole, at the text's start: a text opening on any
 * other ("Hà Nội có…", "Làm sao…") cannot match, and is let go before the pattern, whose thousands of alternatives
 * cost several microseconds to fail each time (a message is matched clause by clause). The words are the pattern's own
 * letter runs, so a word added to the grammar is an opener at once (a few from its escapes, "p", "u", are harmless).
 * The first word ends before an emoji, as the grammar's trail reads it: "ℹ" is both a letter and an emoji ("chàoℹ️").
 */
const wordsOf = (pattern: RegExp): ReadonlySet<string> => new Set(pattern.source.match(/\p{L}+/gu));
const COURTESY_OPENERS = wordsOf(COURTESY);
const FIRST_WORD = /^(?:(?!\p{Extended_Pictographic})\p{L})+/u;
const opensWithOneOf = (openers: ReadonlySet<string>, lower: string): boolean => {
  const first = FIRST_WORD.exec(lower);
  return first !== null && openers.has(first[0]);
};
// A request to ask that opens the asking sentence, closed by a colon or comma: "Bác hỏi tí nhé: …".
// Without the colon only when the question starts anew with a capital: "tôi xin hỏi Sao không…".
// "là" closes it too after leave to ask ("Cho mình hỏi xíu là …", "em có thắc mắc nhỏ là …").
const REQUEST_HEAD = new RegExp(`^${VOCATIVE}(?:${REQUEST})${ADDRESSED}(\\s*[:,]\\s*|\\s+(?:là|la)\\s+|[\\s\\p{Extended_Pictographic}\\uFE0F]+)(?=["“'‘«]?(\\p{L}))`, 'du');
const REQUEST_OPENERS = wordsOf(REQUEST_HEAD);
// Called by name alone before the question, without a pause ("em bot oi Làm … mấy ngày?"): "ơi" ends the call.
const VOCATIVE_HEAD = new RegExp(`^${CALLED}[\\s,:!.]+(?=\\p{L})`, 'iu');
const ASKS_LEAVE = /(?<!\p{L})(?:hỏi|hoi|thắc mắc|thac mac|cứu|cíu|cuu|help|pls|plz|ở đó|o do|trực|truc|xin lỗi|xin loi|dấu|dau)(?!\p{L})/iu;
// A particle or a bare greeting before a question that starts anew with a capital: "Dạ Làm…", "xin chao Làm…".
const PARTICLE_HEAD = new RegExp(`^(?:dạ thưa|dạ|vâng|thưa|ừ|ừm|${GREETING})[\\s,]+(?=\\p{L})`, 'iu');
const withoutRequestHead = (text: string): string => {
  const particle = PARTICLE_HEAD.exec(text);
  if (particle && /^\p{Lu}/u.test(text.slice(particle[0].length))) return text.slice(particle[0].length);
  const lower = lowered(text);
  const m = opensWithOneOf(REQUEST_OPENERS, lower) && mayMatch(grammarEdges().requestHead, lower) ? REQUEST_HEAD.exec(lower) : null;
  // Without a colon or comma, only a head of more than one word that asks leave ("tôi xin hỏi Sao…"): "Nha Trang…",
  // "Hoi Nong dan…" (hội) open on a name.
  const spaced = m !== null && m[1]!.trim() === '';
  const saysIs = m !== null && /^(?:là|la)$/iu.test(m[1]!.trim());
  // The letter after the head as typed: the match is in the lowered text.
  const next = m ? text.slice(...m.indices![2]!) : '';
  if (!m || (spaced && (!/\p{Lu}/u.test(next) || !/\s/.test(m[0].trim()) || !ASKS_LEAVE.test(m[0]))) || (saysIs && !ASKS_LEAVE.test(m[0]))) {
    const called = VOCATIVE_HEAD.exec(text);
    return called ? text.slice(called[0].length) : text;
  }
  return text.slice(m[0].length);
};
// An appeal for help closing the asking sentence: "… là ai Ai biết chỉ giúp mình với". The tails may take a sentence
// whole ("Ad rep sớm giúp em nhé, em cảm ơn."): from its start, not leaving "Ad" behind.
const APPEAL_TAIL = new RegExp(`(?:^|\\s+)(?:${APPEAL})${ADDRESSED}${TRAIL}$`, 'u');
// Hoping for a reply after the question, without a stop between: "… là ai Mong anh chị trả lời giúp em".
const HOPE_TAIL = new RegExp(`(?:^|\\s+)(?:mong|rất mong|rat mong|hy vọng|hi vọng|xin) (?:${ADDRESSEE}(?: ${ADDRESSEE})?|${ASKER}) (?:trả lời|tra loi|giải đáp|giai dap|hỗ trợ|ho tro|rep|phản hồi|phan hoi|đừng cười|dung cuoi|thông cảm|thong cam|bỏ qua|bo qua)(?: (?:sớm|som|nhanh))?(?: (?:giúp|giup|cho))?(?: ${ASKER})?${ADDRESSED}${TRAIL}$`, 'iu');
// Residents often leave out the question mark, so thanks can close the asking sentence itself ("… bao nhiêu phần trăm
// hộ gia đình Em cảm ơn ạ!"), and a greeting with whom it greets can open it ("Chào ad cho mình hỏi …"). Not after a
// word that makes thanks what is asked about ("gửi lời cảm ơn", "muốn cảm ơn").
const THANKS_TAIL = new RegExp(`(?<!(?:lời|loi|muốn|muon|nói|noi|gửi|gui|biết|biet|để|de|nào|nao|thư|thu|nên|nen))(?:^|\\s+)(?:${THANKS}(?:${ADDRESSED},? (?:và|va) (?:${WISH}))?|${WISH})${ADDRESSED}${TRAIL}$`, 'u');
// A closing word that only pleads or sums up: "… plz 😭", "… Dzậy đó,".
const PARTICLE_TAIL = new RegExp(`\\s+(?:plz|pls|please|dzậy đó|hic|hix|huhu|hihi|hehe|hjhj)${TRAIL}$`, 'iu');
// A greeting ends at a stop, an emoji, "ơi", or before a question starting anew with a capital; otherwise its
// addressees may be the question's own words ("Chào ad tổ trưởng có phải ký…").
const greetingHead = (head: string, at: number, text: string): string =>
  (/[,.:!\p{Extended_Pictographic}]\s*$|(?:ơi|oi|ui)\s+$/iu.test(head) || /^\p{Lu}/u.test(text.slice(at + head.length)) ? '' : head);
const GREETING_HEAD = new RegExp(`^${GREETING}(?:\\s+(?:(?:mấy|các|cac) )?${ADDRESSEE}|\\s+(?:ơi|oi|ui))+[\\s,.:!\\p{Extended_Pictographic}\\uFE0F]+(?=\\p{L})`, 'iu');

/**
 * The message without the clauses that only greet or thank ("Chào ad nha, … là gì ạ, cảm ơn ad" → "… là gì ạ"): a
 * comma clause at either end, or a whole sentence. Unchanged when nothing else is left (a greeting alone is the
 * greeting intent's to answer).
 */
export function withoutCourtesy(parts: readonly string[]): string[] {
  const kept = parts.map((whole) => {
    const grammar = memoGrammar();
    // Courtesy closes a question in layers ("… ai bit chi e vs, thank mng nhiu"): taken off up to COURTESY_LAYERS times.
    let before = whole;
    let part = withoutCourtesyOnce(whole, grammar);
    for (let i = 0; i < COURTESY_LAYERS && part !== '' && part !== before; i++) {
      before = part;
      part = withoutCourtesyOnce(part, grammar);
    }
    return part;
  }).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return kept.length > 0 ? kept : [...parts];
}

/** The grammar's two dearest readings, each done once per text within one sentence. */
interface Grammar {
  readonly courtesy: (clause: string) => boolean;
  readonly withoutRequestHead: (text: string) => string;
}

// The grammar is the dearest part of reading a message, and a sentence without courtesy is read the same text again: a
// clause alone is checked whole, then as its first clause and as its last; its head is looked for, then looked for again
// once its clauses are joined back.
const memoGrammar = (): Grammar => {
  const courtesy = new Map<string, boolean>();
  const headless = new Map<string, string>();
  return {
    courtesy: (clause) => {
      let is = courtesy.get(clause);
      if (is === undefined) courtesy.set(clause, (is = isCourtesy(clause)));
      return is;
    },
    withoutRequestHead: (text) => {
      let rest = headless.get(text);
      if (rest === undefined) headless.set(text, (rest = withoutRequestHead(text)));
      return rest;
    },
  };
};

const COURTESY_LAYERS = 3;
const TAIL_REACH = 200;

/**
 * The words the grammar's long patterns can open and close with (pattern-words.ts): a sentence whose first or last
 * words are none of them is let go before the pattern. Tried on a sentence that holds no courtesy, as most do, each
 * pattern failed at every word (the tails from every space), and the patterns are so long that, between two messages,
 * the processor's caches no longer hold them: the grammar took about a seventh of a question on the retrieval
 * benchmark, four times what the same calls cost in a loop. The first word of the opening patterns, the last two of the
 * closing ones: closing courtesy ends on few pairs of words, while two opening words would be 70,000 pairs to work out.
 */
const HEAD_WORDS = 1;
const TAIL_WORDS = 2;
interface GrammarEdges {
  readonly courtesy: PatternWords;
  readonly requestHead: PatternWords;
  readonly tails: readonly (readonly [RegExp, PatternWords])[];
}
let edges: GrammarEdges | undefined;
/**
 * Worked out on first use (a few tenths of a second), with the patterns compiled then too, for text with marks and
 * without: V8 compiles a pattern on its first use and again after it, which the sets would otherwise leave to the first
 * messages that reach it (tens of milliseconds each), after a server's warm-up.
 */
function grammarEdges(): GrammarEdges {
  if (!edges) {
    const tails = [THANKS_TAIL, HOPE_TAIL, APPEAL_TAIL, PARTICLE_TAIL];
    for (const pattern of [COURTESY, REQUEST_HEAD, ...tails]) for (const sample of ['a', 'a', 'ạ', 'ạ']) pattern.exec(sample);
    edges = { courtesy: firstWords(COURTESY, HEAD_WORDS), requestHead: firstWords(REQUEST_HEAD, HEAD_WORDS),
      tails: tails.map((t) => [t, lastWords(t, TAIL_WORDS)] as const) };
  }
  return edges;
}

/**
 * The text without the courtesy closing it, tail after tail: each pattern is matched in the lowered text, or as typed
 * where it has the `i` flag, and only where the text's last words may close it.
 */
function withoutTails(text: string): string {
  let out = text;
  let runs = lastRuns(out, TAIL_WORDS);
  for (const [tail, words] of grammarEdges().tails) {
    if (!holdsRuns(words, runs)) continue;
    let next: string;
    if (tail.flags.includes('i')) next = out.replace(tail, '');
    else {
      const m = tail.exec(lowered(out));
      next = m ? out.slice(0, m.index) : out;
    }
    if (next !== out) runs = lastRuns((out = next), TAIL_WORDS);
  }
  return out;
}

function withoutCourtesyOnce(whole: string, { courtesy, withoutRequestHead }: Grammar): string {
  // Courtesy whole, though a comma splits it ("Chúc anh chị mạnh khỏe, công tác tốt."): nothing of it is asked.
  if (courtesy(whole)) return '';
  // The tails are tried from every space, so only on the sentence's last TAIL_REACH characters (from a word's start):
  // courtesy closing a question is short, and a long message would cost the square of its length.
  const cut = whole.length > TAIL_REACH ? whole.indexOf(' ', whole.length - TAIL_REACH) : -1;
  const end = withoutTails(whole.slice(cut + 1));
  const greeted = (cut >= 0 ? `${whole.slice(0, cut)} ${end}`.trimEnd() : end).replace(GREETING_HEAD, greetingHead);
  // Leave to ask is taken off here, where it opens the sentence ahead of more courtesy ("cho mình hỏi: mk hỏi xíu, …"),
  // and again below, where it follows clauses that only greet ("Kính gửi ban quản trị, tôi xin hỏi Sao …").
  const part = withoutRequestHead(greeted);
  const clauses = part.split(/(?<=,)\s*/);
  let from = 0;
  let to = clauses.length;
  while (from < to && courtesy(clauses[from]!.trim())) from++;
  while (to > from && courtesy(clauses[to - 1]!.trim())) to--;
  return from === to ? '' : withoutRequestHead(clauses.slice(from, to).join(' ').replace(/,\s*$/, ''));
}
