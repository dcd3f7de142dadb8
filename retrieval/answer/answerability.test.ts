import { describe, expect, it } from 'vitest';
import { comparedYears, constraintText, horizonYears, issuedYears, messageConstraints, namedChoice, namesOneOf, premisedYears, questionConstraints, ranksByOtherIndex, unmetConstraints, withReferred } from './constraints.js';
import { asksHowOutright, classifyQuestion, forWhomAsked, givesAsAsked, groupAsked, namesResidentTask, quantities, ranks, readFigureAsk, sentenceFigures, sentenceFits, speaksOfNow, statesNewFigure, statesNewFigureOf } from './question-type.js';
import { unknownNames } from './unknown-names.js';
import { endsOnAsked, namesYearAsked } from './select-sentences.js';
import { tokenize } from '../text/tokenize.js';

describe('the office a question asks for', () => {
  // Asked who holds it, an office pins the answer; named as who said it, it does not.
  it.each([
    ['Ai là Giám đốc Sở TT&TT Hà Nội?', ['giam doc']],
    ['Phó Giám đốc Sở TT&TT Hải Phòng là ai?', ['pho giam doc']],
    ['Theo ông Giám đốc Sở, uy tín của những ai đã thu hút các bạn trẻ?', []],
    ['Theo Phó Giám đốc Sở Vũ Đại Thắng, ai cần tham gia?', []],
    ['Theo đồng chí Phó Giám đốc Sở, uy tín của những ai đã thu hút các bạn trẻ?', []],
    ['Theo chia sẻ của Phó Giám đốc Sở, ai cần tham gia?', []],
    // An office that speaks may be the one asked for.
    ['Vị phó giám đốc sở trả lời phỏng vấn tên là gì?', ['pho giam doc']],
    ['Phó Giám đốc Sở TT&TT Hải Phòng nói về nhân lực là ai?', ['pho giam doc']],
    // One that says what is asked, when nobody's name or office is asked, is who said it.
    ['Ông Giám đốc Sở nói uy tín của ai đã kéo được các bạn trẻ tham gia tổ này?', []],
    ['Ông giám đốc sở nói Hà Nội thành công với đề án này có vai trò tham mưu của những đơn vị nào?', []],
  ])('%j → %j', (q, roles) => {
    expect(questionConstraints(q).roles.map((r) => r.key)).toEqual(roles);
  });
});

describe('what a question pins its answer to', () => {
  it.each([
    ['Đà Nẵng xếp thứ mấy về DTI năm 2022?', ['da nang'], ['2022'], []],
    ['tphcm co bao nhieu dvc', [], [], []],
    // A province compared with is not the one asked of.
    ['Đà Nẵng có cấp chữ ký số miễn phí giống Hà Nội không?', ['da nang'], [], []],
    ['Thành phố mình có làm giống như Hà Nội không?', [], [], []],
    ['Thành phố Hồ Chí Minh có bao nhiêu DVC', ['thanh pho ho chi minh'], [], []],
    ['cks mien phi o quan Cau Giay lam o dau', ['quan cau giay'], [], []],
    // The unit word opening the question.
    ['Quận Cầu Giấy đã cấp mấy chữ ký số?', ['quan cau giay'], [], []],
    ['Huyen Soc Son co bao nhieu DVC', ['huyen soc son'], [], []],
    // The two cities' districts by name need no capitals after their unit word; other lower-case words are no place.
    ['huyện sóc sơn có bn % hộ gia đình dùng cáp quang', ['huyen soc son'], [], []],
    ['quan cau giay co bao nhieu to cong nghe so', ['quan cau giay'], [], []],
    ['thị xã sơn tây có mấy phường', ['thi xa son tay'], [], []],
    ['huyện mình có bao nhiêu tổ công nghệ số', [], [], []],
    ['các cơ quan cầu giấy làm gì', [], [], []],
    // Not a name after it, nor another unit word.
    ['Quận huyện nào cấp nhiều nhất?', [], [], []],
    // A province after a district or ward unit word is whose units they are; a town may bear its province's name.
    ['Có đúng là các quận, huyện Hải Phòng đều đã họp trực tuyến đến xã, phường không?', ['hai phong'], [], []],
    ['Các quận, huyện Hà Nội có bao nhiêu DVC?', ['ha noi'], [], []],
    ['các quận, huyện Hà Nội Hải Phòng có bao nhiêu DVC?', ['ha noi', 'hai phong'], [], []],
    ['Thị xã Phú Thọ có bao nhiêu DVC?', ['phu tho', 'thi xa phu tho'], [], []],
    ['Phường Xã có tổ công nghệ số cộng đồng không?', [], [], []],
    // A ward whose name is a unit word's spelling.
    ['Phuong Quan Hoa co bao nhieu DVC', ['phuong quan hoa'], [], []],
    ['phuong Xa La co to cong nghe so khong', ['phuong xa la'], [], []],
    // Unmarked "cơ quan", "liên quan" before a ward.
    ['thong tin lien quan Phuong Quan Hoa', ['phuong quan hoa'], [], []],
    ['Phường Quan Hoa có tổ công nghệ số không?', ['phuong quan hoa'], [], []],
    // Unmarked, though the lexicon's wording in brackets has marks.
    ['Huyen Gia Lam cap duoc may chu ky so (chữ ký số) mien phi', ['huyen gia lam'], [], []],
    // "liên quan CĐS" is not a district: the name after a unit word is in title case, not capitals.
    ['cac chi so lien quan CDS nam 2022', [], ['2022'], []],
    // A city that is no province, named with its capitals: folded, "Dĩ An" is also "đi ăn" (go eat).
    ['Nha Trang có bao nhiêu DVC?', ['nha trang'], [], []],
    ['Ở Thủ Đức làm chữ ký số miễn phí ở đâu?', ['thu duc'], [], []],
    ['Dĩ An có tổ công nghệ số không?', ['di an'], [], []],
    ['Đi ăn ở đâu có wifi miễn phí?', [], [], []],
    // Typed with other marks in lower case, a province's syllables are other words; capitalised, its name mistyped.
    ['Ba trụ cột ở Hà Nội có được làm đồng bộ không?', ['ha noi'], [], []],
    ['Hải Phòng mỗi năm định tăng bao nhiêu?', ['hai phong'], [], []],
    ['Lực lượng nào giúp bà con ở Hà Nôi?', ['ha noi'], [], []],
    ['lâm đồng có bao nhiêu dịch vụ công', ['lam dong'], [], []],
    ['Ông Nguyễn Thái Hòa là ai?', [], [], []],
    ['UBND TP Nha Trang có bao nhiêu DVC?', ['nha trang'], [], []],
    ['Kế hoạch 310 được ban hành ngày nào', [], [], ['310']],
    // A date's year is asked too; a code's is not.
    ['Báo cáo ICT Index công bố tháng 10/2018 xếp Hà Nội thứ mấy?', ['ha noi'], ['2018'], []],
    ['HN xếp thứ mấy trong ICT Index công bố t10/2018', [], ['2018'], []],
    ['Ngày 3/6/2020 Chính phủ ban hành gì?', [], ['2020'], []],
    ['Quyết định 12/2023/QĐ-UBND nói gì?', [], [], ['12/2023/qd-ubnd']],
    // A number over a year is no date.
    ['Bản đồ tỷ lệ 1/2000 ở đâu?', [], [], []],
    ['Nghị quyết số 18-NQ/TU có mấy chỉ tiêu', [], [], ['18-nq/tu']],
    // As the reading writes an abbreviation, its expansion after it and after the number it is part of; the central
    // bodies' "TW" is the articles' "TƯ".
    ['KH (kế hoạch) 310/KH-UBND (kế hoạch) (ủy ban nhân dân) ban hành ngày nào?', [], [], ['310/kh-ubnd']],
    ['QĐ (quyết định) 749 năm 2020 do ai ký?', [], ['2020'], ['749']],
    ['nghi quyet 06-NQ/TW ve do thi ban hanh ngay nao', [], [], ['06-nq/tu']],
    ['Tỷ lệ 93,15% hộ gia đình', [], [], []],
    // Unmarked, "lam dong bo" is done together (làm đồng bộ), not Lâm Đồng; the province stays itself before another word.
    ['quy hoach do thi voi ha tang so co phai lam dong bo voi nhau khong', [], [], []],
    ['lam dong co cap chu ky so mien phi khong', ['lam dong'], [], []],
    // The whole country asked of no province is a place; beside one it is the ranking's frame.
    ['Năm 2022 kinh tế số chiếm bao nhiêu phần trăm GDP cả nước?', ['ca nuoc'], ['2022'], []],
    ['cap LLTP qua VNeID da trien khai toan quoc chua', ['ca nuoc'], [], []],
    ['ty trong KTS cua Ha Noi dung thu may ca nuoc', ['ha noi'], [], []],
    // After a rank asked, "cả nước" is the ranking's frame, whoever is ranked.
    ['năm 2022 kinh tế số của thành phố đứng thứ mấy cả nước', [], ['2022'], []],
    ['thành phố đứng thứ (xếp thứ) mấy cả nước', [], [], []],
  ])('%j', (q, places, years, numbers) => {
    const c = questionConstraints(q);
    expect(c.places.map((p) => p.key)).toEqual(places);
    expect(c.years.map((y) => y.key)).toEqual(years);
    expect(c.numbers.map((n) => n.key)).toEqual(numbers);
  });

  it.each([
    // Asked how, without naming the procedure: the one the story names is what is asked about.
    ['Thủ tục như thế nào?', 'Mẹ tôi cần làm thẻ căn cước mới. Thủ tục như thế nào?', true, ['the can cuoc']],
    // Asking something else: the story's procedure is only background.
    ['Việc kết nối đó để làm gì?', 'Tôi tra thông tin thẻ căn cước. Việc kết nối đó để làm gì?', false, []],
    // Naming its own plan, the question asks of that plan, not of the story's procedure.
    ['Nhờ Đề án 06, thủ tục liên thông mấy cấp?', 'Tôi định làm hồ sơ đất đai. Nhờ Đề án 06, thủ tục liên thông mấy cấp?', true, []],
    // Who the resident is names no procedure; what they need for someone does.
    ['Làm giấy tờ bằng điện thoại thì được lợi gì?', 'Mình là người khuyết tật. Làm giấy tờ bằng điện thoại thì được lợi gì?', true, []],
    ['Thủ tục thế nào?', 'Tôi muốn làm thẻ cho người khuyết tật. Thủ tục thế nào?', true, ['nguoi khuyet tat']],
    ['Hồ sơ cấp huyện xử lý online bao nhiêu %?', 'Trong nhóm Zalo của tổ có người hỏi. Hồ sơ cấp huyện xử lý online bao nhiêu %?', true, []],
    // "là" after no person tells no identity: the procedure stays.
    ['Thủ tục thế nào?', 'Giấy tôi cần là giấy xác nhận độc thân. Thủ tục thế nào?', true, ['giay xac nhan doc than']],
  ])('the constraints of %j in %j (asks a procedure: %s)', (focus, text, asksProcedure, subjects) => {
    expect(messageConstraints(focus, text, asksProcedure).subjects.map((s) => s.key)).toEqual(subjects);
  });

  it('keeps who the resident is when the papers or steps for them are asked', () => {
    expect(messageConstraints('Hồ sơ gồm những gì?', 'Mẹ tôi là người khuyết tật. Hồ sơ gồm những gì?', true, true).subjects.map((s) => s.key))
      .toEqual(['nguoi khuyet tat']);
  });

  it.each([
    // The asking sentence's own place wins over the story's; a kind it leaves empty comes from what it points back to.
    ['Ai giao cho Hà Nội làm thí điểm vụ đó?', 'Tôi ở Sài Gòn mà có nhà ngoài Hà Nội.', ['ha noi'], []],
    ['Kế hoạch đó ban hành ngày nào?', 'Hải Phòng có kế hoạch chuyển đổi số năm 2021.', ['hai phong'], ['2021']],
    ['Hà Nội năm 2024 làm gì?', '', ['ha noi'], ['2024']],
    // Marked, "cơ quan Hải Phòng" is offices of a city, not a district "quan"; unmarked "quan Le Chan" is one.
    ['Chữ ký số ở các cơ quan Hải Phòng dùng vào việc gì?', '', ['hai phong'], []],
    ['quan Le Chan co bao nhieu to cong nghe so', '', ['quan le chan'], []],
  ])('%j after %j pins places %j and years %j', (asked, referred, places, years) => {
    const c = withReferred(questionConstraints(asked), referred);
    expect(c.places.map((p) => p.key)).toEqual(places);
    expect(c.years.map((y) => y.key)).toEqual(years);
  });

  it('does not pin, when asked when, the year a referred claim gives', () => {
    const c = withReferred(questionConstraints('Thực ra tầm nhìn đến năm bao nhiêu?'), 'Quy hoạch Thủ đô là tầm nhìn đến 2045.', true);
    expect(c.years).toEqual([]);
    expect(withReferred(questionConstraints('Thực ra là hạng mấy?'), 'Năm 2022 Hà Nội hạng 20.').years.map((y) => y.key)).toEqual(['2022']);
  });

  it('finds named procedures and apps', () => {
    expect(questionConstraints('Đăng ký khai sinh trên VNeID thế nào').subjects.map((s) => s.key)).toEqual(['khai sinh', 'vneid']);
  });

  it.each([
    // Typed with marks, a name is read with them: "số đó" (that number) is not "sổ đỏ" (a land title).
    ['Nông nghiệp số đó đi theo hướng nào?', []],
    ['Làm sổ đỏ online được không?', ['so do']],
    // A land parcel is asked of as land titles are.
    ['Tra cứu quy hoạch thửa đất nhà tôi ở đâu?', ['thua dat']],
    // Which form of the judicial record certificate is a subject of its own, however it is named.
    ['Phiếu lý lịch tư pháp số 2 xin ở đâu?', ['phieu li lich tu phap so 2']],
    ['Lý lịch tư pháp số 1 có xin qua VNeID được không?', ['li lich tu phap so 1', 'vneid']],
    ['Xin qua VNeID thì được phiếu số 2 hả?', ['vneid', 'phieu so 2']],
    // Whether a file is handled on time: the articles never say.
    ['Bao nhiêu % hồ sơ được trả đúng hạn?', ['dung han']],
    // A merger of offices is its own subject, however spelt.
    ['Sở TT&TT Hà Nội giờ đã sáp nhập vào sở nào rồi?', ['sap nhap']],
    ['so tt&tt sat nhap vao dau', ['sat nhap']],
    // …and by the name of the 2025 restructuring that merged them; not an office's own staffing of units.
    ['Sau đợt sắp xếp bộ máy thì Sở TT&TT Hà Nội bây giờ nhập vào sở nào rồi?', ['sap xep bo may']],
    ['Hải Phòng sắp xếp các đơn vị sự nghiệp thế nào?', []],
    // 5G by name; not 4G, which residents say for mobile broadband.
    ['Hà Nội có đặt mục tiêu phủ sóng 5G không?', ['song 5 g']],
    ['Sim 4G ở Hà Nội đạt tỷ lệ bao nhiêu?', []],
    // An award; a utility bill named with its verb, never the first words of tiền điện tử or tiền nước ngoài.
    ['Giải thưởng Thành phố thông minh 2023 Hà Nội được trao ở hạng mục nào?', ['giai thuong']],
    ['Ở Hải Phòng bao nhiêu phần trăm hộ đóng tiền điện không dùng tiền mặt?', ['dong tien dien']],
    ['Có kêu gọi tiền tư nhân với tiền nước ngoài đổ vào không?', []],
    ['tiền điện tử có được dùng để nộp phí không', []],
    // Paying by digital money is no bill, with its verb or without marks; the bill still is, followed by another word.
    ['Ở Hải Phòng bao nhiêu phần trăm dân số có tài khoản trả tiền điện tử?', []],
    ['muc tieu ti le dan co tai khoan tra tien dien tu o hai phong', []],
    ['Đổi tiền nước ngoài ở đâu?', []],
    ['Trả tiền điện trên app nào?', ['tra tien dien']],
    ['trả tiền điện tháng này qua VNeID được không', ['tra tien dien', 'vneid']],
    // Without marks it cannot be told apart, and is read as the procedure.
    ['lam so do online duoc khong', ['so do']],
    // …but after a director it is the director's department (sở đó).
    ['Ba giam doc so do ten la gi?', []],
    // A city's operations centre is named as an app is: by any of its names.
    ['Hà Nội dự kiến hoàn thành hệ thống IOC vào năm nào?', ['ioc']],
    // An official's move or appointment is its own subject; a resident's own retirement told in a story is not.
    ['Ông Vũ Đại Thắng bây giờ còn làm Phó Giám đốc không hay đã chuyển công tác?', ['chuyen cong tac']],
    ['Ai được bổ nhiệm làm Giám đốc Sở?', ['bo nhiem']],
    ['Mẹ tôi nghỉ hưu rồi, muốn làm chữ ký số thì sao?', []],
    // Splitting a household is a residence procedure; "hộ gia đình" is not it.
    ['Thủ tục tách hộ khi đã có gia đình riêng làm thế nào?', ['tach ho']],
    ['Bao nhiêu hộ gia đình có cáp quang?', []],
  ])('the named subjects of %j are %j', (q, subjects) => {
    expect(questionConstraints(q).subjects.map((s) => s.key)).toEqual(subjects);
  });

  it.each([
    ['Đà Nẵng xếp thứ mấy năm 2022', 'Hà Nội\nDTI xếp thứ 24/63 năm 2022', ['Đà Nẵng']],
    ['Hà Nội xếp thứ mấy năm 2024', 'Hà Nội\nDTI năm 2022 xếp thứ 24/63', ['năm 2024']],
    ['Hà Nội xếp thứ mấy năm 2022', 'Chuyển đổi số của Hà Nội\n2022\nDTI xếp thứ 24/63', []],
    ['Kế hoạch 310 ban hành ngày nào', 'Kế hoạch 310/KH-UBND về thí điểm', []],
    ['Kế hoạch 31 ban hành ngày nào', 'Kế hoạch 310/KH-UBND về thí điểm', ['Kế hoạch 31']],
    // A date's day is no document's number; a code with a year in it still names its document.
    ['Đề án 06 được phê duyệt năm nào?', 'ngày 06/9/2021, thành phố ban hành Quyết định 4098/QĐ-UBND', ['Đề án 06']],
    ['Nghị quyết 05 ban hành ngày nào?', 'Nghị quyết số 05/2023/NQ-HĐND ngày 06/7/2023', []],
    ['đăng ký khai sinh online', 'đăng ký dịch vụ công trực tuyến', ['khai sinh']],
    // A household business is registered by its own procedure, not an enterprise's.
    ['đăng ký hộ kinh doanh cần những gì', 'hỗ trợ doanh nghiệp, hộ kinh doanh; cơ sở dữ liệu như: dân cư, đăng ký doanh nghiệp', ['đăng ký hộ kinh doanh']],
    // Opening one ("mở hộ kinh doanh") names the same procedure, as "mở công ty" names an enterprise's.
    ['Tôi muốn mở hộ kinh doanh bán tạp hóa thì đăng ký ở đâu?', 'hỗ trợ doanh nghiệp, hộ kinh doanh; cơ sở dữ liệu như: dân cư, đăng ký doanh nghiệp', ['mở hộ kinh doanh']],
    // Renewing, re-issuing and passwords are procedures of their own.
    ['Chữ ký số sắp hết hạn thì gia hạn thế nào?', 'triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa', ['gia hạn']],
    ['Quên mật khẩu Cổng dịch vụ công thì lấy lại kiểu gì?', 'tỷ lệ được tích hợp, cung cấp trên Cổng Dịch vụ công Quốc gia còn thấp', ['Quên mật khẩu']],
    ['thủ tục đăng ký doanh nghiệp', 'cơ sở dữ liệu quan trọng như: Đất đai, dân cư, đăng ký doanh nghiệp, hộ tịch', []],
    // A meeting named by its ordinal is which one, as a numbered plan is.
    ['Kỳ họp thứ hai diễn ra khi nào?', 'vừa được HĐND TP. Hà Nội thông qua tại Kỳ họp thứ 10 HĐND thành phố', ['Kỳ họp thứ hai']],
    ['Kỳ họp thứ 10 thông qua chương trình gì?', 'vừa được HĐND TP. Hà Nội thông qua tại Kỳ họp thứ 10 HĐND thành phố', []],
    ['Chương trình được thông qua tại kỳ họp thứ mấy?', 'vừa được HĐND TP. Hà Nội thông qua tại Kỳ họp thứ 10 HĐND thành phố', []],
    // A deputy is not the office: "Phó Giám đốc" does not answer "ai là Giám đốc".
    ['Ai là Giám đốc Sở TT&TT Hải Phòng?', 'Phó Giám đốc Sở TT&TT Hải Phòng Vũ Đại Thắng cho biết', ['Giám đốc']],
    ['Ai là Giám đốc Sở TT&TT Hà Nội?', 'Phó Giám đốc Sở X. Ông Hùng, Giám đốc Sở TT&TT Hà Nội', []],
    ['Ai là phó giám đốc Sở TT&TT Hải Phòng?', 'Phó Giám đốc Sở TT&TT Hải Phòng Vũ Đại Thắng', []],
    // A ranking index named is a subject: the ICT Index does not answer DTI, another name of DTI does.
    ['Năm 2023 Hà Nội xếp thứ mấy về chỉ số DTI?', 'Vietnam ICT Index 10/2023: Hà Nội xếp thứ nhất', ['DTI']],
    ['Năm 2023 Hà Nội xếp thứ mấy về chỉ số DTI?', 'Chỉ số CĐS của Hà Nội tăng mạnh. Năm 2023 tiếp tục được ghi nhận', []],
    // A city's figure does not answer the country's, even beside an index named "Việt Nam".
    ['Kinh tế số chiếm bao nhiêu % GDP cả nước?', 'Tỷ trọng kinh tế số của Hà Nội là 17%. Chỉ số thương mại điện tử Việt Nam', ['cả nước']],
    ['Kinh tế số chiếm bao nhiêu % GDP cả nước?', 'Kinh tế số chiếm 14% GDP trên toàn quốc', []],
    // A national programme ("Chương trình Chuyển đổi số quốc gia") is the whole country's.
    ['Chương trình số hóa cả nước được duyệt khi nào?', 'Ngày 03/6/2020, Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia', []],
    // "Việt Nam" opening a clause is what the clause is about; naming an index, it is not.
    ['tỉ lệ dùng điện thoại di động cả nước là bao nhiêu?', 'Hải Phòng\nViệt Nam đã tận dụng hiệu quả ưu thế về mức độ người dân sử dụng điện thoại di động (150%)', []],
    ['tỉ lệ dùng điện thoại di động cả nước là bao nhiêu?', 'Hải Phòng\nTừ nay, Việt Nam đã tận dụng… điện thoại di động (150%)', []],
    ['Kinh tế số chiếm bao nhiêu % GDP cả nước?', 'Hà Nội\nKinh tế số của thành phố đứng thứ 2 về Chỉ số thương mại điện tử Việt Nam', ['cả nước']],
    // Someone's words are reported only by a passage naming them: a Hải Phòng paragraph does not give what a Hà Nội
    // official said of Hải Phòng.
    ['Ông Nguyễn Việt Hùng đánh giá chuyển đổi số của Hải Phòng thế nào?', 'Hải Phòng: Chuyển đổi số - động lực phát triển kinh tế-xã hội bền vững',
      ['ý kiến của ông Nguyễn Việt Hùng về việc này']],
    ['Ông Nguyễn Việt Hùng đánh giá chuyển đổi số của Hải Phòng thế nào?', 'Giám đốc Sở Nguyễn Việt Hùng cho biết chuyển đổi số của Hải Phòng', []],
    // So are a national office's holder's: one person holds it (a Giám đốc Sở is one of many).
    ['Thủ tướng nói gì về vai trò của người dân?', 'Thường vụ Thành ủy đề cao vai trò của người dân', ['ý kiến của Thủ tướng về việc này']],
    ['Thủ tướng nói gì về vai trò của người dân?', 'Thủ tướng Chính phủ nhấn mạnh vai trò của người dân', []],
    // Named only as who held a conference, the office's holder says nothing there.
    ['Thủ tướng nói gì về vai trò của người dân?', 'Thủ tướng Chính phủ tổ chức Hội nghị triển khai cấp lý lịch tư pháp qua VneID; vai trò của Sở',
      ['ý kiến của Thủ tướng về việc này']],
    ['Thủ tướng nói gì về vai trò của người dân?', 'tại chương trình, Thủ tướng Chính phủ Phạm Minh Chính đã nhấn mạnh, lấy người dân là trung tâm', []],
    ['Thủ tướng nói gì về vai trò của người dân?', 'Theo Thủ tướng, người dân là trung tâm của chuyển đổi số', []],
    ['Nghị quyết 06-NQ/TW ban hành ngày nào?', 'Nghị quyết số 06-NQ/TƯ ngày 24/1/2022 về quy hoạch đô thị', []],
    ['KH (kế hoạch) 310/KH-UBND (kế hoạch) (ủy ban nhân dân) ban hành ngày nào?', 'Ngày 27/9/2023, UBND đã ban hành Kế hoạch số 239/KH-UBND',
      ['KH 310/KH-UBND']],
  ])('%j against %j misses %j', (q, passage, unmet) => {
    expect(unmetConstraints(questionConstraints(q), constraintText(passage)).map((u) => u.label)).toEqual(unmet);
  });
});

