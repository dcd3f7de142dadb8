import type { AuditEntry } from '../../core/ports/log-store.js';
import type { AdminDeps } from '../../core/ports/admin.js';

/**
 * The admin actions the audit log records, with the Vietnamese names the Nhật ký quản trị page and its export show.
 * Targets are ids and usernames; residents' texts stay out of the audit log (it is kept longer than turns).
 */
export const AUDIT_ACTIONS = {
  'turn.review': 'Đánh giá lượt hỏi',
  'turn.correct': 'Sửa câu trả lời',
  'curated.approve': 'Duyệt lại câu trả lời',
  'curated.from_handoff': 'Lưu trả lời hộp thư thành câu trả lời duyệt sẵn',
  'handoff.claim': 'Nhận trả lời người dân',
  'handoff.assign': 'Giao cho tình nguyện viên',
  'handoff.release': 'Bỏ nhận',
  'handoff.reply': 'Trả lời người dân',
  'handoff.close': 'Đóng cuộc trò chuyện',
  'article.upload': 'Tải bài viết lên',
  'article.replace': 'Thay bài viết',
  'article.delete': 'Xoá bài viết',
  'corpus.reindex': 'Lập chỉ mục lại',
  'user.create': 'Tạo tài khoản',
  'user.disable': 'Vô hiệu hoá tài khoản',
  'user.enable': 'Mở lại tài khoản',
  'user.reset_password': 'Đặt lại mật khẩu',
  'user.change_password': 'Đổi mật khẩu',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditLabel(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}

/** Records an admin action. Called after the action succeeded, by the action itself, so every route records it. */
export async function audit(deps: AdminDeps, entry: { actor: string; action: AuditAction; target: string; detail?: string }): Promise<AuditEntry> {
  return deps.store.appendAudit(entry);
}
