import { describe, expect, it } from 'vitest';
import { askedMeasure, holdsMeasure, measureHeld, measureTokens } from './measure.js';

describe('what a figure question counts', () => {
  it.each([
    ['Hà Nội có bao nhiêu tổ công nghệ số cộng đồng?', [['to']]],
    ['Thời gian tới Hà Nội sẽ tập trung vào mấy nhiệm vụ trọng tâm?', [['nhiem']]],
    // Past a unit: a share of households counts households.
    ['Bao nhiêu phần trăm hộ gia đình được phủ cáp quang?', [['ho']]],
    // A measure named before a share asked ("tốc độ cao tới bao nhiêu phần trăm") is not what is asked.
    ['Hải Phòng phấn đấu kéo cáp quang tốc độ cao tới bao nhiêu phần trăm (tỷ lệ) hộ gia đình?', undefined],
    ['Mạng WAN có tốc độ cao tới bao nhiêu %?', undefined],
    // A cause after the question word counts nothing: "tăng bao nhiêu nhờ kinh tế số".
    ['Năng suất lao động mỗi năm tăng bao nhiêu nhờ kinh tế số?', undefined],
    ['Số người dùng giảm bao nhiêu do dịch?', undefined],
    // Nor does "tới" (up to) after the verb: "chiếm tới bao nhiêu phần trăm".
    ['Hóa đơn tiền điện trả bằng chuyển khoản chiếm tới bao nhiêu phần trăm rồi?', undefined],
    ['ty trong KTS toi thieu bao nhieu % GRDP', [['grdp']]],
    // Unmarked as typed, though an expansion brings marks: "vay" is the particle vậy.
    ['ty le nguoi dan VN (Việt Nam) dung dien thoai la bao nhieu % vay?', undefined],
    ['ty trong KTS trong GRDP cua HN nam 2022 dung thu (xếp thứ) may ca nuoc', undefined],
    // So is a closing "nhe" in a question the chat reading gave marks to.
    ['thue bao di dong hn được bao nhiêu % nhe', undefined],
    ['CKS (chữ ký số) mien phi cap được bao nhiêu roi', undefined],
    // The chat reading's marks ("bn" → "bao nhiêu") say nothing of how the rest was typed: "moi" is mỗi.
    ['nang suat lao dong tang bao nhiêu % moi nam', undefined],
    ['CKS (chữ ký số) mien phi cap được bao nhiêu cai r', undefined],
    // An expansion right after the word names the same thing, by its first two words: "(cấp xã)" for "xã phường" is
    // not any "cấp" ("3 cấp chính quyền").
    ['HP co bao nhieu DVC (dịch vụ công) truc tuyen', [['dvc'], ['dich', 'vu']]],
    ['Mạng đã phủ tới bao nhiêu xã phường (cấp xã)?', [['xa'], ['phuong'], ['cap', 'xa']]],
    // Two levels of government counted together, joined by a comma, "/" or "và", count either.
    ['Mạng đã nối tới bao nhiêu phường, xã rồi?', [['phuong'], ['xa']]],
    ['Có bao nhiêu quận và huyện?', [['quan'], ['huyen']]],
    ['Có bao nhiêu xã, phần trăm là bao nhiêu?', [['xa']]],
    // Only levels of government: after a comma the next clause may start.
    ['Có bao nhiêu xã, tính đến năm 2024?', [['xa']]],
    ['Có bao nhiêu điểm, tăng mấy bậc?', [['diem']]],
    ['Có bao nhiêu xã/phường?', [['xa'], ['phuong']]],
    ['Phần mềm của Hải Phòng đã về tới bao nhiêu phường xã?', [['phuong'], ['xa']]],
    ['Có mấy quận huyện họp trực tuyến?', [['quan'], ['huyen']]],
    ['Có bao nhiêu xã, thì sao?', [['xa']]],
    // Each of several wordings counts, its plural word left out.
    ['Có bao nhiêu bạn trẻ (các thanh niên; đoàn viên) tham gia?', [['ban'], ['thanh', 'nien'], ['doan', 'vien']]],
    // The wording comes after the whole everyday phrase, a word past the head.
    ['Kế hoạch đặt ra bao nhiêu việc cần làm (nhiệm vụ) về kinh tế số?', [['viec'], ['nhiem', 'vu']]],
    // The lexicon's wording after a longer everyday phrase that starts at the counted thing.
    ['Kinh tế số chiếm bao nhiêu phần GDP của thành phố (GRDP)?', [['gdp'], ['grdp']]],
    // Marked, "chợ" is not "cho" (for), which would end the noun.
    ['Hà Nội có bao nhiêu chợ 4.0?', [['cho']]],
    // Marked, "đô thị" counts towns; "đó" points back to what was named before.
    ['Hà Nội phải có bao nhiêu đô thị thông minh đến 2030?', [['do']]],
    ['Thành phố có bao nhiêu cái đó?', undefined],
    ['Trung tâm dữ liệu có dung lượng bao nhiêu?', [['dung']]],
    // Whom the resident calls, after the question word, counts nothing ("ad" is read as "bạn").
    ['Tỷ lệ thanh toán tiền điện là bao nhiêu bạn ơi?', undefined],
    ['Hà Nội có bao nhiêu dịch vụ công ad ơi', [['dich']]],
    // "cung cấp bao nhiêu" counts what is provided; "tăng bao nhiêu bậc" counts bậc.
    ['Hải Phòng đang cung cấp bao nhiêu dịch vụ công trực tuyến?', [['dich']]],
    ['DTI tăng bao nhiêu bậc?', [['bac'], ['hang']]],
    ['Dịch vụ công mức độ mấy?', undefined],
    // "xếp mấy" asks which rank, as "xếp thứ mấy" does: what follows is said, not counted.
    ['thang 10/2023 ICT index thi HN xep may ca nuoc', undefined],
    // "bao nhiêu" asks; a "mấy" beside it is a plural (some institutes), not what is counted.
    ['Số bạn trẻ làm ở mấy viện khoa học sẽ tăng bao nhiêu?', undefined],
    ['Mấy xã có bao nhiêu tổ công nghệ số?', [['to']]],
    ['Hà Nội xếp hạng mấy, có bao nhiêu điểm?', undefined],
    // A counting "mấy" before "thứ mấy" is a plural: the question asks which rank.
    ['Mấy cái vụ mua bán online của Hà Nội xếp hạng thứ mấy cả nước vậy?', undefined],
    ['Hà Nội có mấy trung tâm dữ liệu?', [['trung']]],
    // "thử mấy" tries some: what is counted follows, as after any verb.
    ['Hà Nội làm thử mấy mô hình?', [['mo']]],
    // People and cases are counted in many words.
    ['Mỗi ngày có bao nhiêu người làm lý lịch tư pháp?', 'people'],
    ['bao nhieu ho so moi ngay', 'people'],
    // Nothing in particular: a rise, a share, a rank, a document's number, money, a span of time.
    ['Chỉ số tăng bao nhiêu so với năm 2021?', undefined],
    ['Tỷ lệ thanh toán tiền điện đạt bao nhiêu?', undefined],
    ['Hà Nội xếp thứ mấy về DTI?', undefined],
    ['Đến 2025 thành phố muốn vào top mấy cả nước?', undefined],
    // "theo" (according to) ends the noun: nothing in particular is counted.
    ['Tỷ lệ người dùng internet là bao nhiêu theo bài về Hải Phòng?', undefined],
    ['Đó là nghị quyết số mấy vậy?', undefined],
    ['nghị quyết đại hội lần thứ mấy đặt ra nhiệm vụ', undefined],
    ['Làm mất bao nhiêu tiền?', undefined],
    // "bao nhiêu nơi" counts the places just named; "nội dung" is a thing counted.
    ['Đã có ở tất cả các phường xã chưa, bao nhiêu nơi?', undefined],
    ['Có bao nhiêu nơi ở Hà Nội cấp chữ ký số miễn phí?', [['noi']]],
    // A closing particle after it still closes the question.
    ['Đã phủ cáp quang ở tất cả các phường xã chưa, bao nhiêu nơi rồi?', undefined],
    ['Kế hoạch có bao nhiêu nội dung?', [['noi']]],
    // What is counted was named before ("cái như vậy", "mấy cái đó").
    ['Vậy tới giờ đã phát được bao nhiêu cái như vậy rồi?', undefined],
    // An approximator before the question word is not what is counted.
    ['Hà Nội có chừng bao nhiêu phần trăm hộ có cáp quang?', [['ho']]],
    ['Nhà ở Hà Nội có chừng bao nhiêu phần trăm đã kéo cáp quang?', undefined],
    ['Nhanh hơn mấy năm?', undefined],
    // "máy" (machine) typed with marks does not ask; "mấy năm nay" is "these past few years".
    ['Có bao nhiêu máy tính?', [['may']]],
    ['Trường có máy tính không', undefined],
    ['Mấy năm nay Hà Nội làm gì', undefined],
    // Ranks climbed are given as "hạng" or "bậc", either word.
    ['Năm 2022 Hà Nội nhảy lên được mấy hạng so với năm trước?', [['bac'], ['hang']]],
    // A measure named before the question word ("điểm số cụ thể là bao nhiêu", "tốc độ đường truyền bao nhiêu").
    ['DTI 2022 HN xếp 24/63 thì điểm số cụ thể là bao nhiêu?', [['diem']]],
    ['Mạng WAN có tốc độ đường truyền là bao nhiêu?', [['toc']]],
    // …past the lexicon's wording of the subject bracketed after it.
    ['Mạng WAN có tốc độ đường truyền (mạng băng rộng) bao nhiêu?', [['toc']]],
    ['Hà Nội thí điểm được bao nhiêu mô hình?', [['mo']]],
    ['Cấp lý lịch tư pháp thí điểm là bao nhiêu tỉnh?', [['tinh']]],
    // After "chiếm", the lexicon's wording of the unit is the unit: the share is of what follows.
    ['Năm 2030 Hà Nội đặt mục tiêu kinh tế số chiếm bao nhiêu phần trăm (tỷ lệ) GRDP?', [['grdp']]],
    ['Bao nhiêu phần trăm (tỷ lệ) nhà ở Hà Nội có cáp quang?', undefined],
    // A plural word before the noun is no part of it.
    ['Đến 2030 có bao nhiêu phần bọn thanh niên được đem ý tưởng ra áp dụng?', [['thanh']]],
    ['bao nhiêu phần trăm các hộ có cáp quang', [['ho']]],
    // Marked, "bồn" is no "bọn".
    ['Hà Nội có bao nhiêu bồn rửa tay tự động?', [['bon']]],
  ])('%j counts %j', (q, expected) => {
    const m = askedMeasure(q);
    if (expected === 'people') expect(m?.words).toContainEqual(['truong', 'hop']);
    else expect(m?.words).toEqual(expected);
  });
});