describe('a year a passage names only as a plan\'s horizon', () => {
  const plan = 'Thành phố ban hành Quyết định 4098/QĐ-UBND phê duyệt "Chương trình Chuyển đổi số thành phố Hà Nội đến năm 2025, định hướng đến năm 2030".';
  it.each([
    // "định hướng đến năm 2030" names the plan: it sets nothing for 2030…
    ['Mục tiêu chuyển đổi số của Hà Nội đến năm 2030 là gì?', plan, ['năm 2030']],
    ['Mục tiêu đến 2030 của HN?', 'Quy hoạch Thủ đô thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.', []],
    // …which a passage setting it does.
    ['Mục tiêu chuyển đổi số của Hà Nội đến năm 2030 là gì?', 'Đến năm 2030, xây dựng Thủ đô Hà Nội cơ bản trở thành Thành phố thông minh.', []],
    // A question naming the horizon, or a plan, is met by the plan's name.
    ['Chương trình chuyển đổi số Hà Nội định hướng 2030 ban hành khi nào?', plan, []],
    ['Bản quy hoạch Thủ đô đến 2050 cần thêm gì?', 'Quy hoạch Thủ đô thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.', []],
  ])('%j against %j misses %j', (q, passage, unmet) => {
    const anywhere = new Set([...comparedYears(q), ...horizonYears(q)]);
    expect(unmetConstraints(questionConstraints(q), constraintText(passage), anywhere).map((u) => u.label)).toEqual(unmet);
  });
});

describe('a year a passage names only as what it compares against', () => {
  const ranked2022 = 'Chỉ số CĐS cấp tỉnh (DTI) năm 2022 xếp thứ 24/63 tỉnh/thành phố, tăng 16 bậc so với năm 2021.';
  it.each([
    // "tăng 16 bậc so với năm 2021" tells of 2022, not of 2021…
    ['năm 2021 chỉ số DTI của HN xếp thứ mấy', ranked2022, ['năm 2021']],
    ['nam 2021 chi so DTI cua HN xep thu may', ranked2022, ['năm 2021']],
    // …which a passage naming 2021 in its own right tells.
    ['năm 2021 chỉ số DTI của HN xếp thứ mấy', 'Chỉ số xếp hạng Chuyển đổi số năm 2021 của Thành phố rất thấp, xếp thứ 40/63.', []],
    ['năm 2021 chỉ số DTI xếp thứ mấy', 'Năm 2021 DTI xếp thứ 40/63; năm 2022 tăng 16 bậc so với năm 2021.', []],
    // Asked as the comparison, the comparison meets it: written out, shortened with marks, or beside another year.
    ['Năm 2022 DTI tăng bao nhiêu bậc so với năm 2021?', ranked2022, []],
    ['DTI năm 2022 tăng bậc so 2021', ranked2022, []],
    ['DTI nam 2022 tang bao nhieu bac so 2021', ranked2022, []],
  ])('%j against %j misses %j', (q, passage, unmet) => {
    expect(unmetConstraints(questionConstraints(q), constraintText(passage), comparedYears(q)).map((u) => u.label)).toEqual(unmet);
  });

  it.each([
    ['tăng bao nhiêu bậc so với năm 2021', ['2021']],
    ['so với cùng kỳ năm 2023 tăng bao nhiêu', ['2023']],
    // Named again in its own right, the year is asked.
    ['tăng 16 bậc so với năm 2021, vậy năm 2021 xếp thứ mấy', []],
    // Shortened: with marks, or beside another year; alone unmarked, "so 2021" is as often "số 2021".
    ['DTI năm 2022 tăng bậc so 2021', ['2021']],
    ['nam 2022 tang bao nhieu bac so 2021', ['2021']],
    ['chi so chuyen doi so 2021 ha noi xep thu', []],
    ['Hà Nội năm 2022 xếp thứ mấy', []],
  ])('%j compares against %j', (q, years) => {
    expect([...comparedYears(q)]).toEqual(years);
  });
});

