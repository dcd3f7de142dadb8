import type { AdminSession } from '../auth/admin-session.js';
import { html } from './html.js';
import { csrfField, layout } from './layout.js';

/** Creating accounts (admins only). The store has no user listing yet, so the page only adds accounts. */
export function usersPage(o: { session: AdminSession; notice?: string; error?: string }): string {
  return layout({
    title: 'Tài khoản', session: o.session, active: 'users',
    body: html`<h1>Tài khoản</h1>
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
${o.error ? html`<p class="alert alert-error" role="alert">${o.error}</p>` : ''}
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
