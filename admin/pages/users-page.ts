import type { User } from '../../core/ports/log-store.js';
import type { AdminSession } from '../auth/admin-session.js';
import { formatTime } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, layout } from './layout.js';

export interface UsersPageInput {
  readonly session: AdminSession;
  readonly users: readonly User[];
  readonly notice?: string;
  readonly error?: string;
  /** Shown once, right after a reset: the admin passes it on; it is not stored in clear anywhere. */
  readonly reset?: { readonly username: string; readonly password: string; readonly expiresAt: string };
}

function row(session: AdminSession, u: User): SafeHtml {
  const id = encodeURIComponent(u.id);
  const self = u.id === session.userId;
  return html`<tr data-username="${u.username}">
  <td><strong>${u.username}</strong>${self ? html` <span class="muted small">(bạn)</span>` : ''}</td>
  <td data-label="Vai trò">${u.role === 'admin' ? 'Quản trị viên' : 'Tình nguyện viên'}</td>
  <td class="account-state" data-label="Trạng thái">${u.disabled ? html`<span class="badge badge-no_answer">Đã vô hiệu hoá</span>`
    : u.mustChangePassword ? html`<span class="badge badge-handoff">Chờ đổi mật khẩu</span>` : html`<span class="badge badge-answered">Đang hoạt động</span>`}</td>
  <td class="nowrap" data-label="Đăng nhập gần nhất">${u.lastLoginAt ? formatTime(u.lastLoginAt) : html`<span class="muted">Chưa đăng nhập</span>`}</td>
  <td class="nowrap" data-label="Ngày tạo">${formatTime(u.createdAt)}</td>
  <td class="row-actions">
    ${self ? '' : html`<form method="post" action="/admin/users/${id}/${u.disabled ? 'enable' : 'disable'}" class="inline-form">${csrfField(session)}
      <button type="submit" class="btn btn-ghost">${u.disabled ? 'Mở lại' : 'Vô hiệu hoá'}</button></form>
    <form method="post" action="/admin/users/${id}/reset-password" class="inline-form">${csrfField(session)}
      <button type="submit" class="btn btn-ghost">Đặt lại mật khẩu</button></form>`}
  </td>
</tr>`;
}

/** Accounts (admins only): who has access, with role and last login; disable, enable, reset a password, add one. */
export function usersPage(o: UsersPageInput): string {
  return layout({
    title: 'Tài khoản', session: o.session, active: 'users',
    body: html`<h1>Tài khoản</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
${o.error ? html`<p class="alert alert-error" role="alert">${o.error}</p>` : ''}
${o.reset ? html`<div class="alert alert-ok" role="status" id="reset-result"><p>Mật khẩu tạm cho <strong>${o.reset.username}</strong>:
  <code class="temp-password">${o.reset.password}</code></p>
  <p class="small">Hãy gửi riêng cho người đó. Mật khẩu này dùng được đến ${formatTime(o.reset.expiresAt)}; lần đăng nhập đầu tiên người đó sẽ phải đặt mật khẩu mới. Trang này sẽ không hiện lại mật khẩu.</p></div>` : ''}
<section class="card">
  <h2>Danh sách tài khoản</h2>
  <div class="table-wrap"><table class="table stacked" id="users">
  <thead><tr><th>Tên đăng nhập</th><th>Vai trò</th><th>Trạng thái</th><th>Đăng nhập gần nhất</th><th>Ngày tạo</th><th></th></tr></thead>
  <tbody>${o.users.map((u) => row(o.session, u))}</tbody></table></div>
  <p class="muted small">Mọi thay đổi được ghi vào <a href="/admin/audit">Nhật ký quản trị</a>.</p>
</section>
<section class="card narrow">
  <h2>Thêm tài khoản</h2>
  <form method="post" action="/admin/users" class="stack">
    ${csrfField(o.session)}
    <label>Tên đăng nhập <input name="username" required minlength="3" maxlength="64" pattern="[A-Za-z0-9._\\-]+" autocomplete="off"></label>
    <label>Mật khẩu (ít nhất 10 ký tự) <input name="password" type="password" required minlength="10" maxlength="200" autocomplete="new-password"></label>
    <label>Vai trò <select name="role"><option value="volunteer">Tình nguyện viên (xem xét, hộp thư)</option><option value="admin">Quản trị viên</option></select></label>
    <button type="submit" class="btn">Tạo tài khoản</button>
  </form>
</section>`,
  });
}