describe('the kind of fact asked', () => {
  it.each([
    ['Lệ phí làm LLTP bao nhiêu tiền?', 'fee'],
    ['lltp tren vneid co mat phi khong', 'fee'],
    ['Bộ phận một cửa làm việc mấy giờ?', 'hours'],
    ['Số điện thoại đường dây nóng là gì?', 'phone'],
    // Phones counted, or a share of them, are a figure; the channels something goes through are no street.
    ['Trong tất cả số điện thoại di động ở Hà Nội thì bao nhiêu phần trăm là máy cảm ứng?', 'figure'],
    ['Số điện thoại di động ở Hà Nội có bao nhiêu thuê bao?', 'figure'],
    ['Số điện thoại của sở là bao nhiêu?', 'phone'],
    ['thanh niên được phổ biến pháp luật qua những đường nào', 'other'],
    ['Sở ở đường nào?', 'address'],
    // Which years a programme covers, asked beside its span.
    ['chương trình cho thanh niên tính cho mấy năm, từ năm nào đến năm nào', 'date'],
    ['làm thủ tục này mất mấy năm', 'duration'],
    // A download said after the name asked is what the resident will do with it.
    ['cái app công dân số của Hà Nội tên là gì vậy, mình muốn chỉ bà con tải về?', 'other'],
    ['app công dân số tải về ở đâu', 'link'],
    // Who teaches the way is asked, not the way.
    ['ở khu phố ai hay đứng ra chỉ ông bà cách dùng app thế', 'other'],
    ['Ai hướng dẫn người già cách cài VNeID?', 'person'],
    ['Ông bà muốn biết cách dùng app VNeID thế nào', 'steps'],
    // How to reach someone is answered by a number to call, not by a sentence that names them.
    ['tổ công nghệ số cộng đồng liên hệ bằng cách nào', 'phone'],
    ['liên hệ với Sở TT&TT Hà Nội qua đâu', 'phone'],
    ['cach lien lac to cds cong dong', 'phone'],
    // Keeping calls going is no contact asked.
    ['thanh pho lam gi de mang dien thoai va lien lac cua dan luc nao cung thong', 'other'],
    ['mạng lưới thông tin liên lạc thì thành phố bảo đảm thế nào, có an toàn ko', 'other'],
    ['Làm LLTP mất bao lâu?', 'duration'],
    ['Tải ứng dụng iHanoi ở đâu?', 'link'],
    ['ung dung ihanoi tai o dau', 'link'],
    ['Địa chỉ Sở Thông tin và Truyền thông ở đâu?', 'address'],
    ['Trụ sở ở số mấy, đường nào?', 'address'],
    ['Cho mình xin số nhà của trung tâm?', 'address'],
    // A share of houses is a figure.
    ['Cáp quang đã kéo tới được bao nhiêu phần trăm số nhà ở Hà Nội rồi?', 'figure'],
    ['Quyết định số mấy?', 'figure'],
    ['Địa chỉ trang web dịch vụ công là gì?', 'link'],
    ['Website của cổng dịch vụ công Hải Phòng là gì?', 'link'],
    ['Hà Nội xếp thứ mấy?', 'figure'],
    ['Cơ quan nào tham mưu cho thành phố?', 'person'],
    ['Ông Nguyễn Tiến Sỹ giữ chức vụ gì vậy?', 'person'],
    ['Ông Vũ Đại Thắng đang giữ vị trí nào?', 'person'],
    ['Sếp lớn nhất của Sở TT&TT bên Hà Nội là ông nào dzậy?', 'person'],
    // A choice of two judgments asks a judgment, whatever procedure it names.
    ['Thủ tục online của Hà Nội được đưa lên cổng cả nước nhiều hay ít vậy?', 'other'],
    ['Thủ tục đăng ký chữ ký số khó hay dễ?', 'other'],
    ['DL mo cua TP HN dc chia se cho ai', 'person'],
    ['Sau nay di kham benh o Ha Noi co toa thuoc tren may luon khong ta?', 'other'],
    // Closing on whom asks a person, whatever task the subject names ("nhóm hướng dẫn bà con").
    ['Mấy nhóm hướng dẫn bà con dùng điện thoại kéo được thanh niên vào giúp là nhờ uy tín của ai?', 'person'],
    ['Tổ công nghệ số hướng dẫn cho ai vậy?', 'person'],
    ['Tổ công nghệ số hướng dẫn cho ai ta?', 'person'],
    // "AI" in capitals is the technology.
    ['Hà Nội có chính sách gì cho AI?', 'other'],
    // "giữ vị trí nào" of a city is its rank; "ví nào" is a wallet; "Ngoài giờ hành chính" asks hours.
    ['Năm 2023 Hà Nội giữ vị trí nào về chỉ số DTI?', 'other'],
    ['Ví điện tử được dùng nhiều nhất ở Hà Nội là ví nào?', 'other'],
    ['Ngoài giờ hành chính, bộ phận một cửa có làm việc không?', 'hours'],
    // The city's way of going about it, judged, is no steps.
    ['Ông Hùng bảo kết quả ban đầu cho thấy cách làm của thành phố ra sao?', 'other'],
    // What a question sets aside or aims at before its comma is not what it asks.
    ['Ngoài đi từng bước cho chắc, Hà Nội cần phải có thêm cái gì?', 'other'],
    ['Để cải cách thủ tục tốt hơn, bà Hà khuyên các cơ quan nên làm gì với dân?', 'other'],
    ['Để đăng ký chữ ký số, tôi cần làm gì?', 'steps'],
    ['Để làm lý lịch tư pháp qua VNeID, các bước thế nào?', 'steps'],
    // "bộ máy" is not "mấy" when marks are typed.
    ['Thu hút người giỏi vào bộ máy chính quyền có dễ không', 'other'],
    ['Làm lý lịch tư pháp trên ứng dụng VNeID được không?', 'other'],
    ['Cách nộp hồ sơ xin cấp phiếu lý lịch tư pháp như thế nào?', 'steps'],
    ['Chuyển đổi số mở ra cơ hội thế nào cho người dân?', 'other'],
    ['xin phieu ly lich tu phap qua vneid', 'steps'],
    ['cho em hỏi thủ tục đăng ký thành lập doanh nghiệp ạ', 'steps'],
    ['Tôi phải vào trang nào và làm những bước gì?', 'steps'],
    ['Hà Nội có đưa hết thủ tục lên dịch vụ công không ạ', 'other'],
    ['Có bao nhiêu thủ tục hành chính?', 'figure'],
    // An extent is given in words as often as in figures ("đã được sử dụng rộng rãi").
    ['Chữ ký số trong cơ quan nhà nước phổ biến đến mức nào rồi?', 'other'],
    // "mấy năm nay" is "these past few years", not "how many"; "mấy năm" alone is a span of years.
    ['Mấy năm nay thành phố làm chuyển đổi số ra sao?', 'other'],
    ['chữ ký số có hạn dùng mấy năm', 'duration'],
    // "mở của" (open, of) is not "mở cửa" (opening hours) when marks are typed; "chào buổi sáng" greets.
    ['Hà Nội đã ban hành danh mục dữ liệu mở của thành phố chưa?', 'other'],
    ['Bộ phận một cửa mở cửa lúc nào?', 'hours'],
    // Folded, open data "of" the city is not opening hours either.
    ['Ha Noi da ban hanh danh muc du lieu mo cua thanh pho chua?', 'other'],
    ['bo phan mot cua mo cua luc nao', 'hours'],
    // Folded, "may" before a noun is a plural when the question asks with another word: "hông" closing it, "do ai",
    // "ở đâu" closing it; "đỡ mấy công ty" is not "mức độ mấy".
    ['May ong ben quan huyen co giup ba con dua do OCOP len mang ban hong?', 'other'],
    ['May doi di giup ba con o to dan pho la do ai dung ra?', 'person'],
    ['Danh sach may cong ty chuyen phat duoc dang cong khai o dau vay?', 'place'],
    ['Nam 2022 Ha Noi co chinh sach do may cong ty nho lam so hoa khong?', 'other'],
    ['den nam 2025 hai phong muon dich vu cong truc tuyen dat muc do may', 'figure'],
    ['Buổi tối bộ phận một cửa có mở không?', 'hours'],
    ['Chào buổi sáng! Hôm nay là ngày mấy?', 'date'],
    // Money of any kind; "lượng" (quantity) is not "lương" (salary).
    ['Tiền lương của cán bộ công nghệ thông tin ở phường là bao nhiêu?', 'fee'],
    ['Lương cán bộ xã bao nhiêu một tháng?', 'fee'],
    ['Trung tâm dữ liệu có dung lượng bao nhiêu?', 'figure'],
    ['Tổ viên có phụ cấp bao nhiêu?', 'fee'],
    ['hai phong phu cap quang bao nhieu ho', 'figure'],
    ['Email của Sở Thông tin và Truyền thông là gì?', 'link'],
    ['Ứng dụng iHanoi có bản cho máy tính không? Tải ở đâu?', 'link'],
    ['Mức phạt khi không dùng chữ ký số là bao nhiêu?', 'fee'],
    ['Trung tâm đó do doanh nghiệp nào vận hành?', 'person'],
    // Who, asked first, wins over a task named after it; "ai cũng" is everyone, not who.
    ['Những ai đứng ra chỉ cho bà con cách dùng điện thoại?', 'person'],
    ['Chào bạn, ai hướng dẫn cách cài VNeID?', 'person'],
    ['Ai cũng làm được, cách cài VNeID thế nào?', 'steps'],
    // Whether someone teaches a task is asked yes or no; the steps of the task are not what is asked.
    ['Người dân có được dạy cách dùng điện thoại, máy tính không?', 'other'],
    ['Người già có được hướng dẫn cách cài VNeID không?', 'other'],
    ['Có cách nào cài VNeID trên máy tính không?', 'steps'],
    // "lên số" is digital: its "mấy ngành nào" is some sectors, which; "số mấy" alone asks which number.
    ['Năm 2022 Hà Nội ưu tiên đưa lên số mấy ngành nào trước?', 'other'],
    ['Kế hoạch đó là kế hoạch số mấy?', 'figure'],
    ['Hà Nội có chính sách đỡ mấy công ty nhỏ làm số hóa không?', 'other'],
    // By what means a city acts is any account of what it does; a resident's task asked so is steps.
    ['Hải Phòng gom người kỹ thuật vận hành chính quyền điện tử bằng cách nào?', 'other'],
    ['Đăng ký chữ ký số bằng cách nào?', 'steps'],
    // After a condition ("…thì") the main clause opens on its subject: the city's way, not a resident's steps.
    ['Gặp công nghệ mới khó quá thì Hải Phòng xử lý thế nào, tự làm hay đi thuê?', 'other'],
    ['Ở Hà Nội thì làm lý lịch tư pháp thế nào?', 'steps'],
    // Folded, "xây dựng" holds no "dùng": building a smart city is no resident's task.
    ['Hà Nội ưu tiên xây dựng thành phố thông minh với những ngành, lĩnh vực như thế nào?', 'other'],
    ['Dùng chữ ký số như thế nào?', 'steps'],
    // Two words of a list after a comma are no clause of their own: the city is still the one asked about; two that
    // open on a person are the resident's own clause.
    ['Hải Phòng phấn đấu người dân dùng dịch vụ công được định danh, xác thực như thế nào?', 'other'],
    ['Hà Nội cho làm lý lịch tư pháp trên VNeID, cháu nhận thế nào?', 'steps'],
    ['Hà Nội có chữ ký số miễn phí, em lấy thế nào?', 'steps'],
    // Folded, "cơ chế" opens on no person ("cô").
    ['Hà Nội làm thành phố thông minh, cơ chế như thế nào?', 'other'],
    // Folded, the "thị" of đô thị, thị xã is no "thì"; "khi đó thì" is.
    ['Hà Nội dùng camera quản lý trật tự đô thị trên các tuyến phố thế nào?', 'other'],
    ['Hà Nội làm chuyển đổi số ở thị xã Sơn Tây thế nào?', 'other'],
    ['Nhiều người già không biết dùng điện thoại, khi đó thì Hà Nội hỗ trợ thế nào?', 'other'],
    ['Để thực hiện thì thành phố phải làm gì?', 'other'],
    // "đang từng bước", "từng bước triển khai" are gradually; "từng bước thực hiện" asked is step by step.
    ['Hà Nội đang từng bước triển khai những mô hình nào?', 'other'],
    ['Hà Nội từng bước triển khai những mô hình nào?', 'other'],
    ['Cho mình xin từng bước cấp chữ ký số', 'steps'],
    ['Chỉ dẫn từng bước làm lý lịch tư pháp trên VNeID', 'steps'],
    ['Dạ từng bước xin lý lịch tư pháp ạ?', 'steps'],
    ['Từng bước thực hiện xin lý lịch tư pháp trên VNeID ra sao?', 'steps'],
    // A share asked how it stands is judged in words ("còn thấp"), whatever task it names; asked how much, it is a
    // figure, and so is another place's ("…là 80% còn Hải Phòng thế nào?"). A resident's own task asked after it is
    // steps.
    ['Tỷ lệ tích hợp lên Cổng Dịch vụ công Quốc gia thế nào?', 'other'],
    ['Tỷ lệ thanh toán không dùng tiền mặt ở Hà Nội thế nào?', 'other'],
    ['Tỷ lệ tích hợp lên Cổng Dịch vụ công Quốc gia có cao không?', 'other'],
    ['Tỷ lệ tích hợp lên Cổng Dịch vụ công Quốc gia, cao hay thấp?', 'other'],
    ['Tỷ lệ tích hợp lên Cổng Dịch vụ công Quốc gia là bao nhiêu, cao hay thấp?', 'figure'],
    ['Năm 2023 tỷ lệ ở Hà Nội là 80%, còn Hải Phòng thế nào?', 'figure'],
    ['Năm 2023 tỷ lệ ở Hà Nội là 80% còn Hải Phòng thì thế nào?', 'figure'],
    ['Tỷ lệ thanh toán không dùng tiền mặt ở Hà Nội?', 'figure'],
    ['Tỷ lệ hồ sơ trực tuyến tăng thì tôi nộp hồ sơ trực tuyến thế nào?', 'steps'],
    ['Tôi muốn tra cứu tỷ lệ hồ sơ của mình như thế nào?', 'steps'],
    // Folded, "xây dựng" holds no "dùng".
    ['Xây dựng thành phố thông minh như thế nào?', 'other'],
    ['Thành phố định số hóa di tích theo cách nào?', 'other'],
    // So is any how asked of a city or an office named first; a resident named first, or a resident's task, is steps.
    ['Hà Nội làm thế nào để thu hút người giỏi?', 'other'],
    ['HN lam the nao de dua tthc len mang', 'other'],
    ['Thành phố cần làm gì để người dân dùng dịch vụ công?', 'other'],
    ['Tôi làm thế nào để có chữ ký số?', 'steps'],
    ['Người dân làm sao để xin lý lịch tư pháp?', 'steps'],
    ['Hà Nội làm thế nào để đăng ký chữ ký số?', 'steps'],
    ['Chào bot, Hà Nội làm đề án đó kết quả thế nào rồi?', 'other'],
    // "Xin chào" greets; it is not the task "xin" (to apply for).
    ['Xin chào, mô hình thuê dịch vụ đó được Chính phủ nhận xét thế nào?', 'other'],
    ['Xin chào, xin phiếu lý lịch tư pháp thế nào?', 'steps'],
    // A clause opening on its verb keeps the subject before it; a place ("Ở Hà Nội") is not a subject.
    ['hn có bảo tàng online không vậy bạn, làm như thế nào', 'other'],
    ['Ở Hà Nội làm lý lịch tư pháp thế nào?', 'steps'],
    ['Tôi ở Hà Nội, làm thế nào để có chữ ký số?', 'steps'],
    ['Dịch vụ công mức độ mấy?', 'figure'],
    // A procedure as the condition ("làm thủ tục … thì"): what follows asks; a procedure asked about is steps.
    ['Làm thủ tục bằng điện thoại thì dân được lợi gì?', 'other'],
    ['Thủ tục cấp lý lịch tư pháp qua VNeID thì thế nào?', 'steps'],
    ['cho em hỏi thủ tục đăng ký chữ ký số', 'steps'],
    // The papers a procedure needs are asked apart from its steps.
    ['Thành lập công ty TNHH thì hồ sơ gồm những gì?', 'papers'],
    ['Đổi bằng lái xe máy thì cần mang theo gì?', 'papers'],
    ['lam ho chieu can giay to gi', 'papers'],
    // And the conditions it sets; not how a city makes things possible, nor an eligible procedure.
    ['Muốn đưa sản phẩm OCOP lên sàn thì cần đáp ứng những điều kiện gì?', 'papers'],
    ['tham gia to cong nghe so co dieu kien gi ko', 'papers'],
    ['Thành phố tạo điều kiện thế nào cho doanh nghiệp công nghệ?', 'other'],
    // Whether a resident's task needs something asks what it takes; whether the city needs something does not.
    ['làm LLTP trên VNeID có cần tài khoản định danh mức 2 ko ạ?', 'papers'],
    ['Tạo tài khoản trên Cổng Dịch vụ công có bắt buộc phải có chữ ký số không?', 'papers'],
    ['Hà Nội làm căn cơ nhưng có cần kết quả ngay không?', 'other'],
    ['Ông Giám đốc Sở nói đào tạo con người có cần thời gian không?', 'other'],
    // A name asked after a word for a person; an app's name is not a person's.
    ['pho giam doc so thong tin truyen thong ha noi ten la gi', 'person'],
    ['Họ tên giám đốc sở là gì?', 'person'],
    ['ung dung cong dan so cua ha noi ten la gi', 'other'],
    // "người dân" is a class, not someone whose name is asked: the app's name is.
    ['App dành cho người dân Hà Nội tên gì và đã chạy chưa?', 'other'],
    ['Người phụ trách dự án tên là gì?', 'person'],
    // Folded, "người đứng đầu" (the head) is "nguoi dung dau", not "người dùng" (users, a class).
    ['Người đứng đầu ngành y tế thành phố tên là gì?', 'person'],
    ['nguoi dung dau nganh y te thanh pho ten gi', 'person'],
    ['Ứng dụng cho người dùng điện thoại tên là gì?', 'other'],
    ['Ứng dụng cho người dùng đầu cuối tên là gì?', 'other'],
    // After "thì" or a comma, the thing is what is named; in the person's own clause, the person.
    ['Theo bài phỏng vấn ông Giám đốc Sở thì hệ thống ứng dụng công dân số đó tên là gì?', 'other'],
    ['Bà Chủ tịch có nhắc tới một ứng dụng, ứng dụng đó tên là gì?', 'other'],
    ['Ông Giám đốc Trung tâm dữ liệu tên là gì?', 'person'],
    // Folded "thi" of thực thi, thi hành, thí điểm opens no clause; an apposition naming a body keeps the person.
    ['Người thực thi đề án 06 ở phường tên là gì?', 'person'],
    ['Cán bộ thi hành kế hoạch chuyển đổi số của phường tên là gì?', 'person'],
    ['Ông Chủ tịch phường thí điểm mô hình chính quyền số tên là gì?', 'person'],
    ['Giám đốc Sở TT&TT, đơn vị xây dựng ứng dụng iHanoi, tên là gì?', 'person'],
    ['ung dung cho nguoi dung dau tien ten la gi', 'other'],
    ['Nên mua cổ phiếu ngân hàng nào?', 'other'],
    // Paying asked about is a fee; "không mất tiền" (free) and a way of paying, beside another thing counted, are not.
    ['Làm chữ ký số có mất tiền không?', 'fee'],
    ['Làm giấy tờ qua mạng có giảm chi phí cho dân không?', 'other'],
    ['Chi phí làm chữ ký số là bao nhiêu?', 'fee'],
    // Folded, "mấy tiện ích" (some amenities) is not "mấy tiền".
    ['Mấy tiện ích mới có được làm thử ở vài quận trước không?', 'other'],
    ['Làm chữ ký số mấy tiền?', 'fee'],
    ['Trường có thu thêm tiền học phần kỹ năng số này không?', 'fee'],
    ['Hà Nội thu tiền điện không dùng tiền mặt được bao nhiêu phần trăm?', 'figure'],
    // Taking payment is no fee (the review's cases); nor a share of money invested, nor "kinh tế số vốn" (originally).
    ['Cửa hàng thu tiền không dùng tiền mặt ở Hà Nội được bao nhiêu phần trăm?', 'figure'],
    ['Chợ có thu tiền bằng mã QR không?', 'other'],
    ['Kinh tế số vốn chỉ chiếm bao nhiêu phần trăm GRDP của Hà Nội?', 'figure'],
    ['Vốn đầu tư nước ngoài vào CNTT chiếm bao nhiêu phần trăm?', 'figure'],
    // How a task is done, then a yes-or-no: the steps are asked; a yes-or-no alone is not.
    ['làm sao nâng tài khoản định danh điện tử lên mức 2 vậy mọi người, có phải ra công an xã không', 'steps'],
    ['Có phải ra công an xã để nâng tài khoản định danh lên mức 2 không?', 'other'],
    // Not how a city did it, nor how things stand (the review's cases).
    ['Thanh toán không dùng tiền mặt ở Hà Nội thế nào rồi, có tăng không?', 'other'],
    ['Làm sao Hà Nội làm được vậy, có bí quyết gì không?', 'other'],
    ['Người dân dùng dịch vụ công thế nào, có nhiều không?', 'other'],
    // Money invested or lent is a sum; folded "số tiến" is no "số tiền".
    ['Tổng vốn đầu tư xây dựng thành phố thông minh Hà Nội đến 2030 là bao nhiêu?', 'fee'],
    ['Thanh niên có được vay vốn khởi nghiệp không, được bao nhiêu?', 'fee'],
    ['chuyen doi so tien toi dau roi, dat bao nhieu phan tram', 'figure'],
    // Marked, "chợ nào" (which market) is no "chỗ nào" (where).
    ['Có chợ nào kiểu quét mã trả tiền đang được làm ở Hà Nội không?', 'other'],
    ['Có chỗ nào làm chữ ký số ở Hà Nội không, ở đâu?', 'place'],
    // Whom the resident addresses may close a yes-or-no question; its "mấy" is then a plural ("mấy tổ") or a vocative
    // ("mấy chú"), not how many.
    ['Muốn coi tin về mấy tổ giúp bà con ở khu phố thì Hà Nội có mở kênh trên Zalo không cháu?', 'other'],
    ['Hải Phòng có tính dạy cho dân xài điện thoại cho an toàn không mấy chú?', 'other'],
    ['hai phong co day dan xai dien thoai an toan khong may chu', 'other'],
    ['Hà Nội có mấy tổ công nghệ số vậy cháu?', 'figure'],
    // Where a difficulty lies is its cause, however far the words; a warehouse (kho) is a place.
    ['Theo ông giám đốc thì cái khó nhất của Hà Nội khi làm số hóa nằm ở đâu?', 'other'],
    ['Vướng mắc lớn nhất của Hải Phòng khi chuyển đổi số nằm ở chỗ nào?', 'other'],
    ['Kho dữ liệu của thành phố nằm ở đâu?', 'place'],
    // …and with "những", "mấy" before which part, or where it is not yet good.
    ['Hà Nội làm số hóa còn vướng ở những chỗ nào?', 'other'],
    ['Hà Nội làm số hóa còn yếu ở mấy chỗ nào, nhất là mảng dữ liệu?', 'other'],
    ['Làm chữ ký số miễn phí ở những chỗ nào?', 'place'],
    // A difficulty inside an office's name is no difficulty asked (the review's cases).
    ['Bộ phận giải quyết vướng mắc của doanh nghiệp nằm ở đâu?', 'place'],
    ['Trung tâm hỗ trợ người khó khăn làm thủ tục nằm ở đâu?', 'place'],
    // What an official advised is what was said, not a resident's steps, though it names a procedure.
    ['Giám đốc Sở Nội vụ khuyên các cơ quan làm gì để dân hiểu lợi ích của làm thủ tục qua mạng?', 'other'],
    ['Cho em hỏi thủ tục đăng ký chữ ký số?', 'steps'],
    // So is what offices are to do so that others benefit, though it names a procedure or a resident's task after it;
    // not where the resident does it for themselves.
    ['Cơ quan nhà nước cần làm gì để dân hiểu cái lợi của làm thủ tục trên mạng?', 'other'],
    ['Sở Nội vụ muốn các cơ quan phải làm gì để người dân biết lợi ích của việc nộp hồ sơ qua mạng?', 'other'],
    ['Các cơ quan cần làm gì để tôi nộp hồ sơ qua mạng?', 'steps'],
    ['Tôi cần làm gì để dân hiểu thủ tục?', 'steps'],
    // A list of two or three words after a comma is still the city's object: how the city goes about it.
    ['Thành phố tính tận dụng chất xám của các nhà khoa học, giới trí thức thế nào?', 'other'],
    ['Thành phố có dịch vụ mới, tôi đăng ký thế nào?', 'steps'],
    // What someone says is asked, not steps, whatever task it names; the resident's own how still is.
    ['Sao đào tạo người làm số hóa lại lâu vậy, ông Hùng giải thích thế nào?', 'other'],
    ['Báo cáo nói chất lượng làm thủ tục qua mạng ở Hà Nội ra sao?', 'other'],
    ['ha noi lam so hoa nhanh hay tu tu, ong giam doc noi the nao', 'other'],
    ['Ở Hà Nội làm thủ tục cấp lý lịch tư pháp thế nào?', 'steps'],
    ['Ba tôi muốn làm CCCD ở nơi tạm trú thì làm thế nào?', 'steps'],
    ['ong noi em muon lam cccd thi lam the nao', 'steps'],
    // The level reached, a city's next step and what others will arrange are not the resident's steps.
    ['Tới 2025 ở Hải Phòng làm thủ tục trên mạng được tới mức nào?', 'other'],
    // After the people or the place something makes or becomes, "như thế nào" asks what kind; after a task, how.
    ['Nhà trường dùng máy tính bảng để đào tạo ra lớp người như thế nào?', 'other'],
    // Money saved, or paying without cash, is no fee asked; money paid is.
    ['Làm giấy tờ trên điện thoại có đỡ tốn tiền không?', 'other'],
    ['có tính cho dân trả tiền không cash không', 'other'],
    ['làm chữ ký số có mất tiền không', 'fee'],
    // What bodies are to do, asked right before the how, is no task of the resident's; registering is one.
    ['Bà giám đốc sở đề nghị các cơ quan cần làm gì để nâng chỉ số hài lòng?', 'other'],
    ['doanh nghiệp cần làm gì để đăng ký chữ ký số', 'steps'],
    // "từng bước" as one side of a choice of manner asks no steps.
    ['Hà Nội làm chuyển đổi số từng bước hay làm nhanh?', 'other'],
    ['Hà Nội đi từng bước chắc hay làm cho nhanh?', 'other'],
    // How good a thing is, however long the list naming it; not steps asked after it.
    ['Chất lượng làm thủ tục qua mạng mức 3, mức 4 của tỉnh ra sao?', 'other'],
    ['chất lượng dịch vụ công, hướng dẫn nộp hồ sơ thế nào', 'steps'],
    ['hướng dẫn từng bước làm lý lịch tư pháp', 'steps'],
    ['Làm căn cước cho người già như thế nào?', 'steps'],
    // Which level ("cấp mấy") is named in words as often as in figures; providing computers is counted.
    ['HN co day ky nang so cho hoc sinh cap may?', 'other'],
    ['cap may tinh cho truong bao nhieu', 'figure'],
    ['Khi nghị quyết ra rồi thì thành phố sẽ làm tiếp bước nào?', 'other'],
    ['Nhân lực kỹ thuật ở Hải Phòng sẽ được bố trí thế nào?', 'other'],
    ['Đăng ký chữ ký số gồm những bước nào?', 'steps'],
    // Yes or no however long, with a purpose after it; being taught, or a city's plans, are not the resident's steps.
    ['Có làm được thủ tục giấy tờ ngay trên chiếc điện thoại cầm tay không?', 'other'],
    ['Thành phố có cho làm thủ tục mức cao nhất ngay trên cái điện thoại không, để khỏi phải ôm giấy tờ đi nộp?', 'other'],
    ['Bà con muốn được dạy cách dùng điện thoại thì thành phố có mở lớp không, học theo kiểu gì?', 'other'],
    ['Về lâu dài thành phố tính dùng dữ liệu như thế nào?', 'other'],
    // A plural "mấy" in a question that asks otherwise: a choice closed by a particle, central "răng" (why) and "chi"
    // (what), or a yes-or-no followed by a remark about people; a "mấy" that asks still counts.
    ['mấy cái công nghệ mới phức tạp thì HP tự lm hay thuê ngoài z', 'other'],
    ['Răng mấy người rành công nghệ hổng chịu về làm ở phường, xã?', 'other'],
    ['Ông Hùng coi mấy kết quả số hóa đạt được là cái chi?', 'other'],
    ['hn có tiếp tục phát huy tổ cđs cộng đồng không ad, thấy mấy bác nhiệt tình lắm', 'other'],
    ['Hà Nội có mấy quận làm thử?', 'figure'],
    // What part a thing plays, what was achieved, and how the city goes about it after "trước hết" are not steps.
    ['Tổ giúp dân dùng công nghệ ở khu phố có vai trò thế nào trong việc số hóa của Hà Nội?', 'other'],
    ['Nhờ Đề án 06, Hà Nội đã làm được gì với thủ tục nối mấy cấp?', 'other'],
    ['Trước hết thành phố làm Đề án 06 thế nào trong việc dùng dữ liệu để điều hành?', 'other'],
    ['Cho em hỏi thủ tục làm căn cước cho con thế nào?', 'steps'],
    ['Ở Hà Nội tôi muốn dùng chữ ký số thì làm thế nào?', 'steps'],
    // "khuyến khích" (encourages) reports no advice; a resident's own how is still steps.
    ['Chính phủ khuyến khích dân làm thủ tục online, vậy làm thế nào ạ?', 'steps'],
    ['Chủ tịch phường đề xuất dân làm thủ tục qua app, vậy em làm thủ tục ra sao?', 'steps'],
    // Where money comes from is a source; where a resident pays, or where a trial runs, is a place.
    ['Xây mấy khu công nghệ tập trung ở Hà Nội thì lấy vốn ở đâu?', 'other'],
    ['tien ho tro so hoa thi thanh pho tinh lay o dau', 'other'],
    ['Làm hộ chiếu qua mạng thì nộp tiền ở đâu?', 'place'],
    ['Các tiện ích thành phố thông minh sẽ được làm thử ở đâu trước?', 'place'],
    // "kiểm tra mấy cơ quan" checks the offices, in a question that asks otherwise; "trả mấy" still asks how much.
    ['Thành phố có cử người kiểm tra mấy cơ quan làm số hóa không hay để tự làm?', 'other'],
    ['Làm lý lịch tư pháp phải trả mấy trăm nghìn, có được miễn không hay phải đóng?', 'figure'],
    // Where a city puts its weight, or where a change shows most, is an area or a respect; where a resident goes is a place.
    ['Năm 2022 Hà Nội chú trọng chuyển đổi số ở đâu?', 'other'],
    ['Từ khi có Nghị quyết 18, cái đổi khác rõ nhất là ở đâu?', 'other'],
    ['Tôi muốn thay đổi thông tin cá nhân ở đâu?', 'place'],
    // Where a paper is sent is a place; how far a city has gone online is not.
    ['Hồ sơ đăng ký mô hình điển hình gửi về đâu?', 'place'],
    ['Thành phố có chấm điểm xem các quận đã lên mạng tới đâu không?', 'other'],
    ['Dịch vụ công mức độ 3 với mức độ 4 khác nhau chỗ nào?', 'other'],
    ['Năm 2022 Hà Nội còn đẩy chuyển đổi số ở chỗ nào nữa?', 'other'],
    ['Đẩy xe vào chỗ nào để gửi?', 'place'],
    // "ở những đâu" asks where, of several places.
    ['Khu công nghệ thông tin tập trung ở Hà Nội nằm ở những đâu?', 'place'],
    // How one operates or files is steps; how things stand is not.
    ['Dùng chữ ký số để ký hồ sơ thì thao tác ra sao?', 'steps'],
    ['Khai thuế online cho hộ kinh doanh thì khai ra sao?', 'steps'],
    // Pressing in an app is operating it; folded, "bám theo" a plan presses nothing.
    ['Theo dõi kênh Zalo OA của tổ thì tìm tên gì, bấm theo dõi thế nào?', 'steps'],
    ['Cài app iHanoi xong thì bấm vào đâu?', 'steps'],
    ['Sếp bảo phải bám theo kế hoạch cũ, kế hoạch đó tên gì?', 'other'],
    // With marks, "bám vào đâu" (what it relies on) presses nothing.
    ['Hải Phòng bám vào đâu để chuyển đổi số?', 'other'],
    // "miễn phí thế nào" asks how to get it free, not its price; "chi phí thế nào" asks the price.
    ['Làm chữ ký số miễn phí thế nào?', 'steps'],
    ['Chuyển đổi số ở Hải Phòng ra sao?', 'other'],
    // How a plan is carried out or published is no resident's filing; "xây dựng" is no "dùng" (the review's cases).
    ['Đề án 06 ở Hà Nội triển khai ra sao?', 'other'],
    ['Dữ liệu mở được công khai ra sao?', 'other'],
    ['Hải Phòng đã từng bước xây dựng đô thị thông minh ra sao?', 'other'],
    // "có … không hay …" asks which of two; its "mấy" is a plural.
    ['Mấy tiện ích mới có làm thử ở vài quận trước không hay làm cả thành phố?', 'other'],
    // So with a comma before "hay", marked or not ("…có ăn ý không, hay còn lỏng lẻo?").
    ['Mấy sở ngành làm chung với nhau có ăn ý không, hay còn lỏng lẻo?', 'other'],
    ['may so nganh lam chung voi nhau co an y ko, hay con long leo?', 'other'],
    // A count still asks beside it when no choice closes the question.
    ['Mấy sở ngành làm chung với nhau, có mấy đơn vị?', 'figure'],
    // A count asked inside the choice is still asked; "ko" closes it as "không" does (the review's cases).
    ['Hà Nội có mấy trung tâm dữ liệu không, hay chỉ có một?', 'figure'],
    ['Mấy sở ngành làm chung với nhau có ăn ý ko, hay còn lỏng lẻo?', 'other'],
    // Whether the city plans something, however long, asks yes or no ("thủ tục" in it is not the resident's steps).
    ['Thành phố có tính cho dân làm hết thủ tục trên cái điện thoại thông minh luôn, khỏi cần giấy tờ hông?', 'other'],
    ['tp co dinh cho nguoi dan lam toan bo thu tuc hanh chinh tren dien thoai ko', 'other'],
    ['Tôi có định làm thủ tục cấp lý lịch tư pháp trên VNeID, thủ tục thế nào?', 'steps'],
    // After a how, a long "có được … không" adds to it; "có định danh" is no plan (the review's cases).
    ['Xin lý lịch tư pháp qua VNeID ntn, có được nhận kết quả tại nhà qua bưu điện mà không cần đến Sở Tư pháp không?', 'steps'],
    ['Đăng ký tài khoản định danh thế nào, có định danh được cho con dưới 14 tuổi luôn trên điện thoại không?', 'steps'],
    // "có được … không" asks yes or no however long ("thủ tục" in it is not the steps asked).
    ['Người dân làm thủ tục trên mạng có được xác minh danh tính một lần dùng chung cho mọi cấp không?', 'other'],
    // Marked, "dựng" (build) is no "dùng" (use): what a resolution says it will build is not a task done.
    ['Trung ương có nghị quyết nào nói sẽ dựng mấy thành phố thông minh nối với bên ngoài không, nói thế nào?', 'other'],
    ['Dùng ứng dụng VNeID để nộp hồ sơ thế nào?', 'steps'],
    ['Dân đã được phát bao nhiêu chữ ký số không mất tiền?', 'figure'],
    ['Bao nhiêu dân có tài khoản để trả tiền qua mạng?', 'figure'],
    ['làm lltp qua vneid mất bao nhiêu ngày', 'duration'],
    // "mấy" is a plural when another word asks ("mấy người… có được… gì không?"); it still asks alone, or which one.
    ['Mấy người trong tổ có được trả công gì không?', 'other'],
    ['Thành phố có giúp mấy công ty mới mở không?', 'other'],
    ['mấy dữ liệu mở là loại dữ liệu gì', 'other'],
    ['Hà Nội tập trung vào mấy nhiệm vụ trọng tâm?', 'figure'],
    ['Hà Nội năm 2021 xếp thứ mấy, tăng hay giảm so với năm trước?', 'figure'],
    ['dich vu cong muc do may thi lam duoc het tren mang khong', 'figure'],
    // Before a thing pointed at, "mấy" is those things; "có mấy … này" still counts them, and "đô" (đô thị) points at
    // nothing.
    ['may mo hinh do trien khai toi dau r', 'other'],
    ['mấy cái app này dùng ntn', 'steps'],
    ['mấy mô hình đó', 'other'],
    ['có mấy mô hình này', 'figure'],
    ['ha noi thu may dich vu do thi thong minh', 'figure'],
    // "người tài" (talent) is not "tải về" (download); "bảo giờ" (says now) is not "bao giờ" (when).
    ['Có chính sách gì để kéo người tài về không?', 'other'],
    ['Con tôi bảo giờ ai cũng chuyển khoản, Hải Phòng có bao nhiêu phần trăm dân có tài khoản?', 'figure'],
    ['Bao giờ Hà Nội có kết quả?', 'date'],
    ['Xã tôi chưa bao giờ họp trực tuyến, giờ bao nhiêu huyện đã họp trực tuyến tới xã?', 'figure'],
    // "ngày mấy" asks a date, "mấy ngày" a span.
    ['chương trình được ban hành ngày mấy vậy', 'date'],
    // Which school year.
    ['Học bạ điện tử áp dụng từ năm học nào?', 'date'],
    ['hoc ba dien tu ap dung tu nien khoa nao', 'date'],
    ['Buổi đối thoại tổ chức vô bữa nào vậy?', 'date'],
    ['Hội nghị họp hôm nào?', 'date'],
    ['làm lltp mất mấy ngày', 'duration'],
    // "mỗi ngày bao nhiêu" asks a rate; a closing "… hay …?" asks which of two, and its "mấy" is a plural.
    ['mỗi ngày bao nhiêu người làm vậy', 'figure'],
    ['COVID ngân hàng thanh toán số điện thoại', 'other'],
    ['số điện thoại của Sở là gì', 'phone'],
    ['Làm lý lịch tư pháp trên VNeID thì bấm vào mục nào, phải điền những thông tin gì?', 'steps'],
    // Where a difficulty lies is not a place.
    ['lãnh đạo sở có nói cái khó lớn nhất nằm ở đâu không?', 'other'],
    // Where a weakness lies, through "ở": "yếu ở chỗ nào", "khó nằm ở chỗ nào" ask in what respect.
    ['Hà Nội lên số còn yếu ở chỗ nào?', 'other'],
    ['Cái khó nằm ở chỗ nào?', 'other'],
    ['Làm chữ ký số ở chỗ nào?', 'place'],
    ['chuyển đổi số vướng ở đâu vậy', 'other'],
    ['làm chữ ký số ở đâu', 'place'],
    ['hợp tác với đơn vị nào, cho giai đoạn mấy năm vậy ạ?', 'date'],
    ['xin giấy phép mất bao lâu, mấy năm thì hết hạn?', 'duration'],
    ['trung bình ngày mấy người xin', 'figure'],
    ['Hội nghị họp ngày bao nhiêu?', 'date'],
    ['Với mấy công nghệ khó thì thành phố tự làm lấy hay đi thuê ngoài?', 'other'],
    ['voi may cong nghe kho thi thanh pho tu lam hay thue ngoai?', 'other'],
    ['Hà Nội có mấy trung tâm dữ liệu, hay chỉ một?', 'figure'],
    // A session of a council ("kỳ họp thứ 10"), folded, is not a mailbox (hộp thư).
    ['được HĐND TP thông qua tại kỳ họp thứ mấy?', 'figure'],
    ['hộp thư góp ý của sở là gì', 'link'],
    ['Hộp thư bạn đọc của Sở TT&TT Hà Nội là gì?', 'link'],
    ['Hộp thư tư vấn dịch vụ công của Hà Nội là gì?', 'link'],
    ['được thông qua tại kì họp thứ mấy?', 'figure'],
    ['Lần họp thứ hai diễn ra khi nào?', 'date'],
    // With marks, "hộp thư" is a mailbox whatever follows it.
    ['Hộp thư nằm ở đâu?', 'link'],
    ['Hộp thư tự động của Sở là gì?', 'link'],
    // A class of people's name ("tên bà con hay vào") asks no one's name.
    ['Cổng thông tin tên bà con hay vào là gì?', 'other'],
    // A person's name asked before the person ("Tên ông ấy là gì?").
    ['Tên ông ấy là gì?', 'person'],
    // Which business or office by name; a kind of business is no one's name.
    ['Hà Nội hỗ trợ doanh nghiệp nào?', 'person'],
    ['Năm 2022 Hà Nội có chính sách hỗ trợ loại doanh nghiệp nào chuyển đổi số?', 'other'],
    ['thanh pho ho tro kieu doanh nghiep nao', 'other'],
    ['Thành phố hỗ trợ loại hình doanh nghiệp nào?', 'other'],
    ['Hiện đang doanh nghiệp nào cung cấp chữ ký số miễn phí?', 'person'],
    ['Cơ quan nào tham mưu cho thành phố?', 'person'],
  ])('%j → %s', (q, type) => {
    expect(classifyQuestion(q)).toBe(type);
  });

  it.each([
    ['Cách nộp hồ sơ thế nào?', true],
    ['cho em hỏi thủ tục đăng ký doanh nghiệp', true],
    ['xin phieu ly lich tu phap qua vneid', false],
    ['Kích hoạt tài khoản định danh mức 2 cần làm những bước gì?', true],
    ['quy trinh cap chu ky so', true],
    ['làm trên VNeID thì bấm vào mục nào', true],
    ['xin ly lich tu phap tren vneid thi chon muc nao, dien nhung gi', true],
    // Folded, "dien" is also điện (electricity).
    ['thanh toan tien dien j', false],
    // Whether there is a way is answered by the way named; how it is done, asked inside it, is still asked.
    ['Hồi dịch ở Hải Phòng có cách nào tra cứu tiêm chủng trên điện thoại không?', false],
    ['co cach nao dang ky cks online ko', false],
    ['Có cách nào đăng ký chữ ký số, làm như thế nào không?', true],
    ['Cách nào đăng ký chữ ký số nhanh nhất?', true],
    ['Có cách nào đăng ký online không, hướng dẫn em từng bước được không?', true],
    ['co cach nao lay lai mk vneid ko, chi em cac buoc dc ko', true],
    // How one operates or files ("thao tác ra sao", "khai ra sao") is steps asked outright; how things stand is not.
    ['Tải dữ liệu mở về thì thao tác thế nào?', true],
    ['Khai thuế online thì vô trang nào, khai ra sao?', true],
    ['Chuyển đổi số ở Hải Phòng ra sao?', false],
    ['Đề án 06 ở Hà Nội triển khai ra sao?', false],
    ['Kết quả kỳ ra sao?', false],
    // Counted, procedures are no way of doing one.
    ['Đến 2025 có bao nhiêu thủ tục được làm trực tuyến?', false],
    ['thủ tục đăng ký chữ ký số', true],
  ])('%j asks how outright: %s', (q, outright) => {
    expect(asksHowOutright(q)).toBe(outright);
  });

  it.each([
    ['fee', 'Chữ ký số được cấp miễn phí cho người dân.', true],
    ['papers', 'Người dân mang theo căn cước công dân đến bộ phận một cửa.', true],
    // Paperless names no paper.
    ['papers', 'Cung cấp dịch vụ công nhanh chóng, chính xác, không giấy tờ, giảm chi phí.', false],
    ['papers', 'Chữ ký số được cấp tại bộ phận một cửa của quận.', false],
    ['fee', 'Mỗi ngày có 700 - 800 trường hợp.', false],
    // "một cửa" is the one-stop desk's name, not one of something.
    ['figure', 'Chữ ký số được cấp miễn phí tại bộ phận một cửa của quận.', false],
    ['figure', 'Đến nay đã cấp khoảng mười nghìn chữ ký số.', true],
    ['hours', 'Bộ phận một cửa làm việc từ 8h đến 17h các ngày trong tuần.', true],
    ['phone', 'Gọi đường dây nóng 1900 1234 56 để được hỗ trợ.', true],
    ['phone', 'Số thuê bao di động đạt 121%.', false],
    ['address', 'Trụ sở đặt tại số 185 phố Giảng Võ, Hà Nội.', true],
    ['address', 'Người dân làm tại bộ phận một cửa của UBND quận.', false],
    ['duration', 'Hồ sơ được trả trong 3 ngày làm việc.', true],
    ['figure', 'Nghị quyết Đại hội lần thứ XVII.', true],
    ['figure', 'TP Hà Nội tập trung vào ba trụ cột.', true],
    ['figure', 'Tỷ lệ tăng mạnh.', false],
    ['steps', 'Người dân làm tại bộ phận một cửa của UBND quận.', true],
    ['steps', 'Hà Nội thí điểm cấp lý lịch tư pháp qua VNeID.', false],
    // The way, said outright, answers how.
    ['steps', 'Còn trước mắt, chúng ta có cách làm: thuê dịch vụ công nghệ thông tin.', true],
    // Naming the procedure is not saying how it is done.
    ['steps', 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp được kết nối.', false],
    ['figure', 'Nghị quyết số 18-NQ/TU ngày 30/12/2022, giai đoạn 2021 - 2030.', false],
    ['person', 'Các cấp ủy, người đứng đầu cấp ủy Đảng trực tiếp chủ trì.', true],
    // A sum is in đồng; "10 nghìn chữ ký số" is a count.
    ['fee', 'Lệ phí là 50.000 đồng một hồ sơ.', true],
    ['fee', 'Đã cấp khoảng 10 nghìn chữ ký số.', false],
    ['link', 'Mọi góp ý gửi về hộp thư sotttt@hanoi.gov.vn.', true],
  ] as const)('sentenceFits(%s, %j) = %s', (type, s, fits) => {
    expect(sentenceFits(type, s)).toBe(fits);
  });
});

describe('ranks', () => {
  it.each([
    ['Chỉ số DTI xếp thứ 24/63 tỉnh/thành phố.', ['24']],
    ['Tiếp tục đứng thứ 2 trong 7 năm liên tiếp.', ['2']],
    ['Tỷ trọng 17,15% (xếp thứ 8/63 tỉnh/thành phố).', ['8']],
    ['Nghị quyết Đại hội lần thứ XVII.', ['xvii']],
    ['Hà Nội giữ hạng nhì.', ['nhi']],
    ['Tăng 16 bậc so với năm 2021.', []],
  ])('%j ranks %j', (sentence, expected) => {
    expect(ranks(sentence)).toEqual(expected);
  });
});

describe('a fact given as it was asked', () => {
  it.each([
    // A business asked for by name.
    ['person', 'Trung tâm Dữ liệu mới thuê hạ tầng, thuê cả nguồn lực của doanh nghiệp.', 'Doanh nghiệp nào vận hành trung tâm?', false],
    ['person', 'Trung tâm do Viettel Hà Nội vận hành.', 'Doanh nghiệp nào vận hành trung tâm?', true],
    ['person', 'Trung tâm do VNPT vận hành, UBND giám sát.', 'Công ty nào vận hành trung tâm?', true],
    ['person', 'Trung tâm do UBND thành phố quản lý.', 'Công ty nào vận hành trung tâm?', false],
    ['person', 'UBND thành phố ban hành kế hoạch.', 'Cơ quan nào ban hành kế hoạch?', true],
    // A name asked is given by a full name the message does not already hold, not by the office.
    ['person', 'Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội cho biết thêm, thời gian tới sẽ tăng cường.', 'pho giam doc so TTTT ha noi ten la gi', false],
    ['person', 'Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội Nguyễn Tiến Sỹ cho biết.', 'pho giam doc so TTTT ha noi ten la gi', true],
    ['person', 'Ông Nguyễn Việt Hùng trả lời phỏng vấn.', 'Giám đốc Sở tên Nguyễn Việt Hùng phải không, ông ấy họ tên đầy đủ là gì?', false],
    // So is who holds an office the question names ("… là ai", "ai là …"); a body may still answer who acted.
    ['person', 'Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội cho biết thêm, thời gian tới sẽ tăng cường.', 'Phó Giám đốc Sở TT&TT Hà Nội là ai?', false],
    ['person', 'Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội Nguyễn Tiến Sỹ cho biết.', 'Phó Giám đốc Sở TT&TT Hà Nội là ai?', true],
    ['person', 'Giám đốc Sở cho biết thêm.', 'Ai là giám đốc sở?', false],
    ['person', 'Giám đốc Sở cho biết thêm.', 'ai đang làm giám đốc sở vậy', false],
    ['person', 'Giám đốc Sở cho biết thêm.', 'Giám đốc Sở nói ai phải làm?', true],
    ['person', 'Người dân được hỗ trợ.', 'Chủ tịch UBND nói đối tượng được hỗ trợ là ai?', true],
    ['person', 'Người dân được hỗ trợ.', 'Giám đốc Sở cho rằng người hưởng lợi là ai?', true],
    // Folded, "Nội vụ", "Bảo hiểm", "Đề án" are not verbs of saying between the office and "là ai".
    ['person', 'Giám đốc Sở cho biết thêm.', 'Giám đốc Sở Nội vụ là ai?', false],
    ['person', 'Giám đốc Sở cho biết thêm.', 'Giám đốc Bảo hiểm xã hội Hà Nội là ai?', false],
    ['person', 'Giám đốc Sở cho biết thêm.', 'Chủ tịch Hội đồng thẩm định Đề án 06 là ai?', false],
    ['person', 'Phó Giám đốc Sở cho biết thêm.', 'Phó Giám đốc Sở Thông tin (Sở Thông tin và Truyền thông) và Truyền thông Hà Nội là ai?', false],
    // Who signed is a person who signed, not the body that issued it.
    ['person', 'Ban Thường vụ Thành ủy Hải Phòng đã ban hành Nghị quyết 03-NQ/TU.', 'Nghị quyết 03 do đồng chí nào ký ban hành?', false],
    ['person', 'Chủ tịch UBND thành phố Trần Văn Nam đã ký ban hành Nghị quyết 03.', 'Nghị quyết 03 do ai ký?', true],
    ['person', 'Ban Thường vụ Thành ủy Hải Phòng đã ban hành Nghị quyết 03-NQ/TU.', 'Ai ban hành Nghị quyết 03?', true],
    // "đăng ký" registers: who may register is answered without a signer.
    ['person', 'Người dân được đăng ký chữ ký số miễn phí tại UBND phường.', 'Ai được đăng ký chữ ký số miễn phí?', true],
    // A day asked is given by a day, not by the years a document aims at; "khi nào" by any date.
    ['date', 'Thành ủy ban hành Nghị quyết 18-NQ/TU về CĐS đến năm 2025, định hướng đến năm 2030.', 'NQ 18 ban hành ngày nào?', false],
    ['date', 'Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành ủy.', 'NQ 18 ban hành ngày nào?', true],
    ['date', 'Buổi đối thoại diễn ra ngày 5 tháng 10.', 'Buổi đối thoại diễn ra hôm nào?', true],
    ['date', 'Thành ủy ban hành Nghị quyết 18-NQ/TU năm 2022.', 'NQ 18 ban hành khi nào?', true],
    ['date', 'Buổi đối thoại diễn ra mùng 5 tháng 10.', 'Buổi đối thoại diễn ra hôm nào?', true],
    ['date', 'Buổi đối thoại diễn ra hôm 27-12.', 'Buổi đối thoại diễn ra hôm nào?', true],
    // A rank or a count of all is not a day; "ngày nào … cũng" is every day, not a day asked.
    ['date', 'Hà Nội xếp thứ 24/63.', 'Chỉ số công bố ngày nào?', false],
    ['date', 'Hệ thống triển khai cho 35/35 sở.', 'Hệ thống triển khai ngày nào?', false],
    ['date', 'Ứng dụng ra mắt năm 2023.', 'Ngày nào tôi cũng dùng. Ứng dụng ra mắt khi nào?', true],
    // "cung cấp" is not "cũng"; a range with a dash ("2-3 giờ", "8-10%") is not a day, unless named one or with its year.
    ['date', 'Hệ thống triển khai cho 35/35 sở.', 'Hôm nào Hải Phòng cung cấp dịch vụ công trực tuyến?', false],
    ['date', 'Mỗi buổi kéo dài 2-3 giờ.', 'Buổi đối thoại diễn ra hôm nào?', false],
    ['date', 'Tăng 8-10% mỗi năm.', 'Buổi đối thoại diễn ra hôm nào?', false],
    ['date', 'Diễn ra 27-12-2021.', 'Buổi đối thoại diễn ra hôm nào?', true],
    // A month asked is given by a month or a day, not a year alone; "tháng nào cũng" is every month.
    ['date', 'Chỉ số DTI năm 2022 xếp thứ 24/63.', 'Chỉ số DTI thường công bố vào tháng mấy?', false],
    ['date', 'Báo cáo được công bố vào tháng 10/2023.', 'Báo cáo công bố tháng nào?', true],
    ['date', 'Báo cáo được công bố ngày 5/10.', 'Báo cáo công bố tháng mấy?', true],
    ['date', 'Báo cáo được công bố 10/2023.', 'Báo cáo công bố tháng nào?', true],
    ['date', 'Kết quả có từ 2023.', 'Báo cáo công bố tháng nào?', false],
    ['date', 'Ứng dụng ra mắt năm 2023.', 'Tháng nào tôi cũng dùng. Ứng dụng ra mắt khi nào?', true],
    // Folded, "thang máy" (a lift) is "thang may", and "thắng 2 giải" (wins) "thang 2"; a document's number is no month.
    ['date', 'Thang máy được lắp đặt năm 2022.', 'Thang máy ở bộ phận một cửa được lắp khi nào?', true],
    ['date', 'Đội thắng 2 giải năm 2023.', 'Giải thưởng được trao tháng mấy?', false],
    ['date', 'Theo Nghị quyết số 09/2021/NQ-HĐND, năm 2022 thành phố làm tiếp.', 'Nghị quyết ban hành tháng nào?', false],
    ['date', 'Chỉ số được công bố vào tháng Chạp.', 'Chỉ số công bố tháng nào?', true],
    ['date', 'Chi so duoc cong bo thang 12/2023.', 'chi so cong bo thang nao', true],
    // Since when, to the month: a start, in a month.
    ['date', 'Thu phí được áp dụng từ năm 2021.', 'Thu phí áp dụng từ tháng nào?', false],
    ['date', 'Báo cáo công bố tháng 10/2023.', 'Thu phí áp dụng từ tháng nào?', false],
    ['date', 'Thu phí được áp dụng từ tháng 3/2021.', 'Thu phí áp dụng từ tháng nào?', true],
    // Who make up a group is answered by who is in it, not by the group's own name.
    ['person', 'Quá trình CĐS đánh dấu vai trò to lớn của Tổ công nghệ số cộng đồng.', 'Tổ công nghệ số cộng đồng gồm những ai?', false],
    ['person', 'Uy tín của Tổ trưởng dân phố, lãnh đạo về hưu đã thu hút các bạn trẻ.', 'Tổ công nghệ số cộng đồng gồm những ai?', true],
    ['person', 'Tổ gồm các đoàn viên thanh niên của phường.', 'Tổ công nghệ số cộng đồng gồm những ai?', true],
    // Who take part: the group named alone does not say.
    ['person', 'Quá trình CĐS đánh dấu vai trò to lớn của Tổ công nghệ số cộng đồng.', 'to cong nghe so cong dong co nhung ai tham gia', false],
    ['person', 'Uy tín của Tổ trưởng dân phố đã thu hút lực lượng công an địa phương.', 'to cong nghe so cong dong co nhung ai tham gia', true],
    // Whom it serves is not who is in it; "cơ sở", "tăng trưởng" hold no office.
    ['person', 'Tổ công nghệ số cộng đồng giúp người dân dùng dịch vụ công.', 'Tổ công nghệ số cộng đồng gồm những ai?', false],
    ['person', 'Tổ công nghệ số cộng đồng là cơ sở cho tăng trưởng.', 'Tổ công nghệ số cộng đồng gồm những ai?', false],
    // Heads of a group are members; the group's own name and a sentence's opening capital are no one's name.
    ['person', 'Tổ gồm chủ tịch UBND xã, phó chủ tịch.', 'Tổ công nghệ số cộng đồng gồm những ai?', true],
    ['person', 'Ban Chỉ đạo Đề án 06 họp định kỳ hằng quý.', 'Ban Chỉ đạo Đề án 06 gồm những ai?', false],
    ['person', 'Ban Chỉ đạo do đồng chí Trần Sỹ Thanh làm trưởng ban.', 'Ban Chỉ đạo Đề án 06 gồm những ai?', true],
    ['person', 'Quá trình CĐS đánh dấu vai trò to lớn của Tổ công nghệ số cộng đồng.', 'Ai hỗ trợ người dân dùng ứng dụng?', true],
    // Whom to sign up with: an office or a person to go to, not the group joined.
    ['person', 'Quá trình CĐS đánh dấu vai trò to lớn của Tổ công nghệ số cộng đồng.', 'Muốn tham gia tổ công nghệ số cộng đồng thì đăng ký với ai?', false],
    ['person', 'Người dân đăng ký tham gia tại UBND phường nơi cư trú.', 'Muốn tham gia tổ công nghệ số cộng đồng thì đăng ký với ai?', true],
    ['person', 'Liên hệ tổ trưởng tổ dân phố để được hướng dẫn.', 'muon vao to thi lien he ai', true],
    ['person', 'Uy tín của Tổ trưởng dân phố, lãnh đạo về hưu đã thu hút các bạn trẻ.', 'Muốn tham gia tổ thì đăng ký với ai?', false],
    ['person', 'Sở TT&TT đã tham mưu kiện toàn mô hình Tổ chuyển đổi số cộng đồng.', 'Muốn tham gia tổ thì đăng ký với ai?', false],
    ['person', 'Muốn tham gia, bạn liên hệ Đoàn Thanh niên phường.', 'Muốn tham gia tổ thì đăng ký với ai?', true],
    // Since when is given by a start ("từ" before a date, a verb that begins), not by when someone spoke.
    ['date', 'Nhân dịp Xuân Ất Tỵ 2025, Giám đốc Sở Nguyễn Việt Hùng chia sẻ với PV.', 'Ông Hùng làm Giám đốc Sở từ năm nào?', false],
    ['date', 'Hệ thống họp trực tuyến phát huy hiệu quả từ năm 2021.', 'Hệ thống họp trực tuyến phát huy hiệu quả từ năm nào?', true],
    ['date', 'Thành phố bắt đầu thí điểm cấp lý lịch tư pháp qua VNeID năm 2024.', 'Cấp lý lịch tư pháp qua VNeID bắt đầu từ bao giờ?', true],
    ['date', 'Nhân dịp Xuân Ất Tỵ 2025, Giám đốc Sở chia sẻ với PV.', 'Ông Hùng chia sẻ khi nào?', true],
    // Folded, "đầu tư" ends in "tư": investing when is no since-when, and "đầu tư 500 tỷ" or "từ 40% lên" no start.
    ['date', 'Năm 2022, thành phố đầu tư xây dựng Trung tâm IOC.', 'Thành phố đầu tư khi nào?', true],
    ['date', 'Năm 2022, thành phố đầu tư 500 tỷ đồng.', 'Trung tâm IOC hoạt động từ năm nào?', false],
    ['date', 'Tỷ lệ tăng từ 40% lên 80% năm 2023.', 'Hệ thống hoạt động từ năm nào?', false],
    ['date', 'Trong năm 2023, Sở cũng ký kết phối hợp với Vụ Bưu chính.', 'Sở phối hợp với Vụ Bưu chính từ năm nào?', true],
    ['date', 'Hệ thống đi vào hoạt động từ quý III/2023.', 'Hệ thống chạy từ bao giờ?', true],
    // A report published in a month says nothing of since when; nor does what is not yet official.
    ['date', 'Báo cáo Vietnam ICT Index được công bố vào tháng 10/2023.', 'Hà Nội xếp thứ nhất ICT Index từ năm nào?', false],
    // "miễn phí" does not answer a fee the resident already calls free.
    ['fee', 'Chữ ký số được cấp miễn phí tại bộ phận một cửa.', 'Phí duy trì chữ ký số miễn phí là bao nhiêu tiền?', false],
    ['fee', 'Chữ ký số được cấp miễn phí tại bộ phận một cửa.', 'Làm chữ ký số mất bao nhiêu tiền?', true],
    ['fee', 'Chữ ký số được cấp miễn phí cho người dân.', 'Hà Nội có chữ ký số miễn phí cho dân. Tôi làm cho công ty. Giá bao nhiêu?', false],
    // Unless whether it is free is what is asked.
    ['fee', 'Chữ ký số được cấp miễn phí tại bộ phận một cửa.', 'Ở Hà Nội có chỗ nào làm cho dân miễn phí không?', true],
    ['fee', 'Chữ ký số được cấp miễn phí tại bộ phận một cửa.', 'Nếu không được miễn phí thì làm chữ ký số mất bao nhiêu tiền?', false],
    ['fee', 'Chữ ký số được cấp miễn phí tại bộ phận một cửa.', 'Chữ ký số được miễn phí, vậy phí gia hạn hằng năm bao nhiêu tiền?', false],
    // A two-word name; someone else asked of after a verb of saying.
    ['person', 'Phó Chủ tịch UBND thành phố Trần Hùng cho biết thành phố sẽ làm tiếp.', 'Ông Trần Hùng giữ chức vụ gì?', true],
    ['person', 'Trưởng phòng Nguyễn Văn An phụ trách việc này.', 'Ông Nguyễn Việt Hùng nói người phụ trách việc này là ai?', true],
    // The office of someone named is given by an office beside the name, not by any quote of theirs.
    ['person', 'Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội Nguyễn Tiến Sỹ cho biết, thành phố sẽ làm tiếp.', 'Ông Nguyễn Tiến Sỹ giữ chức vụ gì?', true],
    ['person', '"Chúng tôi nhận thức rõ điều đó", ông Nguyễn Tiến Sỹ nhấn mạnh.', 'Ông Nguyễn Tiến Sỹ giữ chức vụ gì?', false],
    ['person', 'Theo ông Nguyễn Việt Hùng, Giám đốc Sở TT&TT, năm 2024 ghi dấu nhiều đổi thay.', 'Ông Nguyễn Việt Hùng là ai?', true],
    ['person', 'Ông Vũ Đại Thắng cho rằng dịch COVID-19 khiến cả thế giới chao đảo.', 'Ông Vũ Đại Thắng là ai?', false],
    ['person', 'Ông Vũ Đại Thắng cho rằng dịch COVID-19 khiến cả thế giới chao đảo.', 'ông vũ đại thắng giữ chức vụ gì', false],
    ['person', 'Phó Giám đốc Sở TT&TT Hải Phòng Vũ Đại Thắng cho rằng chuyển đổi số mở ra cơ hội.', 'ông vũ đại thắng giữ chức vụ gì', true],
    // Which body made or runs something is given by a body, not by the residents it serves nor by a facility ("cơ sở").
    ['person', 'Một số hệ thống của thành phố đã phục vụ người dân, như một số cơ sở chuyên ngành, ứng dụng công dân số iHanoi.', 'Ứng dụng iHanoi do đơn vị nào phát triển?', false],
    ['person', 'Cuộc đối thoại do Cổng thông tin điện tử thành phố cùng Sở Thông tin và Truyền thông tổ chức.', 'Cuộc đối thoại do đơn vị nào tổ chức?', true],
    ['person', 'Theo đánh giá của Bộ TT&TT, kinh tế số chiếm 17,15% GRDP.', 'con so 17,15% do co quan nao danh gia', true],
    ['person', 'Cán bộ, công chức được tập huấn kỹ năng số.', 'Lớp tập huấn do cơ quan nào mở?', false],
    // The posts held before are not the one beside the name now (the first a made-up sentence).
    ['person', 'Theo Giám đốc Sở Nội vụ Hà Nội Vũ Thu Hà, các cơ quan cần tăng cường tương tác.', 'Trước khi làm Giám đốc Sở Nội vụ, bà Vũ Thu Hà từng đảm nhận những chức vụ gì?', false],
    ['person', 'Bà Vũ Thu Hà, nguyên Phó Giám đốc Sở Tư pháp, nay là Giám đốc Sở Nội vụ.', 'Trước khi làm Giám đốc Sở Nội vụ, bà Vũ Thu Hà từng đảm nhận những chức vụ gì?', true],
    // An office's holder asked by the office names no one: the name is what is asked.
    ['person', 'Theo Phó Chánh Văn phòng UBND thành phố Hải Phòng Phạm Anh Tuấn, thành phố đã làm nhiều việc.', 'Pho Chanh VP UBND TP HP la ai', true],
    // Where an office stands is a place on the ground, not the portal it publishes on nor how far a network reaches.
    ['place', 'Sở TT&TT là đơn vị đầu tiên công khai dữ liệu trên Cổng thông tin điện tử của Sở.', 'Trụ sở Sở TT&TT Hà Nội ở đâu?', false],
    ['place', 'Thành phố duy trì mạng WAN đến 579/579 xã, phường, thị trấn.', 'Trung tâm dữ liệu đặt ở đâu?', false],
    ['place', 'Trung tâm điều hành đặt tại tòa nhà số 185 phố Giảng Võ.', 'Trung tâm điều hành đặt ở đâu?', true],
    // Read with marks: "Phó" is no street (phố).
    ['place', 'Tại hội nghị, Phó Giám đốc cho biết thành phố sẽ làm tiếp.', 'Trụ sở Sở TT&TT Hà Nội ở đâu?', false],
    ['place', 'Nguyên nhân là do dữ liệu còn phân tán trên các hệ thống.', 'Lý do chính nằm ở đâu?', true],
    // The day of the document asked about, not of another the sentence cites.
    ['date', 'Việc xây dựng Quy hoạch Thủ đô cần bám sát Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành uỷ.', 'Quy hoạch Thủ đô được phê duyệt ngày nào?', false],
    ['date', 'Việc xây dựng Quy hoạch Thủ đô cần bám sát Nghị quyết số 18-NQ/TU ngày 30/12/2022 của Thành uỷ.', 'Nghị quyết 18 ban hành ngày nào?', true],
    // Where a paper is collected is an office, or home by post; not the app it is asked for on (a made-up sentence).
    ['place', 'Hà Nội thí điểm cấp lý lịch tư pháp qua phần mềm VneID.', 'Làm lý lịch tư pháp trên VNeID xong thì nhận bản giấy ở đâu?', false],
    ['place', 'Hà Nội thí điểm cấp lý lịch tư pháp qua phần mềm VneID.', 'lam lltp xong nhan ket qua cho nao', false],
    ['place', 'Bản giấy được gửi về tận nhà qua bưu chính.', 'Làm lý lịch tư pháp trên VNeID xong thì nhận bản giấy ở đâu?', true],
    ['place', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'CKS mien phi lay o dau', true],
    // Where it is drawn from is not where it is collected.
    ['place', 'Phát huy các nguồn vốn khu vực tư nhân trong phát triển các Khu CNTT tập trung.', 'Xây khu CNTT thì lấy vốn ở đâu ra?', true],
    // Where an application is handed in or sent: an office or a channel, not where a pilot runs.
    ['place', 'Sở trình TP ban hành Kế hoạch 310/KH-UBND về triển khai thí điểm mô hình chuyển đổi số điển hình tại các cơ quan nhà nước TP Hà Nội.', 'UBND xã muốn đăng ký mô hình điển hình theo Kế hoạch 310 thì hồ sơ gửi về đâu?', false],
    ['place', 'Hồ sơ nộp tại bộ phận một cửa của UBND phường.', 'Hồ sơ gửi về đâu?', true],
    ['place', 'Người dân nộp hồ sơ trực tuyến trên Cổng dịch vụ công.', 'Nộp hồ sơ ở đâu?', true],
    // Where something is done may be online.
    ['place', 'Người dân làm thủ tục trên Cổng dịch vụ công của thành phố.', 'Làm thủ tục này ở đâu?', true],
    // How to use what one has is answered by steps, not by the office that issues it; how to get it, by the office too.
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Giờ muốn ký số lên hồ sơ nộp online thì thao tác ntn?', false],
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Cài chữ ký số vào máy tính để ký hồ sơ như thế nào?', false],
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'CKS miễn phí đó cài lên đt kiểu j v ad, có hướng dẫn từng bước ko?', false],
    ['steps', 'Người dân đăng nhập Cổng dịch vụ công, chọn hồ sơ rồi bấm ký số.', 'Thao tác ký số lên hồ sơ thế nào?', true],
    // Pressing in an app is answered by what to press, not by the office that set the channel up.
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Kênh Zalo OA của tổ thì bấm theo dõi thế nào?', false],
    ['steps', 'Người dân mở ứng dụng, chọn mục Tổ công nghệ số rồi bấm Quan tâm.', 'Kênh Zalo OA của tổ thì bấm theo dõi thế nào?', true],
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'ký chữ ký số lên file PDF để nộp DVC thì làm thế nào ạ?', false],
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'ký chữ ký số (chữ ký số; chữ ký điện tử) lên file PDF thì làm thế nào?', false],
    // "ký" in "đăng ký" signs nothing.
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Đăng ký chữ ký số (CKS) vào VNeID thế nào?', true],
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Làm chữ ký số miễn phí thế nào?', true],
    // Using it, named as the purpose of getting it, still asks how to get it (the review's cases).
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Tôi muốn làm chữ ký số để ký vào hồ sơ online thì đăng ký thế nào?', true],
    ['steps', 'Triển khai chữ ký số miễn phí cho người dân tại bộ phận một cửa của các quận.', 'Xin chữ ký số miễn phí để cài vào điện thoại thì làm thế nào?', true],
  ] as const)('%s: %j answers %j: %s', (type, sentence, question, expected) => {
    expect(givesAsAsked(type, sentence, question)).toBe(expected);
  });
});

