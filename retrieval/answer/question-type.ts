import type { QuestionType } from '../../core/answer-result.js';
import { cleanText, foldDiacritics, hasDiacritics } from '../text/normalize.js';
import { FEW_TIMES, NEVER_ALWAYS, withoutAi } from '../text/question-focus.js';
import { WHICH_PLACE } from './which-place.js';
import { isPersonName } from './people.js';
import { withoutOtherDocumentDays } from './document-days.js';
import abbreviations from '../data/abbreviations.json' with { type: 'json' };
import provinces from '../data/provinces.json' with { type: 'json' };
import { escapeRegExp } from '../text/escape-reg-exp.js';

// Matched on folded, lower-cased text, so "bao nhiêu" and "bao nhieu" read the same. The narrow kinds come first: a
// fee, opening hours, a phone number, a duration or a link is asked with words ("bao nhiêu", "ở đâu") that would
// otherwise read as any figure or place, and a sentence with any number would then seem to answer it. "Đến mức nào"
// (to what extent) is not a figure: articles answer it in words as often ("đã được sử dụng rộng rãi").
// A share ("tỷ lệ") and the words that ask how it stands rather than how much it is (see SHARE_JUDGED).
const SHARE = String.raw`\b(ty le|ty trong|ti trong|so luong|phan tram)\b`;
const JUDGED = String.raw`\b(the nao|ra sao|nhu nao|cao hay thap|cao khong|thap khong)\b`;
// How one operates or files ("thao tác ra sao", "khai ra sao", "nộp ra sao"): steps asked outright. Not "triển khai ra
// sao" nor "công khai ra sao" (how a plan is carried out or published), folded.
// Pressing in an app ("bấm theo dõi thế nào", "bấm vào đâu") asks how to operate it, folded. Folded, "bám theo" clings
// to a plan ("phải bám theo kế hoạch … thế nào"): "bam theo" presses only to follow (theo dõi).
const PRESSES = String.raw`bam (vao )?(dau|cho nao)|bam(?! theo(?! doi))( [a-z]+){0,3} (ra sao|the nao|nhu the nao|nhu nao|ntn)`;
const OPERATES_HOW = String.raw`thao tac (ra sao|the nao|nhu the nao|nhu nao|ntn)|(?<!\b(trien|cong) )khai ra sao|(nop|dang ky|dang ki|cai|cai dat) ra sao|${PRESSES}`;
const OPERATES_HOW_RE = new RegExp(String.raw`\b(${OPERATES_HOW})\b`);

const PATTERNS: readonly (readonly [QuestionType, RegExp])[] = [
  // Typed without marks, "lương" is a salary only of people paid ("luong can bo … bao nhieu"); "số lượng cán bộ" counts
  // them.
  // Paying a charge ("có phải trả phí không", "đóng phí") is a fee too, and so is a ticket's price, typed with marks
  // ("giá vé"; folded it is also "quốc gia về", read as "lệ phí" in classifyQuestion).
  // Money of any kind is asked as a fee is: a salary, an allowance, a budget, a fine ("kinh phí bao nhiêu"), a charge
  // opening the question or its level ("Phí làm lý lịch tư pháp là bao nhiêu?", "mức phí"; folded, "phi" inside is also
  // non-, as in "phi tiền mặt"). "lương" and "phụ
  // cấp" are matched with their marks below: folded they are also lượng (số lượng) and phủ cáp (phủ cáp quang).
  // Paying is a fee asked only when it is what the question asks ("có mất tiền không", "bao nhiêu tiền"): "không
  // mất tiền" ("không mất phí", "không thu phí") says free, and "tài khoản để trả tiền qua mạng", "trả tiền không cần tiền
  // mặt" and a way of paying right before it ("chợ quét mã QR trả tiền không", "chuyển khoản trả tiền") name how one pays;
  // how the service is had ("làm online trả tiền không", "qua mạng") does not.
  // Costs cut ("giảm chi phí", "giảm chi phí thế nào", and a few words on, "tiết kiệm thời gian và chi phí", "đỡ tốn giấy
  // tờ và chi phí", "đỡ tốn tiền không") are a benefit asked about, not a price: a few words on only after a saving of two
  // words, since one folded word may be another ("giam" giám, "kiem" kiểm, "do" đó); marked, "đỡ" is read as "~" (see
  // classifyQuestion), so a "~" before it counts too. Paying without cash ("trả tiền không cash") is a way to pay. Folded, "mấy tiện ích" (some amenities) is not
  // "mấy tiền". Whether something is free, asked first, is a fee asked ("Hà Nội miễn phí chữ ký số không?"); "miễn phí chữ"
  // is no "miễn phí chứ". Charging residents ("trường có thu thêm tiền … không", "thu tiền của dân") is a fee; taking
  // payment ("thu tiền qua mã QR", "thu tiền không dùng tiền mặt") is not. Money invested or lent ("tổng vốn đầu tư … bao
  // nhiêu", "vay vốn … được bao nhiêu") is a sum given in đồng, unless a share of it is asked ("vốn đầu tư nước ngoài
  // chiếm bao nhiêu phần trăm"). Folded, "số tiền" is also "số tiến" ("chuyển đổi số tiến tới…") and "số vốn" the "số"
  // of "kinh tế số" before "vốn" (originally): neither is read.
  ['fee', /\b(le phi|(?<!\b(giam|kiem|bot|it) |\b(tiet kiem|do ton|bot ton|it ton|giam duoc|giam bot)(?: \S+){0,4} )chi phi|(?<!\b(chi|mien) )phi (bao nhieu|la bao nhieu|the nao|gi)|(?<!\b(khong|ko|k|chang|cha|mien) )(mat|ton|thu|tra|dong|nop) phi|co phi|bao nhieu tien|thu them tien|thu tien (cua )?(dan|nguoi dan|hoc sinh|phu huynh|ba con)\b(?! (qua|bang|khong dung))|(?<!\b(khong|ko|k|chang|cha|mien|do|bot|giam|khoi) |~ )(mat|ton|(?<!\b(qr|ma|quet|khoan) )tra) tien (khong|ko|k|hay|chu|a|gi)(?! ((can|dung) tien mat|cash)\b)|het bao nhieu|gia bao nhieu|may tien(?! (ich|loi))|mien phi (khong|ko|k|hay|chu(?! ky))|^(?:\S+ ){0,2}mien phi\b[^?.!,]{0,40}\b(khong|ko|k)(?=\s*[?.!]*\s*$)|(tien luong|muc luong|(?<!\b(so|chat|dung|khoi|nang|tang|giam) )luong (can bo|cong chuc|vien chuc|nhan vien|giao vien|bac si|cong nhan)|thu nhap|tro cap|kinh phi|ngan sach|muc phat|tien phat|phat tien|tien thue|gia thue|(?:^|\bmuc )phi)\b.{0,60}\bbao nhieu|\b(von dau tu|tong von|vay von|vay tien|tong muc dau tu)\b(?:(?!phan tram|ty le|chiem|%).){0,60}\bbao nhieu(?! (phan tram|%)))\b/],
  // Times of day and days are asked as "mấy giờ", "buổi nào", "buổi tối có mở không", "ngoài giờ" ("chào buổi sáng"
  // greets). Folded, "du lieu mo cua" is open data of, not opening hours.
  ['hours', /\b(may gio|may h|gio nao|gio lam viec|gio mo cua|gio hanh chinh|(?<!\b(?:lieu|data|dl|nguon|thong tin|nen tang) )mo cua|dong cua|lam viec (vao )?(ngay nao|thu may|cuoi tuan|luc nao)|thu bay|chu nhat|cuoi tuan|ngay le|buoi nao|(?<!chao )buoi (sang|chieu|toi|trua)|ban dem|ngoai gio)\b/],
  // How to reach someone ("liên hệ tổ … bằng cách nào", "cách liên lạc") is asked for a number too; not "thông tin liên
  // lạc" (communications), nor a "thì" clause asking of something else ("liên lạc thì thành phố bảo đảm thế nào").
  // "thanh toán số điện thoại" (keywords: digital payment, phones) is not a phone number; "ứng dụng trên điện thoại nào"
  // asks which app, "gọi số hóa là gì" what something is called, "gọi điện thoại không bị đứt" whether calls go through.
  ['phone', /\b((?<!\b(thanh toan|chuyen doi|kinh te|chu ky|xa hoi|chinh quyen|du lieu|nen tang|ha tang|cong nghe|ky nang|nhan luc) )so dien thoai(?![^?]*\b(phan tram|ty le|ti le|thue bao)\b)|dien thoai (bao nhieu|la gi|lien he)|(?<!\b(tren|dung|app) )dien thoai nao|hotline|duong day nong|tong dai|goi (so(?! hoa)|ai|cho ai|den dau|dien (cho ai|den dau|toi dau|vao dau|so nao))|so lien he|zalo (so|la gi)|cach (lien he|lien lac)|(?<!\bthong tin )(lien he|lien lac)( voi)?( (?!thi\b)\S+){0,6} (bang cach nao|bang gi|bang j|qua dau|qua kenh nao|o dau|the nao|nhu the nao|ntn))\b/],
  // "giai đoạn mấy năm" asks which years a plan covers ("giai đoạn 2023 - 2025"), not how long a procedure takes; so does
  // "từ năm nào đến năm nào" beside a span asked ("tính cho mấy năm, từ năm nào đến năm nào").
  ['date', /\b((giai doan|thoi ky) (nao|may nam|bao nhieu nam|tu nam nao)|tu nam nao (den|toi) nam nao)\b/],
  // "hạn dùng mấy năm", "bao nhiêu năm": a span of years ("mấy năm nay" is masked before, it asks nothing). Not a day
  // followed by its date ("KH số bao nhiêu ngày 27/9/2023": the document's number, issued that day).
  ['duration', /\b(bao lau|may ngay(?! \d)|bao nhieu ngay(?! \d)|mat may|thoi han|han su dung|trong bao lau|bao nhieu lau|may thang|may tuan|bao nhieu gio|may nam|bao nhieu nam)\b/],
  // An email address is read like a link: its domain is a web address. A download said after the name asked ("app … tên
  // là gì, mình muốn chỉ bệnh nhân tải về") is what the resident will do with it.
  ['link', /\b(link|duong dan|email|e-mail|thu dien tu|hopthu|(?<!\b(ky|ki|cuoc|buoi|phien|lan|dot) )hop thu(?! (?:(?:may|\d+|nhat|hai|ba|nam|sau|bay|tam|chin|muoi)\b|tu\b(?! van\b)))|dia chi (web|trang|website|cong)|trang web nao|website nao|web nao|(website|trang web|web)\b.{0,40}\b(la gi|la trang nao)|tai (app|ung dung|phan mem)\b.{0,30}\b(o dau|tu dau|o cho nao)|(app|ung dung|phan mem) \S+ tai (o dau|tu dau|o cho nao)|tai (ve )?(o dau|tu dau|o cho nao)|(?<!\bten (la )?(gi|j)\b.*)tai ve)\b/],
  // "Địa chỉ … ở đâu", "ở số mấy, đường nào" ask for a street address, which "tại UBND quận" or "của Sở" does not give.
  // "bao nhiêu phần trăm số nhà" counts houses: "số nhà" after a share or a count is how many, not a house number; so is
  // "tính theo số nhà" (reckoned by households), and "số nhà có …" (the houses that have). "chợ hay con phố nào",
  // "kiểu phố nào" ask whether there are such streets or what kind, not an address.
  ['address', /\b(dia chi|(?<!(?:phan tram|bao nhieu|ty le|ti le|may|%|theo) )so nha(?! (co|da|duoc|dung|su dung)\b)|(o|nha) so (may|bao nhieu)|(?<!\b(con|kieu|qua nhung|qua cac) )(duong|pho) nao)\b/],
  // "ngày mấy", "tháng mấy" ask a date ("mấy ngày" a duration, above).
  // "lúc nào cũng", "bao giờ cũng" say always; "nguồn lực nào", "năng lực nào" ask which resource, not when.
  // "hôm nào", southern "bữa nào": which day; "năm học nào", "niên khóa nào": which school year. "mỗi ngày bao nhiêu người" asks a rate, a figure.
  ['date', /\b((khi nao|bao gio|(?<!\b(nguon|nang|dong|no|ap|suc|quyen|hieu) )luc nao)(?! cung\b)|ngay nao|hom nao|bua nao|nam (?:hoc )?nao|nien khoa nao|thang nao|thoi gian nao|thoi diem nao|(?<!\b(moi|hang|mot|1|trung binh) )((ngay|nam|thang) bao nhieu|(ngay|thang) may))\b/],
  // A share asked how it stands ("tỷ lệ tích hợp … thế nào?", "còn thấp") is judged in words as often as in figures
  // (see SHARE_JUDGED); "…là 80% còn Hải Phòng thế nào?" asks another place's figure.
  ['figure', new RegExp(String.raw`\b(bao nhieu|may)\b|${SHARE}(?!(?:(?!\bcon\b)[^?.!])*${JUDGED})`)],
  // "cái khó nằm ở đâu", "vướng ở đâu", "yếu ở mấy chỗ nào", "chưa tốt ở đâu": where a difficulty or a cause lies is
  // not a place; for where one stands in a ranking, see RANKED_WHERE.
  // "lấy vốn ở đâu ra", "tiền ở đâu ra" ask where from: a source, not a place.
  // "từ đâu đến đâu" asks how far something reaches ("từ thành phố tới cấp xã"), not a place to go to; so does how far a
  // task has gone ("triển khai đến đâu rồi", "triển khai đến đâu đào tạo đến đó"). Where a paper is sent or filed ("hồ sơ
  // gửi về đâu", "nộp đơn về đâu") is a place; "lên mạng tới đâu" asks how far.
  ['place', /(?<!\b(kho|kho khan|van de|han che|vuong mac|vuong|yeu|diem yeu|nut that|mau chot|nguyen nhan|loi|sai|cham|chua tot)( (lon|chinh|lon nhat|chu yeu|nhat))?(?: (?:nam|la|do|o|nhung|cac|may|~)){0,3} )\b(o dau(?! ra\b)|tai dau|(o|tai) nhung dau|noi nao|cho nao|o cho nao)\b|\b(dia diem|(?<!\b(tu dau|trien khai|thuc hien|tien hanh|lam|dat|chuan bi|san sang|so hoa|dao tao)(?: duoc)? )den dau|(?<!\bchua )ra dau|dia chi|phong nao)\b|\b(gui|nop)( [a-z]+){0,2} ve dau\b/],
  // Which province, by name ("còn tỉnh nào làm thử"): see which-place.ts.
  ['place', WHICH_PLACE],
  // Where a thing lies, asked by district or ward ("khu CNTT nằm ở quận huyện nào", "đặt tại phường nào"): a place.
  ['place', /\b(nam|dat|toa lac)( o| tai)? (quan|huyen|quan huyen|quan nao huyen|phuong|xa|phuong xa|dia ban|khu vuc) nao\b/],
  // A question that opens on who ("Những ai đứng ra chỉ bà con cách dùng điện thoại?") asks for the people, whatever task
  // it names after.
  // So does one asking who make it up ("Tổ gồm những ai?", "thành phần là những ai", "tổ … có những ai tham gia").
  // So does one closing on whom ("…là nhờ uy tín của ai?", "…phục vụ cho ai vậy?"), whatever task it names before
  // (marked "của" is read as "kua", see classifyQuestion).
  ['person', new RegExp(String.raw`(^|, )(nhung )?ai (?!cung\b)|\b(gom|bao gom|la nhung|co nhung) (nhung )?ai\b|\b(cua|kua|nho|cho|voi|boi|giup) ai(\s+(a|vay|nhi|nhe|ha|ad|ban|ta))*\s*[?!.]*\s*$`)],
  // The papers a procedure needs ("hồ sơ gồm những gì", "cần mang theo giấy tờ gì") are asked apart from its steps: the
  // office where it is done does not list them. "phải có gì" alone asks what is needed, not papers ("ngoài làm chắc chắn
  // còn phải có gì nữa"). So are the conditions it sets ("cần đáp ứng những điều kiện gì", "có điều kiện gì không"):
  // what it takes, which its steps do not say either; not how a city makes things possible ("tạo điều kiện thế nào").
  ['papers', /\b(ho so (gom|bao gom|can|phai co|can co) (nhung )?(gi|j|nhung gi)|(giay to|ho so) (gi|j)(?! cung)|(can|phai) (mang|chuan bi|nop) (theo )?(nhung )?(giay to|ho so)? ?(gi|j|nhung gi)|(can|phai) co (nhung )?(giay to|ho so) ?(gi|j|nhung gi)|(?<!\b(tao|du) )dieu kien (la )?(gi|j|nao|ra sao|the nao|nhu the nao|nhu nao))\b/],
  // Which menu to tap, which fields to fill ("bấm vào mục nào", "điền những thông tin gì") are steps.
  // "từng bước" in a choice of manner ("nhanh ẩu hay từng bước") asks no steps.
  ['steps', new RegExp(String.raw`\b(${OPERATES_HOW}|bam (vao )?(muc|nut|o|dau) nao|chon (muc|nut) nao|dien (nhung )?(thong tin|muc) (gi|nao|j)|cach nao|cach (lam|dang ky|dang ki|xin|nop|cai|su dung|dung|tao|mo|lay|tra cuu|kich hoat|dang nhap|thanh toan|gia han|cap lai|khai bao)(?! (cua|kua)\b)|(cac|nhung|may) buoc|buoc (nao|gi)|(?<!\b(dang|se|duoc|hay) )tung buoc(?! (duoc|trien khai|hoan thien|nang cao|xay dung|mo rong|phat trien|ap dung|hinh thanh|dap ung|([a-z]+ )?hay)\b)|huong dan|(can|phai) lam gi|lam nhu the nao|lam the nao|lam sao de)\b`)],
  // "do ai ký", "đồng chí nào ký": by whom. "con số nào" asks a figure, not which department (sở nào).
  // "Ông … giữ chức vụ gì", "chức danh là gì": the office someone holds.
  // "giữ vị trí nào" is a person's post only of a person ("ông … đang giữ vị trí nào"): of a city it is its rank.
  ['person', /\b(giu (chuc vu|chuc danh|cuong vi)|(chuc vu|chuc danh|cuong vi) (gi|nao|la gi)|(lam|giu) chuc gi)\b|\b(ong|ba|dong chi) [^,?]{1,40}\bgiu vi tri\b/],
  // "loại doanh nghiệp nào", "kiểu công ty nào" ask a kind (small and medium ones), not which one by name.
  // Which office's holder ("Thủ tướng nào ký", "chủ tịch nào") and which body, named by its work too ("đơn vị tư vấn
  // nào lập", "công ty công nghệ nào"), ask who; folded "so nao" is a sở only where it ends no "chuyển đổi số",
  // "kinh tế số", "xã hội số" or another digital thing ("những trụ cột chuyển đổi số nào").
  ['person', /\b(ai la|la ai|nguoi nao|la (ong|ba|dong chi) nao|ai (da|duoc|phu trach)|do ai|(dong chi|lanh dao|thu tuong|bo truong|thu truong|chu tich|pho chu tich|giam doc|pho giam doc|bi thu) nao|(?<!\b(loai|loai hinh|hinh thuc|kieu|nhom) )(co quan|don vi|doanh nghiep|cong ty|nha cung cap|nha mang)( (tu van|cong nghe|thi cong|trien khai|chu tri|phu trach|cung cap|van hanh|quan ly|xay dung))? nao|(?<!\b(con|doi|te|hoi|quyen|tang|nghe|lieu) )so nao|ben nao)\b|^ai\b/],
];

