/**
 * Runs a worker-thread script (a project source file: Node strips its types)
 * to completion, for the build steps that run beside page rendering.
 */
import { Worker } from 'node:worker_threads';

/** Resolves with the first message the worker posts; rejects with its uncaught error, or if it exits without answering. */
export function runWorker<T>(file: string, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker ${file} exited with code ${code} without a result`)));
  });
}