describe('a figure that answers', () => {
  it.each([
    ['Hoàn thành 21 chỉ tiêu và 77 nhiệm vụ vào năm 2025.', ['21', '77']],
    ['Nghị quyết 18-NQ/TU ngày 30/12/2022 về COVID-19.', []],
    ['Đạt 93,15% hộ gia đình.', ['93,15']],
    ['Kế hoạch số 239/KH-UBND, xếp thứ 24/63.', ['24', '63']],
    ['Công bố vào tháng 10/2023, đạt 45%.', ['45']],
    // A number naming its document is not a count.
    ['Ban Chỉ đạo Đề án 06 giao thí điểm; Kế hoạch số 239 có 21 chỉ tiêu.', ['21']],
  ])('quantities(%j) = %j', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });

  it.each([
    // The resident's own 17,15% is not the answer; an ordinal answers "thứ mấy" only.
    ['Tỷ trọng kinh tế số chiếm 17,15% GRDP.', 'Hà Nội có 17,15%, Hải Phòng bao nhiêu?', false],
    ['Tỷ trọng kinh tế số chiếm 30% GRDP.', 'Hà Nội có 17,15%, Hải Phòng bao nhiêu?', true],
    ['Cuộc Cách mạng công nghiệp lần thứ 4.', 'Nghị quyết có bao nhiêu chỉ tiêu?', false],
    ['Hà Nội xếp thứ 24/63.', 'Hà Nội xếp thứ mấy?', true],
    // "thứ mấy" asks a rank: a rise in places is not one, nor the rank the resident gave.
    ['Năm 2022: tăng 16 bậc so với 2021.', 'Hà Nội xếp thứ mấy?', false],
    ['Hà Nội xếp thứ 24/63.', 'Năm 2022 Hà Nội xếp thứ 24, năm 2023 xếp thứ mấy?', false],
    ['Thành phố dẫn đầu cả nước về chỉ số này.', 'Hà Nội đứng thứ mấy?', true],
    // "xếp mấy" leaves the "thứ" out.
    ['Hà Nội xếp thứ nhất Bảng xếp hạng chung.', 'thang 10/2023 ICT index thi HN xep may', true],
    ['Năm 2022: tăng 16 bậc so với 2021.', 'HN xếp mấy?', false],
    // A share asked is answered by a share, not by a count; "một trong những" counts nothing.
    ['Bây giờ, trung bình một ngày có 700 - 800 trường hợp đề nghị cấp.', 'Bao nhiêu phần trăm người dân đã kích hoạt VNeID?', false],
    ['Hà Nội là một trong những thành phố được giao thí điểm.', 'Bao nhiêu phần trăm người dân đã kích hoạt VNeID?', false],
    ['Tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%.', 'Bao nhiêu % người dân có tài khoản thanh toán?', true],
    ['Hà Nội là một trong những thành phố được giao thí điểm.', 'Có bao nhiêu thành phố được giao thí điểm?', false],
    ['Có hai thành phố được giao thí điểm.', 'Có bao nhiêu thành phố được giao thí điểm?', true],
    // "số mấy" asks a document's number: the years of its targets and the date it was issued are not one.
    ['Xây dựng Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030.', 'Nghị quyết đó là số mấy?', false],
    ['Ngày 26/10/2021, Thành ủy ban hành Nghị quyết về chuyển đổi số.', 'Nghị quyết đó là số mấy?', false],
    ['Ngày 26/10/2021, Thành ủy ban hành Nghị quyết 03-NQ/TU.', 'Nghị quyết đó là số mấy?', true],
    ['Giai đoạn 2021-2030 thực hiện theo Kế hoạch 239/KH-UBND.', 'Kế hoạch số mấy?', true],
    // Nor a day without its year, an ordinal or a share.
    ['Ngày 26/10, Thành ủy ban hành Nghị quyết về chuyển đổi số.', 'Nghị quyết đó là số mấy?', false],
    ['Ngày 26 tháng 10, Thành ủy ban hành Nghị quyết.', 'Nghị quyết đó là số mấy?', false],
    ['Nghị quyết gắn với cuộc Cách mạng công nghiệp lần thứ 4.', 'Nghị quyết đó là số mấy?', false],
    ['Nghị quyết đặt mục tiêu kinh tế số chiếm 30% GRDP.', 'Nghị quyết đó là số mấy?', false],
    // Which congress or term, in Roman numerals, counts nothing; a count in them still does.
    ['Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng đã xác định nhiều nhiệm vụ.', 'Nghị quyết đặt chỉ tiêu bao nhiêu đô thị thông minh?', false],
    ['Chương trình được HĐND thành phố khóa XVI thông qua.', 'Chương trình có bao nhiêu mục tiêu?', false],
    ['Kế hoạch gồm XII nhóm nhiệm vụ.', 'Kế hoạch có bao nhiêu nhóm nhiệm vụ?', true],
    // "năm mấy" asks which year, which a year answers.
    ['Nghị quyết định hướng đô thị Việt Nam tầm nhìn đến năm 2045.', 'nq 06 về đô thị tầm nhìn tới năm mấy', true],
    ['Nghị quyết định hướng đô thị Việt Nam tầm nhìn đến năm 2045.', 'Nghị quyết có bao nhiêu mục tiêu?', false],
  ])('%j states a new figure for %j: %s', (sentence, question, expected) => {
    expect(statesNewFigure(sentence, question)).toBe(expected);
  });

  // A figure the resident's story states is given as much as one the question types; one the story is unsure of is not.
  it.each([
    ['Năm 2022, tỷ trọng kinh tế số trong GRDP của Hà Nội là 17,15%.', 'Tôi đọc thấy kinh tế số chiếm 17,15% GRDP năm 2022. Trong đó TMĐT đóng góp bao nhiêu phần trăm?', false],
    // The message as read spaces a decimal comma.
    ['Năm 2022, tỷ trọng kinh tế số trong GRDP của Hà Nội là 17,15%.', 'Tôi đọc thấy kinh tế số chiếm 17, 15% GRDP năm 2022. Trong đó TMĐT đóng góp bao nhiêu phần trăm?', false],
    ['Bây giờ, mỗi ngày có 700 - 800 trường hợp đề nghị cấp.', 'Mỗi ngày có 700-800 ca xin qua VNeID. Vậy mỗi ngày bao nhiêu người nộp giấy?', false],
    ['Thành phố đặt mục tiêu hoàn thành 21 chỉ tiêu.', 'Kế hoạch đặt ra 21 chỉ tiêu. Tới nay hoàn thành được bao nhiêu chỉ tiêu?', false],
    ['Hà Nội đang tập trung vào 3 trụ cột.', 'Có người bảo 3 trụ cột, có người bảo 4. Hà Nội tập trung vào mấy trụ cột?', true],
    ['Thực hiện Kế hoạch số 227/KH-UBND.', 'Tôi nghe loáng thoáng, không rõ là 277 hay 227. Kế hoạch đó là số mấy?', true],
    ['Hải Phòng cung cấp 1.232 dịch vụ công trực tuyến.', 'Tôi ở Hải Phòng 5 năm rồi. Thành phố có bao nhiêu dịch vụ công trực tuyến?', true],
  ])('%j states a new figure for the message %j: %s', (sentence, message, expected) => {
    const asked = message.split(/(?<=[.?]) /).at(-1)!;
    expect(statesNewFigureOf(readFigureAsk(asked, message), sentenceFigures(sentence))).toBe(expected);
  });

  it.each([
    ['Phấn đấu 50% dân số trưởng thành có chữ ký số.', 'Tỷ lệ có chữ ký số hiện nay đạt bao nhiêu?', false],
    ['Đến nay đã cấp khoảng 10 nghìn chữ ký số.', 'Hiện nay đã cấp bao nhiêu chữ ký số?', true],
    ['Phấn đấu 50% dân số trưởng thành có chữ ký số.', 'Mục tiêu tỷ lệ có chữ ký số là bao nhiêu?', true],
    // "thực tế" asks what was reached, not the plan.
    ['Hải Phòng phấn đấu để kinh tế số chiếm 25% GRDP.', 'Năm 2021 kinh tế số thực tế chiếm bao nhiêu phần trăm GRDP?', false],
    // So does "đã có": how many already have it.
    ['Phấn đấu cung cấp danh tính số cho tối thiểu 40% người dân.', 'Bao nhiêu người dân đã có danh tính số?', false],
    // "hiện có": how many there are now.
    ['Mục tiêu tăng 15% số thanh niên làm việc tại các tổ chức khoa học.', 'Hiện có bao nhiêu thanh niên làm việc trong các tổ chức khoa học?', false],
    // "đã" of the setting tells when the target was set, not that it was met.
    ['Chương trình đã đặt mục tiêu cụ thể đến năm 2030, 100% thanh niên được tuyên truyền.', 'Hiện có bao nhiêu thanh niên được tuyên truyền?', false],
    ['Thành phố đã đề ra mục tiêu 90% hộ gia đình có cáp quang.', 'Hiện nay bao nhiêu hộ có cáp quang?', false],
    ['Đến nay đã đạt 93,15% hộ gia đình có cáp quang.', 'Hiện nay bao nhiêu hộ có cáp quang?', true],
    // Practice as where ideas are put is no "actually".
    ['Chương trình đã đặt mục tiêu đến năm 2030, 15% số thanh niên được ứng dụng ý tưởng sáng tạo.', 'Bao nhiêu phần trăm thanh niên được đưa ý tưởng sáng tạo vào thực tế?', true],
    ['Chương trình đã đặt mục tiêu đến năm 2030, 15% số thanh niên được ứng dụng ý tưởng sáng tạo.', 'Bao nhiêu người trẻ được đem sáng kiến ra áp dụng thực tế?', true],
  ])('%j speaks of now for %j: %s', (sentence, question, expected) => {
    expect(speaksOfNow(sentence, question)).toBe(expected);
  });

  // A sentence that goes on listing figures after a target sets targets too, until one says what was done or when.
  it.each([
    ['90% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng.', true, true],
    ['90% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng.', false, false],
    ['Phấn đấu 50% dân số trưởng thành có chữ ký số.', false, true],
    ['Đến nay đã cấp khoảng 10 nghìn chữ ký số.', true, false],
    ['Kết quả, 93,15% hộ gia đình có cáp quang.', true, false],
    ['Năm 2022, tỷ trọng kinh tế số là 17,15%.', true, false],
  ] as const)('%j after a target (%s) sets a target only: %s', (sentence, afterTarget, expected) => {
    expect(sentenceFigures(sentence, afterTarget).onlyTarget).toBe(expected);
  });
});