// The name of a person asked outright: "phó giám đốc sở … tên là gì", "họ tên ông ấy". Only after a word for a person,
// so "ứng dụng … tên là gì" (the app's name) is not one.
// So is who holds an office the question names: "Phó Giám đốc Sở … là ai", "ai là / ai làm giám đốc sở".
const OFFICE = '(giam doc|pho giam doc|chu tich|pho chu tich|bo truong|thu truong|thu tuong|bi thu|chanh van phong)';
// "người dân", "người dùng" are a class, not someone with a name: "App dành cho người dân … tên gì" asks the app's.
// Folded, "người đứng đầu" (the head) reads "nguoi dung dau": someone; "người dùng đầu cuối / đầu tiên" are users.
// The person must be of the clause that asks: a thing that opens a new clause, right after "thì" or a comma, is what
// "tên là gì" asks of ("Theo ông Giám đốc Sở thì hệ thống ứng dụng đó tên là gì": the app's name), though not one in
// the person's own clause ("Người phụ trách dự án tên là gì") nor an apposition naming a body ("Giám đốc Sở, đơn vị
// xây dựng ứng dụng iHanoi, tên là gì"). Folded, "thi" is also thi hành, thí điểm (never right before the thing), and
// thực thi, cuộc thi, kỳ thi (the words before them tell).
// Not "trung tâm": "Giám đốc Trung tâm … tên là gì" asks the director's.
const NAMED_THING = '(?:ung dung|he thong|app|phan mem|nen tang|ke hoach|de an|chuong trinh|nghi quyet|du an|mo hinh|cong thong tin|website|trang web)';
const ASKS_NAME = new RegExp('\\b(giam doc|chu tich|truong|bo truong|thu truong|thu tuong|lanh dao|nguoi(?! (dan|dung(?! dau\\b(?! (cuoi|tien)\\b)))\\b)|ong|ba|can bo|dong chi)\\b'
  + `(?:(?!(?:(?<!\\b(?:thuc|cuoc|ky|de|bai) )\\bthi|[,;:.?!]) (?:(?:cai|cac|nhung) )?${NAMED_THING}\\b).){0,120}\\bten (la )?(gi|j)\\b`
  + '|\\bho (va )?ten\\b'
  // "Tên ông ấy là gì?", "cho hỏi tên của vị đó".
  // Not a class of people: "bà con", "anh em", "chị em", "ông bà", "người sử dụng", "người đại diện".
  + '|\\bten (cua |kua )?(ong(?! ba\\b)|ba(?! con\\b)|anh(?! (em|chi)\\b)|chi(?! em\\b)|nguoi(?! (dan|dung|su dung|dai dien|nhan|nop)\\b)|vi|dong chi|can bo)\\b'
  + `|\\bai (la|lam|dang la|dang lam|giu chuc) (chuc )?${OFFICE}\\b`
  // "Sếp lớn nhất của Sở … là ông nào?": which man or woman, by name.
  + '|\\bla (ong|ba|dong chi) nao\\b');
// The office as the subject of "là ai", a few words on, with no verb of saying between ("Chủ tịch UBND nói đối tượng
// được hỗ trợ là ai" asks who is eligible, not the chairman's name).
const OFFICE_IS_WHO = new RegExp(`\\b${OFFICE}((?:\\s+\\S+){0,12}?)\\s+la ai\\b`);
// Folded, so read with the words around: "nói" is not Hà "Nội" or "Nội vụ", "báo" not "bảo hiểm", "đề nghị" not "Đề án".
const SAYS = /\b((?<!\bha )noi(?! (vu|bo|dung|bai|thanh|dia)\b)|bao(?! (hiem|chi|cao|ve|dam|tang|mat)\b)|cho (biet|rang)|rang|yeu cau|de (nghi|xuat)|tra loi)\b/;

/** Whether a question asks for a person's name (folded text, the lexicon's brackets left out). */
function asksName(folded: string): boolean {
  if (ASKS_NAME.test(folded)) return true;
  const m = OFFICE_IS_WHO.exec(folded);
  return m !== null && !SAYS.test(m[2]!);
}

// In the share's own clause ("…tăng thì tôi nộp hồ sơ thế nào?" asks the resident's steps), and not of the resident's
// own task ("Tôi muốn tra cứu tỷ lệ hồ sơ của mình như thế nào?").
const RESIDENT = 'toi|tui|em|minh|chau|nha minh|chung toi';
const RESIDENT_SPEAKS = new RegExp(String.raw`\b(${RESIDENT})\b`);
const SHARE_JUDGED = new RegExp(String.raw`${SHARE}(?:(?!\bthi\b)[^?.!,;])*${JUDGED}`);

// "…thế nào?" asks for steps only about a task a resident does ("nộp hồ sơ thế nào"); about anything else ("chuyển đổi
// số mở ra cơ hội thế nào") it asks for a description, which any quote on the subject may give.
const JUDGED_CHOICE = /\b(nhieu hay it|it hay nhieu|cao hay thap|thap hay cao|nhanh hay cham|cham hay nhanh|du hay thieu|thieu hay du|tot hay (xau|do|kem)|de hay kho|kho hay de)\b/;
// "Có được … không?" asks yes or no however long what it asks about ("…làm thủ tục trên mạng có được xác minh danh tính
// một lần dùng chung cho mọi cấp không?").
// Whether the city plans something ("Thành phố có tính cho dân làm hết thủ tục trên điện thoại luôn, khỏi cần giấy tờ
// hông?") asks yes or no about the plan, however long; it is not a resident's procedure.
// "Có làm được … không?", "Thành phố có cho làm … không, để khỏi …?" ask yes or no however long, a purpose after them too.
// A closing particle changes nothing ("…cho thông với nhau không nhé?").
// "Có phải … không?" (is it so that …) asks yes or no however long what it asks about ("Đến 2025 có phải thủ tục nào
// cũng làm online từ đầu đến cuối không?"); not after a how asked before it ("Xin … qua VNeID ntn, có phải đến Sở …
// không?").
const YES_NO = /\b(duoc khong|duoc ko|co (duoc|phai)? ?.{0,40} khong|(?<!\b(the nao|lam sao|ntn|nhu nao)\b.*)co duoc .{0,80} (khong|ko|hong)|(?<!\b(the nao|lam sao|ntn|nhu nao)\b.*)co (tinh|dinh(?! danh)|du dinh|y dinh|ke hoach) .{0,120} (khong|ko|hong|hok)|(?<!\b(the nao|lam sao|ntn|nhu nao)\b.*)co phai .{0,120} (khong|ko)|(?<!\b(the nao|lam sao|ntn|nhu nao)\b.*)co (cho )?(lam|nop|dung|xin) (duoc )?.{0,80} (khong|ko|hong)|hay khong|khong a|chua a)(,? de [^,?]*)?(\s+(a|vay|nhi|nhe|ha|ad|ban|ta))*\s*\??$/;
// "Người già có được dạy cách dùng điện thoại không?" asks whether someone teaches it, not the steps themselves.
// A question closed by "không"/"chưa" and its particles ("…không ạ?"), on folded text: it asks yes or no.
// "…không ta?" closes on "ta" as on "nhỉ" (southern and northern speech alike).
// Whom the resident addresses may close the question too ("…có mở kênh trên Zalo không cháu?", "…không mấy chú?").
const CLOSING_ADDRESSEE = '(may |cac )?(chau|chu|bac|co|anh|chi|em|con|ong|ba|cu|moi nguoi)';
const TO_THE_END = String.raw`(\s+(a|vay|nhi|nhe|ha|ad|ban|ta|${CLOSING_ADDRESSEE}))*\s*[?!.]*\s*$`;
const CLOSES_YES_NO = String.raw`\b(khong|ko|chua|hong|hok|hem)` + TO_THE_END;
const CLOSES_CHUA = new RegExp(String.raw`\bchua` + TO_THE_END);
// So does "…hướng dẫn bà con xài ứng dụng không?", "mở lớp dạy người dân cách dùng điện thoại không": others taught, by
// whom and whether; and how a city spreads skills ("phổ biến cách dùng đồ công nghệ tới mức nào") is its own work. A
// resident asking to be shown ("hướng dẫn tôi cách đăng ký … không?") still asks the steps.
// Folded, "day" is also đây ("ở đây") and "chi dan" chỉ dẫn (directions, asked as steps).
const TAUGHT_PEOPLE = '(ba con|nguoi dan|dan|nguoi gia|nguoi cao tuoi|nguoi lon tuoi|moi nguoi|cac cu|phu huynh|hoc sinh|thanh nien)';
const TAUGHT = new RegExp(String.raw`\b((?<!\bo )day|chi(?! dan\b)|huong dan|tap huan|dao tao|boi duong) (cho [^,?]{1,30} |(cho )?${TAUGHT_PEOPLE}\b[^,?]{0,20}? )?(cach|ky nang)\b.*`
  + CLOSES_YES_NO + String.raw`|\b((?<!\bo )day|huong dan|tap huan) (cho )?${TAUGHT_PEOPLE}\b(?![^,?]*\bbuoc\b)[^,?]*` + CLOSES_YES_NO
  + String.raw`|\b(pho bien|pho cap|tuyen truyen) (cho [^,?]{1,30} )?(cach|ky nang)\b`);
