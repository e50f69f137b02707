/**
 * Runs a worker-thread script (a project source file: Node strips its types)
 * to completion, for the build steps that run beside page rendering.
 *
 * A worker replies with `{ result }`. It may first ask for more input with
 * `{ ask }` (see `askParent`): `answer` computes the reply here, so input
 * can be handed over piece by piece instead of all held by the worker at once.
 * An answer may be a promise (say, to wait for the heavy lane); a rejected one
 * rejects the run and stops the worker.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** What a worker posts. */
type WorkerMessage = { ask: unknown } | { result: unknown };

/** Resolves with the worker's result once it has exited; rejects with its uncaught error, or if it exits without a result. */
export function runWorker<T>(file: string, workerData: unknown, answer?: (question: never) => unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    let result: { value: T } | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if ('result' in message) result = { value: message.result as T };
      else if (answer) {
        Promise.resolve()
          .then(() => answer(message.ask as never))
          .then((reply) => worker.postMessage(reply), (error: unknown) => {
            reject(error);
            void worker.terminate();
          });
      } else {
        reject(new Error(`worker ${file} asked for input nobody provides`));
        void worker.terminate();
      }
    });
    worker.once('error', reject);
    // Settled only once the worker has exited, so that its memory is given back when the caller moves on.
    worker.once('exit', (code) => {
      if (result) resolve(result.value);
      else reject(new Error(`worker ${file} exited with code ${code} without a result`));
    });
  });
}

/** In a worker: asks the thread that started it for the next piece of input. */
export function askParent<T>(question: unknown): Promise<T> {
  return new Promise((resolve) => {
    parentPort?.once('message', resolve);
    parentPort?.postMessage({ ask: question });
  });
}

/** In a worker: posts the result. */
export function replyToParent(result: unknown): void {
  parentPort?.postMessage({ result });
}
