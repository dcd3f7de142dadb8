// The web chat page: sends questions, shows replies, keeps the conversation across reloads.

import { ChatError, fetchUpdates, sendMessage, startConversation } from './chat-api.js';
import { botMessage, errorNotice, suggestionChips, typingIndicator, userMessage } from './chat-render.js';
import { createCitationSheet } from './citation-sheet.js';
import { createConnection } from './chat-connection.js';
import * as store from './chat-store.js';

// Replies can come back in a few milliseconds; a brief indicator reads as "the bot is answering", not as flicker.
const MIN_TYPING_MS = 450;

const app = document.getElementById('app');
const log = document.getElementById('log');
const intro = document.getElementById('intro');
const form = document.getElementById('composer');
const input = document.getElementById('question');
const sheet = createCitationSheet({ app });
const connection = createConnection({ app });
// A request that fails because the bot is unreachable is sent again when it is back, this many times at most.
const AUTO_RETRIES = 3;

let ids = store.loadIds();
let transcript = store.loadTranscript();
let queue = Promise.resolve();
let chips;
// Counts questions asked, so a late reply can tell whether the user has asked something since.
let asked = 0;
// Bumped by "Mới": replies still on their way belong to the old conversation and are dropped.
let epoch = 0;

function scrollToEnd() {
  log.scrollTop = log.scrollHeight;
}

function showIntro(visible) {
  intro.hidden = !visible;
}

function clearChips() {
  chips?.remove();
  chips = undefined;
}

/** Appends a bot message to `target`; with chips, its suggestions replace the previous ones. */
function renderBot(target, activity, withChips) {
  target.append(botMessage(activity, sheet.open));
  if (withChips) {
    clearChips();
    chips = suggestionChips(activity, (value, title) => ask(value, title));
    if (chips) target.append(chips);
  }
}

function record(entry, at = transcript.length) {
  transcript.splice(at, 0, entry);
  store.saveTranscript(transcript);
}

function remember(reply) {
  if (typeof reply?.conversationId === 'string') {
    ids = { conversationId: reply.conversationId };
    store.saveIds(ids);
  }
}

/** Forgets a conversation the server no longer lets this browser use (its identity cookie was cleared or replaced). */
function forgetConversation() {
  ids = {};
  store.saveIds(ids);
  store.saveUpdatesAfter((updatesAfter = 0));
}

/** Runs `call`; refused for a conversation that is not this browser's (403), starts a new one and runs it once more. */
async function inOwnConversation(call) {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof ChatError) || err.kind !== 'foreign' || !ids.conversationId) throw err;
    forgetConversation();
    return call();
  }
}

/** The welcome's chips are the same starter questions the intro card already shows. */
const wantsChips = (activity) => intro.hidden || activity.channelData?.status !== 'welcome';

/** Keeps the suggested questions below the welcome while the chat has no question yet. */
function keepIntroLast() {
  if (!intro.hidden) log.append(intro);
}

/**
 * The bot's messages, for the place the typing indicator held. Suggestions are offered only when nothing was asked
 * since the request: chips from an older reply would answer a question the user has moved past.
 */
