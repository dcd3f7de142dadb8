// Builds the chat's DOM. Every string from the server or the user goes in through textContent or text nodes,
// never parsed as HTML, so a question like "<img onerror=…>" shows as the characters typed.

import { copyText } from './copy-text.js';

const CITATION = /\[(\d{1,2})\]/g;
const SOURCES_HEADING = '\nNguồn:';

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function userMessage(text) {
  const row = el('div', 'msg msg-user');
  row.append(el('span', 'visually-hidden', 'Bạn: '), el('div', 'bubble', text));
  return row;
}

/** A bot reply: text with clickable [n] citations, the sources in smaller print, and a copy-to-share button. */
export function botMessage(activity, onCite) {
  const text = typeof activity.text === 'string' ? activity.text : '';
  const citations = Array.isArray(activity.channelData?.citations) ? activity.channelData.citations : [];
  const row = el('div', 'msg msg-bot');
  if (activity.channelData?.status === 'error') row.classList.add('msg-error');
  const bubble = el('div', 'bubble');
  bubble.append(el('span', 'visually-hidden', 'Trợ lý: '));
  const split = text.lastIndexOf(SOURCES_HEADING);
  const body = split >= 0 && citations.length > 0 ? text.slice(0, split) : text;
  bubble.append(withCitations(el('div', 'bubble-text'), body, citations, onCite));
  if (body !== text) bubble.append(withCitations(el('div', 'sources'), text.slice(split + 1), citations, onCite));
  row.append(bubble);
  if (citations.length > 0) row.append(copyButton(text));
  return row;
}

function withCitations(container, text, citations, onCite) {
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    const citation = citations.find((c) => c.n === Number(match[1]));
    if (!citation) continue;
    container.append(document.createTextNode(text.slice(last, match.index)));
    const button = el('button', 'cite', `[${citation.n}]`);
    button.type = 'button';
    button.setAttribute('aria-label', `Xem nguồn ${citation.n}: ${citation.title}`);
    button.addEventListener('click', () => onCite(citation, button));
    container.append(button);
    last = match.index + match[0].length;
  }
  container.append(document.createTextNode(text.slice(last)));
  return container;
}

/** Copies exactly the answer with its sources, as the bot wrote it: no labels, no button text. */
function copyButton(text) {
  const label = 'Sao chép để chia sẻ';
  const button = el('button', 'copy', label);
  button.type = 'button';
  let timer;
  button.addEventListener('click', async () => {
    const ok = await copyText(text);
    button.textContent = ok ? 'Đã sao chép' : 'Không sao chép được';
    button.classList.toggle('copied', ok);
    clearTimeout(timer);
    timer = setTimeout(() => {
      button.textContent = label;
      button.classList.remove('copied');
    }, 2500);
  });
  return button;
}

/** Chips for the bot's suggestedActions (follow-up questions, 👍/👎); a press sends the value back. */
export function suggestionChips(activity, onPick) {
  const actions = Array.isArray(activity.suggestedActions?.actions) ? activity.suggestedActions.actions : [];
  const usable = actions.filter((a) => a && typeof a.value === 'string' && a.value.trim() !== '');
  if (usable.length === 0) return undefined;
  const group = el('div', 'chips chips-reply');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Gợi ý trả lời');
  for (const action of usable) {
    const title = typeof action.title === 'string' && action.title !== '' ? action.title : action.value;
    const chip = el('button', 'chip', title);
    chip.type = 'button';
    chip.addEventListener('click', () => onPick(action.value, title));
    group.append(chip);
  }
  return group;
}

export function typingIndicator() {
  const row = el('div', 'msg msg-bot typing');
  const bubble = el('div', 'bubble');
  bubble.append(el('span', 'visually-hidden', 'Trợ lý đang soạn câu trả lời…'));
  for (let i = 0; i < 3; i++) bubble.append(el('span', 'dot'));
  bubble.querySelectorAll('.dot').forEach((d) => d.setAttribute('aria-hidden', 'true'));
  row.append(bubble);
  return row;
}

const NOTICES = {
  network: 'Xin lỗi, không kết nối được tới máy chủ. Bạn kiểm tra mạng rồi thử lại nhé.',
  server: 'Xin lỗi, hệ thống đang bận nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút.',
  too_large: 'Câu hỏi dài quá, bạn vui lòng rút gọn rồi gửi lại nhé.',
  rejected: 'Xin lỗi, tin nhắn không gửi được. Bạn thử tải lại trang nhé.',
  foreign: 'Cuộc trò chuyện này không còn mở được trên trình duyệt này. Bạn bấm "Mới" để bắt đầu lại nhé.',
};

/** A polite notice in the chat; with onRetry it offers "Thử lại", which removes the notice and resends. */
export function errorNotice(kind, onRetry) {
  const row = el('div', 'notice');
  row.setAttribute('role', 'alert');
  row.append(el('p', '', NOTICES[kind] ?? NOTICES.server));
  if (onRetry) {
    const retry = el('button', 'retry', 'Thử lại');
    retry.type = 'button';
    retry.addEventListener('click', () => {
      row.remove();
      onRetry();
    });
    row.append(retry);
  }
  return row;
}
