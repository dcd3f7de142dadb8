import { Worker } from 'node:worker_threads';

/**
 * The global a bundle of the program (bot/cli/build.ts) sets first: each thread entry's source URL → its bundle's.
 * Unset when the program runs from its sources under tsx.
 */
export const BUILT_ENTRIES = 'vnDigigovBotBuiltEntries';

/**
 * Starts a worker thread on a TypeScript entry and resolves once the entry posts `{ type: 'ready' }`. A thread that
 * posts `{ type: 'failed', error }`, errs or exits first is ended, and the promise rejects naming `name`. A built
 * program starts the entry's bundle on plain node. From the sources, a worker's entry is loaded before --import hooks
 * apply, so a one-line script registers tsx in the thread first (resolved from here, whatever the working directory)
 * and then imports the entry.
 */
export async function startTsWorker(entry: URL, workerData: unknown, name: string): Promise<Worker> {
  const built = (globalThis as unknown as Partial<Record<string, Record<string, string>>>)[BUILT_ENTRIES]?.[entry.href];
  const worker = built ? new Worker(new URL(built), { workerData }) : new Worker(tsxBoot(entry), { eval: true, workerData });
  await new Promise<void>((resolve, reject) => {
    const onStart = (m: { type?: string; error?: string }): void => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'failed') reject(new Error(`${name} could not start: ${m.error}`));
      if (m.type === 'ready' || m.type === 'failed') worker.off('message', onStart);
    };
    worker.on('message', onStart);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${name} could not start: it exited with code ${code}`)));
  }).catch(async (error: unknown) => {
    // A thread that reported failure is still running: end it before the caller carries on without it.
    await worker.terminate();
    throw error;
  });
  return worker;
}

function tsxBoot(entry: URL): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
}