function renderReplies(reply, current, at) {
  const fragment = document.createDocumentFragment();
  const messages = (Array.isArray(reply?.activities) ? reply.activities : []).filter((a) => a?.type === 'message');
  messages.forEach((activity, i) => {
    renderBot(fragment, activity, current && i === messages.length - 1 && wantsChips(activity));
    record({ role: 'bot', activity }, at + i);
  });
  return fragment;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Unreachable (no answer, or a proxy saying the bot is down), as opposed to the bot answering with an error. */
const unreachable = (err) => err instanceof ChatError && (err.kind === 'network' || [502, 503, 504].includes(err.status));

/**
 * One request with the typing indicator; errors become a notice, with "Thử lại" when retrying can help. When the bot
 * is unreachable, the connection bar shows and the request goes again by itself once the bot answers.
 */
async function exchange(request, { seq, myEpoch, attempt = 0 }) {
  if (myEpoch !== epoch) return;
  const typing = typingIndicator();
  log.append(typing);
  scrollToEnd();
  const started = Date.now();
  const at = transcript.length;
  // A model's verified text shows in a draft bubble as it arrives; the final reply replaces it.
  let draft;
  let drafted = '';
  const onDelta = (delta) => {
    if (myEpoch !== epoch) return;
    drafted += delta;
    const next = botMessage({ text: drafted }, sheet.open);
    (draft ?? typing).replaceWith(next);
    draft = next;
    scrollToEnd();
  };
  try {
    const reply = await request(onDelta);
    await wait(MIN_TYPING_MS - (Date.now() - started));
    if (myEpoch !== epoch) return;
    remember(reply);
    // Replies take the typing indicator's place, so a welcome that arrives late still comes before the question.
    (draft ?? typing).replaceWith(renderReplies(reply, seq === asked, at));
    keepIntroLast();
  } catch (err) {
    await wait(MIN_TYPING_MS - (Date.now() - started));
    if (myEpoch !== epoch) return;
    const kind = err instanceof ChatError ? err.kind : 'server';
    const retryable = !(err instanceof ChatError) || err.retryable;
    const notice = errorNotice(kind, retryable ? () => enqueue(request) : undefined);
    (draft ?? typing).replaceWith(notice);
    if (unreachable(err) && attempt < AUTO_RETRIES) {
      void connection.lost().then(() => {
        // Not if the resident pressed "Thử lại" meanwhile (the notice is gone) or started a new conversation.
        if (!notice.isConnected || myEpoch !== epoch) return;
        notice.remove();
        enqueue(request, attempt + 1);
      });
    }
  }
  scrollToEnd();
}

// Turns run one after another, so replies appear in the order the questions were asked.
function enqueue(request, attempt = 0) {
  const turn = { seq: asked, myEpoch: epoch, attempt };
  queue = queue.then(() => exchange(request, turn));
  return queue;
}

/** Sends `text` as the user's message; `shown` is what the bubble says (a chip's title). */
function ask(text, shown = text) {
  asked += 1;
  clearChips();
  showIntro(false);
  log.append(userMessage(shown));
  record({ role: 'user', text: shown, ...(text !== shown ? { sent: text } : {}) });
  scrollToEnd();
  enqueue((onDelta) => inOwnConversation(() => sendMessage(ids, text, onDelta)));
  input.focus();
}

function start() {
  showIntro(true);
  enqueue(() => inOwnConversation(() => startConversation(ids)));
}

/**
 * Shows the conversation kept in localStorage as it was. A question the bot had not answered when the page went
 * away (it was unreachable, or the page reloaded mid-answer) is sent again.
 */
function restore() {
  showIntro(!transcript.some((e) => e.role === 'user'));
  transcript.forEach((entry, i) => {
    if (entry.role === 'user') log.append(userMessage(String(entry.text ?? '')));
    else renderBot(log, entry.activity ?? {}, i === transcript.length - 1 && wantsChips(entry.activity ?? {}));
  });
  keepIntroLast();
  scrollToEnd();
  const last = transcript.at(-1);
  if (last?.role === 'user') {
    asked += 1;
    const text = String(last.sent ?? last.text ?? '');
    enqueue((onDelta) => sendMessage(ids, text, onDelta));
  }
}

// The page holds a message to what the bot reads whole (MAX_QUESTION_CHARS) instead of cutting a paste at the end,
// where residents put their question: it says how much is over and waits for a shorter message.
let maxChars = Infinity;
const tooLong = document.getElementById('too-long');
function checkLength() {
  const over = input.value.trim().length - maxChars;
  tooLong.hidden = over <= 0;
  if (over > 0) tooLong.textContent = `Tin nhắn dài quá ${maxChars} ký tự (thừa ${over}). Bạn rút gọn giúp tôi, nhớ giữ lại câu hỏi nhé.`;
  return over <= 0;
}
input.addEventListener('input', checkLength);
fetch('api/webchat/settings').then((r) => r.json()).then((s) => {
  if (Number.isInteger(s?.maxQuestionChars) && s.maxQuestionChars > 0) maxChars = s.maxQuestionChars;
  checkLength();
}).catch(() => {});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text === '' || !checkLength()) return;
  input.value = '';
  ask(text);
});

document.getElementById('starters').addEventListener('click', (event) => {
  const chip = event.target.closest('button.chip');
  if (chip) ask(chip.textContent);
});

document.getElementById('new-chat').addEventListener('click', () => {
  epoch += 1;
  store.clearAll();
  ids = {};
  transcript = [];
  clearChips();
  log.replaceChildren(intro);
  start();
  input.focus();
});

// A volunteer may answer from the inbox at any time: look for such replies every few seconds.
const POLL_MS = 4000;
let updatesAfter = store.loadUpdatesAfter();
async function poll() {
  if (ids.conversationId && !document.hidden) {
    try {
      const update = await fetchUpdates(ids.conversationId, updatesAfter);
      for (const activity of Array.isArray(update.activities) ? update.activities : []) {
        renderBot(log, activity, false);
        record({ role: 'bot', activity });
        scrollToEnd();
      }
      if (Number.isInteger(update.next)) store.saveUpdatesAfter((updatesAfter = update.next));
    } catch (err) {
      // A conversation that is no longer ours has nothing to poll; an unreachable bot is said so, and the next poll
      // tries again either way.
      if (err instanceof ChatError && err.kind === 'foreign') forgetConversation();
      else if (!(err instanceof ChatError) || err.kind !== 'rejected') void connection.lost();
    }
  }
  setTimeout(poll, POLL_MS);
}

// The conversation shows again even when no reply ever came (so no ids were kept): the resident's questions stay.
if (transcript.length > 0) restore();
else start();
input.focus();
setTimeout(poll, POLL_MS);
