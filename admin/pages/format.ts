/** Display helpers for the pages: Vietnamese labels and Vietnam-time dates. */

const DATE_TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : DATE_TIME.format(new Date(t));
}

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  answered: 'Đã trả lời',
  partial: 'Trả lời một phần',
  no_answer: 'Không có câu trả lời',
  curated: 'Câu trả lời duyệt sẵn',
  handoff: 'Chuyển cho người',
  invalid_input: 'Không hợp lệ',
  greeting: 'Chào hỏi',
  thanks: 'Cảm ơn',
  capabilities: 'Hỏi khả năng',
  feedback: 'Góp ý',
  unsupported_media: 'Tệp không hỗ trợ',
  welcome: 'Chào mừng',
  error: 'Lỗi',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function feedbackLabel(feedback: string | undefined | null): string {
  return feedback === 'up' ? '👍' : feedback === 'down' ? '👎' : '';
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const CHANNEL_LABELS: Readonly<Record<string, string>> = { webchat: 'Web chat', zalo: 'Zalo', botframework: 'Bot Framework', msteams: 'Teams' };
