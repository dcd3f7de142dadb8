import type { AddressInfo } from 'node:net';
import { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError, UnauthorisedError, UnavailableError } from '../../core/errors.js';
import { DuplicateUsernameError, StoreNotFoundError } from '../../core/store-errors.js';
import { ArticleError } from '../../retrieval/corpus/article.js';
import { createApp } from './create-app.js';
import { httpStatusOf } from './error-handler.js';

describe('httpStatusOf', () => {
  it.each([
    ['a store\'s not-found (a race between two operators)', new StoreNotFoundError('handoff', 'h1'), 404],
    ['a store\'s conflict', new DuplicateUsernameError('lan'), 409],
    ['not found', new NotFoundError('no turn t1'), 404],
    ['conflict', new ConflictError('bundled', 'bundled with the program'), 409],
    ['invalid input', new InvalidInputError('invalid_file', 'bad'), 400],
    ['a bad article file', new ArticleError('a.pdf', 'the PDF has no text layer'), 400],
    ['unauthorised', new UnauthorisedError('no session'), 401],
    ['forbidden', new ForbiddenError('only an admin assigns'), 403],
    ['rate limited', new RateLimitedError('too many', 1500), 429],
    ['unavailable', new UnavailableError('zalo_token', 'refresh refused'), 503],
    ['a bad setting', new ConfigError('PORT is not a number'), 500],
    ['a plain Error', new Error('boom'), 500],
    ['a body-parser 413', Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }), 413],
    ['a status outside 4xx', Object.assign(new Error('odd'), { status: 302 }), 500],
    ['not an error at all', 'a string', 500],
  ])('%s → %i', (_name, err, status) => {
    expect(httpStatusOf(err)).toBe(status);
  });

  it('keeps the cause', () => {
    const cause = new Error('SQLITE_CONSTRAINT');
    expect(new DuplicateUsernameError('lan', { cause }).cause).toBe(cause);
  });
});

describe('the app\'s error handler', () => {
  let url: string;
  let close: () => void;
  const logged: string[] = [];
  const routes = Router();
  const raise = (err: unknown) => async () => { throw err; };
  routes.get('/api/thing', raise(new StoreNotFoundError('turn', 't-secret-id')));
  routes.get('/admin/api/thing', raise(new StoreNotFoundError('turn', 't-secret-id')));
  routes.get('/admin/api/claim', raise(new ConflictError('claimed_by_other', 'handoff is claimed by lan', { details: { assignee: 'lan' } })));
  routes.get('/api/limited', raise(new RateLimitedError('too many', 1500)));
  routes.get('/api/crash', raise(new Error('/srv/data/bot.sqlite: disk I/O error')));
  routes.get('/admin/api/crash', raise(new Error('/srv/data/bot.sqlite: disk I/O error')));

  beforeAll(async () => {
    const logger = { debug() {}, info() {}, warn() {}, error: (m: string, f?: Record<string, unknown>) => void logged.push(`${m} ${JSON.stringify(f)}`) };
    const server = createApp({ logger, routers: [routes] }).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close?.());

  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`);
    return [res.status, await res.json(), res.headers.get('retry-after')] as const;
  };

  it('answers a resident\'s call with the code only, never the message', async () => {
    expect(await get('/api/thing')).toEqual([404, { error: 'not_found' }, null]);
  });

  it('tells an operator on /admin what went wrong, with the details they need', async () => {
    expect(await get('/admin/api/thing')).toEqual([404, { error: 'not_found', message: 'no turn with id t-secret-id' }, null]);
    expect(await get('/admin/api/claim')).toEqual([409, { error: 'claimed_by_other', message: 'handoff is claimed by lan', assignee: 'lan' }, null]);
  });

  it('sends Retry-After in seconds with a 429', async () => {
    expect(await get('/api/limited')).toEqual([429, { error: 'rate_limited' }, '2']);
  });

  it('answers an unexpected error with a bare 500 to everyone, and logs its message', async () => {
    expect(await get('/api/crash')).toEqual([500, { error: 'internal_error' }, null]);
    expect(await get('/admin/api/crash')).toEqual([500, { error: 'internal_error' }, null]);
    expect(logged.filter((l) => l.includes('disk I/O error'))).toHaveLength(2);
  });
});
