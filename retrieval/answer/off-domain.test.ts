import { describe, expect, it } from 'vitest';
import { offDomainWords } from './off-domain.js';
import { tokenize } from '../text/tokenize.js';

// The articles' words, keyed as the index keys them (marked syllables and pairs): "thời tiết" is not among them;
// "phim" and "bóng đá" are, as if an article on a film and a match had been added.
const keys = (text: string): string[] => {
  const tokens = tokenize(text);
  return [...tokens.map((t) => t.exact), ...tokens.slice(1).map((t, i) => `${tokens[i]!.exact} ${t.exact}`)];
};
const corpus = new Set(['Việt Nam', 'Hà Nội', 'phim', 'bóng đá', 'tốt nghiệp'].flatMap(keys));
const vocabulary = { has: (term: string): boolean => corpus.has(term) };

describe('offDomainWords', () => {
  it.each([
    ['Ai là ca sĩ hát hay nhất Việt Nam?', ['ca sĩ']],
    ['Dự báo thời tiết cuối tuần ở Hà Nội thế nào?', ['thời tiết']],
    ['Bão sắp tới có đổ bộ vào Hải Phòng không?', ['bão', 'đổ bộ']],
    // Unmarked, "bao" is bao nhiêu.
    ['bao nhieu ho o hai phong co cap quang', []],
    // Schoolwork: a lesson's subject, not a public service ("ứng dụng" there is an application of calculus).
    ['Ứng dụng của đạo hàm trong vật lý lớp 12 là gì vậy?', ['đạo hàm', 'vật lý']],
    ['Môn Giáo dục công dân lớp 8 có những bài nào?', ['môn giáo dục công dân']],
    ['Đội tuyển Việt Nam đá trận tiếp theo khi nào?', ['đội tuyển', 'đá trận']],
    // Naming a child, making up after a quarrel: family and romance.
    ['Đặt tên cho con gái sinh năm Bính Ngọ sao cho hợp?', ['đặt tên cho con']],
    ['Có cách nào làm lành với bạn thân không?', ['làm lành']],
    // University entrance scores; a handsome handwritten signature (not a digital one).
    ['Điểm chuẩn Đại học Bách khoa Hà Nội năm ngoái là bao nhiêu?', ['điểm chuẩn']],
    ['Thiết kế giúp mình chữ ký đẹp cho tên Hùng với', ['chữ ký đẹp']],
    // Unsecured loans and the dollar's rate, typed without marks too ("tỷ giá" alone is left to marks).
    ['Vay tin chap ngan hang lai suat bao nhieu la hop ly?', ['vay tín chấp']],
    ['ty gia do la hom nay', ['tỷ giá đô la']],
    // Typed without marks: only words whose unmarked spelling is no other word's.
    ['ai la ca si hat hay nhat', ['ca sĩ']],
    ['Ca si nào đang nổi nhất?', ['ca sĩ']],
    ['toi nghe nhac la ha noi cap chu ky so mien phi', []],
    ['ha noi co tang can bo cntt cho phuong xa khong', []],
    ['mua bao hiem y te online duoc khong', []],
    ['co phieu ly lich tu phap roi thi sao', []],
    ['ke cho minh mot cau chuyen cuoi di', []],
    ['mk bi mat ngu may hom nay, uong gi cho de ngu', ['mất ngủ']],
    ['chi minh cach nau an mon pho bo', ['nấu ăn']],
    // Whose unmarked spelling is a phrase of the field, not: "Hà Nội đưa" is no "nói đùa", "doanh thu cũng" no "thú cưng".
    ['So ho so cua Ha Noi dua len trang web nhieu hay it', []],
    ['doanh thu cung kha, quan co ho tro khai thue khong', []],
    // Nor one the text runs on from into another word: "số đề tài" counts research topics.
    ['Số đề tài khoa học do thanh niên làm chủ nhiệm tăng bao nhiêu?', []],
    ['Hôm nay số đề về con gì?', ['số đề']],
    // Words the articles use are theirs to answer: an added article on the subject makes it in scope.
    ['Có phim nào về chuyển đổi số không?', []],
    ['Trận bóng đá chuyển đổi số có không?', []],
    // With marks typed, compared with them: "phó giám đốc" is not "phở".
    ['Phó giám đốc sở là ai?', []],
    // Whole words, within a clause: "tỷ số" is not "tỷ, số liệu".
    ['Có bao nhiêu tỷ, số liệu ở đâu?', []],
    // The resident's story is not what they ask.
    ['Tôi bán trà sữa, muốn bán hàng qua thương mại điện tử thì ai hỗ trợ?', []],
    ['Hải Phòng có sổ sức khỏe điện tử không, tôi muốn theo dõi giảm cân', []],
    ['Tôi là diễn viên. Ai là diễn viên nổi tiếng nhất?', ['diễn viên']],
    // A clause that opens on the resident and asks is the question.
    ['Tôi muốn biết ca sĩ nào hát hay nhất Việt Nam?', ['ca sĩ']],
    ['Mình muốn hỏi tử vi tuổi Dần', ['tử vi']],
    ['em oi cho hoi thoi tiet mai the nao', ['thời tiết']],
    // Story up to the clause's first asking word.
    ['Tôi bán trà sữa cho sinh viên, muốn bán hàng qua thương mại điện tử thì ai hỗ trợ?', []],
    ['Tôi bán phở không biết đăng ký hộ kinh doanh online thế nào?', []],
    ['Tôi là diễn viên nên muốn hỏi cách đăng ký chữ ký số', []],
    // Either folding of a lone y ("mỹ", "mĩ"), and any separator between words.
    ['Mỹ phẩm nào tốt nhất Việt Nam?', ['mỹ phẩm']],
    ['Mĩ phẩm nào tốt nhất?', ['mỹ phẩm']],
    ['Tỷ số hôm qua là mấy?', ['tỷ số']],
    ['bóng/rổ hôm nay thế nào', ['bóng rổ']],
    // Unmarked spellings of other words: "từ ví", "hẹn hồ sơ".
    ['thanh toan tu vi dien tu', []],
    ['dat lich hen ho so ly lich tu phap o dau', []],
  ])('%j → %j', (q, words) => {
    expect(offDomainWords(q, vocabulary)).toEqual(words);
  });
});
