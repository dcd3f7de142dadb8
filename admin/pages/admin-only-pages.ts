import { Router, type Request, type Response } from 'express';
import { createAccount, newUserBody } from '../api/users-api.js';
import { sessionOf } from '../auth/admin-session.js';
import { requireAdmin } from '../auth/require-admin.js';
import type { AdminDeps } from '../ports.js';
import { corpusPage } from './corpus-page.js';
import { errorFor, noticeFor } from './notices.js';
import { usersPage } from './users-page.js';

/** Corpus and account management: admins only, volunteers get 403. */
export function adminOnlyPages(deps: AdminDeps): Router {
  const router = Router();
  router.use(['/admin/corpus', '/admin/users'], requireAdmin);

  router.get('/admin/corpus', (req: Request, res: Response) => {
    const notice = noticeFor(req.query['ok']);
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(corpusPage({ session: sessionOf(res), articles: deps.corpus.articles(), status: deps.corpus.status(), ...(notice ? { notice } : {}) }));
  });

  router.post('/admin/corpus/reindex', (_req: Request, res: Response) => {
    deps.corpus.reindex();
    deps.logger.info('re-index requested', { by: sessionOf(res).username });
    res.redirect(303, '/admin/corpus?ok=reindex');
  });

  router.get('/admin/users', (req: Request, res: Response) => {
    const notice = noticeFor(req.query['ok']);
    const error = errorFor(req.query['err']);
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(usersPage({ session: sessionOf(res), ...(notice ? { notice } : {}), ...(error ? { error } : {}) }));
  });

  router.post('/admin/users', async (req: Request, res: Response) => {
    const parsed = newUserBody.safeParse(req.body);
    if (!parsed.success) return res.redirect(303, '/admin/users?err=invalid');
    const created = await createAccount(deps, parsed.data, sessionOf(res).username);
    res.redirect(303, created ? '/admin/users?ok=user' : '/admin/users?err=taken');
  });

  return router;
}
