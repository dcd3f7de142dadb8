import { Router, type Request, type Response } from 'express';
import { audit } from '../actions/audit.js';
import { sessionOf } from '../auth/admin-session.js';
import { requireAdmin } from '../auth/require-admin.js';
import type { AdminDeps } from '../../core/ports/admin.js';
import { corpusPage } from './corpus-page.js';
import { noticeFor } from './notices.js';

/** Corpus management: admins only, volunteers get 403 (accounts: account-pages.ts). */
export function adminOnlyPages(deps: AdminDeps): Router {
  const router = Router();
  router.use('/admin/corpus', requireAdmin);

  router.get('/admin/corpus', async (req: Request, res: Response) => {
    const notice = noticeFor(req.query['ok']);
    const instances = await deps.corpus.instances();
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(corpusPage({ session: sessionOf(res), articles: deps.corpus.articles(), instances, status: deps.corpus.status(), ...(notice ? { notice } : {}) }));
  });

  router.post('/admin/corpus/reindex', async (_req: Request, res: Response) => {
    deps.corpus.reindex();
    deps.logger.info('re-index requested', { by: sessionOf(res).username });
    await audit(deps, { actor: sessionOf(res).username, action: 'corpus.reindex', target: 'corpus' });
    res.redirect(303, '/admin/corpus?ok=reindex');
  });

  return router;
}
