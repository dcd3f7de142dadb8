// Keeps the conversation across reloads. localStorage can be missing or full (private mode): then the chat
// still works, it just forgets on reload.

const IDS_KEY = 'cds-webchat:ids';
const TRANSCRIPT_KEY = 'cds-webchat:transcript';
const UPDATES_KEY = 'cds-webchat:updates-after';
const MAX_ENTRIES = 60;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage unavailable: keep going without it.
  }
}

/**
 * The conversation the server issued. Who the user is lives in the server's HttpOnly cookie, not here. The server
 * rejects malformed ids with 400, so anything odd in storage is dropped rather than sent.
 */
export function loadIds() {
  const ids = read(IDS_KEY);
  if (!ids || !ID_PATTERN.test(ids.conversationId ?? '')) return {};
  return { conversationId: ids.conversationId };
}

export const saveIds = (ids) => write(IDS_KEY, { conversationId: ids.conversationId });

/** Entries: { role: 'user', text } or { role: 'bot', activity }. */
export function loadTranscript() {
  const entries = read(TRANSCRIPT_KEY);
  return Array.isArray(entries) ? entries.filter((e) => e && typeof e === 'object' && (e.role === 'user' || e.role === 'bot')) : [];
}

export const saveTranscript = (entries) => write(TRANSCRIPT_KEY, entries.slice(-MAX_ENTRIES));

/** The sequence number of the last out-of-turn reply shown (see /api/webchat/updates). */
export function loadUpdatesAfter() {
  const n = read(UPDATES_KEY);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export const saveUpdatesAfter = (n) => write(UPDATES_KEY, n);

export function clearAll() {
  try {
    localStorage.removeItem(IDS_KEY);
    localStorage.removeItem(TRANSCRIPT_KEY);
    localStorage.removeItem(UPDATES_KEY);
  } catch {
    // Nothing stored to clear.
  }
}
