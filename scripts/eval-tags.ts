/**
 * `npm run eval:tags`: precision and recall of the tagger per tag and overall,
 * against the hand labels of the seed papers (`src/taxonomy/labels.json`,
 * title → tag slugs). The labels measure the taxonomy; they are never used
 * to tag.
 */
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../src/lib/corpus.ts';
import { evaluateTags } from '../src/lib/tag-eval.ts';
import { compileTaxonomy, tagPaper } from '../src/lib/tagger.ts';
import { parseTaxonomy } from '../src/lib/taxonomy.ts';
import { normalizeTitle } from '../src/lib/titles.ts';
import { readDigestDir } from '../src/loaders/read-digests.ts';

const labels = JSON.parse(readFileSync('src/taxonomy/labels.json', 'utf8')) as Record<string, string[]>;
const taxonomy = compileTaxonomy(parseTaxonomy(readFileSync('src/taxonomy/taxonomy.yaml', 'utf8')));
const corpus = buildCorpus(readDigestDir('seeds'));
const byKey = new Map(corpus.papers.map((p) => [p.key, p]));
const gold = new Map<string, string[]>();
const predicted = new Map<string, string[]>();
for (const [title, tags] of Object.entries(labels)) {
  const paper = byKey.get(normalizeTitle(title));
  if (!paper) throw new Error(`labels.json: no seed paper titled "${title}"`);
  gold.set(paper.slug, tags);
  predicted.set(paper.slug, tagPaper(paper, taxonomy).map((t) => t.slug));
}
const { perTag, overall } = evaluateTags(predicted, gold);
const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
console.log(`${'tag'.padEnd(28)} ${'prec'.padStart(5)} ${'recall'.padStart(6)}   tp  fp  fn`);
for (const s of perTag) console.log(`${s.tag.padEnd(28)} ${pct(s.precision)} ${pct(s.recall).padStart(6)}  ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}`);
console.log(`${'OVERALL (micro)'.padEnd(28)} ${pct(overall.precision)} ${pct(overall.recall).padStart(6)}  ${String(overall.truePositives).padStart(3)} ${String(overall.falsePositives).padStart(3)} ${String(overall.falseNegatives).padStart(3)}`);
if (process.argv.includes('--errors')) {
  for (const [slug, want] of gold) {
    const got = predicted.get(slug) ?? [];
    const fp = got.filter((t) => !want.includes(t));
    const fn = want.filter((t) => !got.includes(t));
    if (fp.length || fn.length) console.log(`${slug.slice(0, 60)}  +${fp.join(',')}  -${fn.join(',')}`);
  }
}
