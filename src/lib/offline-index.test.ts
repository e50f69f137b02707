import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  joinHyphenatedWords, OFFLINE_MIN_ABSTRACT_WORDS, OFFLINE_OPTIONS, offlineAbstractWords, offlineInput, offlinePayload, offlineTeasersScript,
} from './offline-index.ts';
import { offlineTerm } from './offline-term.ts';
import { shortenText, TEASER_MAX } from './shorten.ts';
import type { PaperView, SiteModel } from './site-model.ts';

const words = (n: number, word = 'w') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const paper = (slug: string, abstract: string): PaperView => ({
  slug, key: slug, title: slug, rawTitle: slug, abstract, abstractText: abstract, authors: 3, organization: null, published: '2025-10-03', upvotes: 1,
  appearances: [{ date: '2025-12-09', position: 1, upvotes: 1 }], tags: [], lastSeen: '2025-12-09', similar: [], arxivId: null, authorNames: null, links: {}, hasNote: false, aliases: [], namesakes: [],
});
const siteOf = (papers: PaperView[]) => ({ papers, tags: [], days: [{ date: '2025-12-09' }] }) as unknown as SiteModel;

describe('offlineAbstractWords', () => {
  it('parses a small corpus into whole abstracts and a large one into openings, never fewer than the minimum', () => {
    expect(offlineAbstractWords(134)).toBeGreaterThan(4000);
    expect(offlineAbstractWords(10_000)).toBe(OFFLINE_MIN_ABSTRACT_WORDS);
    expect(offlineAbstractWords(100_000)).toBe(OFFLINE_MIN_ABSTRACT_WORDS);
    expect(offlineAbstractWords(0)).toBeGreaterThan(0);
  });
});

describe('offlineInput', () => {
  it('parses whole abstracts into the index when they fit, and says so', () => {
    const input = offlineInput(siteOf([paper('a', `${words(200)} latecomer`)]));
    expect(input.fields[0]?.text).toContain('latecomer');
    expect(input.wholeAbstracts).toBe(true);
    expect(input.docs[0]?.[6]).toEqual(['3 authors']);
  });
  it('parses each paper\'s organization into an index of the names the filter lists, by name as online', () => {
    const credited = (slug: string, name: string | null) => ({ ...paper(slug, 'x'), organization: name ? { name, handle: name.toLowerCase() } : null });
    const input = offlineInput(siteOf([credited('a', 'Tencent'), credited('b', null), credited('c', 'Alibaba'), credited('d', 'Tencent')]));
    expect(input.organizations).toEqual(['Alibaba', 'Tencent']);
    expect(input.docs.map((d) => [d[0], d[7]])).toEqual([['a', 1], ['b', -1], ['c', 0], ['d', 1]]);
  });
  it('rejects words past an abstract\'s opening when the corpus is large, and says so', () => {
    const input = offlineInput(siteOf([paper('a', `${words(200)} latecomer`)]), OFFLINE_MIN_ABSTRACT_WORDS);
    expect(input.fields[0]?.text).not.toContain('latecomer');
    expect(input.fields[0]?.text.split(' ')).toHaveLength(OFFLINE_MIN_ABSTRACT_WORDS);
    expect(input.wholeAbstracts).toBe(false);
  });
});

describe('offlineTeasersScript', () => {
  const site = siteOf([paper('b', words(100)), paper('a', 'Short </script><b>abstract</b>.')]);
  const teasersOf = (script: string) => {
    const window: { BroadsheetOfflineTeasers?: string[] } = {};
    new Function('window', script)(window);
    return window.BroadsheetOfflineTeasers;
  };
  it('parses each row\'s teaser in the order of the index rows, as day lists shorten it', () => {
    const rows = offlineInput(site).docs.map((d) => d[0]);
    const teasers = teasersOf(offlineTeasersScript(site));
    expect(rows).toEqual(['a', 'b']);
    expect(teasers).toEqual(['Short </script><b>abstract</b>.', shortenText(words(100), TEASER_MAX)]);
    expect(teasers?.[1]?.length).toBeLessThanOrEqual(TEASER_MAX);
  });
  it('rejects markup that would end the script: "<" is escaped, the text is unchanged', () => {
    expect(offlineTeasersScript(site)).not.toContain('</script');
  });
});

describe('joinHyphenatedWords', () => {
  it('parses each hyphenated word into its joined form, once, as Pagefind indexes it beside the parts', () => {
    expect(joinHyphenatedWords('In-context learning, in-context again; GPT-4 and self-supervised pre-training.')).toBe('incontext gpt4 selfsupervised pretraining');
  });
  it('parses the joined forms into every field the offline index searches, topics included', () => {
    const tagged = { ...paper('a', 'An in-context learner.'), title: 'Self-attention', tags: [{ slug: 'ssm', score: 1, evidence: [] }] } as PaperView;
    const site = { papers: [tagged], tags: [{ slug: 'ssm', name: 'RNNs and state-space models' }], days: [{ date: '2025-12-09' }] } as unknown as SiteModel;
    const [fields] = offlineInput(site).fields;
    expect([fields?.title, fields?.text, fields?.tags].map((f) => f?.split(' ').at(-1))).toEqual(['selfattention', 'incontext', 'statespace']);
  });
  it('rejects dashes that join no word: a spaced dash, a range of signs, a trailing hyphen', () => {
    expect(joinHyphenatedWords('loss - gain, -1, well- and -known, x – y')).toBe('');
  });
});

describe('offlineTerm with the index', () => {
  it('parses the index so that a search for one form of a word finds the others, loaded as the browser loads it', () => {
    const input = offlineInput(siteOf([paper('a', 'The policy learned quickly.'), paper('b', 'Two learners compete.'), paper('c', 'Nothing here.')]));
    const payload = JSON.parse(JSON.stringify(offlinePayload(input)));
    const mini = MiniSearch.loadJS(payload.index, { ...payload.options, processTerm: offlineTerm });
    const slugsOf = (q: string) => mini.search(q).map((h) => input.docs[h.id as number]?.[0]).sort();
    expect(slugsOf('policies')).toEqual(['a']);
    expect(slugsOf('competing')).toEqual(['b']);
    // learn…, as a prefix online too: "learned" and "learners".
    expect(slugsOf('learning')).toEqual(['a', 'b']);
    expect(slugsOf('nothings')).toEqual(['c']);
    expect(payload.options).toEqual(OFFLINE_OPTIONS);
  });
});
