/** Display helpers for the pages: Vietnamese labels and Vietnam-time dates. */
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

/**
 * Channels by the names staff know. Bot Framework reports the Emulator as channel "emulator" and Messenger as
 * "facebook"; the log keeps those ids, people read these.
 */
export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  webchat: 'Web', zalo: 'Zalo', facebook: 'Messenger', botframework: 'Bot Framework', emulator: 'Bot Framework', msteams: 'Teams',
};

export function channelLabel(channel: string): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/** The channel filter's choices: one per label (so "Bot Framework" is offered once). */
export const CHANNEL_CHOICES: readonly [string, string][] = [['webchat', 'Web'], ['zalo', 'Zalo'], ['facebook', 'Messenger'], ['botframework', 'Bot Framework'], ['emulator', 'Bot Framework Emulator'], ['msteams', 'Teams']];
