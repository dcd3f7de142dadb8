import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { isArticleDate, isOneLine, META_LIMITS } from '../../bot/engine/article-meta.js';
import { requireAdmin } from '../auth/require-admin.js';
import type { AdminDeps } from '../ports.js';
import { parseBody } from './send-error.js';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
// base64 is 4/3 of the file, plus the other fields.
export const uploadJson = express.json({ limit: Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024 });

const uploadBody = z.object({
  fileName: z.string().trim().min(1).max(200).regex(/\.(txt|md|html?)$/i),
  contentBase64: z.string().min(1),
  // One line each: a line break in a value would start a field of its own in the stored front matter.
  title: z.string().trim().max(META_LIMITS.title).refine(isOneLine, 'must be one line').optional(),
  publication: z.string().trim().max(META_LIMITS.publication).refine(isOneLine, 'must be one line').optional(),
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isArticleDate, 'not a real date').optional().or(z.literal('')),
});

/** Corpus management (admins only): articles, upload, re-index. */
export function corpusApi(deps: AdminDeps): Router {
  const router = Router();
  router.use('/admin/api/corpus', requireAdmin);

  router.get('/admin/api/corpus/articles', (_req: Request, res: Response) => {
    res.json({ items: deps.corpus.articles() });
  });

  router.get('/admin/api/corpus/status', (_req: Request, res: Response) => {
    res.json(deps.corpus.status());
  });

  router.post('/admin/api/corpus/reindex', (_req: Request, res: Response) => {
    deps.corpus.reindex();
    res.status(202).json(deps.corpus.status());
  });

  router.post('/admin/api/corpus/upload', async (req: Request, res: Response) => {
    const body = parseBody(uploadBody, req.body, res);
    if (!body) return;
    const content = Buffer.from(body.contentBase64, 'base64');
    if (content.length === 0 || content.length > MAX_FILE_BYTES) return void res.status(413).json({ error: 'file_too_large' });
    const meta = { ...(body.title ? { title: body.title } : {}), ...(body.publication ? { publication: body.publication } : {}), ...(body.date ? { date: body.date } : {}) };
    try {
      const { id } = await deps.corpus.upload(body.fileName, content, meta);
      deps.logger.info('article uploaded', { id, fileName: body.fileName });
      res.status(201).json({ id });
    } catch (err) {
      // CorpusAdmin.upload documents its messages as naming the problem with the file, meant for the uploader.
      res.status(400).json({ error: 'invalid_file', message: err instanceof Error ? err.message : 'invalid file' });
    }
  });

  return router;
}
