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
import { articleFilesOf } from '../engine/article-files.js';
import { articlesDir, openEngine } from '../engine/open-engine.js';
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

const parsed: Article[] = [];
const stored = articleFilesOf(config);
let existing: Article[] = [];
try {
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch (err) {
      throw new ArticleError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    parsed.push(await readArticle(file, content, defaults));
  }
  // The whole corpus must still load with the new articles (no id clashes) before anything is written.
  existing = loadCorpus([config.corpusDir, articlesDir(config)]);
  for (const a of parsed) {
    const clash = existing.find((e) => e.id === a.id && e.sourceFile !== a.sourceFile);
    if (clash) throw new ArticleError(a.sourceFile, `article id "${a.id}" is already used by ${clash.sourceFile}`);
    const twin = parsed.find((b) => b !== a && b.id === a.id);
    if (twin) throw new ArticleError(a.sourceFile, `gives the same article id "${a.id}" as ${twin.sourceFile}; rename one`);
  }
} catch (err) {
  if (!(err instanceof ArticleError)) throw err;
  console.error(`error: ${err.message}\nNothing was changed; the current index stays in use.`);
  process.exit(1);
}

// Ingesting a file again replaces its article; the version it replaces stays readable for the log's citations.
for (const a of parsed) {
  const old = existing.find((e) => e.id === a.id);
  if (old && stored.has(a.id)) stored.archive(old);
}
stored.write(parsed);
const { index } = await openEngine(config, { onProgress: progressReporter('Đang lập chỉ mục') });
console.log(`added ${parsed.map((a) => a.id).join(', ')}; index has ${index.passages.length} paragraphs from ${index.articles.length} articles`);
