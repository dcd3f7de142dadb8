import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible server for tests: the real wire protocol over real HTTP, so the openai SDK, its streaming
 * parser and its error classes are exercised exactly as against a deployment. Each endpoint answers from a queue
 * of scripted behaviours; every request is recorded for assertions on the prompt.
 */

export type Behaviour =
  /** A completion: JSON body, or SSE chunks when the request asked for stream:true. */
  | { readonly kind: 'reply'; readonly content: string; readonly delayMs?: number; readonly chunkSize?: number;
      readonly chunkDelayMs?: number; readonly usage?: { readonly prompt_tokens: number; readonly completion_tokens: number } }
  /** An error in OpenAI's shape with its status; `retryAfter` sets the Retry-After header (seconds). */
  | { readonly kind: 'error'; readonly status: number; readonly message?: string; readonly type?: string;
      readonly code?: string | null; readonly retryAfter?: string; readonly delayMs?: number }
  /** Never answers: the client's timeout has to end it. */
  | { readonly kind: 'hang' };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export interface FakeOpenAIServer {
  /** Base URL for the SDK, ending in /v1. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Queues behaviours for POST /v1/chat/completions. */
  chat(...behaviours: Behaviour[]): void;
  /** Queues behaviours for POST /v1/embeddings; with none queued, embeddings succeed. */
  embeddings(...behaviours: Behaviour[]): void;
  /** Behaviours queued and not yet used. */
  readonly pending: number;
  close(): Promise<void>;
}

const EMBEDDING_DIMS = 8;

export async function startFakeOpenAIServer(options: { apiKey?: string; model?: string } = {}): Promise<FakeOpenAIServer> {
  const queues = { chat: [] as Behaviour[], embeddings: [] as Behaviour[] };
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => sendError(res, 500, { message: 'fake server failure', type: 'server_error' }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return sendError(res, 400, { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error' });
    }
    const path = (req.url ?? '').split('?')[0] ?? '';
    requests.push({ method: req.method ?? '', path, headers: req.headers, body });
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendError(res, 401, { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' });
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') return serve(res, queues.chat.shift(), body, 'chat');
    if (req.method === 'POST' && path === '/v1/embeddings') return serve(res, queues.embeddings.shift(), body, 'embeddings');
    return sendError(res, 404, { message: `Unknown request URL: ${req.method} ${path}.`, type: 'invalid_request_error', code: 'unknown_url' });
  }

  async function serve(res: ServerResponse, b: Behaviour | undefined, body: unknown, kind: 'chat' | 'embeddings'): Promise<void> {
    if (!b && kind === 'embeddings') return sendEmbeddings(res, body as EmbeddingRequest);
    if (!b) return sendError(res, 500, { message: 'fake server: no scripted response left', type: 'server_error' });
    if (b.kind === 'hang') return;
    if (b.delayMs) await sleep(b.delayMs);
    if (res.destroyed) return;
    if (b.kind === 'error') {
      return sendError(res, b.status, { message: b.message ?? `scripted ${b.status}`, type: b.type ?? errorType(b.status),
        code: b.code ?? null }, b.retryAfter);
    }
    if (kind === 'embeddings') return sendEmbeddings(res, body as EmbeddingRequest);
    const request = body as ChatRequest;
    const usage = b.usage ?? { prompt_tokens: Math.ceil(JSON.stringify(request.messages ?? []).length / 4),
      completion_tokens: Math.ceil(b.content.length / 4) };
    if (request.stream) return sendStream(res, b, request, usage);
    sendJson(res, 200, { id: 'chatcmpl-fake', object: 'chat.completion', created: now(), model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content: b.content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chat: (...b) => void queues.chat.push(...b),
    embeddings: (...b) => void queues.embeddings.push(...b),
    get pending() {
      return queues.chat.length + queues.embeddings.length;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

interface ChatRequest { model?: string; messages?: unknown[]; stream?: boolean; stream_options?: { include_usage?: boolean } }
interface EmbeddingRequest { model?: string; input?: string | string[]; encoding_format?: 'float' | 'base64' }

async function sendStream(res: ServerResponse, b: Extract<Behaviour, { kind: 'reply' }>, request: ChatRequest,
  usage: { prompt_tokens: number; completion_tokens: number }): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const withUsage = request.stream_options?.include_usage === true;
  const chunk = (delta: object, finish: string | null) => ({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: now(),
    model: request.model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(withUsage ? { usage: null } : {}) });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  send(chunk({ role: 'assistant', content: '' }, null));
  const size = b.chunkSize ?? 7;
  for (let i = 0; i < b.content.length; i += size) {
    if (b.chunkDelayMs) await sleep(b.chunkDelayMs);
    if (res.destroyed) return;
    send(chunk({ content: b.content.slice(i, i + size) }, null));
  }
  send(chunk({}, 'stop'));
  if (withUsage) send({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: now(), model: request.model, choices: [],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
  res.end('data: [DONE]\n\n');
}

function sendEmbeddings(res: ServerResponse, body: EmbeddingRequest): void {
  const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ''];
  const data = inputs.map((text, index) => {
    const vector = fakeEmbedding(text);
    const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
    return { object: 'embedding', index, embedding };
  });
  const tokens = inputs.reduce((sum, t) => sum + Math.ceil(t.length / 4), 0);
  sendJson(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
}

/** Deterministic unit vector from the text's hash, so equal texts embed equally. */
export function fakeEmbedding(text: string): number[] {
  const hash = createHash('sha256').update(text).digest();
  const v = Array.from({ length: EMBEDDING_DIMS }, (_, i) => (hash[i] ?? 0) - 128);
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function sendError(res: ServerResponse, status: number, error: { message: string; type: string; code?: string | null },
  retryAfter?: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) });
  res.end(JSON.stringify({ error: { message: error.message, type: error.type, param: null, code: error.code ?? null } }));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const errorType = (status: number): string =>
  status === 429 ? 'rate_limit_exceeded' : status === 401 ? 'invalid_request_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
const now = (): number => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