describe('a sentence of the year asked', () => {
  it.each([
    ['Năm 2022, chỉ số DTI xếp thứ 24/63, tăng 16 bậc so với năm 2021.', ['2024'], false],
    ['Năm 2022, chỉ số DTI xếp thứ 24/63, tăng 16 bậc so với năm 2021.', ['2022'], true],
    // The year compared against is not the figure's: where Hà Nội stood in 2021 is not "24/63 … so với năm 2021".
    ['Năm 2022, chỉ số DTI xếp thứ 24/63, tăng 16 bậc so với năm 2021.', ['2021'], false],
    ['Tăng 10% số thanh niên làm việc trong các tổ chức khoa học (so với hồi 2020).', ['2020'], true],
    ['Chỉ số năm 2021 của Thành phố rất thấp, xếp thứ 40/63.', ['2021'], true],
    // A sentence that names no year is dated by its passage or article (the constraints check that).
    ['Tỷ lệ thanh toán tiền điện không dùng tiền mặt đạt 99,9%.', ['2024'], true],
    // A span holds the years inside it.
    ['Ký kết phối hợp về quản lý bưu chính giai đoạn 2023 - 2025.', ['2024'], true],
    ['Chương trình giai đoạn 2021-2030.', ['2031'], false],
    // Nothing asked about a year: any sentence.
    ['Năm 2022 xếp thứ 24/63.', [], true],
    // Figures that are not years.
    ['Hải Phòng cung cấp 1.232 dịch vụ công, đạt 2024,5 điểm.', ['2024'], true],
    ['Báo cáo công bố vào tháng 10/2023, Hà Nội xếp thứ nhất.', ['2023'], true],
    ['Báo cáo công bố vào tháng 10/2023, Hà Nội xếp thứ nhất.', ['2024'], false],
  ])('%j is of %j: %s', (sentence, years, expected) => {
    expect(namesYearAsked(sentence, years)).toBe(expected);
  });

  // A sentence naming no year, in a paragraph that carries the years of the one before ("Phấn đấu đến năm 2025, …").
  it.each([
    ['Tỷ trọng kinh tế số trong GRDP chiếm khoảng 30%.', ['2024'], ['2025'], false],
    ['Tỷ trọng kinh tế số trong GRDP chiếm khoảng 30%.', ['2025'], ['2025'], true],
    ['Tỷ trọng kinh tế số trong GRDP chiếm khoảng 30%.', ['2021'], ['2021', '2022'], true],
    // Nothing carried: dated by its article, as before.
    ['Tỷ trọng kinh tế số trong GRDP chiếm khoảng 30%.', ['2024'], [], true],
    // A year of its own is read over the carried one.
    ['Năm 2024, tỷ trọng kinh tế số đạt 20%.', ['2024'], ['2025'], true],
    ['Năm 2023, tỷ trọng kinh tế số đạt 20%.', ['2025'], ['2025'], false],
  ])('%j, carrying %j, is of %j: %s', (sentence, years, frame, expected) => {
    expect(namesYearAsked(sentence, years, frame)).toBe(expected);
  });
});

