import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { ArticleDetail, ArticleMetaInput, CorpusAdmin, ReindexStatus, UploadedFile } from '../../core/ports/admin.js';

/**
 * A CorpusAdmin over articles in memory, shaped like the real one (upload validates every file before storing any,
 * replace and delete refuse bundled articles and keep the old version, reindex runs in steps), for tests of the
 * admin pages and API.
 */
export class FakeCorpus implements CorpusAdmin {
  private readonly byId = new Map<string, ArticleDetail>();
  private readonly removed = new Map<string, ArticleDetail[]>();
  private state: ReindexStatus = { state: 'idle' };
  reindexCalls = 0;
  private revision = 0;

  constructor(articles: readonly ArticleDetail[]) {
    for (const a of articles) this.byId.set(a.id, a);
  }

  articles() {
    return [...this.byId.values()].map(({ blocks: _blocks, ...summary }) => summary);
  }

  article(id: string) {
    return this.byId.get(id);
  }

  async archived(id: string) {
    return this.removedVersions(id);
  }

  /** One instance, this one, serving every article. */
  async instances() {
    const now = new Date().toISOString();
    return [{ id: 'test-1', host: 'localhost:1', revision: Math.max(0, ...this.articles().map((a) => a.revision)), corpusHash: 'test', articles: this.byId.size,
      passages: [...this.byId.values()].reduce((n, a) => n + a.blocks.length, 0), startedAt: now, heartbeatAt: now, self: true }];
  }

  articleHash(id: string) {
    return this.byId.get(id)?.version;
  }

  async upload(files: readonly UploadedFile[], meta: ArticleMetaInput) {
    const read = files.map((f) => this.read(f, files.length === 1 ? meta : {}));
    for (const a of read) this.byId.set(a.id, a);
    this.reindex();
    return { ids: read.map((a) => a.id) };
  }

  async replace(id: string, file: UploadedFile, meta: ArticleMetaInput) {
    const old = this.editable(id);
    this.removed.set(id, [old, ...this.removedVersions(id)]);
    this.byId.set(id, { ...this.read(file, meta), id });
    this.reindex();
    return { id };
  }

  async remove(id: string) {
    const old = this.editable(id);
    this.removed.set(id, [old, ...this.removedVersions(id)]);
    this.byId.delete(id);
    this.reindex();
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

  private removedVersions(id: string): ArticleDetail[] {
    return this.removed.get(id) ?? [];
  }

  private editable(id: string): ArticleDetail {
    const a = this.byId.get(id);
    if (!a) throw new NotFoundError(`no article "${id}"`);
    if (a.origin === 'bundled') throw new ConflictError('bundled', `"${id}" is bundled with the program`);
    return a;
  }

  private read(f: UploadedFile, meta: ArticleMetaInput): ArticleDetail {
    const text = f.content.toString('utf8');
    if (text.trim().length < 20) throw new Error(`${f.fileName}: bài viết quá ngắn`);
    const id = f.fileName.replace(/\.[a-z]+$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
    return { id, title: meta.title ?? id, publication: meta.publication ?? '', date: meta.date ?? null, sourceFile: f.fileName,
      paragraphs: paragraphs.length, origin: 'added', format: f.fileName.split('.').pop()!.toUpperCase(), sizeBytes: f.content.length,
      version: `v${text.length}`, revision: ++this.revision, blocks: paragraphs.map((p, n) => ({ paragraphId: `${id}#${n + 1}`, ordinal: n + 1, text: p.trim() })) };
  }
}
