import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { accountContract } from './contract/account.contract.js';
import { auditContract } from './contract/audit.contract.js';
import type { ContractContext } from './contract/contract-context.js';
import { curatedContract } from './contract/curated.contract.js';
import { handoffContract } from './contract/handoff.contract.js';
import { statsContract } from './contract/stats.contract.js';
import { turnContract } from './contract/turn.contract.js';
import type { LogStore } from '../core/ports/log-store.js';
import type { LogStoreOptions } from './store-options.js';

/**
 * The behaviour every LogStore must show, run against SQLite and PostgreSQL alike. `open` must return an empty
 * store for each test and honour the clock it is given (times written by the store come from it); `cleanup` runs
 * once after the suite.
 */
export function describeLogStoreContract(name: string, open: (options: LogStoreOptions) => Promise<LogStore>, cleanup?: () => Promise<void>): void {
  describe(name, () => {
    let store: LogStore | undefined;
    let now = '2024-06-01T00:00:00.000Z';
    const ctx: ContractContext = {
      store: () => {
        if (!store) throw new Error('store not open');
        return store;
      },
      setNow: (iso) => { now = iso; },
    };

    beforeEach(async () => {
      now = '2024-06-01T00:00:00.000Z';
      store = await open({ now: () => new Date(now) });
    });
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    if (cleanup) afterAll(cleanup);

    turnContract(ctx);
    statsContract(ctx);
    curatedContract(ctx);
    accountContract(ctx);
    handoffContract(ctx);
    auditContract(ctx);
  });
}