describe('a year given as when a document was issued', () => {
  it.each([
    ['Cái kế hoạch làm Hà Nội thông minh ra hồi năm 2023 đặt ra bao nhiêu chỉ tiêu?', ['2023']],
    ['ke hoach ban hanh nam 2021 co may nhiem vu', ['2021']],
    ['Năm 2023 Hà Nội xếp thứ mấy?', []],
    ['Kế hoạch ký tháng 9/2023 có gì mới?', ['2023']],
    // A document named by its date, without a verb of issuing; a year alone is the one its figures are for.
    ['Văn bản của ủy ban thành phố Hà Nội hồi cuối tháng 9/2023 về đô thị thông minh đề ra bao nhiêu chỉ tiêu?', ['2023']],
    ['Kế hoạch ngày 27/9/2023 đặt mục tiêu gì?', ['2023']],
    ['Kế hoạch năm 2023 đặt bao nhiêu chỉ tiêu?', []],
    // A deadline is no date of issue.
    ['Kế hoạch đặt mục tiêu đến tháng 12/2025 có bao nhiêu phần trăm?', []],
    ['Đề án 06 yêu cầu đến ngày 31/12/2024 xong những gì?', []],
  ])('%j → %j', (q, years) => {
    expect([...issuedYears(q)]).toEqual(years);
  });
});

