import type { Article, ArticleBlock } from '../corpus/article.js';
import { articleDigest } from '../corpus/article-digest.js';

/** The saved articles as typed arrays and two strings (see encodeArticles); what articles.bin holds. */
export interface ArticleBlobs {
  /** JSON: each article with `blocks` replaced by its block count (or, for unusual blocks, the blocks themselves). */
  readonly meta: string;
  /** 0 paragraph, 1 heading, per block of the articles whose blocks are counted, in order. */
  readonly kinds: Uint16Array;
  /** Those blocks' texts as UTF-16 code units, back to back; block b is text[starts[b] .. starts[b + 1]). */
  readonly text: Uint16Array;
  readonly starts: Int32Array;
  /** Each article's digest (64 hex characters), in order. */
  readonly digests: string;
  /** The passages' paragraph ids, one a line. */
  readonly paragraphIds: string;
}

const KINDS = ['paragraph', 'heading'] as const;
const plain = (b: ArticleBlock): boolean => {
  const keys = Object.keys(b);
  return keys.length === 2 && keys[0] === 'kind' && keys[1] === 'text' && KINDS.includes(b.kind) && typeof b.text === 'string';
};

/**
 * Articles and paragraph ids as blobs that load with one decode and no parsing of a hundred megabytes of JSON.
 * Decoded, each article serialises exactly as before (same keys in the same order), so its digest still holds.
 */
export function encodeArticles(articles: readonly Article[], paragraphIds: readonly string[]): ArticleBlobs {
  const texts: string[] = [];
  const kinds: number[] = [];
  const meta = articles.map((a) => {
    if (!a.blocks.every(plain)) return a;
    for (const b of a.blocks) {
      texts.push(b.text);
      kinds.push(KINDS.indexOf(b.kind));
    }
    return { ...a, blocks: a.blocks.length };
  });
  const starts = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => (starts[i + 1] = starts[i]! + t.length));
  const bytes = Buffer.from(texts.join(''), 'utf16le');
  if (paragraphIds.some((id) => id.includes('\n'))) throw new Error('a paragraph id holds a line break; the index cannot be saved');
  return { meta: JSON.stringify(meta), kinds: Uint16Array.from(kinds), text: new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    starts, digests: articles.map(articleDigest).join(''), paragraphIds: paragraphIds.join('\n') };
}

export interface DecodedArticles {
  readonly articles: Article[];
  readonly digests: string[];
  readonly paragraphIds: string[];
}

/** The articles encodeArticles was given; throws, naming `where`, when the blobs do not fit together. */
export function decodeArticles(blobs: ArticleBlobs, where: string): DecodedArticles {
  const { kinds, text, starts } = blobs;
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`);
  };
  if (starts.length !== kinds.length + 1 || starts[0] !== 0 || starts[kinds.length] !== text.length) fail('block offsets do not fit the text');
  // One string for every text; each block's is a slice of it (V8 shares the characters, so this copies nothing more).
  const all = Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf16le');
  let block = 0;
  const meta = JSON.parse(blobs.meta) as (Omit<Article, 'blocks'> & { blocks: number | ArticleBlock[] })[];
  const articles = meta.map((m) => {
    if (typeof m.blocks !== 'number') return m as Article;
    const count = m.blocks;
    if (!(count >= 0 && block + count <= kinds.length)) fail(`article ${m.id} has more blocks than the file`);
    const blocks: ArticleBlock[] = new Array<ArticleBlock>(count);
    for (let i = 0; i < count; i++, block++) {
      const kind = KINDS[kinds[block]!] ?? fail(`block ${block} is of no known kind`);
      if (starts[block + 1]! < starts[block]!) fail('block offsets go backwards');
      blocks[i] = { kind, text: all.slice(starts[block]!, starts[block + 1]!) };
    }
    // Assigning the key the article already has keeps its place among the keys.
    m.blocks = blocks;
    return m as Article;
  });
  if (block !== kinds.length) fail(`${kinds.length - block} blocks belong to no article`);
  if (blobs.digests.length !== 64 * articles.length) fail(`digests for ${blobs.digests.length / 64} articles, ${articles.length} articles`);
  const digests = articles.map((_, i) => blobs.digests.slice(i * 64, (i + 1) * 64));
  return { articles, digests, paragraphIds: blobs.paragraphIds === '' ? [] : blobs.paragraphIds.split('\n') };
}