// Who teaches the way ("ở khu phố ai hay đứng ra chỉ ông bà cách dùng app", "ai đi hướng dẫn bà con cách cài app"): asks
// who, not the way.
const WHO_TEACHES = new RegExp(String.raw`\bai(?! (cung|biet)\b)(?: [a-z]+){0,3} (?:chi|day|huong dan)(?: [^,?]{1,30})? cach\b`);
// A paper or a procedure the resident makes ("làm LLTP", "làm căn cước"), where the task is plain.
const PAPER_MADE = /\blam (ly lich|lltp|can cuoc|cccd|the|ho so|giay to|thu tuc|chu ky|cks)\b/;
// "…có cần tài khoản định danh mức 2 không?", "có bắt buộc phải mang giấy khai sinh ko ạ": whether something is needed,
// closing the question as a yes or no does.
const NEEDS_ASKED = new RegExp(String.raw`\bco (can|bat buoc)\b.{1,50}` + CLOSES_YES_NO);
const HOW = /\b(the nao|lam sao|ntn|nhu nao)\b/;
// "Có cách nào tra cứu tiêm chủng trên điện thoại không?" asks whether there is a way: the way the articles name
// answers it, with a word that they give no steps (see asksHowOutright); not when steps are asked too ("…, hướng dẫn em
// từng bước được không?").
const WHETHER_A_WAY = new RegExp(String.raw`\bco (cach|the thuc|hinh thuc) nao\b(?:(?!\b(the nao|lam sao|ntn|nhu nao|ra sao|buoc|quy trinh|huong dan|chi (em|toi|minh|giup))\b)[^?])*` + CLOSES_YES_NO);
// "Dân được học cách dùng công nghệ qua hình thức nào?", "Hà Nội có đi học cách làm của nơi khác không?", "bà con muốn
// được dạy cách dùng điện thoại thì thành phố có mở lớp không": learning how, or being taught, is what is asked about,
// not the steps; nor is how a thing "sẽ được dùng thế nào" (will be used) or "sẽ được bố trí thế nào" (will be
// arranged), said of others.
const LEARNS = /\b(hoc|hoc hoi) cach\b|\bduoc (day|chi|huong dan) (cho [^,?]{1,20} )?cach\b|\bmo lop\b|\bduoc (dung|su dung|chi tieu|phan bo|lam|trien khai) (nhu )?the nao\b|\bse duoc [a-z]+( [a-z]+)? (nhu )?the nao\b/;
// "Covid tác động thế nào tới thanh toán số?", "…được đánh giá thế nào": how one thing bears on another, or is judged,
// is what is asked, whatever task it names.
const EFFECT = /\b(tac dong|anh huong|danh gia|nhin nhan|nhan xet)\b/;
// "…, ông Hùng giải thích thế nào?", "bài viết nói thế nào về nhân lực…", "báo cáo nói chất lượng … ra sao": what someone
// says is asked, whatever task it names. Folded, "nói" is also nội (ông nội, Hà Nội, nội vụ) and nơi ("ở nơi tạm trú thì
// làm thế nào"): typed with marks it is read there (SAID_MARKED); without, only right before the how or "về" ("ông giám
// đốc nói thế nào", "nói về dịch covid thế nào").
const SAID_HOW = /\b(giai thich|de cap|trinh bay|chia se|ly giai|cho biet)\b[^,?.]{0,60}?\b(the nao|ra sao|nhu nao|ntn)\b|(?<!\b(ha|ong|ba) )\bnoi (ve [^,?.]{1,40}?)?(nhu )?(the nao|ra sao|nhu nao|ntn)\b/;
const SAID_MARKED = /(?<!\p{L})nói(?!\p{L})[^,?.]{0,60}?(?<!\p{L})(thế nào|ra sao|như nào|ntn)(?!\p{L})/u;
const asksSaid = (text: string, lower: string): boolean => SAID_HOW.test(text) || SAID_MARKED.test(lower);
// "Hà Nội đã làm được gì với thủ tục nối mấy cấp?": what was achieved is asked, whatever procedure it names.
const ASKS_ACHIEVED = /\b(lam|dat) duoc (nhung )?(gi|j|nhung gi)\b/;
// "…làm thủ tục trên mạng được tới mức nào?": the level reached is asked, not how it is done.
const LEVEL = /\b(toi|den|o) muc (do )?nao\b/;
// "dạy cho học sinh cấp mấy" asks which level, as "cấp nào" does: the articles name it in words ("tiểu học", "cấp xã")
// as often as in figures. Not "cấp máy tính" (providing computers), typed without marks.
const WHICH_LEVEL = /\bcap may\b(?! tinh)/g;
// Folded, "dung" is also the "dựng" of "xây dựng" (building a smart city is the city's work, not a resident's task).
const TASK = /\b(lam|dang ky|dang ki|nop|cai|cai dat|tai|xin(?! (chao|hoi|cho|phep))|cap|cap lai|gia han|tra cuu|khai bao|kich hoat|su dung|(?<!\bxay )dung|thanh toan|ky|dang nhap|tao tai khoan)\b/;

/*
 * Residents often type the task itself: "làm lý lịch tư pháp trên VNeID", "đăng ký chữ ký số qua mạng". A task verb
 * first and a named channel make it a how-to. The verb is matched with its marks when the question has them (folded,
 * "lam" is also Lâm Đồng and "xin" also xin hỏi), and the channel must be named: a bare "trên"/"qua" is also "trên địa
 * bàn" and "kết quả".
 */
const TASK_VERB_MARKED = /^(làm|đăng ký|đăng kí|nộp|cài đặt|tạo|kích hoạt|lấy|cấp lại|gia hạn|tra cứu|khai báo|xin(?! (hỏi|chào|cho|phép)))\s/;
const TASK_VERB_FOLDED = /^(lam|dang ky|dang ki|nop|cai dat|tao|kich hoat|lay|cap lai|gia han|tra cuu|khai bao|xin(?! (hoi|chao|cho|phep)))\s/;
const CHANNEL = /\b(tren|qua|bang) (vneid|ung dung|app|dien thoai|mang|internet|cong dich vu cong|dich vu cong|dvc|zalo|website|trang web|may tinh)\b|\b(online|truc tuyen)\b/;

// A task of the resident's (signing up, filing, installing, looking up, paying, making a paper…), a company's founding,
// or steps asked in so many words. Read folded, so broadly ("tai" is also tại, "dung" also đúng, "doi" also đội): in
// doubt, a how stays a how-to, which only steps answer. Not the "đổi" of chuyển đổi số nor the "dụng" of tận dụng, xây
// dựng, ứng dụng, which nearly every question says. Broader than RESIDENT_TASK, which keeps a clause a how-to only where
// the task is plain.
const RESIDENT_STEPS = /\b(buoc|quy trinh|huong dan|thanh lap|dang ky|dang ki|nop|cai|cai dat|tai|kich hoat|tra cuu|khai bao|gia han|cap lai|xin|thanh toan|dang nhap|tao|mo|bam|dien|thao tac|quet|lay|(?<!\bchuyen )doi|(?<!\b(tan|xay|ung) )dung|xem|theo doi|lam (thu tuc|ho so|giay to|ly lich|the|can cuoc|cccd|chu ky))\b/;

/** Whether a message names a task of the resident's or asks steps (see RESIDENT_STEPS), anywhere in it. */
export function namesResidentTask(message: string): boolean {
  return RESIDENT_STEPS.test(foldDiacritics(message.toLowerCase()));
}

/**
 * Whether a how-to is asked outright ("…thế nào?", "cách…", "các bước…") rather than named as a task ("xin phiếu lý
 * lịch tư pháp qua VNeID"): a task named may be answered by where and through what it is done, with a word that the
 * articles give no steps; a how asked outright is answered only by steps.
 */
export function asksHowOutright(question: string): boolean {
  const text = foldDiacritics(question.toLowerCase());
  if (WHETHER_A_WAY.test(text)) return false;
  // "bao nhiêu thủ tục" counts procedures; it asks no way of doing one.
  return HOW.test(text) || OPERATES_HOW_RE.test(text) || /\b(cach|(cac|nhung) buoc|buoc (nao|gi|j)|tung buoc|quy trinh|huong dan|lam sao|(?<!\b(bao nhieu|may|bn) )thu tuc(?! hanh chinh)|(bam|chon) (vao )?(muc|nut|o|dau) nao|dien (vao |nhung )?(thong tin|muc)|dien (vao|nhung) (gi|j))\b/.test(text);
}

// "mấy" before a noun is also a plural ("mấy người trong tổ", "mấy công ty mới mở": those, some). A question that asks
// with another word ("…có được trả công gì không?", "…thế nào?", "Ai…") asks that, and its "mấy" counts nothing. Kept
// where "mấy" asks which one or a time ("thứ mấy", "số mấy", "mức độ mấy", "mấy giờ", "mấy năm"), whatever else is asked.
// "số" after "lên", "chuyển đổi", "kinh tế"… is digital, not a number: "đưa lên số mấy ngành nào" digitizes some sectors.
// "trả mấy" (pays how much) counts; "kiểm tra mấy cơ quan" (checks the offices) does not.
const PLURAL_MAY = /(?<!\b(thu|hang|(?<!\b(len|doi|te|hoi|quyen|hoa) )so|(muc|cap|trinh|nhiet|toc) do|cap|lan|ngay|thang|nam|mat|het|(?<!\bkiem )tra|ton) )\bmay\b(?! (gio|h|ngay|thang|tuan|nam|tien(?! (ich|loi))|lan|phan tram)\b)/g;
// "có … không(,) hay …", "… chưa hay …" and a closing "… hay …?" ask which of two ("có làm thử trước không hay làm cả thành phố?", "tự
// làm lấy hay đi thuê ngoài?", or closed by a particle: "…tự lm hay thuê ngoài z"); "hay không" asks yes or no, and ",
// hay chỉ một?" adds to what was asked. Central speech asks why with "răng" opening the question and what with "chi"
// ("Răng mấy người rành công nghệ hổng chịu về…", "…coi mấy kết quả đó là cái chi"), typed with marks.
const OTHER_ASK_MARKED = /(?<!\p{L})(gì|ai|đâu|nào|sao|thế nào|như nào|ra sao|có (?!mấy(?!\p{L})).{1,60} (?:không|hông|ko),? hay|chưa,? hay(?= (?!(?:không|chưa)(?!\p{L}))\p{L}))(?!\p{L})|(không|chưa)(\s+(ạ|vậy|nhỉ|nhé|hả|ad|bạn|(?:mấy |các )?(?:cháu|chú|bác|cô|anh|chị|em|con|ông|bà|cụ|mọi người)))*\s*[?!.]*\s*$|(?<!\p{L})(?<![,;]\s*)hay(?! (không|chưa)(?!\p{L}))[^,.;?!]{1,40}(?:\?|\s(?:z|v|vậy|ạ|ad|nhỉ|nhé))\s*$|^răng(?!\p{L})|(?<!\p{L})(?:cái|là|làm) chi(?!\p{L})/u;
// Unmarked, "dau" is also đầu (dẫn đầu) and "ai" may be ái: only the unambiguous asking words count, and "ai", "đâu"
// where they can only ask ("do ai", "là ai"; "ở đâu" closing the question).
const OTHER_ASK_FOLDED = new RegExp(String.raw`\b(gi|nao|sao|the nao|nhu nao|ra sao|co (?!may\b).{1,60} (?:khong|ko|hong),? hay|chua,? hay(?= (?!(khong|chua)\b)[a-z])|do ai|la ai|ai la)\b|\b(o|tai) dau( ra)?` + TO_THE_END
  + String.raw`|(?<![,;]\s*)\bhay\b(?! (khong|chua)\b)[^,.;?!]{1,40}(?:\?|\s(?:z|v|vay|a|ad|nhi|nhe))\s*$|` + CLOSES_YES_NO);

// A clause that opens on how to do a task of the resident's, the task's verb right after ("làm sao nâng tài khoản…",
// "cách đăng ký…"): not how a city did something ("Làm sao Hà Nội làm được…"), nor how things stand ("… thế nào rồi").
const HOW_TO_FIRST = /^(?:\S+ ){0,3}?(?:lam sao|lam the nao|lam nhu the nao|cach)(?: de)? (?:nang|dang ky|dang ki|nop|cai|cai dat|tao|kich hoat|lay|cap lai|gia han|tra cuu|khai bao|xin|doi|cap nhat|tich hop|lam)\b/;

// "Mấy chuyện lao động, trợ cấp thì thành phố tính chuyển sang làm qua mạng hả?", "Muốn tra mấy công ty chuyển phát
// thì Sở đăng danh sách ở đâu?": a "mấy" before "thì" names the topic (those things) when what follows asks of its own,
// and what it names is a matter or a body, not what is counted ("Trẻ mấy tuổi thì phải làm CCCD?", "Làm mấy bước thì
// xong hả?"). "thì" folded is also the "thị" of đô thị, siêu thị… (as CLAUSE_BREAK reads it).
const THEN = /(?<!(?<!\b(?:khi|luc|vay|the|neu|nhu) )\bdo )(?<!\b(?:sieu|chi|tiep|yet) )\bthi\b(?! (?:diem|cu|hanh|truong|sinh|xa|tran|dua|thuc|giac)\b)/g;
const TOPIC_MAY = /\bmay\b(?= (chuyen|viec|vu|cong ty|doanh nghiep|thu tuc|dich vu|ung dung|app|trang|loai|linh vuc|nganh)\b)/g;
const TAIL_ASKS = new RegExp(String.raw`\b(gi|j|ai|nao|sao|bao nhieu)\b|\b(o|tai) dau\b|\bha` + TO_THE_END + '|' + CLOSES_YES_NO);

function topicalMay(text: string): string {
  const at = [...text.matchAll(THEN)].at(-1)?.index;
  if (at === undefined || !TAIL_ASKS.test(text.slice(at))) return text;
  return text.slice(0, at).replace(TOPIC_MAY, '~') + text.slice(at);
}

// "mấy" before a thing pointed at ("mấy mô hình đó triển khai tới đâu", "mấy cái app này") is a plural: those things,
// not how many. Not after what asks which one ("thứ mấy"), nor after "có" ("có mấy mô hình này": how many there are).
// Typed with marks, the demonstrative is told from "đô" (đô thị) and "độ" by its marks.
const POINTED_MAY = /(?<!\b(thu|hang|so|do|cap|lan|co) )\bmay\b(?=(?: [a-z0-9.]+){1,3} (do|nay|day|ay|kia)\b(?! thi\b))/g;
const POINTED_MAY_MARKED = /(?<!\p{L})mấy(?:\s+[\p{L}\p{N}.]+){1,3}\s+(?:đó|này|đấy|ấy|kia)(?!\p{L})/u;
const pointedMay = (read: string, lower: string, marked: boolean): string => (!marked || POINTED_MAY_MARKED.test(lower) ? read.replace(POINTED_MAY, '~') : read);
// A plural "mấy" before those one addresses as kin (see asksOtherwise), folded.
const PEOPLE_MAY = /\bmay (bac|co|chu|anh|chi|ban|em|chau|ong|ba|cu)\b/g;
/** Whether the question asks with a word other than "mấy"; on the marked text when it has marks, else folded. */
function asksOtherwise(text: string, marked: boolean): boolean {
  const asks = marked ? OTHER_ASK_MARKED : OTHER_ASK_FOLDED;
  if (asks.test(text)) return true;
  // A yes-or-no closing a clause that only remarks follow ("…có được quét 3D lưu lại không, nghe hay ghê"): the remarks
  // ask nothing of their own. A clause offering the other choice ("…không, hay chỉ có một?") adds to what is asked.
  const clauses = text.split(/[,;]/);
  for (let i = clauses.length - 1; i > 0; i--) {
    const clause = foldDiacritics(clauses[i]!).trim();
    // A plural "mấy" before those one addresses as kin ("thấy mấy bác nhiệt tình lắm") asks nothing in a remark; "mấy
    // người rồi?" still counts.
    if (OWN_ASK.test(clause.replace(PEOPLE_MAY, '~')) || /^(hay|hoac)\b/.test(clause)) return false;
    if (asks.test(clauses.slice(0, i).join(','))) return true;
  }
  return false;
}

const EMOJI = /[\p{Extended_Pictographic}\uFE0F\u200D]/gu;

// "Làm thủ tục bằng điện thoại thì dân được lợi gì?": what follows "thì" is what is asked; the procedure before it is the
// condition. "thi" folded is also thí (thí điểm) and thi (an exam).
const CONDITION = /\bthi\b(?! (diem|cu|hanh|truong|sinh)\b)/g;
const OWN_ASK = /\b(gi|j|ai|dau|nao|sao|may|bao nhieu)\b/;

/** Whether the part after a condition ("…thì") asks something of its own, not the procedure or how it is done. */
function asksAfterCondition(text: string): boolean {
  const parts = text.split(CONDITION);
  if (parts.length < 2) return false;
  const tail = parts[parts.length - 1]!;
  return OWN_ASK.test(tail) && !/\bthu tuc\b/.test(tail) && !HOW.test(tail);
}