describe('a sentence that gives the counted figure', () => {
  it.each([
    ['Hà Nội sẽ tập trung vào 3 nhiệm vụ trọng tâm.', 'mấy nhiệm vụ trọng tâm?', true],
    ['Đến nay, đã cấp khoảng 10 nghìn chữ ký số miễn phí.', 'đã cấp bao nhiêu chữ ký số?', true],
    ['Một ngày có 700 - 800 trường hợp đề nghị cấp lý lịch tư pháp.', 'một ngày bao nhiêu người làm?', true],
    ['Tỷ trọng kinh tế số trong GRDP chiếm khoảng 30%.', 'kinh tế số chiếm bao nhiêu phần trăm GRDP?', true],
    ['Hạ tầng cáp quang phủ đến 100 xã, phường và 93,15% hộ gia đình.', 'bao nhiêu phần trăm hộ gia đình có cáp quang?', true],
    ['Tập trung vào ba trụ cột chính.', 'có mấy trụ cột?', true],
    // Two levels counted together: the articles list them in their own order.
    ['Hà Nội duy trì mạng diện rộng WAN đến 579/579 xã, phường, thị trấn.', 'Mạng đã nối tới bao nhiêu phường, xã rồi?', true],
    // A share may come further after the thing than a figure given by a verb.
    ['Tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%.', 'bao nhiêu phần trăm dân có tài khoản?', true],
    ['Dân số có tài khoản thanh toán điện tử của các ngân hàng lớn trong nước đạt 50 triệu.', 'bao nhiêu dân có tài khoản?', false],
    // A figure about something else, or a number that is part of a name.
    ['Nhiều mô hình chợ 4.0, tuyến phố thanh toán không tiền mặt đang được triển khai.', 'Hà Nội có bao nhiêu chợ 4.0?', false],
    ['Nhiều mô hình chợ 4.0, tuyến phố thanh toán không tiền mặt đang được triển khai.', 'Bao nhiêu tuyến phố thanh toán không tiền mặt?', false],
    ['Đến nay, đã cấp khoảng 10 nghìn chữ ký số miễn phí.', 'Hà Nội có bao nhiêu điểm cấp chữ ký số?', false],
    ['Hải Phòng cung cấp 1.232 dịch vụ công trực tuyến.', 'Hải Phòng có bao nhiêu tổ công nghệ số?', false],
    // The resident's own figure is not the answer.
    ['Kinh tế số chiếm 17,15% GRDP.', 'Hà Nội 17,15% GRDP, vậy kinh tế số chiếm bao nhiêu % GRDP?', false],
    ['DTI năm 2022 xếp thứ 24/63, tăng 16 bậc so với năm 2021.', 'năm 2022 nhảy lên mấy hạng?', true],
    // People counted under an official wording the lexicon added.
    ['Phấn đấu 50% dân số trưởng thành có chữ ký số.', 'bao nhiêu người lớn (dân số trưởng thành) có chữ ký số?', true],
    // Homes, however named; not the carriers a "nhà mạng" is.
    ['Phủ cáp quang tới 90% hộ gia đình.', 'bao nhiêu % nhà có cáp quang?', true],
    ['Phủ cáp quang tới 90% hộ gia đình.', 'có bao nhiêu nhà mạng kéo cáp quang?', false],
    // Nothing in particular counted: any new figure will do (the other checks decide).
    ['Tỷ lệ đạt 99,9%.', 'Tỷ lệ đạt bao nhiêu?', true],
    // "Kép" gives two of the thing it follows.
    ['Chương trình nhằm mục tiêu kép là vừa phát triển Chính phủ số, vừa hình thành doanh nghiệp số.', 'chương trình nhằm mấy mục tiêu?', true],
    ['Chương trình nhằm mục tiêu phát triển Chính phủ số.', 'chương trình nhằm mấy mục tiêu?', false],
    // People a number of things is given to are counted by it; not by a sum of money spent on them.
    ['Đến nay, đã cấp khoảng 10 nghìn chữ ký số miễn phí cho công dân.', 'đã phát chữ ký số cho khoảng bao nhiêu người rồi?', true],
    ['Thành phố chi 500 tỷ đồng hỗ trợ cho người dân.', 'bao nhiêu người được hỗ trợ?', false],
    ['Đã cấp 10 nghìn chữ ký số, cùng nhiều tài khoản khác cho người dân.', 'bao nhiêu người có chữ ký số?', false],
    ['Đã cấp 10 nghìn chữ ký số miễn phí cho công dân.', 'mỗi ngày nhận bao nhiêu hồ sơ?', false],
    // The figure in brackets after the thing is its figure; a bracket that holds words ends the clause.
    ['Người dân sử dụng điện thoại di động (150%) và mạng Internet (70%).', 'Bao nhiêu % dân dùng điện thoại?', true],
    ['Người dân sử dụng điện thoại (di động) nhiều, 150% là của thuê bao.', 'Bao nhiêu % dân dùng điện thoại?', false],
  ])('%j answers %j: %s', (sentence, question, expected) => {
    expect(holdsMeasure(sentence, askedMeasure(question), question)).toBe(expected);
  });
});

