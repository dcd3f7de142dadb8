import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript entry. A worker's entry is loaded before --import hooks apply, so a
 * one-line script registers tsx in the thread first (resolved from here, whatever the working directory) and then
 * imports the entry.
 */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}