// "Hải Phòng gom người kỹ thuật bằng cách nào?", "số hóa di tích theo cách nào?": by what means a city or an office acts, which any account of what it
// does answers; steps are asked of a task a resident does ("đăng ký bằng cách nào").
const BY_WHAT_MEANS = /\b(bang|theo) cach nao\b/;
const RESIDENT_TASK = /\b(dang ky|dang ki|nop|cai dat|kich hoat|tra cuu|khai bao|gia han|cap lai|xin|thanh toan|dang nhap|tao tai khoan)\b/;
// "Hà Nội làm thế nào để thu hút người giỏi?", "Thành phố cần làm gì…", "Hà Nội làm Đề án 06 kết quả thế nào?": how a
// city or an office, the subject of the clause that asks, goes about something is asked the same way. A place ("Ở Hà
// Nội làm lý lịch tư pháp thế nào?") is not a subject, and a resident's task keeps it a how-to.
const HOW_ASKED = /\b(cach nao|(nhu )?the nao|lam sao|ntn|nhu nao|(can|phai|se) lam gi|buoc (nao|gi))\b/;
// "Các ngành khác dùng nguồn tiền thế nào…" is the sectors' way; "Việc ứng dụng CNTT … thế nào" asks how a matter stands.
const INSTITUTION_FIRST = /^(?:(?:thi|con|vay|the|ma|theo ban|cho hoi|truoc het|truoc tien|sau do|hien nay)\s+)?(?:(?:cac|nhung)\s+)?(viec|ha noi|hai phong|hn|hp|thanh pho|tp|thu do|ubnd|uy ban|chinh quyen|nha nuoc|co quan|nganh|chinh phu|thanh uy|so (tt|thong tin|noi vu|ke hoach|tai chinh|y te|giao duc|tu phap)|to (cong nghe|chuyen doi|cds)|doanh nghiep|lanh dao)\b/;
// "…ông Giám đốc nói Hà Nội phải làm thế nào để…", "trên 3 trụ cột thì hà nội làm ntn": the city, just before its verb,
// is the one asked about, however the clause opens; not a place ("Ở Hà Nội làm thế nào…", "người dân thành phố làm…").
// "Về lâu dài thành phố tính dùng dữ liệu như thế nào?": the city, right before a word of planning, is the one whose way is
// asked; not a place ("ở Hà Nội muốn làm…").
const INSTITUTION_PLANS = /(?<!\b(o|tai|song o|dan|nguoi dan|toi o|minh o) )\b(ha noi|hai phong|hn|hp|thanh pho|tp|thu do|chinh quyen|nha nuoc|chinh phu|ubnd|uy ban)\s+(tinh|dinh|du dinh|muon|co ke hoach)\b/;
const INSTITUTION_DOES = /(?<!\b(o|tai|song o|dan|nguoi dan|toi o|minh o) )\b(ha noi|hai phong|hn|hp|thanh pho|tp|thu do|chinh quyen|nha nuoc|chinh phu|thanh uy|ubnd|uy ban|nganh|lanh dao)\s+((phai|can|se|da|dang|nen|muon)\s+)*lam\s*$/;
// A purpose right after the how that names others who benefit: "để dân hiểu…", "để người dân biết…", "cho bà con…"; not
// the resident ("để tôi nộp…", "để em đăng ký…").
const FOR_OTHERS = new RegExp(String.raw`^\s*(?:de|cho|nham)\s+(?:(?:nguoi )?dan|ba con|nguoi gia|nguoi cao tuoi|doanh nghiep|moi nguoi)\b`);
// The resident or a relative. Folded, "con" is also còn, "cô" cơ, "chị" chỉ, "bố" bộ: only pronouns that fold to nothing
// else.
const PERSON_OPENS = new RegExp(String.raw`^(${RESIDENT}|me|anh|ong|bac)\b`);
// Folded, "thi" is also the "thị" of đô thị, siêu thị, chỉ thị, tiếp thị, thị xã, thị trấn, thị trường, and "thi đua".
// "đó thì" ("khi đó thì", "lúc đó thì") is, folded, "đô thị" too: after khi, lúc, vậy, thế, nếu it is "đó".
const CLAUSE_BREAK = /[,;:.!?]|(?<!(?<!\b(?:khi|luc|vay|the|neu|nhu) )\bdo )(?<!\b(?:sieu|chi|tiep|yet) )\bthi\b(?! (?:diem|cu|hanh|truong|sinh|xa|tran|dua|thuc|giac)\b)/;
// "Thủ tướng bảo chuyển đổi số phải làm sao cho người dân?", "Theo Thủ tướng thì số hóa phải làm sao…": what someone
// said is asked, not a resident's steps. Offices only: "ông", "bà", "ba" are as often a resident's relatives ("Ông nội
// em muốn làm CCCD thì làm thế nào?"). Folded, "bảo" is also bảo hiểm; typed with its marks it is masked before (as
// "~", see classifyQuestion); "nói" is left out, as folded it is also nội, nơi, nối.
const SPEAKER = '(thu tuong|chinh phu|giam doc|chu tich|bo truong|thu truong|bi thu|lanh dao)';
const REPORTED = new RegExp(String.raw`\btheo (loi )?(pho )?${SPEAKER}\b|\b${SPEAKER}\b[^,?]{0,40}?\b(bao(?! (hiem|chi|cao|ve|dam|tang|mat)\b)|nhan manh|cho rang|khang dinh|yeu cau|chi dao|phat bieu)\b|\b${SPEAKER} ~ `);
// What an official advised, asked in the same clause ("Giám đốc Sở Nội vụ khuyên các cơ quan làm gì…"); "khuyến khích"
// (encourages) asks nothing of what was said.
const ADVISED = new RegExp(String.raw`\b${SPEAKER}\b[^,?]{0,40}?\bkhuyen(?! khich)(?: nghi)?\b[^,?]*\blam gi\b`);
// What bodies are to do ("đề nghị các cơ quan cần làm gì để…", "doanh nghiệp phải làm gì"), right before the how.
const INSTITUTION_TO_DO = /\b(co quan|don vi|so|nganh|thanh pho|tp|chinh quyen|doanh nghiep|can bo|cong chuc|nha nuoc|cac cap)\s*$/;
function meansOfOthers(text: string): boolean {
  const how = HOW_ASKED.exec(text);
  // What others are to do it for ("các cơ quan phải làm gì để dân hiểu lợi ích của việc nộp hồ sơ qua mạng") is not a
  // task of the resident's own: only the question up to its how is read for one then.
  const end = how ? how.index + how[0].length : text.length;
  if (RESIDENT_TASK.test(how && FOR_OTHERS.test(text.slice(end)) ? text.slice(0, end) : text)) return false;
  if (BY_WHAT_MEANS.test(text)) return true;
  if (!how) return false;
  if (REPORTED.test(text.slice(0, how.index))) return true;
  if (INSTITUTION_DOES.test(text.slice(0, how.index)) || INSTITUTION_PLANS.test(text.slice(0, how.index))) return true;
  if (/^(can|phai|se) lam gi/.test(how[0]) && INSTITUTION_TO_DO.test(text.slice(0, how.index))) return true;
  // A clause that opens on its verb ("…, làm như thế nào") keeps the subject of the clause before it. After a condition
  // the main clause opens ("Gặp công nghệ mới khó thì Hải Phòng xử lý thế nào?").
  const clauses = text.slice(0, how.index).split(CLAUSE_BREAK).map((c) => c.trim());
  for (let i = clauses.length - 1; i >= 0; i--) {
    if (INSTITUTION_FIRST.test(clauses[i]!)) return true;
    // Two or three words and no task are an item of a list ("được định danh, xác thực như thế nào", "của các nhà khoa
    // học, giới trí thức thế nào"); not when they open on a person ("…, em lấy thế nào?": the resident's own clause).
    const words = clauses[i]!.split(/\s+/).filter(Boolean).length;
    if (words > 3 || (words >= 2 && (TASK.test(clauses[i]!) || PERSON_OPENS.test(clauses[i]!)))) return false;
  }
  return false;
}

/**
 * "thử" (try: "làm thử mấy mô hình", tries some models) masked, its length kept, so that folded it is not read as "thứ
 * mấy" (which rank), here and where the counted thing is read (measure.ts).
 */
export const TRYING = /(?<!\p{L})thử(?!\p{L})/gu;
export const TRIED = 'th~';

// "…có nói sẽ thành lập thêm nhóm gì không, để tôi xin hướng dẫn?": why the resident asks, closing the question, is
// not what it asks ("hướng dẫn" there asks no steps).
// A clause that asks itself ("Cho em hỏi, để em đăng ký chữ ký số thì làm thế nào?") is the question, not its purpose.
const PURPOSE = /,\s*de (toi|minh|em|chau|con|tui|chung toi|nha minh|ba con) [^,?]*\?*\s*$/;
const PURPOSE_ASKS = /\b(thi|gi|j|dau|nao|sao|the nao|ntn|bao nhieu|bn|may|khong|ko|chua|ai)\b/;

// "Ngoài đi từng bước cho chắc, … cần có thêm gì?", "Để cải cách thủ tục tốt hơn, bà Hà khuyên nên làm gì?": what a
// question sets aside or aims at before its comma is not what it asks, when the rest asks of its own.
// "Ngoài giờ hành chính, …" is a time asked about, not something set aside.
const OPENING = /^(?:ngoai(?! gio\b)|ben canh|de)\b[^,?]*,\s*/;

/** The kind of fact asked, read from the asking part of a message. */
// With marks, "hộp thư" is a mailbox and "họp thứ" a meeting's ordinal; folded both are "hop thu" (see the link pattern).
const MAILBOX = /(?<!\p{L})hộp thư(?!\p{L})/gu;
const MEETING_ORDINAL = /(?<!\p{L})họp thứ(?!\p{L})/gu;

// Marked, "chợ nào" (which market) is not "chỗ nào" (where), and "dựng" (build) not "dùng" (use, a task verb), which they
// fold to; "xây dựng" keeps its folded form, which the patterns read as a whole ("từng bước xây dựng").
const MARKET = /(?<!\p{L})chợ(?!\p{L})/gu;
const BUILD = /(?<!\p{L}|xây )dựng(?!\p{L})/gu;
// "đẩy" (pushes) a programme, typed with its marks (folded it is also dạy, teaches, and đây, here): read as "đẩy mạnh" so
// that where a city pushes it ("còn đẩy số hóa vô chỗ nào nữa") is read as FOCUS_WHERE reads it. Not a thing pushed
// ("đẩy xe vào chỗ nào").
const PUSH = /(?<!\p{L})đẩy(?= (?:chuyển đổi số|số hóa|số hoá|cđs|ứng dụng|công nghệ|kinh tế số)(?!\p{L}))/gu;

// Where one stands or is ranked ("Hà Nội đứng ở đâu so với các tỉnh?", "xếp ở đâu") is a rank, said in words as often as
// in figures ("dẫn đầu cả nước"), not a place. With marks, "đứng", "xếp" are told from "dùng" and "xếp hàng" (queueing),
// which are places asked ("Mã QR dùng ở đâu?"); folded, only where the question names a ranking.
const STANDS_WHERE = /(?<!\p{L})(?:đứng|xếp(?! hàng))(?: ở)? (?:đâu|chỗ nào|vị trí nào)(?!\p{L})/gu;
const RANKING = /\b(xep hang|thu hang|bang xep|chi so|xep thu|dung thu|top)\b/;
const RANKED_WHERE = /\b(dung|xep|nam)( o)? (dau|cho nao|vi tri nao)\b/g;
// Where a difficulty lies ("cái khó nhất của Hà Nội khi làm số hóa nằm ở đâu", "vướng mắc … nằm ở chỗ nào") is its cause,
// said in words, not a place, however many words stand between (the place pattern's own lookbehind reads them adjacent).
// The difficulty heads the clause ("Bộ phận giải quyết vướng mắc … nằm ở đâu" asks an office's place). Folded "kho" is
// also a warehouse ("Kho dữ liệu nằm ở đâu"): alone only after "cái" ("cái khó").
const DIFFICULTY_WHERE = /((?:^|[,.;:?!] *|\bthi )(?:cai kho|(?:cai |diem )?(?:kho khan|kho nhat|vuong mac|vuong nhat|han che|diem yeu|nut that|diem nghen|thach thuc|tro ngai|rao can|bat cap))\b)([^,.?!;]{0,60}?)\bnam o (dau|cho nao)\b/g;

// Where a city puts its weight, or where a change or a difference shows ("Năm 2022 Hà Nội chú trọng chuyển đổi số ở đâu",
// "cái đổi khác rõ nhất là ở đâu", "mức độ 3 với mức độ 4 khác nhau chỗ nào") asks an area or a respect, said in words,
// not a place. Not "tập trung" (the IT zones are "khu CNTT tập trung", asked where they are) nor "thay đổi" ("thay đổi
// thông tin ở đâu" asks where a resident goes).
const FOCUS_WHERE = /\b(chu trong|uu tien|day manh|doi khac|khac biet|khac nhau)\b([^,.?!;]{0,60}?)\b(?:(?:o|vao|vo) (?:dau|cho nao)|cho nao)\b/g;

// Where money comes from ("xây khu công nghệ thì lấy vốn ở đâu", "tiền hỗ trợ thì thành phố tính lấy ở đâu") asks a source:
// budgets, investors, named in words, not a place. Money only: "lấy giấy ở đâu", "lấy kết quả ở đâu" ask where to go, and
// so does money paid or drawn ("nộp tiền ở đâu"); "tiện ích", "tiến độ" are no money.
const MONEY_FROM_WHERE = /\b(von|kinh phi|ngan sach|nguon (?:von|luc|tien)|(?<!\b(?:nop|dong|tra|rut|chuyen|gui|thanh toan|dut) )tien(?! (?:ich|loi|do|hanh|te|tien)\b))\b([^,.?!;]{0,60}?)\b(?:lay |dung )?(o|tu) dau\b/g;

// "…tổ … có vai trò thế nào", "chất lượng … ra sao", "ý nghĩa thế nào": how a thing is judged or what part it plays is
// asked, not how to do anything, whatever task the question names.
// The judged thing may run on through a list ("chất lượng làm thủ tục mức 3, mức 4 … ra sao"), not into steps asked.
const ABSTRACT_HOW = /\b(vai tro|y nghia|tac dung|tam quan trong|chat luong|hieu qua)((?!,? (huong dan|buoc|cach|nop|dang ky)\b)(,? [a-z0-9]+)){0,12}? (nhu )?(the nao|ra sao|nhu nao|ntn)\b/g;

// "đào tạo ra lớp người như thế nào", "tạo ra thế hệ thế nào": after the people or the place something makes or becomes,
// "như thế nào" asks what kind, not how anything is done.
const KIND_OF = /\b((?:ra|thanh|tro thanh|la) (?:(?:mot|nhung|cac) )?(?:lop nguoi|the he|con nguoi|nguoi|cong dan|thanh pho|do thi|xa hoi)(?: [a-z]+){0,2}?) (nhu )?(the nao|ra sao|nhu nao|ntn)\b/g;

const TICKET_PRICE = /(?<!\p{L})giá vé(?!\p{L})/gu;
const KEYWORD_DATE = /\b(ngay|thoi gian|thoi diem|nam) (to chuc|ban hanh|khai truong|bat dau|ra mat|thanh lap|phe duyet|khai mac|dien ra|ap dung|co hieu luc|hieu luc)\b/;

