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

// Channels by the names staff know, as each channel declares them (bot/channels/registry.ts). The admin does not
// import the bot: the composition root hands the table to createAdminRouter (AdminSettings.channelLabels).
let channelLabels: Readonly<Record<string, string>> = {};

/** The label table the pages use from now on; called by createAdminRouter. */
export function useChannelLabels(labels: Readonly<Record<string, string>>): void {
  channelLabels = labels;
}

export function channelLabel(channel: string): string {
  return channelLabels[channel] ?? channel;
}

/** The channel filter's choices: every id the log may hold, with its label (and the id where two share a label). */
export function channelChoices(): readonly [string, string][] {
  return Object.entries(channelLabels).map(([id, label], _i, all) =>
    [id, all.filter(([, other]) => other === label).length > 1 && id !== all.find(([, other]) => other === label)![0] ? `${label} (${id})` : label]);
}
