import { describe, expect, it } from 'vitest';
import { CONVERSATION } from '../../prompts/conversation.js';
import { rewriteFollowUp } from './follow-up.js';
import { classifyIntent } from './intents.js';

describe('classifyIntent', () => {
  it.each([
    ['Xin chào', 'greeting'],
    ['chao ban', 'greeting'],
    ['hello', 'greeting'],
    ['Cảm ơn bạn nhé!', 'thanks'],
    ['cam on', 'thanks'],
    ['Bạn làm được gì?', 'capabilities'],
    // Who is answering, asked of the bot itself; the same words of someone else ask the articles.
    ['Bạn là ai?', 'capabilities'],
    ['ban la ai vay', 'capabilities'],
    ['bot tên gì', 'capabilities'],
    ['Đây là bot à?', 'capabilities'],
    ['bạn có phải người thật không', 'capabilities'],
    ['ai đang trả lời vậy', 'capabilities'],
    ['Giám đốc Sở TT&TT Hà Nội là ai?', 'question'],
    ['bạn là ai trong tổ công nghệ số', 'question'],
    ['gặp tư vấn viên', 'handoff'],
    ['Tôi muốn nói chuyện với người thật', 'handoff'],
    [CONVERSATION.buttons.helpful, 'feedback_up'],
    [CONVERSATION.buttons.notHelpful, 'feedback_down'],
    [CONVERSATION.buttons.human, 'handoff'],
    ['Chào bạn, chữ ký số miễn phí làm ở đâu?', 'question'],
    ['cảm ơn là gì trong chuyển đổi số', 'question'],
    ['chu ky so mien phi', 'question'],
    ['Chào bạn, mình mới dùng lần đầu', 'greeting'],
    ['chao ad, em moi vao thu a', 'greeting'],
    ['Cảm ơn nhé, mình hiểu rồi', 'thanks'],
    ['Chào bạn, chữ ký số miễn phí', 'question'],
    ['Cảm ơn nhé, vậy còn Hải Phòng thì sao ạ?', 'question'],
    ['Chào bạn, mình mới dùng, cho mình hỏi làm LLTP trên VNeID thế nào?', 'question'],
    // Courtesy alone, of any kind: greeted (or thanked), not answered with a quote.
    ['Có ai biết không ạ?', 'greeting'],
    ['Cho mình hỏi với', 'greeting'],
    ['Alo alo', 'greeting'],
    ['Xin cảm ơn và chúc sức khỏe!', 'thanks'],
    ['Có ai biết chữ ký số làm ở đâu không?', 'question'],
    // In capitals, as a phone's caps lock types it.
    ['CÓ AI BIẾT KHÔNG Ạ?', 'greeting'],
    ['XIN CẢM ƠN VÀ CHÚC SỨC KHỎE :D', 'thanks'],
    ['CÓ AI BIẾT CHỮ KÝ SỐ LÀM Ở ĐÂU KHÔNG?', 'question'],
    // A face typed with signs after the stop asks nothing.
    ['Xin cảm ơn và chúc sức khỏe! :D', 'thanks'],
    ['Cảm ơn bạn nhiều! T_T', 'thanks'],
    ['Chữ ký số làm ở đâu? :D', 'question'],
    // A face alone is greeted and asked what the resident needs, not answered with a quote.
    [':D', 'greeting'],
    ['T_T', 'greeting'],
  ])('%j → %s', (text, intent) => {
    expect(classifyIntent(text)).toBe(intent);
  });
});

