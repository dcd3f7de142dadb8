/** The questions bench:load, bench:turns and bench/answer-cost.ts ask, in turn. */
export const LOAD_QUESTIONS: readonly string[] = ['chữ ký số miễn phí làm ở đâu?', 'lam ly lich tu phap tren vneid',
  'Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', 'giá vàng hôm nay', 'tổ công nghệ số cộng đồng làm gì', 'xin chào',
  'chuyen doi so ha noi 2024'];
