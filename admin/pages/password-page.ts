import type { AdminSession } from '../auth/admin-session.js';
import { html } from './html.js';
import { csrfField, layout } from './layout.js';

/** Choosing a new password: required after an admin's reset, available to everyone any time. */
export function passwordPage(o: { session: AdminSession; required: boolean; error?: string; notice?: string }): string {
  return layout({
    title: 'Đổi mật khẩu', session: o.session, active: 'password',
    body: html`<h1>Đổi mật khẩu</h1>
${o.required ? html`<p class="alert alert-error" role="alert">Mật khẩu của bạn vừa được quản trị viên đặt lại. Hãy đặt mật khẩu mới để tiếp tục.</p>` : ''}
${o.notice ? html`<p class="alert alert-ok" role="status">${o.notice}</p>` : ''}
${o.error ? html`<p class="alert alert-error" role="alert">${o.error}</p>` : ''}
<section class="card narrow">
  <form method="post" action="/admin/password" class="stack" id="password-form">
    ${csrfField(o.session)}
    <label>Mật khẩu hiện tại${o.required ? ' (mật khẩu tạm)' : ''} <input name="current" type="password" required maxlength="500" autocomplete="current-password"></label>
    <label>Mật khẩu mới (ít nhất 10 ký tự) <input name="next" type="password" required minlength="10" maxlength="200" autocomplete="new-password"></label>
    <label>Nhập lại mật khẩu mới <input name="confirm" type="password" required minlength="10" maxlength="200" autocomplete="new-password"></label>
    <button type="submit" class="btn">Lưu mật khẩu mới</button>
  </form>
</section>`,
  });
}
