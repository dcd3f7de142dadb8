import { describe, expect, it } from 'vitest';
import table from './paraphrases.json' with { type: 'json' };
import { createAbbreviationExpander } from '../text/abbreviations.js';
import { foldDiacritics } from '../text/normalize.js';

const entries = Object.entries(table as Record<string, string>);
const lexicon = createAbbreviationExpander(table as Record<string, string>, { marksMatter: true });

describe('the paraphrase lexicon file', () => {
  it('files every entry under a subject note, with a non-empty expansion', () => {
    let group: string | undefined;
    for (const [key, value] of entries) {
      expect(value.trim(), key).not.toBe('');
      if (key.startsWith('_')) {
        if (key !== '_comment') group = key;
        continue;
      }
      expect(group, `${key} has no group note above it`).toBeDefined();
    }
  });

  it('has no two keys that differ only in marks or case (the expander would keep just one)', () => {
    const seen = new Map<string, string>();
    for (const [key] of entries) {
      if (key.startsWith('_')) continue;
      const folded = foldDiacritics(key.normalize('NFC')).toLowerCase();
      expect(seen.get(folded), `${key} collides`).toBeUndefined();
      seen.set(folded, key);
      expect(key).toBe(key.normalize('NFC').toLowerCase());
    }
  });
});

describe('the paraphrase lexicon\'s wordings', () => {
  it('separates alternative official wordings by semicolons, none empty', () => {
    for (const [key, value] of entries) {
      if (key.startsWith('_')) continue;
      for (const wording of value.split(';')) expect(wording.trim(), key).not.toBe('');
    }
  });
});

describe('the paraphrase lexicon reads residents', () => {
  it.each([
    ['cài app vneid', 'cài đặt ứng dụng'],
    ['quẹt thẻ có được không', 'thanh toán không dùng tiền mặt'],
    ['chợ mạng ở Hà Nội', 'thương mại điện tử'],
    ['thiếu dân IT', 'nhân lực công nghệ thông tin'],
    ['lam giay to online', 'dịch vụ công trực tuyến'],
    ['thành phố khôn lên', 'thông minh'],
    ['người giỏi máy tính', 'nhân lực công nghệ thông tin'],
    ['ở phường lương thấp quá', 'thu nhập thấp'],
    ['công nhân viên chức', 'viên chức'],
    ['điểm yếu của thành phố', 'tồn tại; hạn chế'],
    ['sổ khám bệnh', 'sổ sức khỏe điện tử; hồ sơ bệnh án điện tử'],
    ['internet kéo dây tận nhà', 'cáp quang; băng rộng cáp quang'],
    ['mạng internet siêu tốc bằng cáp', 'băng rộng'],
    ['xin qua ứng dụng căn cước', 'VNeID'],
    // Everyday verbs (session 62): an event that takes place, at the same time, a year set, a name mentioned.
    ['buổi đó diễn ra vào hôm nào', 'tổ chức'],
    ['cả thành phố làm cùng lúc luôn', 'đồng thời'],
    ['thành phố hẹn đến năm nào', 'phấn đấu đến'],
    ['có nhắc tên hệ thống đó không', 'nêu tên'],
    ['cuộc phỏng vấn ông Hùng làm vào dịp nào', 'chia sẻ với PV'],
    // Session 63: calling on people, slowly and surely, a place to keep data.
    ['các quận có hô hào người dân không', 'kêu gọi'],
    ['làm kiểu từ từ chắc ăn', 'từng bước, chắc chắn'],
    ['xây chỗ chứa thông tin chung', 'trung tâm dữ liệu'],
    ['bác sĩ còn kê thuốc viết tay không', 'đơn thuốc điện tử'],
    ['bệnh viện có kê đơn trên máy không', 'đơn thuốc điện tử'],
    ['trẻ con học qua máy có quen không', 'học trực tuyến'],
    // Session 64: startups, Đề án 06 by its data, social insurance as a field, carried through, small shops, a market of
    // the new kind.
    ['mấy bạn trẻ mở công ty làm app', 'khởi nghiệp'],
    ['mấy đứa trẻ mở công ty làm app', 'khởi nghiệp'],
    ['thành phố có khuyến khích mở công ty không', 'khởi nghiệp'],
    ['cái đề án dữ liệu dân cư, căn cước làm tới đâu', 'Đề án 06'],
    ['chuyện bảo hiểm xã hội có làm online không', 'an sinh xã hội'],
    ['muốn số hóa trót lọt thì cần gì', 'thành công'],
    ['nhà có quầy tạp hóa nhỏ', 'hộ kinh doanh'],
    ['có chợ kiểu mới nào không', 'chợ 4.0'],
    ['quy hoạch tính xa tới năm nào', 'tầm nhìn đến'],
    ['sổ ghi điểm có trên máy chưa', 'học bạ điện tử'],
    ['có bảo tàng xem qua mạng không', 'bảo tàng số'],
    ['thiếu người có phải chỗ tắc không', 'điểm nghẽn'],
    ['có bớt chuyện tiêu cực không', 'tham nhũng'],
    ['mấy cô chú làm không công à', 'chế độ đãi ngộ'],
    ['làm số hóa vướng nhất ở chỗ nào', 'thách thức'],
  ])('%j gains %j', (text, official) => {
    expect(lexicon.expand(text)).toContain(official);
  });

  // Unmarked, these are everyday words (trực tuyến, cái gì, ít nhất, số lượng, áp dụng, ở đây, bán hàng): no
  // single-syllable key may claim them.
  it.each(['hop truc tuyen', 'cai gi', 'it nhat', 'so luong thue bao', 'ap dung', 'o day', 'ban hang'])(
    '%j is left alone',
    (text) => {
      expect(lexicon.expand(text)).toBe(text);
    },
  );
  // The end of a province's name is not an everyday word: "Hà Nội thành thành phố thông minh" is not the inner city.
  it.each(['Xây Hà Nội thành thành phố thông minh', 'xay ha noi thanh thanh pho'])('%j keeps its province', (text) => {
    expect(lexicon.expand(text)).not.toContain('khu vực đô thị trung tâm');
  });

  it('reads no interview into "bài phỏng vấn", which frames what is asked of it', () => {
    expect(lexicon.expand('trong bài phỏng vấn ông Giám đốc nói gì')).not.toContain('chia sẻ với PV');
  });

  it('still reads the inner city when it is named', () => {
    expect(lexicon.expand('Ở Hà Nội nội thành có gì')).toContain('khu vực đô thị trung tâm');
  });
});
