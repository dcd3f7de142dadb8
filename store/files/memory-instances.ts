import type { InstanceRecord, InstanceRegistry } from '../../core/article-store.js';

/** One instance (SQLite under DATA_DIR): it is the only one there is. */
export class MemoryInstances implements InstanceRegistry {
  private readonly rows = new Map<string, InstanceRecord>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async report(i: Omit<InstanceRecord, 'heartbeatAt'>): Promise<void> {
    this.rows.set(i.id, { ...i, heartbeatAt: this.now().toISOString() });
  }

  async list(freshMs: number): Promise<InstanceRecord[]> {
    const since = this.now().getTime() - freshMs;
    return [...this.rows.values()].filter((r) => Date.parse(r.heartbeatAt) >= since);
  }

  async leave(id: string): Promise<void> {
    this.rows.delete(id);
  }
}
