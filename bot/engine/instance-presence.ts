import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { InstanceRegistry } from '../../core/article-store.js';
import type { Logger } from '../../core/logger.js';
import type { ServedCorpus } from './served-corpus.js';

export interface InstancePresenceOptions {
  readonly served: ServedCorpus;
  readonly instances: InstanceRegistry;
  readonly logger: Logger;
  /** Each beat, after reporting: e.g. catch up with a change whose notice was missed. */
  readonly onBeat: () => Promise<void>;
  readonly heartbeatMs?: number;
  readonly now?: () => Date;
}

/** This instance's row among the instances: the corpus revision it serves, refreshed on every change and heartbeat. */
export class InstancePresence {
  readonly id = randomUUID().slice(0, 8);
  private readonly startedAt: string;
  private timer?: NodeJS.Timeout;

  constructor(private readonly o: InstancePresenceOptions) {
    this.startedAt = (o.now?.() ?? new Date()).toISOString();
  }

  async start(): Promise<void> {
    await this.report();
    this.timer = setInterval(() => void this.beat(), this.o.heartbeatMs ?? 10_000);
    this.timer.unref();
  }

  async report(): Promise<void> {
    const index = this.o.served.opened.index;
    await this.o.instances.report({ id: this.id, host: `${hostname()}:${process.pid}`, revision: this.o.served.revision(),
      corpusHash: index.manifest.corpusHash, articles: index.articles.length, passages: index.passages.length, startedAt: this.startedAt });
  }

  async leave(): Promise<void> {
    clearInterval(this.timer);
    await this.o.instances.leave(this.id).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    try {
      await this.report();
      await this.o.onBeat();
    } catch (err) {
      this.o.logger.warn('corpus heartbeat failed', { error: (err as Error).message });
    }
  }
}