describe('a count asked, a share given', () => {
  it.each([
    // Asked how many, a share of the thing fits less than a count of it.
    ['100% thủ tục hành chính được cung cấp trực tuyến.', 'Hải Phòng có bao nhiêu thủ tục làm online?', 'share'],
    ['Hải Phòng cung cấp 1.232 thủ tục trực tuyến.', 'Hải Phòng có bao nhiêu thủ tục làm online?', 'as asked'],
    // A count anywhere in the sentence is read past a share before it.
    ['Đạt 100% thủ tục, tức 1.232 thủ tục trực tuyến.', 'Có bao nhiêu thủ tục làm online?', 'as asked'],
    // Asked what share, a share is as asked: "%", "phần trăm", "tỷ lệ".
    ['100% thủ tục hành chính được cung cấp trực tuyến.', 'Bao nhiêu phần trăm thủ tục làm online?', 'as asked'],
    ['Cáp quang phủ 93,15% hộ gia đình.', 'tỷ lệ bao nhiêu hộ có cáp quang', 'as asked'],
    ['Cáp quang phủ 93,15% hộ gia đình.', 'Bao nhiêu hộ có cáp quang?', 'share'],
    ['Cáp quang phủ 93 phần trăm hộ gia đình.', 'Bao nhiêu hộ có cáp quang?', 'share'],
    ['Duy trì mạng WAN tới 3 cấp chính quyền.', 'Mạng đã phủ tới bao nhiêu xã phường (cấp xã)?', 'none'],
    ['Duy trì mạng WAN đến 579/579 xã, phường.', 'Mạng đã phủ tới bao nhiêu xã phường (cấp xã)?', 'as asked'],
    // Millions asked: a share gives none of them.
    ['Tỷ lệ thuê bao di động dùng smartphone đạt 81,7%.', 'Hà Nội có bao nhiêu triệu thuê bao di động?', 'none'],
    ['Hà Nội có 9 triệu thuê bao di động.', 'Hà Nội có bao nhiêu triệu thuê bao di động?', 'as asked'],
  ])('%j for %j: %s', (sentence, question, expected) => {
    expect(measureHeld(measureTokens(sentence), askedMeasure(question), new Set())).toBe(expected);
  });

  it('is not asked when the question counts nothing in particular', () => {
    expect(measureHeld(measureTokens('Tỷ lệ đạt 99,9%.'), askedMeasure('Tỷ lệ đạt bao nhiêu?'), new Set())).toBe('as asked');
    expect(askedMeasure('Có bao nhiêu thủ tục?')?.count).toBe(true);
    expect(askedMeasure('Bao nhiêu % thủ tục?')?.count).toBe(false);
    // "chiếm bao nhiêu GRDP" asks what part it takes.
    expect(askedMeasure('kinh te so chiem bao nhieu grdp')?.count).toBe(false);
    // "chiếm lĩnh" takes no part; a share inside the lexicon's wording is not asked.
    expect(askedMeasure('Có bao nhiêu doanh nghiệp chiếm lĩnh thị trường?')?.count).toBe(true);
    expect(askedMeasure('Kinh tế số chiếm được bao nhiêu GRDP?')?.count).toBe(false);
    expect(askedMeasure('Có bao nhiêu mọi thủ tục (100% thủ tục hành chính) làm online?')?.count).toBe(true);
  });
});

