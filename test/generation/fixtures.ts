import type { GenerationPassage } from '../../bot/generation/generator.js';

/** Three paragraphs as retrieval hands them to the generator, numbered from 1. */
export const PASSAGES: readonly (GenerationPassage & { ordinal: number })[] = [
  { n: 1, paragraphId: 'cp-2023-09-28:a1b2c3d4e5', articleId: 'cp-2023-09-28', title: 'Hơn 1.200 dịch vụ công trực tuyến toàn trình',
    publication: 'Chinhphu.vn', date: '2023-09-28', ordinal: 4,
    text: 'Tính đến ngày 27/9/2023, cả nước đã có 1.232 dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến đạt 81,7%.' },
  { n: 2, paragraphId: 'vne-2023-09-30:0f9e8d7c6b', articleId: 'vne-2023-09-30', title: 'Thí điểm cấp lý lịch tư pháp qua VNeID',
    publication: 'VnExpress', date: '2023-09-30', ordinal: 2,
    text: 'Người dân có thể đăng ký cấp phiếu lý lịch tư pháp trên ứng dụng VNeID tại Hà Nội và Thừa Thiên Huế từ ngày 1/10/2023. Chi tiết xem tại https://dichvucong.gov.vn/p/home/dvc-trang-chu.html.' },
  { n: 3, paragraphId: 'btt-2024-01-05:5a4b3c2d1e', articleId: 'btt-2024-01-05', title: 'Chữ ký số miễn phí cho người dân',
    publication: 'Báo Tin tức', date: null, ordinal: 7,
    text: 'Bộ Thông tin và Truyền thông cấp miễn phí chữ ký số cá nhân cho người dân trong năm 2024.' },
];

/** The model's reply as the answer prompt asks for it. */
export const answerJson = (answer: string, completeness = 'complete', sources: number[] = [1]): string =>
  JSON.stringify({ completeness, answer, sources });

export const GOOD_ANSWER =
  'Bạn có thể đăng ký phiếu lý lịch tư pháp trên ứng dụng VNeID tại Hà Nội và Thừa Thiên Huế từ ngày 1/10/2023 [2]. ' +
  'Xem chi tiết tại ⟦URL1⟧ [2]. Cả nước có 1.232 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt 81,7% [1].';
