import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript entry and resolves once the entry posts `{ type: 'ready' }`. A thread that
 * posts `{ type: 'failed', error }`, errs or exits first is ended, and the promise rejects naming `name`. A worker's
 * entry is loaded before --import hooks apply, so a one-line script registers tsx in the thread first (resolved from
 * here, whatever the working directory) and then imports the entry.
 */
export async function startTsWorker(entry: URL, workerData: unknown, name: string): Promise<Worker> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  const worker = new Worker(boot, { eval: true, workerData });
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