export function classifyQuestion(question: string): QuestionType {
  // "mấy năm nay" (these past few years) asks nothing.
  // An emoji closing it asks nothing ("…có được quét 3D lưu lại không 🏯").
  const lower = withoutAi(question).toLowerCase().normalize('NFC').replace(EMOJI, ' ').trim().replace(FEW_TIMES, '~').replace(NEVER_ALWAYS, '~');
  // Folded, "mấy" (how many) is also máy (machine: "bộ máy", "máy tính") and mây ("đám mây"); with marks typed, only
  // "mấy" asks for a figure.
  const marked = foldDiacritics(lower) !== lower;
  // With marks typed, "mở của" (dữ liệu mở của thành phố: open, of) is not "mở cửa" (opening hours), and "lương"
  // and "phụ cấp" (salary, allowance) are money where "lượng" (quantity) and "phủ cáp" (cabling) are not.
  // "tài" (talent: "kéo người tài về") is not "tải" (download: "tải về"); "bảo giờ" (says now) is not "bao giờ"; "đỡ mấy
  // công ty" (helps some firms) is not "độ mấy" (which level).
  // "chợ" and "dựng": see MARKET, BUILD.
  // "hồi nào" (southern: when) asks a date; folded it is also "hội nào" (which association), so only with its marks.
  // "làm thử mấy mô hình" (tries some models) is not "thứ mấy" (which rank): see TRYING.
  const read = foldDiacritics(marked ? lower.replace(/(?<!\p{L})(máy|mây|mày|may|mảy|mạy|tài|bảo|báo|bão|bạo|bào|đỡ|đồ|đổ|đọ|bám)(?!\p{L})/gu, '~')
    .replace(/(?<!\p{L})của(?!\p{L})/gu, 'kua').replace(MARKET, 'chomarket').replace(BUILD, 'dungbuild').replace(PUSH, 'đẩy mạnh').replace(/(?<!\p{L})(lương|phụ cấp)(?!\p{L})/gu, 'tien luong').replace(TICKET_PRICE, 'le phi')
    .replace(/(?<!\p{L})hồi nào(?!\p{L})/gu, 'khi nao').replace(MAILBOX, 'hopthu').replace(MEETING_ORDINAL, 'hop-thu').replace(STANDS_WHERE, '~')
    .replace(TRYING, TRIED) : lower);
  const text = topicalMay(asksOtherwise(marked ? lower : read, marked) ? read.replace(PLURAL_MAY, '~') : pointedMay(read, lower, marked)).replace(PURPOSE, (clause) => (PURPOSE_ASKS.test(clause) ? clause : ''))
    .replace(OPENING, (clause, at: number, whole: string) => (PURPOSE_ASKS.test(whole.slice(clause.length)) ? '' : clause))
    .replace(ABSTRACT_HOW, '$1 ~').replace(KIND_OF, '$1 ~');
  const ranked = (RANKING.test(text) ? text.replace(RANKED_WHERE, '~') : text).replace(WHICH_LEVEL, 'cap nao').replace(DIFFICULTY_WHERE, '$1$2 ~').replace(FOCUS_WHERE, '$1$2 ~')
    .replace(MONEY_FROM_WHERE, '$1$2 ~');
  // What someone says is asked ("…giải thích thế nào"), read once for the three readings of a how below.
  const said = asksSaid(text, lower);
  for (const [type, re] of PATTERNS) if (re.test(ranked) && !(type === 'steps' && (TAUGHT.test(text) || WHO_TEACHES.test(text) || LEARNS.test(text) || said || meansOfOthers(text)))) return type;
  // Whether a resident's task needs something ("làm LLTP trên VNeID có cần tk định danh mức 2 ko") asks what it takes,
  // as its papers and conditions do; not whether the city needs something ("HN có cần kết quả ngay ko").
  if (NEEDS_ASKED.test(text) && (RESIDENT_TASK.test(text) || CHANNEL.test(text) || PAPER_MADE.test(text))) return 'papers';
  // How a share stands is asked of the city, not a task the resident does ("Tỷ lệ thanh toán không dùng tiền mặt …
  // thế nào?").
  if (SHARE_JUDGED.test(text) && !RESIDENT_SPEAKS.test(text)) return 'other';
  // "vào trang nào" asks which website, when nothing above (the steps) is asked.
  if (/\b(vao|tren) trang nao\b/.test(text)) return 'link';
  if (asksName(text)) return 'person';
  // "…được không?", "có … không?" asks yes or no, whatever task it names; so does "đã … chưa?" (done yet?), and so does
  // a choice of two judgments ("thủ tục online … nhiều hay ít?").
  // Unless it first asks, outright, how to do a resident's task, then adds a yes-or-no ("làm sao nâng tài khoản định danh
  // lên mức 2 vậy mn, có phải ra công an xã ko"): the steps are still what is asked.
  if ((YES_NO.test(text) || CLOSES_CHUA.test(text) || JUDGED_CHOICE.test(text)) && !HOW_TO_FIRST.test(text.split(/[,;]/)[0]!)) return 'other';
  if (HOW.test(text) && TASK.test(text) && !LEARNS.test(text) && !EFFECT.test(text) && !said && !meansOfOthers(text)) return 'steps';
  // "cho em hỏi thủ tục đăng ký…" asks how it is done; "thủ tục hành chính" are the procedures, counted or listed. What an
  // official advised ("Giám đốc Sở … khuyên các cơ quan làm gì để dân hiểu lợi ích của làm thủ tục…") is what was said.
  if (/\bthu tuc(?! hanh chinh)\b/.test(text) && !asksAfterCondition(text) && !ADVISED.test(text) && !said && !LEVEL.test(text)
    && !ASKS_ACHIEVED.test(text) && !meansOfOthers(text)) return 'steps';
  // Keywords naming when something happened or was issued ("ngày tổ chức hội nghị …", "… năm khai trương"), with no
  // other asking word: a date.
  if (KEYWORD_DATE.test(text) && !OTHER_ASK_FOLDED.test(text)) return 'date';
  // Folding changed something exactly when the question has marks.
  const taskVerb = text !== lower ? TASK_VERB_MARKED.test(lower) : TASK_VERB_FOLDED.test(text);
  return taskVerb && CHANNEL.test(text) && !asksAfterCondition(text) ? 'steps' : 'other';
}

// Who acts: a person's title, an office or a body ("liên kết với các viện, trường" answers "với những đơn vị nào").
const WHO = ['ông', 'bà', 'đồng chí', 'giám đốc', 'chủ tịch', 'trưởng', 'thủ tướng', 'chính phủ', 'bộ', 'sở', 'ủy ban', 'uỷ ban', 'ubnd',
  'thành ủy', 'thành uỷ', 'cấp ủy', 'cấp uỷ', 'người đứng đầu', 'lãnh đạo', 'ban chỉ đạo', 'hội đồng', 'doanh nghiệp', 'tổ',
  'trường', 'viện', 'trung tâm', 'hiệp hội', 'công ty', 'tập đoàn', 'ngân hàng', 'cơ quan', 'cục', 'chi cục', 'văn phòng', 'đơn vị',
  // Those who act together: "trách nhiệm của ai" is answered by "của cả hệ thống chính trị … và của toàn xã hội", "ai
  // giúp bà con" by "lực lượng công an địa phương".
  'hệ thống chính trị', 'toàn xã hội', 'cả xã hội', 'người dân', 'nhân dân', 'công an', 'lực lượng', 'cán bộ', 'công chức',
  'thanh niên', 'đoàn viên', 'tình nguyện viên', 'chuyên gia'];
const WHO_MARKED = new RegExp(`(?<!\\p{L})(?:${WHO.join('|')})(?!\\p{L})`, 'u');
const WHO_FOLDED = new RegExp(`\\b(?:${[...new Set(WHO.map((w) => foldDiacritics(w)))].join('|')})\\b`);

// A preposition of place, then within a few words a place: an office, a channel ("qua phần mềm VNeID"), a province by
// name ("tại Hà Nội và Thừa Thiên - Huế"), or the institutions one goes to or works with ("liên kết với các viện, trường").
const AT_PLACE = ['tại', 'ở', 'đến', 'qua', 'trên', 'với'];
const PLACE_WORDS = ['bộ phận', 'ủy ban', 'uỷ ban', 'ubnd', 'sở', 'phường', 'xã', 'quận', 'huyện', 'tỉnh', 'thành phố', 'tp', 'trung tâm',
  'cổng', 'ứng dụng', 'phần mềm', 'trang', 'trụ sở', 'khu', 'nhà', 'viện', 'các trường', 'trường đại học', 'trường học', 'bệnh viện',
  ...provinces.places.map((p) => p.toLowerCase())];
const AT_PLACE_MARKED = new RegExp(`(?<!\\p{L})(?:${AT_PLACE.join('|')})(?!\\p{L}).{0,25}(?<!\\p{L})(?:${PLACE_WORDS.map(escapeRegExp).join('|')})(?!\\p{L})`, 'u');
// Home and abroad are places too ("học tập kinh nghiệm, hợp tác trong và ngoài nước"), and so are the agencies something
// is used in ("sử dụng rộng rãi trong các cơ quan nhà nước").
const HOME_OR_ABROAD = /(?<!\p{L})(?:trong và ngoài nước|trong nước và quốc tế|trong nước và nước ngoài|ở nước ngoài|(?:trong|tại|ở) (?:các |những )?cơ quan)(?!\p{L})/u;
// Folded (a resident's unmarked sentence), "phuong" is also phương ("địa phương").
const AT_PLACE_FOLDED = /\b(tai|o|den|qua|tren)\b.{0,25}\b(bo phan|uy ban|ubnd|so|(?<!\bdia )phuong|xa|quan|huyen|tinh|thanh pho|tp|trung tam|cong|ung dung|phan mem|trang|tru so|khu|nha)\b/;

// An office to go to, after a preposition; a level of government ("tại cấp xã") is none. Read with marks where the
// sentence has them, as for a place.
const AT_OFFICE_MARKED = /(?<!\p{L})(?:tại|ở|đến)(?!\p{L}).{0,25}(?<!\p{L})(?<!cấp )(?:bộ phận|ủy ban|uỷ ban|ubnd|phường|xã|quận|huyện|trụ sở|trung tâm)(?!\p{L})/u;
const AT_OFFICE_FOLDED = /\b(tai|o|den)\b.{0,25}\b(?<!\bcap )(bo phan|uy ban|ubnd|(?<!\bdia )phuong|xa|(?<!\bco )quan|huyen|tru so|trung tam)\b/;

// The provinces and the country by name, as a sentence writes them: a place, not who did something.
const PLACE_NAMES = new RegExp(`(?<!\\p{L})(?:${[...provinces.places, 'Việt Nam', 'Thủ đô'].map(escapeRegExp).join('|')})(?!\\p{L})`, 'gu');

// Steps said outright: "bước 1", "truy cập", "đăng nhập", "bấm", "cách làm", "bằng cách"… (folded).
const STEP_WORDS = /\b(buoc \d|(cac|nhung) buoc|truy cap|dang nhap|chon|nhap|bam|tai ung dung|cai dat|nop ho so|mang theo|cach lam|bang cach)\b/;
// Using what one has, not getting it: operating ("thao tác"), signing onto ("ký số lên", "ký chữ ký số (…) lên", with
// the lexicon's wordings between, "ký vào"; not the "ký" of "đăng ký" or of the noun "chữ ký"), installing into a
// computer or a phone ("cài vào máy", "cài chữ ký số vào máy", "cài lên đt"), pressing in an app (PRESSES), folded.
// Not in a purpose clause ("làm chữ ký số để ký vào hồ sơ … thì đăng ký thế nào"): that asks how to get it.
const USES = new RegExp(String.raw`\b(${PRESSES}|thao tac|(?<!\bde (?:[a-z]+ )?)(?<!\b(?:dang|chu) )ky (chu ky )?(so )?(\([^)]*\) )?(len|vao)|(?<!\bde (?:[a-z]+ )?)cai (no |(chu ky so|cks)( \([^)]*\))? )?(?:vao|len) (may|dien thoai|dt))\b`);

/** Whether a sentence holds the kind of fact the question type asks for. */
export function sentenceFits(type: QuestionType, sentence: string): boolean {
  const folded = foldDiacritics(sentence.toLowerCase());
  switch (type) {
    case 'figure':
      // A quantity in digits, Roman numerals ("lần thứ XVII") or a number written out ("ba trụ cột", "hàng nghìn").
      // Matched with marks: folded, "ba" is also bà and "sau" also sau (after). "năm" is mostly a year, "tỷ lệ" a rate.
      return quantities(sentence).length > 0 || /\b[IVXL]{2,}\b/.test(sentence) || spelledNumber(sentence);
    case 'date':
      return /\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b|\bnam \d{4}\b|\bthang \d{1,2}\b|\b(19|20)\d{2}\b/.test(folded);
    case 'place': {
      // "tại bộ phận một cửa", "ở một số quận, huyện", "qua phần mềm VNeID": a preposition, then within a few words a place
      // ("trên địa bàn", somewhere in the area, is none). Read with the marks a sentence has: folded, "Kết quả là một số
      // hệ thống" holds "qua … so" (via … a department), "tồn tại" a "tai".
      const lower = sentence.toLowerCase().normalize('NFC');
      return (hasDiacritics(sentence) ? AT_PLACE_MARKED.test(lower) || HOME_OR_ABROAD.test(lower) : AT_PLACE_FOLDED.test(folded))
        || /\b(dia chi|so \d+ (pho|duong))\b/.test(folded);
    }
    case 'steps':
      // Steps, or the office where it is done ("tại bộ phận một cửa"): what a resident needs. Naming the app it is done
      // through ("qua VNeID") does not answer how: the question usually names the app itself.
      // "chúng ta có cách làm: thuê dịch vụ…", "bằng cách…": the way, said outright, answers how.
      // "từng bước", "bước đầu" say gradually and at first, not a step; folded "phuong" is also phương ("địa phương");
      // "tại cấp huyện", "tại cấp xã" are levels of government and "tại các cơ quan" the agencies, not an office to go to.
      return STEP_WORDS.test(folded)
        || (hasDiacritics(sentence) ? AT_OFFICE_MARKED.test(sentence.toLowerCase().normalize('NFC')) : AT_OFFICE_FOLDED.test(folded));
    case 'person':
      // A person or the body that acts: "ai ban hành" is answered by "UBND thành phố", "ai chủ trì" by "người đứng đầu cấp ủy".
      // Read with the marks an article's sentence has: folded, "sở" and "tổ" are also the "số" of "chuyển đổi số" and
      // the "to" of "to lớn". Or a name in title case that is not a place's: "Việt Nam đã tận dụng…" names no one.
      return (hasDiacritics(sentence) ? WHO_MARKED.test(sentence.toLowerCase().normalize('NFC')) : WHO_FOLDED.test(folded))
        || /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence.replace(PLACE_NAMES, ' '));
    case 'papers':
      // The papers themselves: an identity card, a form, copies, what to bring.
      // "không giấy tờ" (paperless) names no paper.
      // Or the conditions set ("điều kiện là", "phải đáp ứng"); "đủ điều kiện" (eligible) sets none.
      return /\b((?<!\bkhong )giay to|ho so (gom|bao gom)|can cuoc|cccd|chung minh nhan dan|cmnd|ban sao|to khai|don de nghi|mang theo|xuat trinh|dieu kien (la|gom|bao gom)|(phai|can) dap ung)\b/.test(folded);
    case 'fee':
      // "miễn phí" answers "mất phí không?" as well as a price does. A sum is in đồng: "10 nghìn chữ ký số" is a count.
      // Shortened to "đ", after a sum of two digits or more or a multiplier ("50.000đ", "2 triệu đ"): "số hóa 3D" is none.
      return /\b(mien phi|khong mat phi|khong thu phi|le phi|\d[\d.,]* ?((nghin|ngan|trieu|ty) )?(dong|vnd)|(\d[\d.,]*\d|\d ?(nghin|ngan|trieu|ty)) ?d)\b/.test(folded);
    case 'address':
      // A house number with its street, lane or alley ("số 185 phố Giảng Võ", "258 Võ Chí Công").
      return /\b(so )?\d+[a-z]?(\/\d+)? (pho|duong|ngo|ngach|hem|dai lo)\b/.test(folded);
    case 'hours':
      return /\b\d{1,2} ?(h|gio)( ?\d{1,2})?\b|\b(sang|chieu|toi) (thu|cac ngay|tu)\b|\bthu (hai|ba|tu|nam|sau|bay)\b|chu nhat|gio hanh chinh|24\/7/.test(folded);
    case 'phone':
      return /(\+84|\b0)\d[\d .]{6,}\d|\b1900[\d .]{3,}\d|\b(hotline|duong day nong)[: ]+\d/.test(folded);
    case 'duration':
      return /\b\d+ ?(ngay|gio|thang|nam|tuan|phut)\b|\b(trong ngay|ngay lap tuc|trong vong)\b/.test(folded);
    case 'link':
      return /https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(gov\.vn|vn|com)\b|[a-z0-9._-]+@[a-z0-9-]+\./.test(folded);
    case 'other':
      return true;
  }
}

