/** Display helpers for the pages: Vietnamese labels and Vietnam-time dates. */
import { CHANNEL_LABELS } from '../../bot/channels/registry.js';
import { formatDate, formatDateTime, formatDayMonth, formatTimeLeft } from '../public/vn-time.js';

// The same module formats dates in the browser's scripts: one text for a time wherever it is rendered.
export { formatDate, formatDayMonth, formatTimeLeft };

/** An instant as "dd/MM/yyyy HH:mm", Vietnam time. */
export function formatTime(iso: string | undefined): string {
  return formatDateTime(iso);
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

/** Channels by the names staff know, as each channel declares them (bot/channels/registry.ts). */
export { CHANNEL_LABELS };

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/** The channel filter's choices: every id the log may hold, with its label (and the id where two share a label). */
export const CHANNEL_CHOICES: readonly [string, string][] = Object.entries(CHANNEL_LABELS).map(([id, label], _i, all) =>
  [id, all.filter(([, other]) => other === label).length > 1 && id !== all.find(([, other]) => other === label)![0] ? `${label} (${id})` : label]);