describe('an amount asked in thousands, millions or billions', () => {
  it.each([
    ['Hà Nội có tổng cộng bao nhiêu triệu thuê bao di động?', true],
    ['Hà Nội cấp được mấy nghìn chữ ký số miễn phí rồi?', true],
    ['HN co bao nhieu nghin ho gia dinh dung cap quang', true],
    // A total or an exact number asked for in so many words.
    ['tính ra HN có tổng cộng bao nhiêu hộ gia đình đã có cáp quang?', true],
    ['Có bao nhiêu hộ dùng cáp quang, tính ra số hộ cụ thể?', true],
    ['Trong tổng số thuê bao, bao nhiêu phần trăm dùng smartphone?', false],
    // "Trong tổng số" names the whole a part is counted in, not a total asked.
    ['Trong tổng số hộ, có bao nhiêu hộ dùng cáp quang?', false],
    // A count without a magnitude, a share, and a magnitude that is not what is asked are not amounts asked so.
    ['Hà Nội có bao nhiêu thuê bao di động?', false],
    ['Bao nhiêu phần trăm trong 1 triệu hộ dùng cáp quang?', false],
    ['Có bao nhiêu xã trong số 10 nghìn thôn?', false],
  ])('%s: %s', (question, absolute) => {
    expect(askedMeasure(question)?.absolute === true).toBe(absolute);
  });
});

