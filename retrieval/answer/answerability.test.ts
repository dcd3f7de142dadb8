import { describe, expect, it } from 'vitest';
import { constraintText, questionConstraints, unmetConstraints } from './constraints.js';
import { asksHowOutright, classifyQuestion, sentenceFits } from './question-type.js';

describe('what a question pins its answer to', () => {
  it.each([
    ['Đà Nẵng xếp thứ mấy về DTI năm 2022?', ['da nang'], ['2022'], []],
    ['tphcm co bao nhieu dvc', [], [], []],
    ['Thành phố Hồ Chí Minh có bao nhiêu DVC', ['thanh pho ho chi minh'], [], []],
    ['cks mien phi o quan Cau Giay lam o dau', ['quan cau giay'], [], []],
    // "liên quan CĐS" is not a district: the name after a unit word is in title case, not capitals.
    ['cac chi so lien quan CDS nam 2022', [], ['2022'], []],
    ['Kế hoạch 310 được ban hành ngày nào', [], [], ['310']],
    ['Nghị quyết số 18-NQ/TU có mấy chỉ tiêu', [], [], ['18-nq/tu']],
    ['Tỷ lệ 93,15% hộ gia đình', [], [], []],
  ])('%j', (q, places, years, numbers) => {
    const c = questionConstraints(q);
    expect(c.places.map((p) => p.key)).toEqual(places);
    expect(c.years.map((y) => y.key)).toEqual(years);
    expect(c.numbers.map((n) => n.key)).toEqual(numbers);
  });

  it('finds named procedures and apps', () => {
    expect(questionConstraints('Đăng ký khai sinh trên VNeID thế nào').subjects.map((s) => s.key)).toEqual(['khai sinh', 'vneid']);
  });

  it.each([
    ['Đà Nẵng xếp thứ mấy năm 2022', 'Hà Nội\nDTI xếp thứ 24/63 năm 2022', ['Đà Nẵng']],
    ['Hà Nội xếp thứ mấy năm 2024', 'Hà Nội\nDTI năm 2022 xếp thứ 24/63', ['năm 2024']],
    ['Hà Nội xếp thứ mấy năm 2022', 'Chuyển đổi số của Hà Nội\n2022\nDTI xếp thứ 24/63', []],
    ['Kế hoạch 310 ban hành ngày nào', 'Kế hoạch 310/KH-UBND về thí điểm', []],
    ['Kế hoạch 31 ban hành ngày nào', 'Kế hoạch 310/KH-UBND về thí điểm', ['Kế hoạch 31']],
    ['đăng ký khai sinh online', 'đăng ký dịch vụ công trực tuyến', ['khai sinh']],
  ])('%j against %j misses %j', (q, passage, unmet) => {
    expect(unmetConstraints(questionConstraints(q), constraintText(passage)).map((u) => u.label)).toEqual(unmet);
  });
});

describe('the kind of fact asked', () => {
  it.each([
    ['Lệ phí làm LLTP bao nhiêu tiền?', 'fee'],
    ['lltp tren vneid co mat phi khong', 'fee'],
    ['Bộ phận một cửa làm việc mấy giờ?', 'hours'],
    ['Số điện thoại đường dây nóng là gì?', 'phone'],
    ['Làm LLTP mất bao lâu?', 'duration'],
    ['Tải ứng dụng iHanoi ở đâu?', 'link'],
    ['Hà Nội xếp thứ mấy?', 'figure'],
    ['Cơ quan nào tham mưu cho thành phố?', 'person'],
    // "bộ máy" is not "mấy" when marks are typed.
    ['Thu hút người giỏi vào bộ máy chính quyền có dễ không', 'other'],
    ['Làm lý lịch tư pháp trên ứng dụng VNeID được không?', 'other'],
    ['Cách nộp hồ sơ xin cấp phiếu lý lịch tư pháp như thế nào?', 'steps'],
    ['Chuyển đổi số mở ra cơ hội thế nào cho người dân?', 'other'],
    ['xin phieu ly lich tu phap qua vneid', 'steps'],
  ])('%j → %s', (q, type) => {
    expect(classifyQuestion(q)).toBe(type);
  });

  it.each([
    ['Cách nộp hồ sơ thế nào?', true],
    ['xin phieu ly lich tu phap qua vneid', false],
  ])('%j asks how outright: %s', (q, outright) => {
    expect(asksHowOutright(q)).toBe(outright);
  });

  it.each([
    ['fee', 'Chữ ký số được cấp miễn phí cho người dân.', true],
    ['fee', 'Mỗi ngày có 700 - 800 trường hợp.', false],
    ['hours', 'Bộ phận một cửa làm việc từ 8h đến 17h các ngày trong tuần.', true],
    ['phone', 'Gọi đường dây nóng 1900 1234 56 để được hỗ trợ.', true],
    ['phone', 'Số thuê bao di động đạt 121%.', false],
    ['duration', 'Hồ sơ được trả trong 3 ngày làm việc.', true],
    ['figure', 'Nghị quyết Đại hội lần thứ XVII.', true],
    ['figure', 'TP Hà Nội tập trung vào ba trụ cột.', true],
    ['figure', 'Tỷ lệ tăng mạnh.', false],
    ['steps', 'Người dân làm tại bộ phận một cửa của UBND quận.', true],
    ['steps', 'Hà Nội thí điểm cấp lý lịch tư pháp qua VNeID.', false],
    ['person', 'Các cấp ủy, người đứng đầu cấp ủy Đảng trực tiếp chủ trì.', true],
  ] as const)('sentenceFits(%s, %j) = %s', (type, s, fits) => {
    expect(sentenceFits(type, s)).toBe(fits);
  });
});