// A date, a month, a year or a document's number ("30/12/2022", "tháng 10/2023", "năm 2025", "2021 - 2030", "18-NQ/TU", "239/KH-UBND", "COVID-19") says
// when or which, not how many: a sentence holding only these does not answer "bao nhiêu".
const NOT_QUANTITY = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}\/(19|20)\d\d\b|(?<![\d.,])(19|20)\d\d(?![\d%]|[.,]\d)|[\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*[-/]\p{L}[\p{L}\p{N}\-/]*|\p{L}+-\d+/gu;
// "một" is mostly an article ("một trong những thành phố", "một số", "một cách") or part of a name ("bộ phận một cửa", the
// one-stop desk), not one of something counted.
const SPELLED = /(?<!\p{L})(một(?! (trong|số|cách|phần|bước|khi|lúc|vài|chút|mặt|cửa)(?!\p{L}))|hai|ba|bốn|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn|triệu|tỷ(?! lệ| trọng)|tỉ(?! lệ| trọng)|gấp đôi)(?!\p{L})/u;

/** The quantities a text states in digits ("21", "93,15", "10"), dates, years and document numbers left out. */
export function quantities(text: string): string[] {
  return text.replace(NOT_QUANTITY, ' ').replace(DOCUMENT_NAME, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [];
}

// A number after the kind of document it names is that document's name, not a count: "Đề án 06", "Kế hoạch số 239".
const DOCUMENT_NAME = /(?<!\p{L})(đề án|kế hoạch|quyết định|nghị quyết|nghị định|thông tư|chỉ thị|công văn|chương trình|dự án)\s+(số\s+)?\d+(?![.,]?\d|%)/giu;

const spelledNumber = (text: string): boolean => SPELLED.test(text.toLowerCase());

/** What a figure question asks, read once for all the sentences it is matched against. */
export interface FigureAsk {
  /** The figures the question itself gives. */
  readonly given: ReadonlySet<string>;
  /** "số mấy", "số bao nhiêu": a document's number counts. */
  readonly asksNumber: boolean;
  /** "thứ mấy", "hạng bao nhiêu": an ordinal counts. */
  readonly asksOrdinal: boolean;
  /** "năm mấy", "năm bao nhiêu": which year, which a year answers. */
  readonly asksYear: boolean;
  /** "hiện nay", "đạt được… rồi": asked as it stands now. */
  readonly asksNow: boolean;
  /** "bao nhiêu phần trăm", "bao nhiêu %", "tỷ lệ … bao nhiêu": a share, which a count does not give. */
  readonly asksShare: boolean;
}

// A story sentence unsure of its figures: "có người bảo 3 trụ cột, có người bảo 4", "không rõ là 277 hay 227". Folded.
const DOUBTED = /\d\s*(?:hay|hoac)(?: la)? \d|\b(?:khong (?:ro|nho|chac|biet)|hinh nhu|nguoi (?:bao|noi)|loang thoang|mang mang)\b/;

/**
 * `message`: the whole message the asking sentences are part of. A figure the resident states in their story ("…đọc thấy
 * kinh tế số chiếm 17,15% GRDP năm 2022. Trong đó TMĐT đóng góp bao nhiêu phần trăm?") is no more the answer than one
 * typed in the question itself; one they are unsure of (DOUBTED) is what they ask.
 */
export function readFigureAsk(question: string, message = question): FigureAsk {
  const asked = foldDiacritics(question.toLowerCase());
  const story = message.split(/(?<=[.!?\n])\s*/).filter((s) => !DOUBTED.test(foldDiacritics(s.toLowerCase())));
  return {
    // The message as read spaces a decimal comma ("17, 15%"): both readings are given.
    given: new Set([question, ...story].flatMap((s) => [s, s.replace(/(?<=\d[.,]) (?=\d)/g, '')])
      .flatMap((s) => s.match(/\d+(?:[.,]\d+)*/g) ?? [])),
    asksNumber: /\bso (may|bao nhieu|nao|hieu)\b/.test(asked),
    // "xếp mấy" is "xếp thứ mấy" with the "thứ" left out.
    asksOrdinal: /\b(thu|hang|xep) (may|bao nhieu)\b/.test(asked),
    asksYear: /\bnam (may|bao nhieu)\b/.test(asked),
    asksNow: ASKS_NOW.test(asked),
    asksShare: /\b(bao nhieu|may) (phan tram|%)|\bty le\b.{0,40}\b(bao nhieu|may)\b/.test(asked) || /(bao nhiêu|mấy|bn)\s*%/iu.test(question),
  };
}

// A number in Roman numerals that may count; not one naming which congress, term or quarter ("Đại hội … lần thứ XIII",
// "khóa XVI", "quý III"), which says which, not how many.
// The numeral is matched first and the words before it read only then: a look-behind first would run at every position.
const ROMAN_COUNT = /\b[IVXL]{2,}\b(?<!(?:thứ|khóa|khoá|quý|kỳ|thế kỷ|Đại hội|đại hội) [IVXL]+)/u;

/** What a sentence states as figures, the same for every question, so a caller may keep it per sentence. */
export interface SentenceFigures {
  /** Every number in digits, documents' numbers and dates included. */
  readonly numbers: readonly string[];
  /** Its numbers but for years and dates: what can be a document's number ("Nghị quyết số 18-NQ/TU", "Kế hoạch 239"). */
  readonly documentNumbers: readonly string[];
  /** The ranks it states (see ranks), for "thứ mấy". */
  readonly ranks: readonly string[];
  /** Its quantities (see quantities) with ordinals ("thứ 4", "thứ 24/63") left out, and whether it states one in
   * Roman numerals or in words. */
  readonly withoutOrdinals: { readonly quantities: readonly string[]; readonly other: boolean };
  /** Whether it speaks of a target without saying what was achieved. */
  readonly onlyTarget: boolean;
  /** Whether it states a share: a percentage, or a part in words ("một nửa", "toàn bộ", "phần lớn"). */
  readonly share: boolean;
}

// Dates ("26/10/2021", "12/2022") and years, spans of them too ("2021-2030"), but not a year-like number inside a
// document's code ("2021/QĐ-UBND", "2025-NQ/TU").
const DATES_AND_YEARS = /(?<![\d/]|\d[.,])(?:\d{1,2}\/(?:\d{1,2}\/)?)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?![\d/]|[.,]\d|-\p{L})/gu;

// Nor a day without its year ("ngày 26/10", "ngày 26 tháng 10"), an ordinal ("lần thứ 4") or a share ("30%").
const NOT_DOCUMENT_NUMBERS = /(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])|(?<!\p{L})ngày \d{1,2} tháng \d{1,2}|(?<!\p{L})thứ \d+|\d+(?:[.,]\d+)*\s*%/giu;

/**
 * A sentence's figures. `afterTarget`: the sentence before it in its paragraph sets a target only (its own or carried
 * on), so a sentence that goes on listing figures without a word of its own on what was done or when ("Hải Phòng phấn
 * đấu sẽ có 100% … . 90% hồ sơ công việc tại các cơ quan thành phố; … 60% … tại cấp xã được xử lý trên môi trường
 * mạng.") lists more of the same targets.
 */
export function sentenceFigures(sentence: string, afterTarget = false): SentenceFigures {
  const read = (text: string) => ({ quantities: quantities(text), other: ROMAN_COUNT.test(text) || spelledNumber(text) });
  const said = foldDiacritics(sentence.toLowerCase());
  return {
    numbers: sentence.match(/\d+(?:[.,]\d+)*/g) ?? [],
    documentNumbers: sentence.replace(DATES_AND_YEARS, ' ').replace(NOT_DOCUMENT_NUMBERS, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [],
    ranks: ranks(sentence),
    withoutOrdinals: read(sentence.replace(/(?<!\p{L})thứ \d+(?:\/\d+)?/gu, ' ')),
    onlyTarget: (TARGET.test(said) || (afterTarget && !OWN_TIME.test(said))) && !ACHIEVED.test(said),
    share: /\d\s*%|\b(phan tram|mot nua|toan bo|phan lon|da so|hau het|100 phan tram)\b/.test(said),
  };
}

/**
 * Whether a sentence states a figure the question does not already give: "Hà Nội có 17,15%… còn Hải Phòng bao
 * nhiêu?" is not answered by a sentence whose only figure is the 17,15% the resident typed. A document's number
 * counts when the question asks for one ("quyết định số mấy"), an ordinal when it asks "thứ mấy".
 */
export function statesNewFigureOf(ask: FigureAsk, figures: SentenceFigures): boolean {
  // A document's number, not the year of its targets: "Nghị quyết … đến năm 2025, định hướng đến năm 2030" does not say which.
  if (ask.asksNumber) return figures.documentNumbers.some((n) => !ask.given.has(n));
  // "lần thứ 4", "thứ 24/63" answer "thứ mấy", not "bao nhiêu chỉ tiêu"; and "thứ mấy" asks a rank, which only a
  // rank answers ("xếp thứ 24/63", "đứng thứ 2", "dẫn đầu"), not "tăng 16 bậc".
  if (ask.asksOrdinal) return figures.ranks.some((r) => !ask.given.has(r));
  // "tầm nhìn tới năm mấy" is answered by a year ("tầm nhìn đến năm 2045"), which counts nothing elsewhere.
  if (ask.asksYear && figures.numbers.some((n) => /^(19|20)\d\d$/.test(n) && !ask.given.has(n))) return true;
  // A share asked is given as one: "700 - 800 trường hợp" does not say what part of the residents.
  if (ask.asksShare && !figures.share) return false;
  const stated = figures.withoutOrdinals;
  return stated.quantities.some((n) => !ask.given.has(n)) || stated.other;
}

/** Whether the sentence speaks of what stands when the question asks what stands now (a target does not). */
export function speaksOfNowOf(ask: FigureAsk, figures: SentenceFigures): boolean {
  return !ask.asksNow || !figures.onlyTarget;
}

/** statesNewFigureOf for one sentence and one question. */
export function statesNewFigure(sentence: string, question: string): boolean {
  return statesNewFigureOf(readFigureAsk(question), sentenceFigures(sentence));
}

/** The ranks a sentence states: "thứ 24/63" → 24, "hạng nhì", "lần thứ XVII", "8/63 tỉnh", "dẫn đầu" → 1. */
export function ranks(sentence: string): string[] {
  const folded = foldDiacritics(sentence.toLowerCase());
  const out = [...folded.matchAll(/\b(?:thu|hang) (\d+|[ivxl]+|nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b/g)].map((m) => m[1]!);
  out.push(...[...folded.matchAll(/\b(\d+)\/(?:63|64|34|\d+ (?:tinh|dia phuong))\b/g)].map((m) => m[1]!));
  if (/\b(dung dau|dan dau|top dau)\b/.test(folded)) out.push('1');
  return [...new Set(out)];
}

// A figure asked as it stands now ("hiện nay đạt bao nhiêu", "được bao nhiêu rồi") is not answered by a target
// ("phấn đấu 50% … đến năm 2025"): a plan is not an achievement. Nor is it what was "thực tế" (actually) reached.
// "hiện có", "hiện giờ": how many there are now.
// Not practice as a place ideas are put ("đưa ý tưởng vào thực tế", "áp dụng thực tế", "ra làm thực tế").
const ASKS_NOW = /\b(hien nay|hien tai|hien co|hien gio|bay gio|hien da|hien dat|da dat|da co|dat duoc|den nay|roi|(?<!\b(?:vao|dung|khai|lam) )thuc te)\b/;
const TARGET = /\b(phan dau|muc tieu|dinh huong|du kien|ke hoach|se)\b/;
// "đã" of the setting itself ("đã đặt mục tiêu cụ thể đến năm 2030, 100% thanh niên…", "đã đề ra mục tiêu") tells when
// the target was set, not that it was met.
const ACHIEVED = /\b(da(?! (?:dat|de|dat ra|de ra|xac dinh|neu)(?: ra)? (?:muc tieu|chi tieu))|den nay|hien nay|hien dang|dat duoc|vua qua|nam qua)\b/;
// What a sentence says of its own time or outcome, which a target before it does not carry over: a result ("kết quả",
// "thực tế", "tăng", "xếp thứ"), a year or a date.
const OWN_TIME = /\b(ket qua|thuc te|thuc hien duoc|tang|giam|xep|dung thu|nam \d{4}|(19|20)\d\d|thang \d{1,2})\b|\d{1,2}\/\d{1,2}/;

/** speaksOfNowOf for one sentence and one question. */
export function speaksOfNow(sentence: string, question: string): boolean {
  return speaksOfNowOf(readFigureAsk(question), sentenceFigures(sentence));
}

// "doanh nghiệp nào", "công ty nào": a business asked for is answered by its name ("Tập đoàn Viettel", "VNPT"), not by
// "doanh nghiệp" in general. A name is two words in title case after the sentence's first, or a word in capitals that
// is none of the abbreviations the articles use for public bodies and terms (UBND, CNTT…).
const ASKS_BUSINESS = /(?<!\b(loai|loai hinh|hinh thuc|kieu|nhom) )\b(doanh nghiep|cong ty|nha cung cap|nha mang) nao\b/;
// "do ai ký", "ai là người ký", "đồng chí nào ký ban hành"; folded "ky" is also kỳ (a period), so "ai" or "nào" must be
// close before it, and "đăng ký" registers.
const ASKS_SIGNER = /\b(ai|nguoi|nao)\b.{0,12}(?<!\bdang )\bk[yi]\b(?! (so|dien tu|ket))/;
// "ký", not "chữ ký", "đăng ký", "ký số", "ký kết" (an agreement between bodies).
const SIGNED = /(?<!(?:chữ|đăng|thư) )(?<!\p{L})k[ýí](?!\p{L})(?! (số|điện tử|kết))/iu;
const TITLE_RUN = /(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}[\p{Ll}\p{M}]*/u;
const NAME_RUN = /\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]*){2,}/gu;

