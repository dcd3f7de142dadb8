/**
 * Links are the easiest thing for a model to invent and the most harmful (phishing look-alikes of government
 * sites). The model never sees a link: each one becomes a token ⟦URLn⟧, the answer's tokens are restored after,
 * and any address the model wrote itself is reported so its sentence can be dropped.
 */

// Scheme links, www. links and bare domains with a common TLD (dichvucong.gov.vn); trailing punctuation excluded.
const URL_PATTERN = /\b(?:https?:\/\/[^\s<>"“”⟦⟧]+|www\.[^\s<>"“”⟦⟧]+|(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|io|app)\b(?:\/[^\s<>"“”⟦⟧]*)?)/gi;
const TRAILING = /[.,;:!?)\]}'’]+$/;
const TOKEN = /⟦URL(\d+)⟧/g;

export interface UrlTable {
  /** token number → original link */
  readonly urls: ReadonlyMap<number, string>;
}

export interface Tokenised {
  readonly texts: readonly string[];
  readonly table: UrlTable;
}

/** Every link found in `text`, trailing punctuation left out. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(TRAILING, '')).filter((u) => u.length > 0);
}

/** Replaces every link in the texts with ⟦URLn⟧; the same link gets the same token everywhere. */
export function tokeniseUrls(texts: readonly string[]): Tokenised {
  const byUrl = new Map<string, number>();
  const out = texts.map((text) =>
    text.replace(URL_PATTERN, (match) => {
      const url = match.replace(TRAILING, '');
      const rest = match.slice(url.length);
      if (!url) return match;
      let n = byUrl.get(url);
      if (n === undefined) byUrl.set(url, (n = byUrl.size + 1));
      return `⟦URL${n}⟧${rest}`;
    }));
  return { texts: out, table: { urls: new Map([...byUrl].map(([u, n]) => [n, u])) } };
}

export interface Restored {
  readonly text: string;
  /** Links the model wrote itself, and tokens it made up: the sentence must not be shown. */
  readonly invented: readonly string[];
}

/**
 * Puts the links back. `names` are strings that look like domains but are names the passages gave (a publication
 * called "Chinhphu.vn"), so writing them is not inventing a link.
 */
export function restoreUrls(text: string, table: UrlTable, names: readonly string[] = []): Restored {
  const allowed = new Set(names.map((n) => n.toLowerCase()));
  const invented = findUrls(text.replace(TOKEN, ' ')).filter((u) => !allowed.has(u.toLowerCase()));
  const restored = text.replace(TOKEN, (token, n: string) => {
    const url = table.urls.get(Number(n));
    if (url === undefined) invented.push(token);
    return url ?? token;
  });
  return { text: restored, invented };
}
