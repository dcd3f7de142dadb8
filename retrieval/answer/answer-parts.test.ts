import { describe, expect, it } from 'vitest';
import { classifyQuestion, sentenceFits } from './question-type.js';
import { splitSentences } from './sentences.js';

describe('classifyQuestion', () => {
  it.each([
    ['Tỷ lệ smartphone là bao nhiêu?', 'figure'],
    ['ty le bao nhieu', 'figure'],
    ['Kế hoạch ban hành khi nào?', 'date'],
    ['Chương trình được phê duyệt hồi nào?', 'date'],
    ['Hội nào tham gia chương trình?', 'other'],
    // Why the resident asks, closing the question, is not what it asks.
    ['Sở có nói sẽ thành lập thêm nhóm gì không, để tôi xin hướng dẫn?', 'other'],
    // Whether the city plans it asks yes or no, a closing particle after it too.
    ['Thành phố có định nối các trang làm thủ tục online cho thông với nhau không nhé?', 'other'],
    ['thanh pho co tinh cho lam thu tuc tren dien thoai khong a', 'other'],
    ['Cho mình xin hướng dẫn cài VNeID, để mình làm cho mẹ?', 'steps'],
    ['Chữ ký số miễn phí làm ở đâu?', 'place'],
    ['Làm lý lịch tư pháp như thế nào?', 'steps'],
    ['lam sao de co chu ky so', 'steps'],
    ['lam ly lich tu phap tren vneid', 'steps'],
    ['Đăng ký chữ ký số qua mạng', 'steps'],
    ['nop ho so truc tuyen', 'steps'],
    ['Làm lý lịch tư pháp trên VNeID', 'steps'],
    ['tra cuu ho so qua cong dich vu cong', 'steps'],
    // A task named without a channel, or a channel without a task, is not by itself a how-to.
    ['lý lịch tư pháp trên VNeID', 'other'],
    ['Hà Nội làm chuyển đổi số', 'other'],
    ['làm chuyển đổi số trên địa bàn tỉnh', 'other'],
    // Words that fold onto a task verb or a channel word.
    ['Xin hỏi tỉnh đã đạt kết quả gì trong chuyển đổi số?', 'other'],
    ['Xin hỏi Đề án 06 có ý nghĩa gì trên địa bàn tỉnh?', 'other'],
    ['Cải cách hành chính trên địa bàn tỉnh đạt kết quả gì?', 'other'],
    ['Lâm Đồng triển khai chuyển đổi số trên các lĩnh vực nào?', 'other'],
    ['Lâm Đồng triển khai dịch vụ công trên VNeID', 'other'],
    ['Đối tượng nào được cấp chữ ký số miễn phí trên VNeID?', 'other'],
    ['Xin chào, bạn là bot trên Zalo à?', 'other'],
    ['xin hoi ket qua chuyen doi so qua mang', 'other'],
    ['Ai là Phó Giám đốc Sở?', 'person'],
    ['Nghị quyết 06 nói về điều gì?', 'other'],
    // "không mất phí" says free: where to get it is asked ("ra đâu làm"); "có mất phí không" asks the fee.
    ['Muốn được cấp chữ ký số không mất phí thì ra đâu làm?', 'place'],
    ['Làm chữ ký số có mất phí không?', 'fee'],
    ['chu ky so mat phi ko', 'fee'],
    // A rent asked is money, however the year it is paid for is said.
    ['Trung tâm dữ liệu mới đặt ở đâu, tiền thuê mỗi năm bao nhiêu?', 'fee'],
    // "đã … chưa?" asks whether it is done, whatever procedure it names.
    ['Hà Nội đã làm xong việc giải quyết thủ tục liên thông giữa các cấp chưa?', 'other'],
    ['Hà Nội có bao nhiêu dịch vụ công chưa?', 'figure'],
    // A plural "mấy" in a yes-or-no that an emoji, a remark or a choice closes: it counts nothing.
    ['mấy bác mặt trận có được giao đi vận động dân tham gia số hóa không 📣', 'other'],
    ['mấy di tích đình chùa cổ ở HN có được quét 3D lưu lại không, nghe hay ghê', 'other'],
    ['mấy cơ quan của thành phố xài phần mềm nhiều chưa hay vẫn giấy tờ là chính', 'other'],
    // "không mất tiền" says free; which app on the phone, what something is called, the houses that have, whether there
    // are such streets: no fee, phone number or address asked.
    ['Ở Hà Nội có chỗ nào làm chữ ký số cho dân mà không mất tiền không?', 'place'],
    ['Làm chữ ký số có mất tiền không?', 'fee'],
    ['Hà Nội có cái ứng dụng cài trên điện thoại nào làm riêng cho người dân không?', 'other'],
    ['Sao lại gọi số hóa là phao cứu sinh?', 'other'],
    ['Số điện thoại nào để liên hệ tổ công nghệ số?', 'phone'],
    ['Tính ra ở Hà Nội số nhà có ít nhất một cái điện thoại cảm ứng là bao nhiêu phần trăm?', 'figure'],
    ['Hà Nội có những khu chợ hay con phố nào cho trả tiền bằng quét mã không?', 'other'],
    ['Tuyến phố thanh toán không dùng tiền mặt ở Hà Nội là những phố nào?', 'address'],
    // "phải có gì" alone asks what is needed; with papers named, the papers.
    ['Ngoài làm chắc chắn Hà Nội còn phải có gì nữa?', 'other'],
    ['Làm căn cước cần có giấy tờ gì?', 'papers'],
    // "lúc nào cũng" says always; "nguồn lực nào" asks which resource.
    ['Thành phố có cam kết giữ cho liên lạc lúc nào cũng thông suốt không?', 'other'],
    ['Thành phố muốn tận dụng nguồn lực nào từ đội ngũ chuyên gia?', 'other'],
    ['Lúc nào thì có kết quả?', 'date'],
    // Where from is a source, not a place.
    ['Xây mấy khu công nghệ thông tin tập trung thì thành phố lấy vốn ở đâu ra?', 'other'],
    // A later clause that asks keeps it: "mấy người rồi?" counts.
    ['Hà Nội đã cấp chữ ký số miễn phí chưa, mấy người rồi?', 'figure'],
    // Which province, by name; "cơ quan nào" is a body, not a place.
    ['Ngoài Hà Nội, địa phương nào cũng thí điểm cấp lý lịch tư pháp?', 'place'],
    ['Cơ quan nào tham mưu cho thành phố?', 'person'],
    // Who make something up.
    ['Nhóm hỗ trợ đó gồm những ai vậy?', 'person'],
    ['to cong nghe so cong dong co nhung ai tham gia vay', 'person'],
    ['to cong nghe so gom ai', 'person'],
    // "con số nào" asks a figure, "sở nào" which department.
    ['Sở nào phụ trách chuyển đổi số?', 'person'],
    ['Dùng internet nhiều cỡ nào, có con số nào không?', 'other'],
    // How sectors go about something, or how a matter stands, is not a resident's how-to.
    ['Các ngành khác dùng nguồn tiền thế nào để hỗ trợ chuyển đổi số?', 'other'],
    ['Viec ung dung CNTT trong cac co quan cua TP HN the nao', 'other'],
    ['Cách dùng VNeID thế nào?', 'steps'],
    ['Cách tạo tài khoản trên Cổng dịch vụ công?', 'steps'],
    // Learning how, or how money will be used, is asked about; the steps are not.
    ['Dân thường được học cách dùng công nghệ qua hình thức nào là chính?', 'other'],
    ['Hà Nội có đi học cách làm của các nơi khác trong và ngoài nước không?', 'other'],
    ['Tiền hỗ trợ số hóa ở các ngành khác sẽ được dùng thế nào?', 'other'],
    // How one thing bears on another is asked, not a resident's steps.
    ['Hiệp hội ngân hàng nói dịch tác động thế nào tới thanh toán số?', 'other'],
    ['covid anh huong the nao den thanh toan so', 'other'],
    // The city just before its verb is who goes about it, however the clause opens; a resident's how-to stays one.
    ['Cho mình hỏi ông Giám đốc Sở nói Hà Nội phải làm thế nào để chuyển đổi số thành công?', 'other'],
    ['trên 3 trụ cột thì hà nội làm ntn?', 'other'],
    ['Ở Hà Nội làm lý lịch tư pháp thế nào?', 'steps'],
    ['Người dân thành phố làm thế nào để được cấp chữ ký số?', 'steps'],
    // "ví nào" (which wallet), "phạm vi nào" (what scope) ask no one.
    ['Thanh toán bằng ví nào được?', 'other'],
    ['Đăng ký chữ ký số bằng cách nào?', 'steps'],
    // "làm thử mấy mô hình" (tries some models) beside another asking word is a plural; "thứ mấy" asks which rank.
    ['Có văn bản nào khuyến khích làm thử mấy mô hình kiểu mẫu không?', 'other'],
    ['Hà Nội làm thử mấy mô hình?', 'figure'],
    // Which website, unless the steps are asked too.
    ['Xem học bạ điện tử thì vào trang nào?', 'link'],
    ['Cách nộp hồ sơ online thì vào trang nào?', 'steps'],
    // "trả tiền không cần tiền mặt" names a way of paying; "có phải trả tiền không" asks the fee.
    ['Ở Hà Nội có chợ trả tiền k cần tiền mặt chưa?', 'other'],
    ['Làm chữ ký số có phải trả tiền không?', 'fee'],
    ['lam cks co mat tien k can mang cccd ko', 'fee'],
    // "qua mấy năm dịch" (through some years of it) is a span past, before what it was of; "qua mấy ngày thì" asks.
    ['Qua mấy năm dịch, bọn trẻ con có quen được với chuyện học qua máy không?', 'other'],
    ['Qua mấy ngày thì có kết quả?', 'duration'],
    ['Sau khi nộp, qua mấy ngày nhận kết quả?', 'duration'],
    // "từ đâu đến đâu" asks how far something reaches, not a place to go to.
    ['Ngành y tế sẽ được nối mạng từ đâu đến đâu, có xuống được tận xã không?', 'other'],
    ['Làm chữ ký số thì đến đâu?', 'place'],
    // So does how far a task has gone.
    ['Chữ ký số miễn phí đã triển khai đến đâu rồi?', 'other'],
    ['Hải Phòng triển khai đến đâu đào tạo đến đó phải không?', 'other'],
    ['Vậy tôi phải đến đâu để đăng ký?', 'place'],
    // Where one stands or is ranked is a rank, said in words as often as in figures ("dẫn đầu cả nước"); using or queueing
    // somewhere is a place. Unmarked, "dung" may be dùng: only where a ranking is named.
    ['Bảng xếp hạng công nghiệp ICT năm 2023 Hà Nội đứng ở đâu?', 'other'],
    ['Hà Nội xếp ở đâu về chuyển đổi số?', 'other'],
    ['Đến 2025 Hà Nội phấn đấu đứng ở đâu so với các tỉnh?', 'other'],
    ['ha noi dung o dau trong bang xep hang dti', 'other'],
    ['Chữ ký số miễn phí làm ở đâu?', 'place'],
    ['Mã QR thanh toán dùng ở đâu?', 'place'],
    ['Chữ ký số dùng ở đâu?', 'place'],
    ['chu ky so dung o dau', 'place'],
    ['Xếp hàng ở đâu để lấy số?', 'place'],
    // Costs saved are a benefit asked about, not a price; a charge asked is a fee, a free signature's count a figure.
    ['Làm DVC online có tiết kiệm thời gian và chi phí không?', 'other'],
    ['lam dich vu cong tren dien thoai co do ton giay to va chi phi khong', 'other'],
    ['Thuê dịch vụ CNTT giúp giảm chi phí thế nào?', 'other'],
    ['Chi phí thế nào?', 'fee'],
    ['Làm chữ ký số có tốn chi phí không?', 'fee'],
    // One folded word may be another ("giam" giám, "kiem" kiểm, "do" đó, "it" ít): a few words on, only a saving of two.
    ['Cái đó chi phí bao nhiêu?', 'fee'],
    ['Giám đốc sở nói chi phí thuê dịch vụ CNTT là bao nhiêu?', 'fee'],
    ['Kiểm tra sức khỏe chi phí bao nhiêu?', 'fee'],
    ['Đăng ký ít nhất chi phí bao nhiêu?', 'fee'],
    ['Phí làm lý lịch tư pháp là bao nhiêu?', 'fee'],
    ['Mức phí làm chữ ký số bao nhiêu?', 'fee'],
    // Folded, "phi" inside is also non- ("phi tiền mặt"), and a fee named inside ("học phí") is what a share is of.
    ['Tỷ lệ thanh toán phi tiền mặt trong giao dịch điện tử bao nhiêu?', 'figure'],
    ['Tỷ lệ đóng học phí không dùng tiền mặt ở các trường Hà Nội là bao nhiêu?', 'figure'],
    ['Miễn phí chữ ký số cho bao nhiêu người?', 'figure'],
    ['Hà Nội miễn phí chữ ký số không?', 'fee'],
    ['mien phi chu?', 'fee'],
    // So does a way of paying before it ("quét mã QR trả tiền"); a fee asked after such a way is still one.
    ['HN có kiểu chợ quét mã QR trả tiền ko, mô hình đó gọi là gì?', 'other'],
    ['chuyển khoản trả tiền ko hay phải tiền mặt', 'other'],
    ['Quét mã QR có mất phí không?', 'fee'],
    // How the service is had is no way of paying.
    ['Làm online trả tiền ko?', 'fee'],
    ['Nộp hồ sơ qua mạng trả tiền không?', 'fee'],
    // "tính theo số nhà" reckons by households; "số nhà" asked is still an address.
    ['Tính theo số nhà ở Hà Nội thì tỷ lệ nhà có điện thoại thông minh là bao nhiêu?', 'figure'],
    ['Sở ở số nhà bao nhiêu?', 'address'],
    // "Có phải … không?" asks yes or no however long what it asks about.
    ['Đến 2025 có phải thủ tục nào cũng làm online từ đầu đến cuối không?', 'other'],
    ['Thủ tục làm chữ ký số thế nào?', 'steps'],
    // What someone said is asked, not a resident's steps; a resident's task keeps it a how-to.
    ['Thủ tướng bảo chuyển đổi số phải làm sao cho người dân?', 'other'],
    ['Theo Thủ tướng thì số hóa phải làm sao để dân với doanh nghiệp được lợi gì?', 'other'],
    ['Theo ông Hùng thì làm sao đăng ký chữ ký số?', 'steps'],
    ['Bà con làm sao để cài VNeID?', 'steps'],
    // Others taught, by whom and whether, and how a city spreads skills, are not steps; a resident asking to be shown is.
    ['Ở HN có tổ nhóm nào chuyên đi hướng dẫn bà con xài ứng dụng số không ạ?', 'other'],
    ['Thành phố có mở lớp dạy người dân cách dùng điện thoại, máy tính không, học kiểu gì, có phải đến tận lớp không?', 'other'],
    ['Bà con Hải Phòng sẽ được phổ biến cách dùng đồ công nghệ và giữ an toàn khi lên mạng tới mức nào?', 'other'],
    ['Có thể hướng dẫn tôi cách đăng ký chữ ký số không?', 'steps'],
    // A "mấy" before "thì" names the topic when what follows asks of its own; asked there, or alone, it counts.
    ['Mấy chuyện lao động, tìm việc, trợ cấp xã hội thì thành phố tính chuyển sang làm qua mạng hả?', 'other'],
    ['Muốn tra mấy công ty chuyển phát được cấp phép ở Hà Nội thì Sở có đăng danh sách ở đâu?', 'place'],
    ['Hà Nội có mấy chợ 4.0 hả?', 'figure'],
    ['Làm chữ ký số mấy bước thì xong?', 'figure'],
    ['Khu đô thị thông minh có mấy tòa nhà?', 'figure'],
    // Relatives are not officials, and folded "nội", "nơi", "nối" are not "nói": the resident's own how-to.
    ['Ông nội em muốn làm CCCD thì làm thế nào?', 'steps'],
    ['Ba tôi muốn làm CCCD ở nơi tạm trú thì làm thế nào?', 'steps'],
    ['Ông bà ở quê muốn kết nối video với con cháu thì làm sao?', 'steps'],
    ['Ông bảo em lên mạng làm lý lịch tư pháp, làm sao ạ?', 'steps'],
    // A "mấy" before "thì" still counts what is counted.
    ['Trẻ mấy tuổi thì bắt đầu phải làm CCCD?', 'figure'],
    ['Làm mấy bước thì xong hả bạn?', 'figure'],
    ['Phải đợi mấy hôm thì có kết quả hả?', 'figure'],
    // Folded, "chỉ dẫn" and "ở đây" are not teaching; steps asked beside "hướng dẫn người dân" are still asked.
    ['Có chỉ dẫn cách cài VNeID không?', 'steps'],
    ['Ở đây người dân có cách nào đăng ký chữ ký số online không?', 'steps'],
    ['Hướng dẫn cho người dân các bước đăng ký chữ ký số được không?', 'steps'],
    ['Hướng dẫn người dân nộp hồ sơ online, các bước như thế nào, có cần chữ ký số không?', 'steps'],
    // A how asked before "có phải … không" is still asked.
    ['Xin cấp lý lịch tư pháp qua VNeID ntn, có phải đến Sở Tư pháp nhận bản giấy hay được gửi qua bưu điện không?', 'steps'],
    // A share by its other name ("tỷ trọng") asks a figure as "tỷ lệ" does, keywords only too.
    ['tỷ trọng kinh tế số GRDP Hà Nội 2023', 'figure'],
    ['ti trong kinh te so cua HP la bao nhieu', 'figure'],
    ['Tỷ trọng kinh tế số của Hà Nội so với cả nước thế nào?', 'other'],
    // Which office's holder, or which body named by its work, asks who.
    ['Quyết định 749/QĐ-TTg là do Thủ tướng nào ký vậy?', 'person'],
    ['Quy hoạch Thủ đô do đơn vị tư vấn nào lập?', 'person'],
    ['chu tich nao ky ke hoach 239', 'person'],
    // Paying a charge, and a ticket's price typed with marks, ask a fee; folded "quốc gia về" is no ticket.
    ['Công ty mình dùng dữ liệu mở để làm app thương mại, có phải trả phí không?', 'fee'],
    ['giá vé bảo tàng số Hà Nội', 'fee'],
    ['Hà Nội có kết nối thành công với cơ sở dữ liệu quốc gia về dân cư không?', 'other'],
    // Where a thing lies, asked by district or ward, is a place.
    ['Khu CNTT tập trung của HN nằm ở quận huyện nào vậy', 'place'],
    ['trung tâm dữ liệu đặt tại phường nào', 'place'],
    // Keywords naming when something happened or was issued, with no other asking word, ask a date.
    ['ngày tổ chức hội nghị toàn quốc cấp LLTP qua VNeID', 'date'],
    ['tuyến phố không tiền mặt đầu tiên tên phố năm khai trương', 'date'],
    ['ngày ban hành nghị quyết 18 có ý nghĩa gì', 'other'],
    // Typed without marks, "lương" of people paid is a salary; "số lượng cán bộ" counts them.
    ['luong can bo CNTT o phuong bao nhieu 1 thang', 'fee'],
    ['so luong can bo CNTT o phuong bao nhieu', 'figure'],
    // A digital thing ending in "số" before "nào" is no department; a day followed by its date is no span.
    ['Hà Nội đã làm đều tay trên những trụ cột chuyển đổi số nào?', 'other'],
    ['Kế hoạch này do sở nào chủ trì?', 'person'],
    ['UBND TP HN ra KH so bao nhieu ngay 27/9/2023 ve CĐS?', 'figure'],
    ['Xin lý lịch tư pháp mất bao nhiêu ngày?', 'duration'],
  ])('%j is a %s question', (q, type) => {
    expect(classifyQuestion(q)).toBe(type);
  });

  it.each([
    ['figure', 'Tỷ lệ đạt 81,7%.', true],
    ['figure', 'Tỷ lệ tăng mạnh.', false],
    ['date', 'Ngày 27/9/2023, UBND ban hành kế hoạch.', true],
    // A sum in đồng, shortened to "đ" after two digits or a multiplier; "3D" is no sum.
    ['fee', 'Lệ phí cấp phiếu là 200.000đ.', true],
    ['fee', 'Mỗi lượt mất 2 triệu đ.', true],
    ['fee', 'Số hóa 3D các công trình kiến trúc, hình thành các bảo tàng số.', false],
    ['place', 'Chữ ký số được cấp tại bộ phận một cửa.', true],
    ['steps', 'Người dân đăng nhập ứng dụng rồi chọn mục Thủ tục hành chính.', true],
    ['steps', 'Bước 1: tải ứng dụng VNeID.', true],
    // "từng bước" is gradually, and "địa phương" a locality, not a ward's office.
    ['steps', 'Nhiều mô hình thanh toán không tiền mặt đang từng bước được triển khai.', false],
    ['steps', 'Hệ thống hợp nhất các cấp chính quyền từ Trung ương đến địa phương.', false],
    ['steps', '90% hồ sơ tại các cơ quan thành phố, 80% tại cấp huyện được xử lý trên môi trường mạng.', false],
    ['steps', 'Người dân làm tại UBND phường.', true],
    // With marks, "tài khoản" is no "tại" before an office.
    ['steps', 'Cấp tài khoản cho cả xã.', false],
    ['steps', 'cap tai khoan o xa', true],
    ['place', 'Chữ ký số được cấp tại UBND phường.', true],
    ['place', 'Dữ liệu được chia sẻ từ Trung ương đến địa phương.', false],
    // "trên địa bàn" is somewhere in the area, not where to go.
    ['place', 'Thành lập thêm các nhóm công nghệ số cộng đồng trên địa bàn.', false],
    // Read with the sentence's marks: "Kết quả là một số" is no "qua … sở", "tồn tại" no "tại", "môi trường" no school.
    ['place', 'Kết quả là một số hệ thống thông tin của thành phố đã hoàn thành, như học bạ điện tử.', false],
    ['place', 'Quá trình triển khai còn nhiều tồn tại, hạn chế như: dữ liệu số chưa được kết nối.', false],
    ['place', 'Xử lý hồ sơ công việc trên môi trường mạng ở cả 3 cấp.', false],
    ['place', 'ket qua la mot so he thong', true],
    // A province or the institutions worked with after a preposition, home and abroad, the agencies something is used in.
    ['place', 'Thí điểm cấp lý lịch tư pháp tại Hà Nội và Thừa Thiên - Huế.', true],
    ['place', 'Hải Phòng cần liên kết với các viện, trường đại học để đào tạo nhân lực.', true],
    ['place', 'Đẩy mạnh học tập kinh nghiệm, hợp tác trong và ngoài nước.', true],
    ['place', 'Chữ ký số được sử dụng rộng rãi trong các cơ quan nhà nước.', true],
    // Who: a name in title case, but not a place's.
    ['person', 'Ông Nguyễn Việt Hùng cho biết.', true],
    ['person', 'Việt Nam đã tận dụng hiệu quả ưu thế về điện thoại di động.', false],
    ['person', 'Hải Phòng và Hà Nội cùng làm.', false],
    ['person', 'Theo Hiệp hội Ngân hàng Việt Nam, dịch thúc đẩy thanh toán.', true],
    // With marks: "số" is not "sở", "to lớn" not "tổ".
    ['person', 'Chuyển đổi số có vai trò to lớn.', false],
    ['person', 'Sở đã tham mưu cho thành phố.', true],
    ['person', 'Liên kết với các viện, trường để đào tạo.', true],
    ['person', 'Gửi hồ sơ đến Cục Quản lý khám, chữa bệnh.', true],
    ['person', 'so da tham muu cho thanh pho', true],
    // Those who act together.
    ['person', 'Chuyển đổi số là trách nhiệm của cả hệ thống chính trị và của toàn xã hội.', true],
    ['person', 'Đã thu hút lực lượng công an địa phương giúp bà con.', true],
    ['person', 'Chuyển đổi số phải bám sát chủ trương và phù hợp tình hình.', false],
  ] as const)('sentenceFits(%s, %j) = %s', (type, s, fits) => {
    expect(sentenceFits(type, s)).toBe(fits);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Một. Hai! Ba?', ['Một.', 'Hai!', 'Ba?']],
    ['UBND TP. Hà Nội ban hành. Sau đó tiếp tục.', ['UBND TP. Hà Nội ban hành.', 'Sau đó tiếp tục.']],
    ['Chợ 4.0 phát triển. Tỷ lệ đạt 96,67%.', ['Chợ 4.0 phát triển.', 'Tỷ lệ đạt 96,67%.']],
    ['Ông nói: "Làm ngay." Sau đó đi.', ['Ông nói: "Làm ngay."', 'Sau đó đi.']],
    ['không dấu chấm cuối', ['không dấu chấm cuối']],
  ])('%j', (p, out) => {
    expect(splitSentences(p)).toEqual(out);
  });
});