describe('a year the resident gives a figure for, asking another', () => {
  it.each([
    ['Kinh tế số của HN năm 2022 là 17,15% GRDP, vậy năm 2023 thì được bao nhiêu %?', ['2022']],
    ['Năm 2021 Hà Nội xếp thứ 40. Năm 2022 xếp thứ mấy?', ['2021']],
    // Both asked, a year compared within one clause, a year with no figure given: none is a premise.
    ['Hà Nội năm 2022 và 2023 có bao nhiêu dịch vụ công?', []],
    ['Chỉ số DTI năm 2022 tăng 16 bậc so với năm 2021 đúng không?', []],
    ['Năm 2022 Hà Nội làm gì, năm 2023 thì sao?', []],
    // A document's number or a count of years is no figure given (the review's cases).
    ['Theo Nghị quyết 06-NQ/TU năm 2021, đến năm 2025 kinh tế số chiếm bao nhiêu phần trăm GRDP?', []],
    ['Kế hoạch số 8 năm 2022, đến năm 2025 đặt mục tiêu gì?', []],
    ['Trong 3 năm 2021, 2022, 2023 Hà Nội có bao nhiêu dịch vụ công?', []],
    ['Năm 2022 Hà Nội xếp thứ 24, năm 2023 thì sao?', ['2022']],
  ])('%j → %j', (q, years) => {
    expect([...premisedYears(q)]).toEqual(years);
  });

  it('asks the other year only', () => {
    expect(questionConstraints('Kinh tế số của HN năm 2022 là 17,15% GRDP, vậy năm 2023 thì được bao nhiêu %?').years.map((y) => y.key)).toEqual(['2023']);
  });
});

