/** The parts of Zalo OA webhook events the channel reads (docs: shared/docs/zalo-oa.md §1). IDs are strings. */
export interface ZaloAttachment {
  readonly type: string;
  readonly payload?: Record<string, unknown>;
}

export interface ZaloEvent {
  readonly app_id?: string;
  readonly event_name: string;
  readonly timestamp: string | number;
  readonly oa_id?: string;
  readonly sender?: { readonly id: string; readonly admin_id?: string };
  readonly recipient?: { readonly id: string };
  readonly follower?: { readonly id: string };
  readonly message?: { readonly msg_id?: string; readonly text?: string; readonly attachments?: readonly ZaloAttachment[] };
}

/** Narrows parsed JSON to an event: an object with a string event_name and a string or number timestamp. */
export function isZaloEvent(value: unknown): value is ZaloEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.event_name === 'string' && (typeof v.timestamp === 'string' || typeof v.timestamp === 'number');
}