describe('rewriteFollowUp', () => {
  it.each([
    ['Còn Hải Phòng thì sao?', 'Tỷ lệ thanh toán không dùng tiền mặt ở Hà Nội là bao nhiêu?', 'Tỷ lệ thanh toán không dùng tiền mặt ở Hải Phòng là bao nhiêu?'],
    ['con hai phong thi sao', 'Kinh tế số chiếm bao nhiêu GRDP ở Hà Nội?', 'Kinh tế số chiếm bao nhiêu GRDP ở hai phong?'],
    ['Còn Đà Nẵng?', 'Chữ ký số miễn phí làm ở đâu?', 'Chữ ký số miễn phí làm ở đâu ở Đà Nẵng?'],
    ['thủ tục đó làm ở đâu?', 'Làm lý lịch tư pháp trên VNeID thế nào?', 'thủ tục lý lịch tư pháp trên VNeID làm ở đâu?'],
    // A place typed as its abbreviation, in the previous question or the follow-up, is replaced as the place it is.
    ['the hp thi sao ad', 'cho hoi HN co ke hoach CDS so may vay ad', 'cho hoi hp co ke hoach CDS so may vay ad'],
    ['hp co ko', 'HN he thong hop truc tuyen co toi cap xa ko', 'hp he thong hop truc tuyen co toi cap xa ko'],
    ['còn Hải Phòng?', 'HN phan dau kinh te so chiem bao nhieu % GRDP', 'Hải Phòng phan dau kinh te so chiem bao nhieu % GRDP'],
    // No subject of its own: asked of the previous topic, without the previous question's asking words.
    ['mất bao lâu', 'chữ ký số miễn phí làm ở đâu?', 'chữ ký số miễn phí mất bao lâu?'],
    ['tai o dau vay', 'HN co app IHanoi a', 'HN co app IHanoi tai o dau?'],
    // Asking something else of it, not the count or the time the previous question asked: where, what, who.
    ['nhận kết quả ở đâu', 'Làm lý lịch tư pháp trên VNeID mất mấy ngày?', 'lý lịch tư pháp trên VNeID nhận kết quả ở đâu?'],
    ['tổ đó giúp dân những việc gì', 'ở hà nội tổ công nghệ số cộng đồng có bao nhiêu tổ', 'tổ ở hà nội tổ công nghệ số cộng đồng giúp dân những việc gì?'],
    // Or whether ("có mất phí không"): a question of yes or no asks its own thing too.
    ['có mất phí không?', 'Làm lý lịch tư pháp trên VNeID mất mấy ngày?', 'lý lịch tư pháp trên VNeID có mất phí không?'],
    ['co lam online dc ko', 'chu ky so mien phi mat bao nhieu ngay', 'chu ky so mien phi co lam online dc ko?'],
    // The thing pointed at, as the previous question names it; "năm trước đó" is a year, not a pointer.
    ['kế hoạch đó có thành công không?', 'mấy quận huyện HN làm mô hình CĐS theo KH 310 đúng ko', 'KH 310 có thành công không?'],
    ['Ông ấy nói thời gian tới Hà Nội sẽ làm gì để giám sát việc chuyển đổi số ở các sở, ngành?', 'Ai là Phó Giám đốc Sở TT&TT Hà Nội vậy?',
      'Ông Phó Giám đốc Sở TT&TT Hà Nội nói thời gian tới Hà Nội sẽ làm gì để giám sát việc chuyển đổi số ở các sở, ngành?'],
    ['năm trước đó thì sao', 'năm 2022 HN xếp thứ mấy về DTI', 'năm 2021 HN xếp thứ mấy về DTI'],
    // A year said from the previous one points back, whatever else the message names.
    ['sang năm sau đó thì HN xếp thứ mấy', 'năm 2022 chỉ số DTI của HN xếp thứ mấy', 'năm 2023 chỉ số DTI của HN xếp thứ sang năm sau đó thì HN xếp thứ mấy?'],
    // A thing alone after "còn", or with "thì sao" after any opener, is asked as the previous question asked.
    ['thế còn TMĐT?', 'chỉ số ICT Index của HN đứng thứ mấy', 'TMĐT đứng thứ mấy?'],
    ['the giao duc thi sao', 'HN làm y tế số thế nào', 'giao duc thế nào?'],
    ['cap dc bn cai roi', 'HN co cap chu ky so mien phi cho dan ko ad', 'HN co cap chu ky so mien phi cho dan cap dc bn cai roi?'],
    ['den nam nao a', 'HN muon lot top 5 dia phuong dan dau ve CDS a', 'HN muon lot top 5 dia phuong dan dau ve CDS den nam nao?'],
    ['Cảm ơn. Còn Hải Phòng thì sao?', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?', 'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?'],
    ['ok cảm ơn, ai được tham gia?', 'Tổ công nghệ số cộng đồng làm gì?', 'Tổ công nghệ số cộng đồng ai được tham gia?'],
    // …and of the place it names, when it names one.
    // The place it opens on is in the topic then, not said twice.
    ['o HP thi muc tieu the nao', 'HN dat muc tieu bao nhieu % ho co cap quang vao 2025', 'HP dat muc tieu bao nhieu % ho co cap quang vao 2025 thi muc tieu the nao?'],
    ['hp thi gap kho j', 'ở hn khó khăn lớn nhất khi CĐS là gì', 'ở hp khó khăn lớn nhất khi CĐS thi gap kho j?'],
    // A place the topic does not hold stays.
    ['HN xếp thứ mấy vậy', 'báo cáo vietnam ICT index công bố tháng 10', 'báo cáo vietnam ICT index công bố tháng 10 HN xếp thứ mấy?'],
    // Asked of now at another place, what was reached there, not the goal the previous question asked.
    ['the HN bh dc bn roi', 'HP phan dau cap quang toi bao nhieu ho gia dinh', 'HN cap quang toi ho gia dinh bh dc bn roi?'],
    // The thing pointed at keeps its word; the topic stands for the demonstrative. The word is not said twice when the
    // topic opens with it, and "cái" names nothing.
    ['buổi đó ai tổ chức', 'HP có đối thoại trực tuyến về CĐS à', 'buổi HP có đối thoại trực tuyến về CĐS ai tổ chức?'],
    // A person pointed at is the person named before, with the places said of them, not what was asked of them.
    ['ông ấy nói gì về chuyển đổi số?', 'Ông Nguyễn Việt Hùng là ai?', 'ông Nguyễn Việt Hùng nói gì về chuyển đổi số?'],
    ['Ông ấy nói thách thức là gì?', 'Ông Nguyễn Việt Hùng giữ chức vụ gì?', 'Ông Nguyễn Việt Hùng nói thách thức là gì?'],
    ['ông ấy bảo CĐS có lợi j', 'ông Vũ Đại Thắng bên sở TTTT HP nói gì', 'ông Vũ Đại Thắng HP bảo CĐS có lợi j?'],
    // An office is no name: the topic stands for the pointer.
    ['Ông ấy nói gì?', 'Ai là Phó Giám đốc Sở TT&TT Hà Nội vậy?', 'Ông Phó Giám đốc Sở TT&TT Hà Nội nói gì?'],
    ['to do gom nhung ai', 'to chuyen doi so cong dong o HN la gi the', 'to chuyen doi so cong dong o HN gom nhung ai?'],
    ['app đó chạy chưa', 'app cong dan so cua HN', 'app cong dan so cua HN chạy chưa?'],
    ['cái đó để làm j', 'HN có định làm mạng y tế riêng?', 'HN có định làm mạng y tế riêng để làm j?'],
    ['buoi do ai to chuc', 'HP co doi thoai truc tuyen ve CDS a', 'buoi HP co doi thoai truc tuyen ve CDS ai to chuc?'],
    ['vậy mất bao lâu?', 'Làm lý lịch tư pháp trên VNeID thế nào?', 'lý lịch tư pháp trên VNeID mất bao lâu?'],
    // Another year replaces the year asked about, not the place.
    ['còn năm 2021 thì sao?', 'Năm 2022 Hà Nội xếp thứ mấy về chỉ số chuyển đổi số?', 'Năm 2021 Hà Nội xếp thứ mấy về chỉ số chuyển đổi số?'],
    ['Còn 2021?', 'Hà Nội xếp thứ mấy về DTI?', 'Hà Nội xếp thứ mấy về DTI năm 2021?'],
    // Another thing asked the same way, not a place: the previous question's asking words carry over.
    ['còn chữ ký số thì sao?', 'Làm lý lịch tư pháp trên VNeID thế nào?', 'chữ ký số thế nào?'],
    ['con tp hcm thi sao', 'Chữ ký số miễn phí làm ở đâu ở Hà Nội?', 'Chữ ký số miễn phí làm ở đâu ở tp hcm?'],
    // Particles and whom it is said to close the message; a province's abbreviation is a place; "ở" is not doubled.
    ['Đà Nẵng thì sao ạ', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?', 'Đà Nẵng có bao nhiêu dịch vụ công trực tuyến?'],
    ['vậy hp thì sao ad', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?', 'hp có bao nhiêu dịch vụ công trực tuyến?'],
    ['ở hải phòng thì thế nào', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?', 'hải phòng có bao nhiêu dịch vụ công trực tuyến?'],
    ['còn ở Sài Gòn?', 'Chữ ký số miễn phí làm ở đâu?', 'Chữ ký số miễn phí làm ở đâu ở Sài Gòn?'],
    // A year said from the one asked about.
    ['thế còn năm ngoái?', 'Chỉ số DTI năm 2022 của Hà Nội xếp thứ mấy?', 'Chỉ số DTI năm 2021 của Hà Nội xếp thứ mấy?'],
    ['còn năm sau thì sao', 'Năm 2024 Hà Nội đặt mục tiêu gì?', 'Năm 2025 Hà Nội đặt mục tiêu gì?'],
    // The year asked about moves, not a date's year said before it.
    ['thế còn năm ngoái?', 'Sau kế hoạch ngày 27/7/2021, năm 2024 Hà Nội xếp thứ mấy?', 'Sau kế hoạch ngày 27/7/2021, năm 2023 Hà Nội xếp thứ mấy?'],
    ['còn năm ngoái?', 'Chỉ số DTI của Việt Nam 2023 năm 2024 xếp thứ mấy?', 'Chỉ số DTI của Việt Nam 2023 năm 2023 xếp thứ mấy?'],
    // "the city", said bare in a message opening as a follow-up or moving the year, is the place asked about before.
    ['Đến năm 2030 thì thành phố đặt mục tiêu gì?', 'HP phấn đấu kinh tế số chiếm 25% GRDP đến 2025 hả?', 'Đến năm 2030 thì thành phố đặt mục tiêu gì ở HP?'],
    // Moving to another year and asking a figure, it asks the previous question's: the previous topic, moved, first.
    ['Đến năm 2030 thì thành phố đặt mức bao nhiêu?', 'HP phấn đấu kinh tế số chiếm 25% GRDP đến 2025 hả?',
      'HP phấn đấu kinh tế số chiếm GRDP đến 2030 đến năm 2030 thì thành phố đặt mức bao nhiêu?'],
    ['vậy tp có bao nhiêu tổ công nghệ số cộng đồng', 'Hải Phòng có bao nhiêu dịch vụ công?', 'tp có bao nhiêu tổ công nghệ số cộng đồng ở Hải Phòng?'],
    // So is "the department" said bare, with its marks.
    ['thế giám đốc sở là ai ạ', 'phó giám đốc sở TTTT Hải Phòng là ai', 'giám đốc sở là ai ở Hải Phòng?'],
    // Asked of another time, the previous question's time and the figures it stated of it do not carry over.
    ['đến 2025 thì mục tiêu thế nào', 'HN đến nay cấp đc khoảng 10 nghìn CKS free r hả', 'HN cấp CKS free đến 2025 thì mục tiêu thế nào?'],
    ['hien gio dat bn r', '2025 HN muon phu cap quang bn % ho gd', 'HN muon phu cap quang % ho gd hien gio dat bn r?'],
    ['hiện giờ đc bn % r', 'HP phấn đấu kinh tế số chiếm bao nhiêu % GRDP', 'HP kinh tế số chiếm % GRDP hiện giờ đc bn % r?'],
    ['sang năm 2022 thì đc thứ mấy', 'năm 2021 HN xếp hạng CĐS thấp lắm đúng ko, thứ 40 hả',
      'năm 2022 HN xếp hạng CĐS thấp lắm đúng ko, sang năm 2022 thì đc thứ mấy?'],
    // A figure it asks is not asked twice; asking the goal, what the previous question said was done does not carry over.
    ['kinh phi bao nhieu', 'ke hoach 239 HN co bao nhieu nhiem vu', 'ke hoach 239 HN co nhiem vu kinh phi bao nhieu?'],
    ['toi 2025 muc tieu bn %', 'HN cap dc bn CKS free cho dan r', 'HN cap CKS free cho dan toi 2025 muc tieu bn %?'],
    ['đến 2025 thì mục tiêu thế nào', 'Hải Phòng đã đạt được bao nhiêu dịch vụ công mức 4?', 'Hải Phòng bao nhiêu dịch vụ công mức 4 đến 2025 thì mục tiêu thế nào?'],
    // Joined to the topic, the follow-up's first word is no name ("xã Được").
    ['Được bao nhiêu phần trăm hộ gia đình rồi?', 'Hà Nội đã kéo cáp quang tới hết các xã chưa ạ?',
      'Hà Nội đã kéo cáp quang tới hết các xã được bao nhiêu phần trăm hộ gia đình rồi?'],
    // How many places, levels or people a thing reaches names no subject of its own.
    ['phủ tới bao nhiêu xã phường rồi', 'HN có mạng diện rộng WAN riêng hả', 'HN có mạng diện rộng WAN riêng phủ tới bao nhiêu xã phường rồi?'],
    ['chạy đến mấy cấp chính quyền r', 'HN có hệ thống giao ban trực tuyến hả ad', 'HN có hệ thống giao ban trực tuyến chạy đến mấy cấp chính quyền r?'],
    // Opening as a follow-up with no word of its own but a place: the previous question asked again there.
    ['Còn Hải Phòng thì đặt mục tiêu bao nhiêu?', 'Hà Nội đặt mục tiêu kinh tế số chiếm bao nhiêu % GRDP vào năm 2025 vậy?',
      'Hải Phòng đặt mục tiêu kinh tế số chiếm bao nhiêu % GRDP vào năm 2025 vậy?'],
    // The resident's own story, before or after the question, is not carried into the follow-up; a clause that sets the
    // question's frame ("Trong Đề án 06") is, and so is a story naming the only place.
    ['the nam 2021 thi sao', 'sếp e bảo HN từng tụt hạng CĐS, chỉ số CĐS (DTI) của HN năm 2022 xếp thứ mấy ad',
      'chỉ số CĐS (DTI) của HN năm 2021 xếp thứ mấy ad'],
    ['cap may', 'HN co day ky nang so cho hoc sinh ko ad, chau toi dang hoc', 'HN co day ky nang so cho hoc sinh cap may?'],
    ['mat phi bn vay', 'lltp qua vneid o HN dc chua ad, e can gap de nop ho so xin viec', 'lltp qua vneid o HN dc mat phi bn?'],
    ['Sau đó có làm trên toàn quốc không?', 'Trong Đề án 06, HN được giao thí điểm cấp lý lịch tư pháp qua VNeID đúng ko?',
      'Trong Đề án 06, HN được giao thí điểm cấp lý lịch tư pháp qua VNeID sau đó có làm trên toàn quốc không?'],
    ['thế năm 2023 thì sao', 'mình ở HN, quận mình có bao nhiêu tổ CĐS cộng đồng', 'mình ở HN, quận mình có bao nhiêu tổ CĐS cộng đồng năm 2023?'],
    // A small count of days, times or people said first or after how long or how many asks is asked about, not a name
    // ("Kế hoạch 239"); another place's own figure stays behind.
    ['bao lau 1 lan', 'can bo hp co dc dao tao ve cong nghe ko', 'can bo hp co dc dao tao ve cong nghe bao lau 1 lan?'],
    ['1 ngay bn ng lam v', 'HN cho lam LLTP tren vneid dc ha ad', 'HN cho lam LLTP tren vneid dc 1 ngay bn ng lam v?'],
    ['thế Huế bn hồ sơ', 'HN cấp LLTP qua VNeID 1 ngày 700-800 hồ sơ à', 'Huế cấp LLTP qua VNeID 1 ngày hồ sơ bn hồ sơ?'],
    // What is asked of a thing ("mục tiêu chính", "nội dung … quan trọng") names no subject of its own.
    ['mục tiêu chính là j', 'thanh uy hp co nghi quyet ve cds chua', 'thanh uy hp co nghi quyet ve cds mục tiêu chính là j?'],
    ['có nội dung gì quan trọng k', 'HN đang trình đề án xây dựng thành phố thông minh à',
      'HN đang trình đề án xây dựng thành phố thông minh có nội dung gì quan trọng k?'],
    ['Còn Hà Nội thì mục tiêu đặt ra thế nào?', 'Hải Phòng phấn đấu đến 2025 bao nhiêu % thủ tục hành chính lên dịch vụ công mức độ 4?',
      'Hà Nội phấn đấu đến 2025 bao nhiêu % thủ tục hành chính lên dịch vụ công mức độ 4 thì mục tiêu đặt ra thế nào?'],
    // A year said from the previous question's, which named it by its month ("tháng 10/2023").
    ['Năm trước đó Hà Nội xếp hạng mấy trong bảng ấy?', 'Báo cáo Vietnam ICT Index tháng 10/2023 HN xếp thứ mấy?',
      'Năm trước đó Hà Nội xếp hạng mấy trong bảng Báo cáo Vietnam ICT Index tháng 10/2022 Hà Nội xếp thứ?'],
    // How it was asked ("kiểu j") is no part of the topic.
    ['hp thì tính làm ntn', 'HN giải quyết thiếu nhân lực CNTT kiểu j ad', 'hp giải quyết thiếu nhân lực CNTT thì tính làm ntn?'],
    // The kind pointed at, said in the topic already, is not said twice, nor is the plural before it.
    ['may mo hinh do trien khai toi dau r', 'HN co mo hinh cho 4.0 ko ad', 'HN co mo hinh cho 4.0 trien khai toi dau r?'],
    ['Kế hoạch đó giao nhiệm vụ cho những ngành nào?', 'Sở TT&TT HN có trình thành phố kế hoạch về nhân lực chuyển đổi số không?',
      'Sở TT&TT HN có trình thành phố kế hoạch về nhân lực chuyển đổi số giao nhiệm vụ cho những ngành nào?'],
  ])('%j after %j → %j', (text, previous, standalone) => {
    expect(rewriteFollowUp(text, previous)).toMatchObject({ standalone, rewritten: true });
  });

  // Written as the previous topic and its own words, a follow-up names the topic, which the next one is asked of.
  it.each([
    ['tải ở đâu', 'iHanoi là gì', undefined, 'iHanoi tải ở đâu?', 'iHanoi'],
    ['có mất phí ko', 'iHanoi tải ở đâu?', 'iHanoi', 'iHanoi có mất phí ko?', 'iHanoi'],
    ['làm online được không', 'chữ ký số miễn phí ở hà nội có mất tiền không?', 'chữ ký số miễn phí ở hà nội',
      'chữ ký số miễn phí ở hà nội làm online được không?', 'chữ ký số miễn phí ở hà nội'],
    ['ở phường tôi có không', 'tổ công nghệ số cộng đồng họ làm những việc gì?', 'tổ công nghệ số cộng đồng',
      'tổ công nghệ số cộng đồng ở phường tôi có không?', 'tổ công nghệ số cộng đồng'],
    // In a pointer's place too; the greeting and the leave to ask around the previous question are none of its topic.
    ['nó dùng để làm gì', 'chào ad, e muốn hỏi chữ ký số miễn phí là gì ạ', undefined, 'chữ ký số miễn phí dùng để làm gì?',
      'chữ ký số miễn phí'],
    ['ai được cấp', 'chữ ký số miễn phí dùng để làm gì?', 'chữ ký số miễn phí', 'chữ ký số miễn phí ai được cấp?', 'chữ ký số miễn phí'],
    // "cái gì" asks as "gì" does: "cái" is no part of the topic.
    ['ai ban hành', 'Nghị quyết 18 của Hà Nội về cái gì', undefined, 'Nghị quyết 18 của Hà Nội ai ban hành?', 'Nghị quyết 18 của Hà Nội'],
  ])('%j after %j (topic %j) → %j, of %j', (text, previous, topic, standalone, asked) => {
    expect(rewriteFollowUp(text, previous, topic)).toEqual({ standalone, rewritten: true, topic: asked });
  });

  it.each([
    ['Chữ ký số miễn phí làm ở đâu?', 'Làm lý lịch tư pháp trên VNeID thế nào?'],
    ['Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', 'Hà Nội có bao nhiêu?'],
    ['Còn Hải Phòng thì sao?', undefined],
    // A thing, after a question with no asking words to carry over: asked as typed.
    ['còn chữ ký số thì sao?', 'Hà Nội có bao nhiêu tổ công nghệ số cộng đồng?'],
    // "năm ngoái" after a question that named no year: which year is not known.
    ['thế còn năm ngoái?', 'Chữ ký số miễn phí làm ở đâu?'],
    // Nor after one that named only a date or a target year.
    ['thế còn năm ngoái?', 'Kế hoạch ngày 27/7/2021 đặt mục tiêu gì?'],
    ['thế còn năm ngoái?', 'Mục tiêu đến năm 2025 của Hà Nội là gì?'],
    // A question with a subject of its own is new, however it opens or whatever "do" it holds ("do ai": by whom).
    ['vậy chữ ký số miễn phí làm ở đâu?', 'Làm lý lịch tư pháp trên VNeID thế nào?'],
    ['chữ ký số do ai cấp', 'Làm lý lịch tư pháp trên VNeID thế nào?'],
    ['cam on. the IHanoi la cai j vay', 'HN CDS co may tru cot'],
    ['vay Nghi quyet 18 ve CDS do ai ban hanh', 'HN co hoc ba dien tu chua'],
    ['còn cán bộ HP bây giờ có được đào tạo công nghệ ko', 'HN xep thu may ve TMDT'],
    // A place and a year of its own, with a word of its own, not opening as a follow-up: a question anew.
    ['chủ đề năm 2022 của Hải Phòng là gì', 'Ngành bưu điện được định hướng trở thành cái gì trong kinh tế số?'],
    ['chu de nam 2022 hai phong', 'vietnam ict index 2023 HN dc hạng mấy z ae'],
    // A story of its own, whatever it points at; small talk, and subjects outside the articles.
    ['Bài báo có nhắc Nghị quyết 06 về đô thị. Nghị quyết đó ban hành ngày nào?', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    ['IOC la gi vay, he thong nay cua TP HN de lam gi', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    ['bot mấy tuổi rồi', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    ['mai HN có mưa ko', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    ['có người yêu chưa', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    ['ha noi thu nghiem dich vu do thi thong minh o dau', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    // "con tôi" is a child, "thẻ" a card: no opener.
    ['con toi hoc lop 7 thi lam cccd o dau', 'HN co bao nhieu DVC'],
    // "the city" in a question of its own, neither opening as a follow-up nor moving the year; a smart city is no place.
    ['Thành phố có kênh Zalo nào nói về chuyển đổi số không?', 'Hải Phòng có bao nhiêu dịch vụ công?'],
    ['vậy đề án thành phố thông minh gồm những gì', 'Hải Phòng có bao nhiêu dịch vụ công?'],
    ['Đến năm 2030 thì thành phố đặt mục tiêu gì?', 'Chữ ký số miễn phí làm ở đâu?'],
    // A department named, a facility ("cơ sở"), or "số" typed without marks is no department said bare.
    ['thế giám đốc Sở TT&TT là ai', 'phó giám đốc sở TTTT Hải Phòng là ai'],
    ['vậy cơ sở dữ liệu dân cư dùng để làm gì', 'Hải Phòng có bao nhiêu dịch vụ công?'],
    ['the chuyen doi so co loi gi cho dan', 'Hải Phòng có bao nhiêu dịch vụ công?'],
    // "thì thế nào" of a thing that is no place is a question of its own.
    ['chữ ký số thì thế nào', 'Hà Nội có bao nhiêu dịch vụ công trực tuyến?'],
    // "cáp" (cáp quang) is no "cấp", nor is unmarked "cap": a thing counted with words of its own, or of a place the
    // message names, is a question of its own.
    ['cap quang ha noi phu bao nhieu xa phuong', 'Ai là giám đốc sở?'],
    ['hp bn % quận huyện họp online tới xã phường r', 'Ai là giám đốc sở?'],
    ['có bao nhiêu hộ gia đình dùng cáp quang', 'HN có bao nhiêu DVC'],
    // A previous message that only told something is not asked again, even in the follow-up's words.
    ['thế Huế thí điểm LLTP vneid bn hồ sơ', 'HN thí điểm LLTP vneid 700-800 hồ sơ'],
    // Asked of a thing with a subject of its own, it is a question of its own.
    ['mục tiêu chính của chương trình chuyển đổi số quốc gia là gì', 'HN có bao nhiêu DVC'],
    // A count said after what it does ("làm 1 lần là xong") is the message's own; "chính" alone is chính phủ's.
    ['cđs là làm 1 lần là xong hay sao ad', 'HN xếp thứ mấy'],
    ['chinh phu so giup duoc gi', 'HP có bao nhiêu DVC'],
  ])('%j stays as typed', (text, previous) => {
    expect(rewriteFollowUp(text, previous)).toEqual({ standalone: text, rewritten: false });
  });
});
