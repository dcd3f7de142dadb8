/**
 * Adds articles (.txt, .md, .html, .pdf, .docx) to the corpus under DATA_DIR/articles and rebuilds the index.
 *   npm run ingest -- FILE [FILE ...] [--title T] [--publication P] [--date YYYY-MM-DD]
 * Every file is checked first: if any is broken, nothing is written and the current index stays in use.
 */
import { readFileSync } from 'node:fs';
import { ArticleError, type Article } from '../../retrieval/corpus/article.js';
import { loadCorpus } from '../../retrieval/corpus/load-corpus.js';
import type { MetaDefaults } from '../../retrieval/corpus/article.js';
import { readArticle } from '../../retrieval/corpus/read-article.js';
import { loadConfig } from '../config.js';
import { toStored } from '../engine/corpus-editor.js';
import { openArticleStore } from '../engine/open-article-store.js';
import { openEngine } from '../engine/open-engine.js';
import { progressReporter } from './progress.js';

const args = process.argv.slice(2);
const flags = new Map<string, string>();
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--title' || a === '--publication' || a === '--date') flags.set(a.slice(2), args[++i] ?? '');
  else files.push(a);
}
if (files.length === 0) {
  console.error('usage: npm run ingest -- FILE [FILE ...] [--title T] [--publication P] [--date YYYY-MM-DD]');
  process.exit(2);
}
const defaults: MetaDefaults = Object.fromEntries(flags);
const config = loadConfig();

const parsed: { article: Article; source: Buffer }[] = [];
try {
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch (err) {
      throw new ArticleError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    parsed.push({ article: await readArticle(file, content, defaults), source: content });
  }
  // No id of a bundled article, no two files with one id: checked before anything is written.
  const bundled = loadCorpus([config.corpusDir]);
  for (const { article: a } of parsed) {
    const clash = bundled.find((e) => e.id === a.id);
    if (clash) throw new ArticleError(a.sourceFile, `article id "${a.id}" is already used by ${clash.sourceFile}`);
    const twin = parsed.find((b) => b.article !== a && b.article.id === a.id);
    if (twin) throw new ArticleError(a.sourceFile, `gives the same article id "${a.id}" as ${twin.article.sourceFile}; rename one`);
  }
} catch (err) {
  if (!(err instanceof ArticleError)) throw err;
  console.error(`error: ${err.message}\nNothing was changed; the current index stays in use.`);
  process.exit(1);
}

// Ingesting a file again replaces its article; the store keeps the version it replaces for the log's citations.
const { articles: store } = await openArticleStore(config);
const ids = parsed.map((p) => p.article.id).join(', ');
try {
  await store.put(parsed.map((p) => toStored(p.article, p.source)));
} finally {
  await store.close();
}
if (store.shared) {
  console.log(`added ${ids} to the database; every running instance adds them to its index within seconds`);
} else {
  const { index } = await openEngine(config, { onProgress: progressReporter('Đang lập chỉ mục') });
  console.log(`added ${ids}; index has ${index.passages.length} paragraphs from ${index.articles.length} articles`);
}
