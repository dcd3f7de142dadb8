/** What an HTML page yields: its text with blank lines between blocks and "## " before headings. */
export interface HtmlText {
  readonly text: string;
  readonly title?: string;
  readonly publication?: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const meta = (html: string, key: string): string | undefined => {
  const re = new RegExp(`<meta[^>]+(?:property|name)=["']${key}["'][^>]*content=["']([^"']*)["']`, 'i');
  const v = re.exec(html)?.[1];
  return v ? decodeEntities(v).trim() : undefined;
};

/**
 * Extracts article text from a page: scripts, styles, navigation, asides, figures (captions) and footers are
 * dropped, since none of them is article text a resident should be quoted.
 */
export function htmlToText(html: string): HtmlText {
  const title = meta(html, 'og:title') ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const publication = meta(html, 'og:site_name');
  const body = (/<article[\s\S]*?<\/article>/i.exec(html)?.[0] ?? /<body[\s\S]*<\/body>/i.exec(html)?.[0] ?? html)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|nav|aside|figure|footer|header|form|noscript|iframe)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi, (_m, inner: string) => `\n\n## ${inner.replace(/<[^>]+>/g, '')}\n\n`)
    .replace(/<\/(p|div|li|blockquote|section|tr)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]+>/g, '');
  const text = decodeEntities(body).replace(/[ \t]+/g, ' ').replace(/\n\s*\n\s*/g, '\n\n');
  return {
    text,
    ...(title ? { title: decodeEntities(title).trim() } : {}),
    ...(publication ? { publication } : {}),
  };
}
