import type { ArticleDetail, CorpusAdmin, ReindexStatus } from '../ports.js';

/**
 * A CorpusAdmin over articles in memory, shaped like the real one (upload validates, reindex runs in steps), for
 * tests of the admin pages and API.
 */
export class FakeCorpus implements CorpusAdmin {
  private readonly byId = new Map<string, ArticleDetail>();
  private state: ReindexStatus = { state: 'idle' };
  reindexCalls = 0;

  constructor(articles: readonly ArticleDetail[]) {
    for (const a of articles) this.byId.set(a.id, a);
  }

  articles() {
    return [...this.byId.values()].map(({ blocks: _blocks, ...summary }) => summary);
  }

  article(id: string) {
    return this.byId.get(id);
  }

  articleHash(id: string) {
    const a = this.byId.get(id);
    return a ? `hash-${a.blocks.map((b) => b.text).join('').length}` : undefined;
  }

  async upload(fileName: string, content: Buffer, meta: { title?: string; publication?: string; date?: string }) {
    const text = content.toString('utf8');
    if (text.trim().length < 20) throw new Error(`${fileName}: bài viết quá ngắn`);
    const id = fileName.replace(/\.[a-z]+$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
    this.byId.set(id, { id, title: meta.title ?? id, publication: meta.publication ?? '', date: meta.date ?? null, sourceFile: fileName,
      paragraphs: paragraphs.length, origin: 'added', blocks: paragraphs.map((p, n) => ({ paragraphId: `${id}#${n + 1}`, ordinal: n + 1, text: p.trim() })) });
    this.reindex();
    return { id };
  }

  reindex() {
    if (this.state.state === 'running') return;
    this.reindexCalls++;
    const total = this.byId.size;
    this.state = { state: 'running', done: 0, total, startedAt: new Date().toISOString() };
    const step = () => {
      if (this.state.state !== 'running') return;
      if (this.state.done + 1 >= total) this.state = { state: 'idle', lastBuiltAt: new Date().toISOString() };
      else { this.state = { ...this.state, done: this.state.done + 1 }; setTimeout(step, 150).unref(); }
    };
    setTimeout(step, 150).unref();
  }

  status() {
    return this.state;
  }
}
