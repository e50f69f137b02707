/**
 * `npm run bench:similar -- N`: times tagging and similar-paper computation on
 * a synthetic corpus of N papers (the same generator as `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { computeSimilar } from '../../src/lib/similarity.ts';
import { toSimilarityDocs } from '../../src/lib/site-model.ts';
import { compileTaxonomy, tagPaper } from '../../src/lib/tagger.ts';
import { parseTaxonomy } from '../../src/lib/taxonomy.ts';
import { readDigestDir } from '../../src/loaders/read-digests.ts';
import { generateCorpus } from './generate-corpus.ts';

const n = Number(process.argv[2] ?? 10000);
const dir = path.join(tmpdir(), `broadsheet-similar-${n}`);
generateCorpus({ papers: n, outDir: dir });
let t = performance.now();
const corpus = buildCorpus(readDigestDir(dir));
const parseMs = performance.now() - t;
const taxonomy = compileTaxonomy(parseTaxonomy(readFileSync('src/taxonomy/taxonomy.yaml', 'utf8')));
t = performance.now();
for (const p of corpus.papers) tagPaper(p, taxonomy);
const tagMs = performance.now() - t;
t = performance.now();
const similar = computeSimilar(toSimilarityDocs(corpus.papers));
const simMs = performance.now() - t;
console.log(`${corpus.papers.length} papers: parse+merge ${(parseMs / 1000).toFixed(1)}s, tagging ${(tagMs / 1000).toFixed(1)}s, similar papers ${(simMs / 1000).toFixed(1)}s (${similar.size} lists), heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