/**
 * A test of a sentence: it names a person (three capitalised syllables or more in a row, "Nguyễn Tiến Sỹ"; most
 * Vietnamese full names have three) whom the message (folded) does not already name. A run's last three syllables are
 * the name ("Ông Nguyễn Việt Hùng": the title before it is not).
 */
export function namesPersonNotIn(folded: string): (sentence: string) => boolean {
  const lastThree = (run: string): string => foldDiacritics(run.toLowerCase()).split(/\s+/).slice(-3).join(' ');
  return (sentence) => (sentence.match(NAME_RUN) ?? []).some((run) => !folded.includes(lastThree(run)));
}

const KNOWN_CAPITALS = new Set(Object.keys(abbreviations).filter((k) => !k.startsWith('_')).map((k) => k.toUpperCase()));

// "Phí duy trì chữ ký số miễn phí là bao nhiêu?", "Hà Nội có chữ ký số miễn phí cho dân. Tôi muốn làm cho công ty. Giá
// bao nhiêu?": the resident already knows it is free; "miễn phí" in the sentence repeats the message and does not give
// the sum asked.
const FREE = /\b(mien phi|khong mat phi|khong thu phi)\b/;
// Unless whether it is free is what is asked ("có chỗ nào làm miễn phí không?"): "miễn phí" in a sentence answers it.
const ASKS_FREE = /(?<!\b(khong|chua) (co |duoc )?)\bmien phi (khong|ko|k|hay|chu|a|phai khong)\b/;

/**
 * Whether a sentence that holds the kind of fact gives it as this message asks it: a business by its name, steps (not
 * an office) for using what one has, a fee beyond the "miễn phí" the message already says. (Figures have their own
 * checks: statesNewFigure, speaksOfNow.)
 */
export function givesAsAsked(type: QuestionType, sentence: string, message: string): boolean {
  return asAsked(type, message)(sentence);
}

/** givesAsAsked for one message, read once: a test of its candidate sentences. */
export function asAsked(type: QuestionType, message: string): (sentence: string) => boolean {
  if (type !== 'person' && type !== 'fee' && type !== 'date' && type !== 'place' && type !== 'steps') return () => true;
  const asked = foldDiacritics(message.toLowerCase());
  // How to use what one already has ("…giờ muốn ký số lên hồ sơ thì thao tác ntn", "cài vào máy tính để ký thế nào") is
  // answered by steps, not by the office that issues it ("tại bộ phận một cửa").
  if (type === 'steps') return USES.test(asked) ? (sentence) => STEP_WORDS.test(foldDiacritics(sentence.toLowerCase())) : () => true;
  // Where an office or a building stands ("Trụ sở Sở TT&TT ở đâu", "Trung tâm dữ liệu đặt ở đâu") is a place on the
  // ground: "công khai trên Cổng thông tin điện tử của Sở" or "qua ứng dụng" is where something is published or done.
  // So is where a paper or a result is collected ("xong thì nhận bản giấy ở đâu", "CKS lấy ở đâu"): at an office, or sent
  // home; "cấp … qua phần mềm VNeID" says where it is asked for, not where it is picked up.
  if (type === 'place') {
    if (ASKS_SEAT.test(asked)) return (sentence) => ON_THE_GROUND.test(sentence.toLowerCase().normalize('NFC'));
    // Where a paper or an application is handed in or sent ("hồ sơ gửi về đâu", "nộp đơn ở đâu"): at an office, or through
    // a portal, an app or the post; "thí điểm … tại các cơ quan nhà nước TP Hà Nội" says where a pilot runs, not where to
    // send.
    if (ASKS_HANDED_IN.test(asked)) {
      return (sentence) => {
        const said = sentence.toLowerCase().normalize('NFC');
        return HANDED_AT.test(said) || THROUGH_CHANNEL.test(said);
      };
    }
    if (ASKS_COLLECTED.test(asked)) {
      return (sentence) => {
        const said = sentence.toLowerCase().normalize('NFC');
        return ON_THE_GROUND.test(said) || SENT_HOME.test(said);
      };
    }
    return () => true;
  }
  // A day asked ("ban hành ngày nào", "hôm nào") is given by a day ("ngày 30/12/2022", "27/9"), not by the years of
  // what the document aims at ("đến năm 2025"); when, or which year, by any date.
  // Since when ("làm Giám đốc từ năm nào") is given by a start: "từ" before a date, or a verb of beginning; the date an
  // interview was given ("Nhân dịp Xuân Ất Tỵ 2025, Giám đốc … chia sẻ") does not say since when he holds the office.
  if (type === 'date') {
    // …the day of the document asked about, not of another the sentence cites (see withoutOtherDocumentDays).
    if (ASKS_DAY.test(asked)) {
      const ofAsked = withoutOtherDocumentDays(message);
      return (sentence) => givesDay(ofAsked(foldDiacritics(sentence.toLowerCase())));
    }
    // A month asked ("công bố vào tháng mấy", "từ tháng nào") is given by a month or a day, not by a year alone ("năm
    // 2022"); since when, by a start as well.
    const month = asksMonth(message);
    const since = ASKS_SINCE.test(asked);
    if (!month && !since) return () => true;
    return (sentence) => (!since || GIVES_START.test(foldDiacritics(sentence.toLowerCase()))) && (!month || givesMonth(sentence));
  }
  if (type === 'person' && ASKS_BUSINESS.test(asked)) {
    return (sentence) => TITLE_RUN.test(sentence)
      || (sentence.match(/(?<![\p{L}&])[\p{Lu}&]{3,}(?![\p{L}&])/gu) ?? []).some((w) => !KNOWN_CAPITALS.has(w));
  }
  // Which body made or runs something ("iHanoi do đơn vị nào phát triển", "do cơ quan nào tổ chức") is given by a body:
  // an office, a ministry, a company; not by the residents it serves nor by "cán bộ".
  if (type === 'person' && ASKS_BODY.test(asked)) return (sentence) => BODY.test(sentence.toLowerCase().normalize('NFC'));
  // Who signed is a person, whatever body issued it ("Ban Thường vụ Thành ủy đã ban hành Nghị quyết 03" does not say who
  // signed it): a sentence that says someone signed, with a name.
  if (type === 'person' && ASKS_SIGNER.test(asked)) return (sentence) => SIGNED.test(sentence) && (sentence.match(NAME_RUN) ?? []).length > 0;
  // A name asked is given by one: three capitalised syllables in a row ("Nguyễn Tiến Sỹ"; most Vietnamese full names
  // have three) that the message does not already hold. "Phó Giám đốc Sở … cho biết" names the office, not the person.
  // Read without the lexicon's bracketed wordings, which come between the office and "là ai".
  if (type === 'person' && asksName(asked.replace(/\([^)]*\)/g, ' '))) {
    return namesPersonNotIn(asked);
  }
  // Who make up a group ("Tổ công nghệ số cộng đồng gồm những ai?", "… có những ai tham gia") is answered by who is in it: an office or a person
  // other than the group the question names ("vai trò to lớn của Tổ công nghệ số cộng đồng" names only the group).
  // The office of someone the question names ("Ông Nguyễn Tiến Sỹ giữ chức vụ gì?", "Bà Vũ Thu Hà là ai?") is given by a
  // sentence where an office stands beside that name ("Phó Giám đốc Sở … Nguyễn Tiến Sỹ cho biết"), not by any quote
  // of theirs.
  // The offices held before ("Trước khi làm Giám đốc Sở, bà … từng đảm nhận những chức vụ gì?") are not the one an article
  // names beside the person: only a sentence that speaks of an earlier post ("nguyên", "từng", "trước đây") may give them.
  const named = type === 'person' && ASKS_ROLE.test(asked) ? namedPeople(message) : [];
  if (named.length > 0) {
    const before = ASKS_EARLIER.test(asked);
    return (sentence) => named.some((name) => officeBeside(sentence, name)) && (!before || TELLS_EARLIER.test(sentence.toLowerCase().normalize('NFC')));
  }
  if (type === 'person' && ASKS_MEMBERS.test(asked)) {
    // A name, not the group's own nor the capital opening the sentence ("Ban Chỉ đạo…", "Từ Kế hoạch…").
    const own = new Set(message.normalize('NFC').match(/\p{Lu}\p{Ll}*/gu) ?? []);
    const named = (sentence: string): boolean => /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence.normalize('NFC').replace(PLACE_NAMES, ' ')
      .replace(/^\s*\p{L}+/u, ' ').replace(/\p{Lu}\p{Ll}*/gu, (w) => (own.has(w) ? '~' : w)));
    return (sentence) => MEMBERS.test(sentence.toLowerCase().normalize('NFC')) || named(sentence);
  }
  // Whom to sign up with or contact ("muốn tham gia tổ … thì đăng ký với ai", "liên hệ ai") is given by an office or a
  // person to go to, not by the group the resident wants to join ("vai trò to lớn của Tổ công nghệ số cộng đồng") nor by
  // who drew its members in.
  if (type === 'person' && ASKS_CONTACT.test(asked)) {
    return (sentence) => {
      const said = sentence.toLowerCase().normalize('NFC');
      return OFFICE_TO_GO.test(said) || (CONTACTED.test(said) && (BODY.test(said) || MEMBERS.test(said)));
    };
  }
  if (type === 'fee' && FREE.test(asked) && !ASKS_FREE.test(asked)) return (sentence) => sentenceFits('fee', sentence.replace(/miễn phí|không mất phí|không thu phí/giu, ' '));
  return () => true;
}

// Not "nằm ở đâu", which asks as often where a cause lies ("lý do chính nằm ở đâu").
const ASKS_SEAT = /\b(tru so|toa lac|dat (o|tai) (dau|cho nao|noi nao))\b/;
// Collected: received or picked up, a few words before where; not where something is drawn from ("lấy vốn ở đâu ra").
const ASKS_COLLECTED = /\b(nhan|lay)\b(?: [a-z0-9]+){0,4} (o dau|cho nao|noi nao)\b(?! ra\b)/;
// Handed in or sent, a few words before where (folded).
const ASKS_HANDED_IN = /\b(gui|nop)\b(?: [a-z0-9]+){0,4} (?:ve |toi |den |o )?(dau|cho nao|noi nao)\b/;
// An office it is handed in at, named within two words of "tại", "ở", "đến", "về", "qua" ("tại bộ phận một cửa", "về
// UBND xã"); not any place a sentence names ("tại các cơ quan nhà nước TP Hà Nội").
const HANDED_AT = /(?<!\p{L})(?:tại|ở|đến|về|qua)\s+(?:\p{L}+\s+){0,2}(?:bộ phận|ủy ban|uỷ ban|ubnd|sở|trụ sở|trung tâm|phòng|bưu điện|công an)(?!\p{L})/u;
// A channel an application goes through: a portal, an app, software, a site, e-mail, the post.
const THROUGH_CHANNEL = /(?<!\p{L})(cổng|trực tuyến|ứng dụng|phần mềm|trang web|website|email|thư điện tử|bưu chính|bưu điện|vneid|zalo)(?!\p{L})/u;
// Sent to the resident: by post, or to their home.
const SENT_HOME = /(?<!\p{L})(bưu chính|bưu điện|gửi về|trả về|tận nhà|tại nhà|đến nhà)(?!\p{L})/u;
// sentenceFits' place without the online ones (a portal, an app, software, a web page), and only at ("tại", "ở"):
// "đến 579/579 xã" is how far something reaches, "trên địa bàn" anywhere in the area. Read with the marks an article's
// sentence has: folded, "tai" is also tải, "pho" Phó and "so" any số.
const ON_THE_GROUND = /(?<!\p{L})(tại|ở)(?!\p{L}).{0,25}(?<!\p{L})(bộ phận|ủy ban|uỷ ban|ubnd|sở|phường|xã|quận|huyện|tỉnh|thành phố|tp|trung tâm|trụ sở|khu|nhà|tòa nhà|toà nhà|đường|phố)(?!\p{L})|(?<!\p{L})(địa chỉ|số \d+ (phố|đường))(?!\p{L})/u;
// Folded: "do đơn vị nào", "bởi cơ quan nào", "công ty nào phát triển"…
const ASKS_BODY = /\b(do|boi) (co quan|don vi|cong ty|doanh nghiep|to chuc|so|bo|nha mang|ben|nha cung cap) nao\b/;
// A body, with the marks articles write: not "cơ sở" (a facility), "cán bộ", "toàn bộ", "đồng bộ", "nội bộ", "thị trường".
const BODY = /(?<!\p{L})(?<!(?:cơ|cán|toàn|đồng|nội|thị|môi|hiện|tại) )(bộ|sở|ủy ban|uỷ ban|ubnd|hđnd|thành ủy|thành uỷ|cấp ủy|cấp uỷ|ban chỉ đạo|ban thường vụ|hội đồng|doanh nghiệp|trường|viện|trung tâm|hiệp hội|công ty|tập đoàn|ngân hàng|nhà mạng|cơ quan|cục|văn phòng|đơn vị|cổng thông tin|chính phủ|viettel|vnpt|mobifone)(?!\p{L})/u;
// Folded: "trước khi làm …", "trước đây", "từng giữ / đảm nhận / làm".
const ASKS_EARLIER = /\b(truoc (khi|day|do)|tung (giu|dam nhan|dam nhiem|lam|kinh qua))\b/;
const TELLS_EARLIER = /(?<!\p{L})(nguyên|từng|trước đây|trước đó|trước khi)(?!\p{L})/u;
const ASKS_ROLE = /\b(la ai|giu (chuc vu|chuc danh|vi tri|cuong vi)|(chuc vu|chuc danh|cuong vi) (gi|nao|la gi)|(lam|giu) chuc gi)\b/;
const OFFICE_MARKED = /(?<!\p{L})(giám đốc|chủ tịch|bộ trưởng|thứ trưởng|thủ tướng|bí thư|chánh văn phòng|trưởng phòng|trưởng ban|tổ trưởng)(?!\p{L})/u;

// Words that end a name typed in lower case ("ông trần hùng giữ chức vụ gì"): the question goes on there.
const NAME_ENDS = new Set(['giu', 'la', 'lam', 'chuc', 'noi', 'bao', 'dang', 'da', 'co', 'o', 'ben', 'tai', 'duoc', 'hien',
  'nay', 'cho', 'thi', 'vay', 'oi', 'hoi', 'phu', 'nam']);

// A lone y after a consonant is an i, as names are keyed ("Sỹ" and "Sĩ" alike); "Nguyễn" keeps its y. Folded text
// keeps its length, so positions found in it hold in the text.
const loneYAsI = (folded: string): string => folded.replace(/\b([bcdghklmnpqrstvx]+)y\b/g, '$1i');

/**
 * The person whose office is asked, by the last two syllables of the name, folded: the one the asking sentence opens on
 * ("Cho hỏi ông Vũ Đại Thắng … giữ vị trí nào?", "bà vũ thu hà là ai"), named in two to four words from a family name,
 * with no verb of saying before what is asked ("Ông Hùng nói người phụ trách là ai?" asks someone else). None otherwise.
 */
