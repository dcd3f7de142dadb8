import type { AdminSession } from '../auth/admin-session.js';
import { html, type SafeHtml } from './html.js';

export interface LayoutOptions {
  readonly title: string;
  readonly session?: AdminSession;
  /** Which nav item is current. */
  readonly active?: string;
  readonly scripts?: readonly string[];
  readonly body: SafeHtml;
}

const NAV: readonly { key: string; href: string; label: string; adminOnly?: boolean }[] = [
  { key: 'dashboard', href: '/admin', label: 'Tổng quan' },
  { key: 'logs', href: '/admin/logs', label: 'Nhật ký hỏi đáp' },
  { key: 'unanswered', href: '/admin/unanswered', label: 'Chưa trả lời được' },
  { key: 'inbox', href: '/admin/inbox', label: 'Hộp thư hỗ trợ' },
  { key: 'curated', href: '/admin/curated', label: 'Câu trả lời duyệt sẵn' },
  { key: 'corpus', href: '/admin/corpus', label: 'Bài viết', adminOnly: true },
  { key: 'users', href: '/admin/users', label: 'Tài khoản', adminOnly: true },
  { key: 'audit', href: '/admin/audit', label: 'Nhật ký quản trị', adminOnly: true },
];

/** The page shell: blue top bar like the web chat, navigation by role, the CSRF token for scripts in a meta tag. */
export function layout(o: LayoutOptions): string {
  const s = o.session;
  const nav = s ? NAV.filter((n) => !n.adminOnly || s.role === 'admin') : [];
  return `<!doctype html>${html`<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${s ? html`<meta name="csrf-token" content="${s.csrfToken}">` : ''}
<title>${o.title} · Quản trị Trợ lý Chuyển đổi số</title>
<link rel="icon" href="/admin/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/static/admin.css">
${(s ? ['inbox-notify.js', ...(o.scripts ?? [])] : o.scripts ?? []).map((src) => html`<script type="module" src="/admin/static/${src}"></script>`)}
</head>
<body>
<header class="topbar">
  <div class="avatar" aria-hidden="true">CĐS</div>
  <div class="brand"><span class="brand-name">Trợ lý Chuyển đổi số</span><span class="brand-sub">Trang quản trị</span></div>
  ${s ? html`<nav class="nav" aria-label="Điều hướng">${nav.map((n) => html`<a href="${n.href}"${n.key === o.active ? html` aria-current="page"` : ''}>${n.label}${n.key === 'inbox' ? html` <span class="nav-badge" id="inbox-badge" hidden aria-label="người dân đang chờ"></span>` : ''}</a>`)}</nav>
  <form class="logout" method="post" action="/admin/logout">
    <input type="hidden" name="_csrf" value="${s.csrfToken}">
    <a class="who" href="/admin/password" title="Đổi mật khẩu">${s.username} · ${s.role === 'admin' ? 'Quản trị' : 'Tình nguyện viên'}</a>
    <button type="submit" class="btn btn-ghost" title="${s.username}">Đăng xuất</button>
  </form>` : ''}
</header>
<main class="page">
${o.body}
</main>
</body>
</html>`}`;
}

/** Hidden CSRF field for every state-changing form. */
export function csrfField(session: AdminSession): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${session.csrfToken}">`;
}
