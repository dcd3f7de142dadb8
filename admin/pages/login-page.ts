import { html } from './html.js';
import { layout } from './layout.js';

export function loginPage(o: { error?: string; username?: string; next?: string }): string {
  return layout({
    title: 'Đăng nhập',
    body: html`<section class="card login-card">
  <h1>Đăng nhập</h1>
  <p class="muted">Dành cho quản trị viên và Tổ công nghệ số cộng đồng.</p>
  ${o.error ? html`<p class="alert alert-error" role="alert">${o.error}</p>` : ''}
  <form method="post" action="/admin/login" class="stack">
    ${o.next ? html`<input type="hidden" name="next" value="${o.next}">` : ''}
    <label>Tên đăng nhập <input name="username" autocomplete="username" required maxlength="100" value="${o.username ?? ''}" autofocus></label>
    <label>Mật khẩu <input name="password" type="password" autocomplete="current-password" required maxlength="200"></label>
    <button type="submit" class="btn">Đăng nhập</button>
  </form>
</section>`,
  });
}

/** Only local admin paths are followed after login, so the form cannot redirect elsewhere. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/admin(\/[^\\]*)?$/.test(next) && !next.startsWith('//') && !next.startsWith('/admin/login') ? next : '/admin';
}