function namedPeople(message: string): string[] {
  const sentence = cleanText(message).split(/(?<=[.!?])\s+/).find((s) => ASKS_ROLE.test(foldDiacritics(s.toLowerCase()))) ?? '';
  // Or a clause before the one that asks sets the time ("Trước khi làm Giám đốc Sở, bà Vũ Thu Hà từng…"): the name opens
  // the asking clause.
  const clause = sentence.split(/,\s*/).find((c) => ASKS_ROLE.test(foldDiacritics(c.toLowerCase())));
  const name = nameOpening(sentence) ?? (clause && clause !== sentence ? nameOpening(clause) : undefined);
  return name ? [name] : [];
}

/** The name a text asking someone's office opens on, keyed by its last two folded syllables. */
function nameOpening(text: string): string | undefined {
  const typed = text.replace(/^\s*(?:cho|xin) (?:hỏi|hoi)(?!\p{L})/iu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = typed.map((w) => loneYAsI(foldDiacritics(w.toLowerCase())));
  let i = words[0] === 'ong' || words[0] === 'ba' ? 1 : words[0] === 'dong' && words[1] === 'chi' ? 2 : 0;
  // A name typed capitalised ends at the first word that is not ("Vũ Thu Hà từng…"); one typed in lower case at a word
  // that goes on with the question (NAME_ENDS).
  const capitalised = /^\p{Lu}/u.test(typed[i] ?? '');
  const name: string[] = [];
  while (i < words.length && name.length < 4 && !NAME_ENDS.has(words[i]!) && (!capitalised || /^\p{Lu}/u.test(typed[i]!))) name.push(words[i++]!);
  if (name.length < 2 || !isPersonName(name.join(' '))) return undefined;
  const rest = words.slice(i).join(' ');
  const asks = rest.search(ASKS_ROLE);
  return asks >= 0 && SAYS.test(rest.slice(0, asks)) ? undefined : name.slice(-2).join(' ');
}

/** Whether an office stands beside a name in a sentence: before it in its clause, or right after it past a comma. */
function officeBeside(sentence: string, name: string): boolean {
  const text = sentence.normalize('NFC').toLowerCase();
  const folded = loneYAsI(foldDiacritics(text));
  const at = folded.search(new RegExp(`(?<![a-z])${name}(?![a-z])`));
  if (at < 0) return false;
  const before = text.slice(0, at).split(/[,;:.!?“”"]/).at(-1)!;
  const after = text.slice(at + name.length);
  return OFFICE_MARKED.test(before) || (/^\s*,/.test(after) && OFFICE_MARKED.test(after.slice(0, 40)));
}

// Folded: "đăng ký với ai", "liên hệ ai", "gặp ai", "báo cho ai"; not "bảo ai" (told whom).
const ASKS_CONTACT = /\b(dang ky|dang ki|lien he|lien lac|gap|bao cho|bao voi|nop ho so|nop don)(?: (?:voi|cho))? ai\b/;
// An office one goes to, after "tại" as well ("đăng ký tại UBND phường"), which BODY leaves out.
const OFFICE_TO_GO = /(?<!\p{L})(ubnd|ủy ban|uỷ ban|bộ phận một cửa)(?!\p{L})/u;
// A person or a body is one to go to where the sentence says so ("liên hệ tổ trưởng tổ dân phố"): "uy tín của Tổ trưởng
// dân phố đã thu hút các bạn trẻ" says who drew the volunteers in, "Sở TT&TT đã tham mưu…" what an office did.
const CONTACTED = /(?<!\p{L})(liên hệ|liên lạc|đăng ký|đăng kí|gặp|báo cho|báo với)(?!\p{L})/u;
// "gồm những ai", "bao gồm ai", "thành phần là những ai": who make up a group.
const ASKS_MEMBERS = /\b(?:(?:gom|thanh phan(?: la)?)(?: nhung)?|co nhung) ai\b/;
// The people a group is made of, with the marks an article writes: the office words of WHO are also inside "cơ sở",
// "tăng trưởng", "thị trường", and "người dân" are whom it serves.
const MEMBERS = /(?<!\p{L})(?:bạn trẻ|thanh niên|đoàn viên|tình nguyện viên|cán bộ|công chức|hội viên|thành viên|học sinh|sinh viên|cựu chiến binh|tổ trưởng|trưởng thôn|lãnh đạo|công an|giáo viên|chuyên gia|người về hưu|(?:phó )?chủ tịch|bí thư|(?:phó )?giám đốc|trưởng phòng|trưởng ban)(?!\p{L})/u;

// "ngày nào cũng…" is every day, not a day asked.
const ASKS_DAY = /\b(ngay|hom) (nao|may|bao nhieu|thang nao)\b(?!(?: \S+){0,2} cung\b(?! (cap|ung)\b))/;
// "tháng nào cũng…" is every month. With marks when the message has them: folded, "thang may" is also thang máy (a lift);
// unmarked, only "thang nao" asks.
const NOT_EVERY = String.raw`(?!(?:\s+\S+){0,2}\s+(?:cũng|cung)(?!\p{L})(?!\s+(?:cấp|ứng|cap|ung)(?!\p{L})))`;
const ASKS_MONTH_MARKED = new RegExp(String.raw`(?<!\p{L})tháng\s+(?:nào|mấy)(?!\p{L})${NOT_EVERY}`, 'u');
const ASKS_MONTH_FOLDED = new RegExp(String.raw`(?<!\p{L})thang\s+nao(?!\p{L})${NOT_EVERY}`, 'u');
function asksMonth(message: string): boolean {
  const lower = message.toLowerCase().normalize('NFC');
  return hasDiacritics(lower) ? ASKS_MONTH_MARKED.test(lower) : ASKS_MONTH_FOLDED.test(lower);
}
// A month by its number or its own name ("tháng 10", "tháng Chạp": with marks, "thắng 2 giải" is a win), or with its
// year ("10/2023"; not a document's number, "09/2021/NQ-HĐND").
const MONTH_WITH_YEAR = String.raw`|(?<![\d/.-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?![\d/-])`;
const MONTH_NAMED_MARKED = new RegExp(String.raw`(?<!\p{L})tháng\s+(?:\d{1,2}(?!\d)|giêng|chạp)(?!\p{L})${MONTH_WITH_YEAR}`, 'u');
const MONTH_NAMED_FOLDED = new RegExp(String.raw`(?<!\p{L})thang\s+(?:\d{1,2}(?!\d)|gieng|chap)(?!\p{L})${MONTH_WITH_YEAR}`, 'u');
const givesMonth = (sentence: string): boolean => {
  const lower = sentence.toLowerCase().normalize('NFC');
  const folded = foldDiacritics(lower);
  // An article's sentence has its marks; one typed without them is read folded.
  return (hasDiacritics(lower) ? MONTH_NAMED_MARKED.test(lower) : MONTH_NAMED_FOLDED.test(folded)) || givesDay(folded);
};
// Folded, "đầu tư khi nào" (invests when) ends like "từ khi nào".
const ASKS_SINCE = /(?<!\bdau )\b(?:tu|bat dau(?: tu)?) (?:nam nao|nam may|bao gio|khi nao|luc nao|thoi diem nao|thang nao)\b/;
// A start: "từ năm 2021", "từ ngày 1/1", "từ quý III/2023", "từ 2023" (not "đầu tư 500 tỷ", nor "từ 40% lên"), or a verb
// that begins, sets up, opens, signs or appoints (not "công bố": a report published in 2023 says nothing of since when).
const GIVES_START = /(?<!\bdau )\btu (?:(?:ngay|thang|nam|quy|dau nam|cuoi nam|giua nam) )?(?:\d(?![\d.,]*\s*%)|[ivx]+\b)|\b(?:bat dau|khoi dong|khoi cong|khanh thanh|ra mat|ra doi|thanh lap|bo nhiem|nham chuc|giu chuc|trien khai|ban hanh|dua vao|di vao hoat dong|van hanh|ap dung|thi diem|khai truong|phat dong|(?<!\bchua )chinh thuc|ky ket)\b/;
// A day: "27/12", "27/9/2023", "27-12", "ngày 5", "mùng 5", on folded text; not a rank ("thứ 24/63") or a count of all
// ("35/35 sở"): the month must be one.
// With a dash only when named as a day or with its year: "2-3 giờ", "8-10%" are ranges.
const DAY_MONTH = /(?<!\bthu )(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d])|(?<=\b(?:ngay|hom|mung|mong) )(\d{1,2})-(\d{1,2})(?![\d%])|(?<![\d/.-])(\d{1,2})-(\d{1,2})(?=-(?:19|20)\d\d\b)/g;
const NAMED_DAY = /\b(ngay|mung|mong|hom) \d{1,2}\b/;
const givesDay = (folded: string): boolean => NAMED_DAY.test(folded)
  || [...folded.matchAll(DAY_MONTH)].some((m) => {
    const [day, month] = [Number(m[1] ?? m[3] ?? m[5]), Number(m[2] ?? m[4] ?? m[6])];
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  });

// Who a thing is for: "chữ ký số miễn phí cho người dân" is not "… cho doanh nghiệp". Two classes residents ask about.
const FOR_WHOM = /\bcho (?:cac |nhung |moi )?(doanh nghiep|cong ty|to chuc|nguoi dan|cong dan|nhan dan|dan|ca nhan|ho gia dinh)\b/g;
const BUSINESS = new Set(['doanh nghiep', 'cong ty', 'to chuc']);
const BUSINESS_NAMED = /\b(doanh nghiep|cong ty)\b/;
const RESIDENT_NAMED = /\b(nguoi dan|cong dan|nhan dan|ca nhan|ho gia dinh|ba con)\b/;
const forWhom = (folded: string): Set<'business' | 'resident'> =>
  new Set([...folded.matchAll(FOR_WHOM)].map((m) => (BUSINESS.has(m[1]!) ? 'business' as const : 'resident' as const)));

/**
 * Whether a sentence gives the fact for whom the message asks it: one that says whom it is for ("cho người dân") and
 * names none of those asked ("cho doanh nghiệp") speaks of someone else. A sentence that names no one, or a message
 * that asks for no one, passes.
 */
export function forWhomAsked(message: string): (sentence: string) => boolean {
  const folded = foldDiacritics(message.toLowerCase());
  const asked = forWhom(folded);
  // Named without "cho" ("lệ phí cấp chữ ký số doanh nghiệp", "công ty mình làm chữ ký số…"): a business is asked for
  // when the message names one and no resident.
  if (asked.size === 0 && BUSINESS_NAMED.test(folded) && !RESIDENT_NAMED.test(folded)) asked.add('business');
  if (asked.size === 0) return () => true;
  return (sentence) => {
    const said = forWhom(foldDiacritics(sentence.toLowerCase()));
    return said.size === 0 || [...said].some((w) => asked.has(w));
  };
}

// Groups of residents a figure is asked of, each in the wordings a sentence may use. "Người cao tuổi … bao nhiêu phần
// trăm dùng smartphone" is not answered by the share of all subscribers.
const GROUPS: readonly (readonly string[])[] = [
  // By age too, from fifty: "người trên 60 tuổi", "các cụ từ 70 tuổi", "60 tuổi trở lên" (not "từ 14 tuổi").
  ['người cao tuổi', 'người già', 'người lớn tuổi', 'cao tuổi', '(?:người|dân|các cụ|cụ) (?:trên|từ|ngoài|hơn) (?:[5-9]\\d|1\\d\\d) tuổi', '(?:[5-9]\\d|1\\d\\d) tuổi trở lên'],
  ['học sinh'], ['sinh viên'], ['trẻ em', 'trẻ nhỏ'], ['thanh niên', 'thanh thiếu niên', 'đoàn viên'], ['phụ nữ'],
  ['nông dân'], ['người khuyết tật'], ['hộ nghèo'], ['công nhân'], ['giáo viên'],
];
const groupPattern = (w: string): RegExp => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu');
const GROUPS_MARKED = GROUPS.map((wordings) => wordings.map(groupPattern));
// Global, for reading every place a question names a group (compiled once: a figure answer reads them all).
const GROUPS_MARKED_ALL = GROUPS.map((wordings) => wordings.map((w) => new RegExp(groupPattern(w).source, 'giu')));
const ANY_GROUP = new RegExp(`\\b(?:${GROUPS.flat().map((w) => foldDiacritics(w)).join('|')})\\b`);
const GROUPS_FOLDED_ALL = GROUPS.map((wordings) => wordings.map((w) => new RegExp(groupPattern(foldDiacritics(w)).source, 'giu')));
// A clause that opens on the resident ("Tôi là sinh viên, …") says who asks, not whom the figure is of.
const RESIDENT_OPENS = /^\s*(tôi|toi|mình|minh|em|tui|tớ|con tôi|con toi|bố tôi|mẹ tôi|nhà tôi)(?!\p{L})/iu;
// …up to where it asks ("Tôi là sinh viên muốn biết…"; "Tôi muốn biết bao nhiêu phần trăm người cao tuổi…" asks of
// them). Unmarked "hoi" is also hội ("hoi vien"): only with marks.
const CLAUSE_ASKS = /(?<!\p{L})(bao nhiêu|bao nhieu|mấy|phần trăm|phan tram|tỷ lệ|ty le|nào|nao|gì|không|khong|biết|biet|hỏi)(?!\p{L})|%/iu;
// A group named after a paper's word is the paper ("báo Thanh Niên", "báo Phụ nữ Thủ đô").
const PAPER_BEFORE = /(?<!\p{L})(báo|tạp chí|đài|bao|tap chi|dai)\s+$/iu;

/**
 * For a figure question: whether a sentence is of the group of residents the question names (the elderly, pupils,
 * young people…), outside a clause that only says who the resident is, and not as a paper's name ("báo Thanh Niên"):
 * it names that group in any of its wordings. Compared with marks when the question has them ("công nhận" is not
 * "công nhân"). Every sentence passes when no group is named.
 */
export function groupAsked(asked: string): (sentence: string) => boolean {
  // Most figure questions name no group: one folded test before reading clauses.
  if (!ANY_GROUP.test(foldDiacritics(asked.toLowerCase()))) return () => true;
  const text = asked.normalize('NFC').replace(/\([^)]*\)/g, ' ');
  const marked = hasDiacritics(text);
  const clauses = (marked ? text : foldDiacritics(text)).split(/[,.;:!?]/).map((c) => {
    if (!RESIDENT_OPENS.test(c)) return c;
    const at = CLAUSE_ASKS.exec(c);
    return at ? c.slice(at.index) : '';
  });
  // After a paper's word, or in title case past its first word inside a clause ("…theo Thanh Niên"): a name. At a
  // clause's start title case is a resident's style ("Người Cao Tuổi dùng…").
  const named = (clause: string, m: RegExpMatchArray): boolean => {
    const before = clause.slice(0, m.index!);
    return PAPER_BEFORE.test(before) || (/\s\p{Lu}/u.test(m[0]) && before.trim() !== '');
  };
  const groups = GROUPS.map((_, g) => g).filter((g) => (marked ? GROUPS_MARKED_ALL : GROUPS_FOLDED_ALL)[g]!
    .some((w) => clauses.some((c) => [...c.matchAll(w)].some((m) => !named(c, m)))));
  if (groups.length === 0) return () => true;
  return (sentence) => groups.some((g) => GROUPS_MARKED[g]!.some((w) => w.test(sentence.normalize('NFC'))));
}
