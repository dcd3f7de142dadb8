/** Mutual exclusion by name: at most one `fn` per name runs at a time (across instances, for shared versions). */
export interface Lock {
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
}
