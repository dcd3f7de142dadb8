import { once } from 'node:events';
import type { Response } from 'express';
import type { LogStore, TurnFilter, TurnRow } from '../../core/ports/log-store.js';
import { MAX_LIMIT } from '../../store/turn-filter-sql.js';
import { CSV_BOM, csvLine } from './csv.js';
import { EXPORT_HEADER, turnExportItem, turnExportRow } from './turn-json.js';

/**
 * Every turn matching the filter, a store page at a time. The newest bound is fixed when the export starts, so turns
 * logged meanwhile do not shift the pages (they are ordered newest first) and repeat a row.
 */
export async function* turnPages(store: Pick<LogStore, 'listTurns'>, filter: TurnFilter, now: Date): AsyncGenerator<readonly TurnRow[]> {
  const bounded: TurnFilter = { ...filter, to: filter.to ?? now.toISOString() };
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = await store.listTurns({ ...bounded, limit: MAX_LIMIT, offset });
    if (page.items.length > 0) yield page.items;
    if (page.items.length < MAX_LIMIT) return;
  }
}

/**
 * Streams the export as CSV or JSON, page by page, so its size is bounded by the log and not by memory. A store error
 * after the first bytes breaks the connection instead of ending the file: a download cut short shows as failed, never
 * as a complete file with rows missing.
 */
export async function streamTurnExport(res: Response, pages: AsyncIterable<readonly TurnRow[]>, format: 'csv' | 'json',
  columns: { header: readonly string[]; row: (t: TurnRow) => unknown[] } = { header: EXPORT_HEADER, row: turnExportRow }): Promise<void> {
  // Waits for the client to take what was written; a client that hung up ends the wait (and the export) as well.
  const write = async (chunk: string): Promise<void> => {
    if (res.write(chunk) || res.destroyed) return;
    const gone = new AbortController();
    await Promise.race([once(res, 'drain', { signal: gone.signal }), once(res, 'close', { signal: gone.signal })]).catch(() => undefined);
    gone.abort();
  };
  try {
    let total = 0;
    await write(format === 'csv' ? CSV_BOM + csvLine(columns.header) : '{"items":[');
    for await (const page of pages) {
      if (res.destroyed) return;
      const rows = format === 'csv' ? page.map((t) => csvLine(columns.row(t))).join('')
        : page.map((t, i) => `${total + i > 0 ? ',' : ''}\n${JSON.stringify(turnExportItem(t))}`).join('');
      total += page.length;
      await write(rows);
    }
    res.end(format === 'csv' ? '' : `\n],"total":${total}}\n`);
  } catch (err) {
    res.destroy(err instanceof Error ? err : new Error(String(err)));
  }
}
