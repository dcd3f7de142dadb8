// Talks to the web chat's JSON API. Errors say whether retrying can help, so the page can offer "Thử lại".

const TIMEOUT_MS = 30000;

export class ChatError extends Error {
  constructor(kind, status) {
    super(kind);
    this.kind = kind; // 'network' | 'server' | 'too_large' | 'rejected' | 'foreign' (a conversation of another identity)
    this.status = status;
    this.retryable = kind === 'network' || kind === 'server';
  }
}

async function post(path, body) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let res;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
  } catch {
    throw new ChatError('network');
  } finally {
    clearTimeout(timer);
  }
  if (res.status === 429) return limited(res);
  failIfNotOk(res);
  try {
    return await res.json();
  } catch {
    throw new ChatError('server', res.status);
  }
}

function failIfNotOk(res) {
  if (res.status >= 500) throw new ChatError('server', res.status);
  if (res.status === 413) throw new ChatError('too_large', res.status);
  if (res.status === 403) throw new ChatError('foreign', res.status);
  if (!res.ok) throw new ChatError('rejected', res.status);
}

/** Too many questions from this address: the server's polite reply comes as the bot's message. */
async function limited(res) {
  try {
    return { activities: (await res.json()).activities };
  } catch {
    throw new ChatError('server', res.status);
  }
}

/**
 * Sends a question on the streaming endpoint: `onDelta` gets verified text as a model writes it (nothing in the
 * offline mode), and the promise resolves to the same reply /api/webchat/messages returns.
 */
export async function sendMessage(ids, text, onDelta) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let res;
  try {
    res = await fetch('api/webchat/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ ...ids, text }),
      signal: abort.signal,
    });
    if (res.status === 429) return await limited(res);
    failIfNotOk(res);
    if (!res.body) throw new ChatError('rejected', res.status);
    return await readEvents(res.body, onDelta);
  } catch (err) {
    throw err instanceof ChatError ? err : new ChatError('network');
  } finally {
    clearTimeout(timer);
  }
}

/** Reads "event: name / data: json" blocks until the final "done" (or "error") event. */
async function readEvents(body, onDelta) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new ChatError('server');
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1];
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null');
      if (name === 'delta' && typeof data?.text === 'string') onDelta?.(data.text);
      else if (name === 'done') return data;
      else if (name === 'error') throw new ChatError('server');
    }
  }
}

/** Replies that arrived outside a turn (a volunteer answering from the inbox). */
export async function fetchUpdates(conversationId, after) {
  const res = await fetch(`api/webchat/updates?conversationId=${encodeURIComponent(conversationId)}&after=${after}`,
    { headers: { Accept: 'application/json' } });
  failIfNotOk(res);
  return res.json();
}
export const startConversation = (ids) => post('api/webchat/start', { ...ids });

const articles = new Map();

/** Articles do not change while the page is open, so each is fetched once. */
export function fetchArticle(id) {
  if (!articles.has(id)) {
    const request = fetch(`api/articles/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? res.json() : Promise.reject(new ChatError('rejected', res.status))));
    request.catch(() => articles.delete(id));
    articles.set(id, request);
  }
  return articles.get(id);
}
