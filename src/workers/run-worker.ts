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

/**
 * Resolves with the worker's result once it has exited; rejects with its
 * uncaught error, a failed answer, or a missing result, also only once it has
 * exited: either way its memory is given back before the caller moves on.
 */
export function runWorker<T>(file: string, workerData: unknown, answer?: (question: never) => unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData });
    let result: { value: T } | undefined;
    let failure: { error: unknown } | undefined;
    const fail = (error: unknown) => {
      failure ??= { error };
      void worker.terminate(); // 'exit' follows and settles
    };
    worker.on('message', (message: unknown) => {
      if (typeof message !== 'object' || message === null || !('result' in message || 'ask' in message)) {
        fail(new Error(`worker ${file} posted ${JSON.stringify(message)}, expected { result } or { ask }`));
      } else if ('result' in message) result = { value: (message as { result: T }).result };
      else if (!answer) fail(new Error(`worker ${file} asked for input nobody provides`));
      else {
        Promise.resolve()
          .then(() => answer((message as { ask: unknown }).ask as never))
          .then((reply) => { if (!failure) worker.postMessage(reply); }, fail);
      }
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (failure) reject(failure.error);
      else if (result) resolve(result.value);
      else reject(new Error(`worker ${file} exited with code ${code} without a result`));
    });
  });
}

/**
 * In a worker: asks the thread that started it for the next piece of input.
 * One question at a time: the reply is the next message, so await each answer
 * before asking again.
 */
export function askParent<T>(question: unknown): Promise<T> {
  const port = parentPort;
  if (!port) return Promise.reject(new Error('askParent runs only in a worker thread'));
  return new Promise((resolve) => {
    port.once('message', resolve);
    port.postMessage({ ask: question });
  });
}

/** In a worker: posts the result. */
export function replyToParent(result: unknown): void {
  if (!parentPort) throw new Error('replyToParent runs only in a worker thread');
  parentPort.postMessage({ result });
}