describe('a choice between two names', () => {
  it.each([
    ['Trung tâm dữ liệu của Hà Nội là thuê của Viettel hay VNPT?', ['Viettel', 'VNPT']],
    ['thue cua Viettel hay la FPT', ['Viettel', 'FPT']],
    // A choice between things that are not names, or a name not at the close, asks no such choice.
    ['Thành phố tự làm hay đi thuê ngoài?', []],
    ['Viettel hay VNPT làm trung tâm dữ liệu?', []],
    // Two numbered kinds, the noun said once or twice.
    ['Xin lý lịch tư pháp qua VNeID thì được phiếu số 1 hay số 2?', ['số 1', 'số 2']],
    ['Dịch vụ công này là mức độ 3 hay mức độ 4 vậy?', ['mức độ 3', 'mức độ 4']],
    ['Hà Nội có 2 hay 3 trung tâm dữ liệu?', []],
    ['Dịch vụ công ở Hải Phòng là mức 3 hay 4 vậy?', ['mức 3', 'mức 4']],
    // Closing particles after a choice of names, as after a numbered one.
    ['CKS miễn phí ở HN là DN nào cấp, VNPT hay Viettel ạ', ['VNPT', 'Viettel']],
    ['thuê của Viettel hay VNPT vậy ad?', ['Viettel', 'VNPT']],
  ])('%j → %j', (q, names) => {
    expect(namedChoice(q).map((c) => c.label)).toEqual(names);
  });

  it.each([
    ['Trung tâm do Viettel xây dựng.', true],
    ['Thành phố thuê dịch vụ hạ tầng.', false],
    ['Đối tác là VNPTX.', false],
  ])('%j names one of Viettel, VNPT: %s', (sentence, named) => {
    expect(namesOneOf(namedChoice('thuê của Viettel hay VNPT?'), sentence)).toBe(named);
  });

  it.each([
    ['Người dân được cấp Phiếu lý lịch tư pháp số 1 qua VNeID.', true],
    ['Người dân đề nghị cấp lý lịch tư pháp qua VNeID, 700 - 800 trường hợp một ngày.', false],
  ])('%j names phiếu số 1 or số 2: %s', (sentence, named) => {
    expect(namesOneOf(namedChoice('được phiếu số 1 hay số 2?'), sentence)).toBe(named);
  });

  it('reads "mức", "mức độ" as one scale', () => {
    expect(namesOneOf(namedChoice('Dịch vụ công ở Hải Phòng là mức 3 hay 4 vậy?'), 'Dịch vụ công trực tuyến mức độ 3 và 4 còn thấp.')).toBe(true);
  });
});

describe('names the articles never mention', () => {
  const corpus = new Set(tokenize('Thủ đô Hà Nội thành phố Hải Phòng Giám đốc Hùng').map((t) => t.folded));
  const knows = { hasSyllable: (t: { folded: string }): boolean => corpus.has(t.folded) };
  it.each([
    ['Thủ đô của nước Úc là thành phố nào?', ['Úc']],
    ['Tôi dùng Python bị lỗi IndexError', ['Python', 'IndexError']],
    // A sentence's first word and abbreviations in capitals are not names.
    ['Thành phố Hải Phòng có gì? Giám đốc là ai', []],
    ['HN có bao nhiêu DVC', []],
    // Where the resident lives or works, in a clause of its own, is the story's place beside a province asked of; a
    // place asked about is still a name.
    ['Tôi ở Thủy Nguyên, không biết Hải Phòng có chưa', []],
    ['Nhà mình tại Ba Vì, Hà Nội có gì', []],
    ['Tôi ở Thủy Nguyên, không biết xã mình đã có chưa', ['Thủy', 'Nguyên']],
    ['Mình tại Singapore thì ở Hà Nội dùng được không', ['Singapore']],
    ['Ở Thủy Nguyên có gì', ['Thủy', 'Nguyên']],
    // A web site says where the resident read it.
    ['Phó giám đốc trong bài Chinhphu.vn tên gì', []],
  ])('%j → %j', (q, names) => {
    expect(unknownNames(q, knows)).toEqual(names);
  });

  // Two common words the articles never write side by side, in title case, make a name they lack.
  const words = new Set(tokenize('Thủ đô Hà Nội Hải Phòng Giám đốc Việt Nam thái độ lan tỏa cầu giấy tờ').map((t) => t.folded));
  const pairs = new Set(['thu do', 'ha noi', 'hai phong', 'giam doc', 'viet nam']);
  const withPairs = { hasSyllable: (t: { folded: string }): boolean => words.has(t.folded), hasFoldedPair: (p: string): boolean => pairs.has(p) };
  it.each([
    ['Tỷ số trận Việt Nam gặp Thái Lan tối qua là bao nhiêu?', ['Thái Lan']],
    ['Tỷ số trận Việt Nam - Thái Lan tối qua là bao nhiêu?', ['Thái Lan']],
    ['Giám đốc Hà Nội nói gì về Việt Nam', []],
    // A province, or a place after a unit word or "ở", is for the place constraint (a partial answer), not refused here.
    ['Chữ ký số cấp ở Cầu Giấy không', []],
    ['cks mien phi o quan Cau Giay lam o dau', []],
    ['Dân Hải Phòng làm gì', []],
  ])('%j → %j (pairs checked)', (q, names) => {
    expect(unknownNames(q, withPairs)).toEqual(names);
  });
});

describe('a figure of the group asked', () => {
  it.each([
    ['Người cao tuổi ở Hà Nội có bao nhiêu phần trăm dùng smartphone?', 'Tỷ lệ thuê bao di động sử dụng smartphone đạt 81,7%.', false],
    ['Người cao tuổi ở Hà Nội có bao nhiêu phần trăm dùng smartphone?', 'Có 40% người già dùng điện thoại thông minh.', true],
    ['bao nhieu hoc sinh dung hoc ba dien tu', 'Có 90% học sinh dùng học bạ điện tử.', true],
    ['Bao nhiêu thanh niên được tập huấn?', 'Đã tập huấn cho 2.000 đoàn viên.', true],
    // No group named: any sentence.
    ['Bao nhiêu phần trăm dân dùng smartphone?', 'Tỷ lệ thuê bao sử dụng smartphone đạt 81,7%.', true],
    // Who asks is not whom the figure is of; a name is not a group; with marks, "công nhận" is not "công nhân".
    ['Tôi là sinh viên, Hải Phòng cung cấp bao nhiêu dịch vụ công trực tuyến?', 'Cung cấp 1.232 dịch vụ công trực tuyến.', true],
    ['toi la cong nhan, ha noi cap duoc bao nhieu chu ky so mien phi roi', 'Đã cấp khoảng 10 nghìn chữ ký số miễn phí.', true],
    ['Hà Nội được công nhận đứng thứ mấy về thương mại điện tử?', 'Hà Nội đứng thứ 2 về thương mại điện tử.', true],
    ['Báo Phụ nữ Thủ đô viết Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?', 'Đã cấp khoảng 10 nghìn chữ ký số miễn phí.', true],
    ['Theo Thanh Niên, Hà Nội có bao nhiêu dịch vụ công?', 'Hà Nội có 1.000 dịch vụ công.', true],
    ['Sinh viên Hà Nội, bao nhiêu người có chữ ký số?', 'Có 10 nghìn người dân có chữ ký số.', false],
    // The group asked, however the clause opens or whatever follows it.
    ['Tôi muốn biết bao nhiêu phần trăm người cao tuổi dùng smartphone?', 'Tỷ lệ thuê bao sử dụng smartphone đạt 81,7%.', false],
    ['bao nhieu phan tram nguoi cao tuoi Ha Noi dung smartphone', 'Tỷ lệ thuê bao sử dụng smartphone đạt 81,7%.', false],
    ['Bao nhiêu phần trăm học sinh THPT dùng smartphone?', 'Tỷ lệ thuê bao sử dụng smartphone đạt 81,7%.', false],
    ['Bao nhiêu thanh niên Thủ đô có chữ ký số?', 'Đã cấp 10 nghìn chữ ký số.', false],
    ['Người Cao Tuổi dùng smartphone bao nhiêu phần trăm?', 'Tỷ lệ thuê bao sử dụng smartphone đạt 81,7%.', false],
    // Who asks, before the clause asks.
    ['Tôi là sinh viên muốn biết Hà Nội có bao nhiêu dịch vụ công?', 'Hà Nội có 1.000 dịch vụ công.', true],
    ['toi la hoi vien phu nu, ha noi co bao nhieu dich vu cong', 'Hà Nội có 1.000 dịch vụ công.', true],
    // A group by age.
    ['nguoi tren 60 tuoi o ha noi co bao nhieu phan tram dung dien thoai thong minh', 'Tỷ lệ hộ gia đình có sử dụng ít nhất 01 điện thoại thông minh đạt 122,7%.', false],
    ['Bao nhiêu phần trăm người từ 60 tuổi trở lên dùng smartphone?', 'Có 40% người cao tuổi dùng điện thoại thông minh.', true],
    ['Trẻ 14 tuổi có được làm căn cước không, bao nhiêu em đã làm?', 'Đã cấp 10 nghìn căn cước.', true],
    // From fifty: a younger age names no group (the review's cases).
    ['Công dân từ 14 tuổi trở lên có bao nhiêu người đã làm căn cước?', 'Tỷ lệ người dân có điện thoại thông minh đạt 80%.', true],
    ['nguoi tren 18 tuoi co bao nhieu phan tram dung smartphone', 'Tỷ lệ người dân có điện thoại thông minh đạt 80%.', true],
  ])('%j, %j → %s', (question, sentence, fits) => {
    expect(groupAsked(question)(sentence)).toBe(fits);
  });
});

describe('a fact for whom it was asked', () => {
  it.each([
    ['Hà Nội cấp bao nhiêu chữ ký số miễn phí cho doanh nghiệp?', 'Đã cấp 10 nghìn chữ ký số miễn phí cho công dân.', false],
    ['Hà Nội cấp bao nhiêu chữ ký số miễn phí cho doanh nghiệp?', 'Triển khai chữ ký số cho người dân và cho doanh nghiệp.', true],
    ['dang ky chu ky so cho cong ty', 'Chữ ký số miễn phí cho người dân tại bộ phận một cửa.', false],
    ['Chữ ký số miễn phí cho người dân cấp ở đâu?', 'Chữ ký số miễn phí cho công dân tại bộ phận một cửa.', true],
    // A sentence that names no one, or a question that asks for no one, passes.
    ['Hà Nội cấp bao nhiêu chữ ký số cho doanh nghiệp?', 'Đã cấp khoảng 10 nghìn chữ ký số.', true],
    ['Hà Nội cấp bao nhiêu chữ ký số?', 'Đã cấp 10 nghìn chữ ký số cho công dân.', true],
    // A business named without "cho", and no resident: asked for a business.
    ['lệ phí cấp chữ ký số doanh nghiệp', 'Phối hợp với các doanh nghiệp cấp chữ ký số miễn phí cho người dân.', false],
    ['Công ty mình làm chữ ký số ở đâu?', 'Chữ ký số được cấp cho doanh nghiệp tại Sở.', true],
    ['Người dân và doanh nghiệp làm chữ ký số ở đâu?', 'Chữ ký số miễn phí cho người dân tại bộ phận một cửa.', true],
  ])('%j, %j → %s', (question, sentence, fits) => {
    expect(forWhomAsked(question)(sentence)).toBe(fits);
  });
});

describe('a rank by the index asked', () => {
  const subjects = (q: string): readonly { key: string; label: string }[] => questionConstraints(q).subjects;
  it.each([
    // Another index beside the one asked, not naming it: no answer to the rank asked.
    ['Hà Nội xếp thứ mấy trong Vietnam ICT Index?', 'Thành phố cũng đứng thứ 2 về Chỉ số thương mại điện tử Việt Nam.', true],
    // The index asked, by any of its names; or no index named at all.
    ['Hà Nội xếp thứ mấy trong Vietnam ICT Index?', 'Báo cáo Vietnam ICT Index công bố, Hà Nội xếp thứ nhất.', false],
    ['Hà Nội xếp thứ mấy về DTI?', 'Chỉ số chuyển đổi số cấp tỉnh xếp thứ 24/63.', false],
    ['Hà Nội xếp thứ mấy về DTI?', 'Hà Nội xếp thứ 24/63.', false],
    // A question that names no index is not pinned to one.
    ['Hà Nội xếp thứ mấy?', 'Thành phố cũng đứng thứ 2 về Chỉ số thương mại điện tử Việt Nam.', false],
    // The digital economy's share of GRDP ranks provinces too: the DTI's rank does not give it.
    ['Năm 2021 kinh tế số Hà Nội xếp thứ mấy cả nước?', 'Chỉ số xếp hạng Chuyển đổi số năm 2021 của Thành phố xếp thứ 40/63 tỉnh, thành phố.', true],
    ['Năm 2022 kinh tế số Hà Nội xếp thứ mấy cả nước?', 'Năm 2022, tỷ trọng kinh tế số trong GRDP của Hà Nội là 17,15% (xếp thứ 8/63).', false],
  ])('%j, %j → %s', (q, sentence, other) => {
    expect(ranksByOtherIndex(subjects(q), sentence)).toBe(other);
  });
});

describe('a task of the resident\'s, or steps asked', () => {
  it.each([
    ['Làm sao để kích hoạt tài khoản định danh điện tử mức 2?', true],
    ['Hàng xóm nhờ tôi hỏi cách tạo tài khoản trên Cổng Dịch vụ công Quốc gia, làm từ đầu thế nào?', true],
    ['Thủ tục thành lập công ty TNHH một thành viên online gồm những bước nào?', true],
    ['xin ly lich tu phap tren vneid thi chon muc nao', true],
    // How a city, an office or a team goes about something.
    ['Tổ công nghệ số cộng đồng có vai trò thế nào trong chuyển đổi số của Hà Nội?', false],
    ['Hà Nội muốn tận dụng chất xám của giới chuyên gia, nhà khoa học thế nào cho chuyện số hóa?', false],
    ['Báo nói người làm công nghệ giỏi ở Hải Phòng thế nào', false],
    // Using an app is the resident's; making use of experts (tận dụng) is the city's.
    ['Cách sử dụng ứng dụng VNeID thế nào?', true],
  ])('%s → %s', (q, names) => {
    expect(namesResidentTask(q)).toBe(names);
  });
});

describe('a sentence that ends on the subject asked what it does or what it is', () => {
  const team = 'Bên cạnh đó, quá trình CĐS của Hà Nội đánh dấu vai trò to lớn của Tổ công nghệ số cộng đồng.';
  it.each([
    ['tổ công nghệ số cộng đồng làm gì', team, true],
    ['tổ công nghệ số cộng đồng là gì', team, true],
    ['to cong nghe so cong dong la j vay', team, true],
    ['Ha Noi co to cong nghe so cong dong ko, ho lam nhung viec gi', team, true],
    ['Tổ công nghệ số cộng đồng có nhiệm vụ là gì?', team, true],
    // Its words elsewhere in the sentence, or only two of them at its end: it goes on about them itself.
    ['tổ công nghệ số cộng đồng làm gì', 'Tổ công nghệ số cộng đồng giúp bà con cài ứng dụng.', false],
    ['cộng đồng làm gì', team, false],
    // The words after the asking are the resident's guess, not the subject.
    ['chính phủ số giúp gì, có giảm tham nhũng không', 'Chính phủ số giúp Chính phủ minh bạch hơn, giảm tham nhũng.', false],
    // Asked anything else, the sentence naming the subject may be the answer.
    ['Quá trình CĐS của Hà Nội đánh dấu vai trò to lớn của lực lượng nào?', team, false],
    ['tổ công nghệ số cộng đồng có vai trò gì', team, false],
  ])('%j, %j → %s', (asked, sentence, ends) => {
    expect(endsOnAsked(asked)(sentence)).toBe(ends);
  });
});
