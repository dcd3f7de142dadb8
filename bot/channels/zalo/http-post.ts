import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { UnavailableError } from '../../../core/errors.js';

export interface PostReply {
  readonly status: number;
  readonly body: string;
}

export interface PostRequest {
  /** POST unless told: sends and token refreshes. GET only for the rare conversation read. */
  readonly method?: 'POST' | 'GET';
  readonly headers: Readonly<Record<string, string>>;
  /** Required for a POST; a GET has none. */
  readonly body?: string;
  /** The whole exchange, connection included. */
  readonly timeoutMs: number;
}

/**
 * The Zalo channel's one HTTP client (sends, conversation reads, token refreshes): one request; rejects with a
 * PostError. A port, so tests can script replies and failures.
 */
export type HttpPost = (url: string, request: PostRequest) => Promise<PostReply>;

/**
 * A POST that failed. `reachedServer` is false only when no byte of the request can have been read by the server
 * (refused, unresolvable, a kept-alive socket the server had already closed): only then may a send be retried
 * without risking a duplicate message.
 */
export class PostError extends UnavailableError {
  constructor(code: string, readonly reachedServer: boolean) {
    super(code, `POST failed: ${code}`);
  }
}

const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const MAX_REPLY_BYTES = 1 << 20;

/**
 * POSTs over kept-alive sockets with node:http(s). fetch cost about 0.37 ms of CPU a request against 0.11 ms for
 * node:http (measured on this project's machines), and every answer is at least one POST to Zalo.
 */
export function createHttpPost(options: { maxSockets?: number } = {}): HttpPost {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64 };
  const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };
  return (url, post) => new Promise<PostReply>((resolve, reject) => {
    const secure = url.startsWith('https:');
    let connected = false;
    let settled = false;
    const fail = (code: string, reachedServer: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(new PostError(code, reachedServer));
    };
    const req: ClientRequest = (secure ? httpsRequest : httpRequest)(url, {
      method: post.method ?? 'POST',
      agent: secure ? agents.https : agents.http,
      headers: post.body === undefined ? post.headers : { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
    }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_REPLY_BYTES) fail('EREPLYTOOLARGE', true);
        else chunks.push(chunk);
      });
      res.on('error', () => fail('ERESPONSE', true));
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    const timer = setTimeout(() => fail(connected ? 'ETIMEDOUT' : 'ECONNECTTIMEOUT', connected), post.timeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => { connected = true; });
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? err.name;
      // A reused socket the server closed while idle fails before the server reads anything (Node's documented case).
      const staleSocket = req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
      fail(code, !(NEVER_CONNECTED.has(code) || staleSocket || !connected));
    });
    req.end(post.body);
  });
}
