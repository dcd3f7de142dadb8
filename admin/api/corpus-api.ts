import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { audit } from '../actions/audit.js';
import { servedBy } from '../actions/served-by.js';
import { sessionOf } from '../auth/admin-session.js';
import { isArticleDate, isOneLine, META_LIMITS } from '../../retrieval/corpus/article-meta.js';
import { requireAdmin } from '../auth/require-admin.js';
import { AppError } from '../../core/errors.js';
import type { AdminDeps, ArticleMetaInput, UploadedFile } from '../../core/ports/admin.js';
import { parseBody } from './parse-body.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 20;
const MAX_TOTAL_BYTES = 25 * 1024 * 1024;
// base64 is 4/3 of the files, plus the other fields.
export const uploadJson = express.json({ limit: Math.ceil((MAX_TOTAL_BYTES * 4) / 3) + 64 * 1024 });

const fileBody = z.object({
  fileName: z.string().trim().min(1).max(200).regex(/\.(txt|md|html?|pdf|docx)$/i),
  contentBase64: z.string().min(1),
});
// One line each: a line break in a value would start a field of its own in the stored front matter.
const metaFields = {
  title: z.string().trim().max(META_LIMITS.title).refine(isOneLine, 'must be one line').optional(),
  publication: z.string().trim().max(META_LIMITS.publication).refine(isOneLine, 'must be one line').optional(),
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isArticleDate, 'not a real date').optional().or(z.literal('')),
};
const uploadBody = z.object({ files: z.array(fileBody).min(1).max(MAX_FILES), ...metaFields });
const replaceBody = fileBody.extend(metaFields);

const metaOf = (b: { title?: string | undefined; publication?: string | undefined; date?: string | undefined }): ArticleMetaInput => ({
  ...(b.title ? { title: b.title } : {}), ...(b.publication ? { publication: b.publication } : {}), ...(b.date ? { date: b.date } : {}) });

/** Decoded files, or undefined after answering 413 when one is empty or too large. */
function decodeFiles(files: readonly z.infer<typeof fileBody>[], res: Response): UploadedFile[] | undefined {
  const decoded = files.map((f) => ({ fileName: f.fileName, content: Buffer.from(f.contentBase64, 'base64') }));
  const bad = decoded.find((f) => f.content.length === 0 || f.content.length > MAX_FILE_BYTES);
  if (bad || decoded.reduce((n, f) => n + f.content.length, 0) > MAX_TOTAL_BYTES) {
    res.status(413).json({ error: 'file_too_large', message: bad ? `${bad.fileName}: empty or larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` : 'files larger than 25 MB together' });
    return undefined;
  }
  return decoded;
}

/**
 * An unknown or bundled article, or a bad file (an ArticleError) are AppErrors, rendered by the app's error handler
 * with their message for the uploader; a parser library's own failure is a bad file too.
 */
function sendCorpusError(res: Response, err: unknown): void {
  if (err instanceof AppError) throw err;
  res.status(400).json({ error: 'invalid_file', message: err instanceof Error ? err.message : 'invalid file' });
}

/** Corpus management (admins only): articles, upload, replace, delete, re-index. */
export function corpusApi(deps: AdminDeps): Router {
  const router = Router();
  router.use('/admin/api/corpus', requireAdmin);

  router.get('/admin/api/corpus/articles', async (_req: Request, res: Response) => {
    const instances = await deps.corpus.instances();
    res.json({ items: deps.corpus.articles().map((a) => ({ ...a, servedBy: servedBy(a, instances).map((i) => i.id) })) });
  });

  // Each instance answering residents and the corpus revision it serves (one row without a database).
  router.get('/admin/api/corpus/instances', async (_req: Request, res: Response) => {
    res.json({ items: await deps.corpus.instances() });
  });

  router.get('/admin/api/corpus/status', (_req: Request, res: Response) => {
    res.json(deps.corpus.status());
  });

  router.post('/admin/api/corpus/reindex', async (_req: Request, res: Response) => {
    deps.corpus.reindex();
    await audit(deps, { actor: sessionOf(res).username, action: 'corpus.reindex', target: 'corpus' });
    res.status(202).json(deps.corpus.status());
  });

  router.post('/admin/api/corpus/upload', async (req: Request, res: Response) => {
    const body = parseBody(uploadBody, req.body, res);
    const files = body && decodeFiles(body.files, res);
    if (!body || !files) return;
    try {
      const { ids } = await deps.corpus.upload(files, metaOf(body));
      deps.logger.info('articles uploaded', { ids, by: sessionOf(res).username });
      for (const [i, id] of ids.entries()) await audit(deps, { actor: sessionOf(res).username, action: 'article.upload', target: id, detail: files[i]?.fileName ?? '' });
      res.status(201).json({ ids });
    } catch (err) {
      sendCorpusError(res, err);
    }
  });

  router.post('/admin/api/corpus/articles/:id/replace', async (req: Request<{ id: string }>, res: Response) => {
    const body = parseBody(replaceBody, req.body, res);
    const files = body && decodeFiles([body], res);
    if (!body || !files) return;
    try {
      await deps.corpus.replace(req.params.id, files[0]!, metaOf(body));
      deps.logger.info('article replaced', { id: req.params.id, fileName: body.fileName, by: sessionOf(res).username });
      await audit(deps, { actor: sessionOf(res).username, action: 'article.replace', target: req.params.id, detail: body.fileName });
      res.json({ id: req.params.id });
    } catch (err) {
      sendCorpusError(res, err);
    }
  });

  router.delete('/admin/api/corpus/articles/:id', async (req: Request<{ id: string }>, res: Response) => {
    try {
      await deps.corpus.remove(req.params.id);
      deps.logger.info('article deleted', { id: req.params.id, by: sessionOf(res).username });
      await audit(deps, { actor: sessionOf(res).username, action: 'article.delete', target: req.params.id });
      res.json({ id: req.params.id });
    } catch (err) {
      sendCorpusError(res, err);
    }
  });

  return router;
}
