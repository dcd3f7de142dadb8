import type { TurnRow } from '../../core/ports/log-store.js';
import { channelLabel, formatTime, statusLabel } from '../pages/format.js';
import { EXPORT_HEADER, turnExportRow } from './turn-json.js';

/**
 * The CSV export's columns. 'en' keeps the field names and raw values scripts rely on; 'vi' is for staff opening the
 * file in Excel: Vietnamese column names, statuses and channels as the admin shows them, times in Vietnam time.
 */
export type ExportLanguage = 'en' | 'vi';

export const EXPORT_HEADER_VI = ['Mã lượt', 'Thời gian (giờ Việt Nam)', 'Kênh', 'Câu hỏi', 'Câu hỏi đầy đủ (viết lại)', 'Trạng thái', 'Câu trả lời',
  'Đoạn được trích', 'Đánh giá của người dân', 'Kết quả xem xét', 'Ghi chú xem xét', 'Người xem xét', 'Mã câu trả lời duyệt sẵn', 'Thời gian xử lý (ms)'] as const;

const FEEDBACK_VI: Readonly<Record<string, string>> = { up: 'Hài lòng', down: 'Chưa hài lòng' };
const VERDICT_VI: Readonly<Record<string, string>> = { good: 'Tốt', bad: 'Chưa tốt' };

export function exportLanguage(value: unknown): ExportLanguage {
  return value === 'vi' ? 'vi' : 'en';
}

export function exportColumns(language: ExportLanguage): { header: readonly string[]; row: (t: TurnRow) => unknown[] } {
  if (language === 'en') return { header: EXPORT_HEADER, row: turnExportRow };
  return {
    header: EXPORT_HEADER_VI,
    row: (t) => [t.turnId, formatTime(t.createdAt), channelLabel(t.channel), t.question, t.rewrite, statusLabel(t.status), t.answer,
      t.citations.map((c) => c.paragraphId).join(' '), t.feedback ? FEEDBACK_VI[t.feedback] : '', t.review ? VERDICT_VI[t.review.verdict] : '',
      t.review?.note, t.review?.by, t.curatedId, t.timings.totalMs],
  };
}
