import { describe, expect, it } from 'vitest';
import { namedInstancesAsked } from './named-instances.js';

describe('namedInstancesAsked', () => {
  it.each([
    ['Kế hoạch 310 thí điểm ở những quận, huyện cụ thể nào?', 'quận, huyện cụ thể'],
    ['Chợ 4.0 ở Hà Nội cụ thể là những chợ nào?', 'chợ cụ thể'],
    ['nhung di tich cu the nao duoc so hoa 3D', 'di tich cụ thể'],
    ['Những di tích cụ thể nào của Hà Nội đã được số hóa 3D?', 'di tích cụ thể'],
    // "cụ thể" that asks no names.
    ['Cuộc đối thoại góp phần cụ thể hóa chương trình nào?', undefined],
    ['Tôi cần con số cụ thể. Kế hoạch đặt ra bao nhiêu nhiệm vụ?', undefined],
    // Units that have names, asked without "cụ thể"; "những chỗ nào" (which points) is not "những chợ nào".
    ['Mạng 5G đã phủ tới những quận nào rồi?', 'quận cụ thể'],
    // Intersections and streets have names too.
    ['Thành phố đã làm đèn tín hiệu thông minh ở những nút nào rồi?', 'nút cụ thể'],
    ['Những tuyến phố nào ở Hà Nội là phố thanh toán không tiền mặt?', 'tuyến phố cụ thể'],
    // An app's name asked further on, past a long description (a hyphenated word inside it too).
    ['Ứng dụng khai báo y tế điện tử mà Hải Phòng dùng trong dịch COVID-19 tên là gì?', 'tên ứng dụng'],
    ['Hà Nội làm số hóa còn vướng ở những chỗ nào?', undefined],
    // Folded, "những cho nao" is those spots as often as those markets: no name is asked.
    ['Ha Noi lam so hoa con vuong o nhung cho nao?', undefined],
    ['Hà Nội có những kế hoạch nào?', undefined],
    // One unit where something is, or one that does something; "ở chỗ nào" asks where, not which market.
    ['Trung tâm điều hành của thành phố đặt ở quận nào?', 'quận cụ thể'],
    ['Phường nào làm thí điểm trước?', 'Phường cụ thể'],
    ['trung tam dat o quan nao', 'quan cụ thể'],
    ['Đăng ký chữ ký số ở chỗ nào?', undefined],
    ['dang ky chu ky so o cho nao', undefined],
    ['Cơ quan nào cấp chữ ký số?', undefined],
    // Whichever, in a list; whether any has.
    ['Làm sao biết sở nào, quận nào làm tới đâu?', undefined],
    ['Cơ quan, phường nào làm kém thì sao?', undefined],
    ['Đã làm thử ở quận nào chưa?', undefined],
    ['Xin lý lịch tư pháp qua VNeID ở xã nào cũng được à?', undefined],
    ['o quan nao cung lam duoc chu ky so', undefined],
    // One body asked for by name; a kind of body or a channel is not a name, and unmarked "truong nao" may be a head.
    ['Công ty nào phát triển ứng dụng iHanoi?', 'Công ty cụ thể'],
    ['Hải Phòng liên kết với trường đại học nào?', 'trường đại học cụ thể'],
    ['cong ty nao lam app ihanoi', 'cong ty cụ thể'],
    ['Chương trình còn muốn hình thành loại doanh nghiệp nào?', undefined],
    ['Chương trình khuyến khích loại hình doanh nghiệp nào?', undefined],
    ['Thanh niên được phổ biến pháp luật qua những kênh nào?', undefined],
    ['to truong nao phu trach', undefined],
    // A document's number; not how many documents, nor a document named otherwise.
    ['Sau Nghị quyết 03-NQ/TU, Hải Phòng ban hành kế hoạch thực hiện số mấy?', 'số của kế hoạch'],
    ['nghi quyet so bao nhieu vay', 'số của nghi quyet'],
    ['Hà Nội có bao nhiêu kế hoạch?', undefined],
    ['Kế hoạch đó tên là gì?', undefined],
    // "số" of chuyển đổi số, sở (a department), cơ sở, and a number asked of another document named after the first.
    ['Hà Nội có chương trình chuyển đổi số nào cho người cao tuổi?', undefined],
    ['Kế hoạch chuyển đổi số bao nhiêu năm?', undefined],
    ['Kế hoạch này giao cho sở nào thực hiện?', undefined],
    ['Đề án này dựa trên cơ sở gì?', undefined],
    ['ke hoach nay giao cho so nao', undefined],
    ['Hải Phòng ban hành kế hoạch thực hiện nghị quyết số mấy?', 'số của nghị quyết'],
  ])('%j asks for %j by name', (q, label) => {
    expect(namedInstancesAsked(q)?.asked.label).toBe(label);
  });

  it.each([
    ['Thí điểm tại quận Hoàn Kiếm và huyện Gia Lâm.', true],
    ['Quận Ba Đình làm trước.', true],
    ['Kế hoạch triển khai thí điểm tại một số quận, huyện.', false],
    ['Các quận, huyện đã chủ động kêu gọi.', false],
    // Folded, "quận" is also the "quan" of "cơ quan".
    ['Trách nhiệm của cơ quan Nhà nước.', false],
  ])('%j names a district: %s', (sentence, names) => {
    expect(namedInstancesAsked('Thí điểm ở những quận, huyện cụ thể nào?')!.heldIn(sentence)).toBe(names);
  });

  it.each([
    ['Bài phỏng vấn của PV Báo Tuổi trẻ Thủ đô.', true],
    ['Báo chí đưa tin nhiều về chuyển đổi số.', false],
  ])('%j names a newspaper: %s', (sentence, names) => {
    expect(namedInstancesAsked('Bài phỏng vấn là của báo nào?')!.heldIn(sentence)).toBe(names);
  });

  it.each([
    ['Trung tâm đặt tại quận Hoàn Kiếm.', true],
    // Every district is none by name: the partial reply quotes it and says so.
    ['Chữ ký số miễn phí tại UBND các quận, huyện.', false],
    ['Trung tâm được thuê dịch vụ.', false],
  ])('asked of one district, %j answers: %s', (sentence, names) => {
    expect(namedInstancesAsked('Trung tâm đặt ở quận nào?')!.heldIn(sentence)).toBe(names);
  });

  it.each([
    ['Cấp lý lịch tư pháp qua phần mềm VneID.', true],
    ['Hệ thống ứng dụng công dân số IHanoi đã được vận hành.', true],
    ['Khai báo y tế điện tử; sổ sức khỏe điện tử.', true],
    ['Cập nhật thông tin qua Zalo OA của tổ.', true],
    ['Cung cấp dịch vụ tư vấn khám, chữa bệnh từ xa.', false],
    // An acronym is no app's name.
    ['Quá trình CĐS của UBND thành phố.', false],
  ])('asked which app, %j names one: %s', (sentence, names) => {
    expect(namedInstancesAsked('Khám bệnh từ xa thì đăng ký qua ứng dụng nào?')!.heldIn(sentence)).toBe(names);
  });

  it.each([
    ['Khai báo y tế điện tử; sổ sức khỏe điện tử.', false],
    ['Người dân khai báo qua ứng dụng VNeID.', true],
  ])('asked which app an electronic record it names runs on, %j names one: %s', (sentence, names) => {
    expect(namedInstancesAsked('Hồi dịch sổ sức khỏe điện tử ở Hải Phòng dùng app nào?')!.heldIn(sentence)).toBe(names);
  });

  it.each([
    ['Hà Nội phấn đấu trở thành một trong 5 địa phương dẫn đầu cả nước về chuyển đổi số.', false],
    ['Dẫn đầu là Hà Nội, Đà Nẵng, Thừa Thiên Huế, Quảng Ninh và Bình Dương.', true],
  ])('asked which 5 provinces lead, %j names them: %s', (sentence, names) => {
    expect(namedInstancesAsked('5 dia phuong dan dau ca nuoc ve chuyen doi so hien nay gom nhung tinh nao')!.heldIn(sentence)).toBe(names);
    expect(namedInstancesAsked('5 địa phương dẫn đầu cả nước về chuyển đổi số là những tỉnh nào ạ?')!.heldIn(sentence)).toBe(names);
  });

  it('labels the set as the resident typed it', () => {
    expect(namedInstancesAsked('5 địa phương dẫn đầu cả nước là những tỉnh nào ạ?')?.asked.label).toBe('tên 5 địa phương');
  });

  it('reads no set of provinces where none is counted or none is asked by name', () => {
    expect(namedInstancesAsked('Hà Nội có lọt top 5 địa phương dẫn đầu không?')).toBeUndefined();
    expect(namedInstancesAsked('Tỉnh nào dẫn đầu cả nước về chuyển đổi số?')).toBeUndefined();
    // Where the question picks from, not the set it asks about (the review's case).
    expect(namedInstancesAsked('Trong 63 tỉnh thành, những tỉnh nào cấp chữ ký số nhiều nhất?')).toBeUndefined();
  });

  it('reads "có quận nào …, cho xin tên" as asking the district by name, and "có quận nào … không" as whether any', () => {
    const asked = namedInstancesAsked('KH 310 có quận nào đc chọn là mô hình CĐS điển hình tiêu biểu nhất hay đạt giải ko ạ, cho e xin tên');
    expect(asked?.asked.label).toBe('quận cụ thể');
    expect(asked!.heldIn('Sở trình TP ban hành Kế hoạch 310/KH-UBND về thí điểm mô hình chuyển đổi số điển hình cấp huyện.')).toBe(false);
    expect(asked!.heldIn('Quận Hoàn Kiếm được chọn làm mô hình điển hình.')).toBe(true);
    expect(namedInstancesAsked('Có quận nào làm tốt không?')).toBeUndefined();
  });

  it('does not take the app a question names for the one it asks', () => {
    expect(namedInstancesAsked('Ngoài VNeID thì còn dùng app nào để xin lý lịch tư pháp?')!.heldIn('Cấp lý lịch tư pháp qua VNeID.')).toBe(false);
  });

  it('reads "app gì" as asking which app, and "chưa có phần mềm gì" as telling', () => {
    expect(namedInstancesAsked('xai app gi de khai bao y te')?.asked.label).toBe('tên app');
    expect(namedInstancesAsked('Cái app dành cho dân thủ đô tên là gì, đã xài được chưa?')?.asked.label).toBe('tên app');
    expect(namedInstancesAsked('Công ty tôi chưa có phần mềm gì, thành phố có hỗ trợ không?')).toBeUndefined();
  });

  it('reads "phần mềm gì chưa?", "app nào không ạ?" as whether there is one, and "app nào?" as which', () => {
    expect(namedInstancesAsked('Cán bộ ở Hải Phòng đã được dạy dùng máy tính, phần mềm gì chưa?')).toBeUndefined();
    expect(namedInstancesAsked('Hà Nội có app nào cho dân không ạ?')).toBeUndefined();
    expect(namedInstancesAsked('Hà Nội dùng app nào để cấp lý lịch tư pháp?')?.asked.label).toBe('tên app');
    // A new predicate before the close ("có tốn tiền không") leaves "app gì" asking which.
    expect(namedInstancesAsked('Khám bệnh từ xa dùng app gì có tốn tiền không?')?.asked.label).toBe('tên app');
  });

  it('reads "trang nào", "trang web gì" as asking which site, named by its name or address, not as a record', () => {
    expect(namedInstancesAsked('tra cuu o trang nao')?.asked.label).toBe('tên trang');
    expect(namedInstancesAsked('Dữ liệu mở của Hà Nội xem ở trang web nào?')?.asked.label).toBe('tên trang web');
    const site = namedInstancesAsked('Học bạ điện tử xem ở trang nào?')!;
    expect(site.heldIn('Phụ huynh tra cứu trên hocbadientu.vn.')).toBe(true);
    expect(site.heldIn('Người dân tra cứu qua ứng dụng VNeID.')).toBe(true);
    expect(site.heldIn('Hệ thống quản lý tiêm chủng giúp người dân tra cứu sổ sức khỏe điện tử.')).toBe(false);
    // A state ("tình trạng thế nào") is no page, with marks or without.
    expect(namedInstancesAsked('Dữ liệu số đang ở tình trạng thế nào?')).toBeUndefined();
    expect(namedInstancesAsked('du lieu so dang o tinh trang the nao')).toBeUndefined();
  });

  it('reads "ở quận nào thì…" as asking for one', () => {
    expect(namedInstancesAsked('Làm ở quận nào thì nhanh?')?.asked.label).toBe('quận cụ thể');
  });

  it('does not read "cơ quan" as a district, unmarked', () => {
    expect(namedInstancesAsked('lam o quan nao')!.heldIn('Các cơ quan Đảng đã làm.')).toBe(false);
  });

  it('reads an unmarked question\'s nouns folded', () => {
    expect(namedInstancesAsked('thi diem o nhung quan, huyen cu the nao')!.heldIn('Thí điểm tại quận Hoàn Kiếm.')).toBe(true);
  });

  it.each([
    ['Sau Nghị quyết 03-NQ/TU, Hải Phòng ban hành kế hoạch thực hiện số mấy?', 'Ngày 26/10/2021, Thành ủy ban hành Nghị quyết 03-NQ/TU về chuyển đổi số.', false],
    ['Sau Nghị quyết 03-NQ/TU, Hải Phòng ban hành kế hoạch thực hiện số mấy?', 'UBND thành phố ban hành Kế hoạch số 310/KH-UBND.', true],
    ['Hà Nội ban hành kế hoạch số mấy?', 'theo Kế hoạch 310/KH-UBND', true],
  ])('%j is numbered by %j: %s', (q, sentence, expected) => {
    expect(namedInstancesAsked(q)!.heldIn(sentence)).toBe(expected);
  });
});
