import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpPost } from './http-post.js';
import type { PostError } from './http-post.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

/** A real server on a free port whose handler decides what each request gets. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3.0/oa/message/cs`;
}

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (err: unknown) => err as PostError);

describe('createHttpPost', () => {
  it('sends the body and headers and returns status and text, reusing one socket', async () => {
    const seen: { body: string; token: string | undefined; port: number | undefined }[] = [];
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ body, token: req.headers.access_token as string | undefined, port: req.socket.remotePort });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"error":0}');
      });
    });
    const post = createHttpPost();
    for (const text of ['một', 'hai']) {
      expect(await post(url, { headers: { access_token: 't' }, body: JSON.stringify({ text }), timeoutMs: 2000 })).toEqual({ status: 200, body: '{"error":0}' });
    }
    expect(seen.map((s) => [s.body, s.token])).toEqual([['{"text":"một"}', 't'], ['{"text":"hai"}', 't']]);
    expect(seen[0]!.port).toBe(seen[1]!.port);
  });

  it('reads with a GET, which sends no body (the conversation read)', async () => {
    const seen: string[] = [];
    const url = await serve((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers['content-length'] ?? 'no length'} ${req.headers.access_token}`);
      res.writeHead(200).end('{"data":[]}');
    });
    expect(await createHttpPost()(`${url}?data=1`, { method: 'GET', headers: { access_token: 't' }, timeoutMs: 2000 })).toEqual({ status: 200, body: '{"data":[]}' });
    expect(seen).toEqual(['GET /v3.0/oa/message/cs?data=1 no length t']);
  });

  it('says a refused connection never reached the server', async () => {
    const url = await serve(() => undefined);
    servers[0]!.close();
    await new Promise((r) => setTimeout(r, 20));
    const err = await failure(createHttpPost()(url, { headers: {}, body: '{}', timeoutMs: 2000 }));
    expect(err).toMatchObject({ code: 'ECONNREFUSED', reachedServer: false });
  });

  it('says a timeout or a reset after the request went out may have reached the server', async () => {
    const hang = await serve(() => undefined);
    expect(await failure(createHttpPost()(hang, { headers: {}, body: '{}', timeoutMs: 100 }))).toMatchObject({ code: 'ETIMEDOUT', reachedServer: true });
    const reset = await serve((req) => req.on('data', () => req.socket.destroy()));
    expect(await failure(createHttpPost()(reset, { headers: {}, body: '{}', timeoutMs: 2000 }))).toMatchObject({ reachedServer: true });
  });

  it('refuses a reply over 1 MB', async () => {
    const url = await serve((_req, res) => res.end('x'.repeat(2 << 20)));
    expect(await failure(createHttpPost()(url, { headers: {}, body: '{}', timeoutMs: 5000 }))).toMatchObject({ code: 'EREPLYTOOLARGE' });
  });
});
