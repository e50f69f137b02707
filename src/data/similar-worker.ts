/**
 * Worker-thread entry for similar papers: the costliest step of the site
 * model runs on the second core while the main thread tags papers and hands
 * the search documents over (see `site.ts`). Receives `SimilarityDoc[]`,
 * replies with the `Map` of `computeSimilar`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { computeSimilar, type SimilarityDoc } from '../lib/similarity.ts';

parentPort?.postMessage(computeSimilar(workerData as SimilarityDoc[]));
