// The session's CSRF token, rendered by the server into a meta tag (scripts cannot read the httpOnly cookie).
export function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
}
