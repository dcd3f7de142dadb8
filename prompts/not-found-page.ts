/**
 * The small Vietnamese page a mistyped address shows: residents get a way back to the chat, staff to the admin.
 * Pure; no request text goes into it, so nothing needs escaping. Styled by a same-origin stylesheet (the CSP allows
 * no inline style).
 */
export const NOT_FOUND_TEXT = {
  title: 'Không tìm thấy trang',
  lead: 'Địa chỉ này không có trên trang của Trợ lý Chuyển đổi số. Có thể đường dẫn bị gõ nhầm hoặc đã cũ.',
  backToChat: 'Quay lại trò chuyện với trợ lý',
  backToAdmin: 'Về trang quản trị',
} as const;

export function notFoundPage(o: { href: '/' | '/admin'; stylesheet: string }): string {
  const back = o.href === '/' ? NOT_FOUND_TEXT.backToChat : NOT_FOUND_TEXT.backToAdmin;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${NOT_FOUND_TEXT.title} · Trợ lý Chuyển đổi số</title>
<link rel="stylesheet" href="${o.stylesheet}">
</head>
<body class="not-found-page">
<main class="not-found">
  <div class="not-found-mark" aria-hidden="true">404</div>
  <h1>${NOT_FOUND_TEXT.title}</h1>
  <p>${NOT_FOUND_TEXT.lead}</p>
  <p><a class="not-found-link" href="${o.href}">${back}</a></p>
</main>
</body>
</html>`;
}
