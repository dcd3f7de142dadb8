/** The parts of Messenger webhook deliveries the channel reads (shared/docs/messenger.md). Ids are strings. */
export interface MessengerAttachment {
  readonly type: string;
  readonly payload?: Record<string, unknown>;
}

export interface MessengerMessagingEvent {
  readonly sender?: { readonly id?: string };
  readonly recipient?: { readonly id?: string };
  readonly timestamp?: number;
  readonly message?: {
    readonly mid?: string;
    readonly text?: string;
    readonly is_echo?: boolean;
    readonly quick_reply?: { readonly payload?: string };
    readonly attachments?: readonly MessengerAttachment[];
  };
  readonly postback?: { readonly title?: string; readonly payload?: string; readonly mid?: string };
  readonly delivery?: unknown;
  readonly read?: unknown;
}

/** The messaging events of a delivery (entries are batched, each with several events); undefined when it is not a Page delivery. */
export function messagingEvents(body: unknown): MessengerMessagingEvent[] | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const b = body as { object?: unknown; entry?: unknown };
  if (b.object !== 'page' || !Array.isArray(b.entry)) return undefined;
  return b.entry.flatMap((entry: unknown) => {
    const messaging = (entry as { messaging?: unknown } | null)?.messaging;
    return Array.isArray(messaging) ? messaging.filter((m): m is MessengerMessagingEvent => typeof m === 'object' && m !== null) : [];
  });
}
