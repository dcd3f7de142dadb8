/** What the web chat API answers a turn with. */
export interface WebchatReply {
  readonly conversationId: string;
  readonly activities: { text: string; channelData?: { status: string; turnId?: string } }[];
}

/**
 * A web chat resident as the page is one: it keeps the identity cookie the server issues and the conversation id
 * the first reply names, and sends both back.
 */
export class WebchatClient {
  cookie = '';
  conversationId: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** POST /api/webchat/<path> in this resident's conversation; `body` is added to { conversationId }. */
  async post(path: 'messages' | 'stream' | 'start', body: Record<string, unknown> = {}): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/api/webchat/${path}`, { method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ ...(this.conversationId ? { conversationId: this.conversationId } : {}), ...body }) });
    this.keepCookie(res);
    return res;
  }

  /** Asks a question; resolves to the reply once it is 200. */
  async ask(text: string): Promise<WebchatReply> {
    const res = await this.post('messages', { text });
    if (res.status !== 200) throw new Error(`web chat answered ${res.status}: ${await res.text()}`);
    const reply = (await res.json()) as WebchatReply;
    this.conversationId = reply.conversationId;
    return reply;
  }

  /** GET /api/webchat/updates for this resident's conversation. */
  async updates(after = 0): Promise<Response> {
    const res = await fetch(`${this.baseUrl}/api/webchat/updates?conversationId=${encodeURIComponent(this.conversationId ?? '')}&after=${after}`,
      { headers: this.cookie ? { cookie: this.cookie } : {} });
    this.keepCookie(res);
    return res;
  }

  private keepCookie(res: Response): void {
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
  }
}
