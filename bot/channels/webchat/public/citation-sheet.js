// The source panel: a bottom sheet on phones, a centred dialog on wide screens. It shows the cited article with
// the quoted paragraph highlighted, so a volunteer can check the quote in context before sharing it.

import { fetchArticle } from './chat-api.js';
import { el } from './chat-render.js';

/** ISO "2024-03-05" → "5/3/2024", as Vietnamese readers write dates. */
export function formatDate(iso) {
  const [y, m, d] = String(iso ?? '').split('-').map(Number);
  return y && m && d ? `${d}/${m}/${y}` : '';
}

export function createCitationSheet({ app }) {
  const sheet = document.getElementById('sheet');
  const backdrop = document.getElementById('sheet-backdrop');
  const kicker = document.getElementById('sheet-kicker');
  const title = document.getElementById('sheet-title');
  const meta = document.getElementById('sheet-meta');
  const body = document.getElementById('sheet-body');
  const closeButton = document.getElementById('sheet-close');
  let returnFocus;
  let openToken = 0;

  function close() {
    if (sheet.hidden) return;
    sheet.hidden = true;
    backdrop.hidden = true;
    app.inert = false;
    returnFocus?.focus();
  }

  function showHeader(citation, article) {
    kicker.textContent = `Nguồn [${citation.n}]`;
    title.textContent = article?.title ?? citation.title;
    const date = formatDate(article ? article.date : citation.date);
    meta.textContent = [article?.publication ?? citation.publication, date].filter(Boolean).join(' · ');
  }

  function showParagraphs(citation, paragraphs, note) {
    body.replaceChildren();
    if (note) body.append(el('p', 'sheet-note', note));
    let heading;
    let cited;
    for (const p of paragraphs) {
      if (p.heading && p.heading !== heading) body.append(el('h3', 'sheet-section', p.heading));
      heading = p.heading;
      const para = el('p', 'sheet-para');
      if (p.paragraphId === citation.paragraphId) {
        para.classList.add('cited');
        para.setAttribute('aria-current', 'true');
        para.append(el('span', 'visually-hidden', 'Đoạn được trích dẫn: '));
        cited = para;
      }
      para.append(document.createTextNode(p.text));
      body.append(para);
    }
    cited?.scrollIntoView({ block: 'center' });
  }

  async function open(citation, trigger) {
    const token = ++openToken;
    returnFocus = trigger;
    showHeader(citation);
    // Show the quoted paragraph at once; the whole article replaces it when it arrives.
    showParagraphs(citation, [{ paragraphId: citation.paragraphId, text: citation.text }]);
    sheet.hidden = false;
    backdrop.hidden = false;
    app.inert = true;
    closeButton.focus();
    try {
      const article = await fetchArticle(citation.articleId);
      if (token !== openToken || sheet.hidden) return;
      const found = article.paragraphs.some((p) => p.paragraphId === citation.paragraphId);
      showHeader(citation, article);
      showParagraphs(citation, found ? article.paragraphs : [{ paragraphId: citation.paragraphId, text: citation.text }],
        found ? undefined : 'Bài viết đã được cập nhật; đây là đoạn trích lúc trả lời.');
    } catch {
      if (token !== openToken || sheet.hidden) return;
      showParagraphs(citation, [{ paragraphId: citation.paragraphId, text: citation.text }],
        'Chưa tải được toàn bài viết; đây là đoạn được trích dẫn.');
    }
  }

  closeButton.addEventListener('click', close);
  backdrop.addEventListener('click', close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  return { open, close };
}
