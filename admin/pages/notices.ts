/** Messages after a form post, chosen by a code in the redirect URL (never text from the request itself). */
const NOTICES: Readonly<Record<string, string>> = {
  review: 'Đã lưu đánh giá.',
  curated: 'Đã lưu thành câu trả lời duyệt sẵn. Trợ lý sẽ dùng nó cho các câu hỏi giống vậy.',
  approved: 'Đã duyệt lại câu trả lời.',
  sent: 'Đã gửi trả lời cho người dân.',
  closed: 'Đã đóng cuộc trò chuyện.',
  reindex: 'Đã bắt đầu lập chỉ mục lại.',
  user: 'Đã tạo tài khoản.',
  disabled: 'Đã vô hiệu hoá tài khoản. Người đó không đăng nhập được nữa.',
  enabled: 'Đã mở lại tài khoản.',
  password: 'Đã lưu mật khẩu mới.',
  claimed: 'Bạn đang phụ trách người dân này.',
  released: 'Đã trả lại cuộc trò chuyện cho hộp thư chung.',
  assigned: 'Đã giao cuộc trò chuyện.',
};

const ERRORS: Readonly<Record<string, string>> = {
  notsent: 'Không gửi được trả lời (cửa sổ trả lời đã đóng hoặc kênh báo lỗi). Xem chi tiết bên dưới.',
  empty: 'Nội dung trống.',
  nothing: 'Chưa có câu trả lời đã gửi để lưu.',
  taken: 'Tên đăng nhập đã có.',
  invalid: 'Thông tin chưa hợp lệ: tên đăng nhập 3–64 ký tự (chữ, số, . _ -), mật khẩu ít nhất 10 ký tự.',
  self_disable: 'Bạn không thể tự vô hiệu hoá tài khoản của mình.',
  wrong_password: 'Mật khẩu hiện tại không đúng.',
  same_password: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  weak: 'Mật khẩu mới cần từ 10 đến 200 ký tự.',
  mismatch: 'Hai lần nhập mật khẩu mới không khớp.',
  password_attempts: 'Bạn đã nhập sai mật khẩu hiện tại quá nhiều lần: hãy thử lại sau 15 phút.',
  taken_by_other: 'Một người khác đang phụ trách người dân này: bạn không gửi được trả lời.',
  no_user: 'Không có tài khoản đang hoạt động với tên này.',
};

export function noticeFor(code: unknown): string | undefined {
  return typeof code === 'string' ? NOTICES[code] : undefined;
}

export function errorFor(code: unknown): string | undefined {
  return typeof code === 'string' ? ERRORS[code] : undefined;
}
