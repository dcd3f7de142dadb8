import type { LogStore } from '../../core/ports/log-store.js';

/** What each part of the contract suite gets: the store of the running test and its clock. */
export interface ContractContext {
  store(): LogStore;
  /** Sets the time the store reads for createdAt/updatedAt/reviewed-at (ISO). */
  setNow(iso: string): void;
}
