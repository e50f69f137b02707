/**
 * Worker-thread entry for the costly pure steps of a build, so they run on the
 * second core while the main thread renders (see `runInWorker` in `site.ts`):
 * similar papers, and the offline search index. Receives `{ task, input }`,
 * replies with the task's result.
 */
import { workerData } from 'node:worker_threads';
import { replyToParent } from '../workers/run-worker.ts';
import { offlineIndexScript, offlinePayload, type OfflineInput } from '../lib/offline-index.ts';
import { computeSimilar, type SimilarityDoc } from '../lib/similarity.ts';

const tasks = {
  similar: (input: SimilarityDoc[]) => computeSimilar(input),
  offlineIndex: (input: OfflineInput) => offlineIndexScript(offlinePayload(input)),
};

/** The tasks, by name, with their input and result types. */
export type WorkerTasks = typeof tasks;

const { task, input } = workerData as { task: keyof WorkerTasks; input: never };
replyToParent(tasks[task](input));
