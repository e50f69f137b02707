/**
 * Precision and recall of tagging against hand labels, per tag and overall
 * (micro-averaged over every paper-tag decision).
 */
import { compareStrings } from './titles.ts';

/** Counts and scores for one tag (or overall). */
export interface TagScore {
  tag: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / (TP + FP); 1 when nothing was predicted. */
  precision: number;
  /** TP / (TP + FN); 1 when nothing was expected. */
  recall: number;
}

function score(tag: string, tp: number, fp: number, fn: number): TagScore {
  return {
    tag, truePositives: tp, falsePositives: fp, falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Compares predicted tags with gold labels for the same papers (keyed alike). */
export function evaluateTags(predicted: ReadonlyMap<string, readonly string[]>, gold: ReadonlyMap<string, readonly string[]>): { perTag: TagScore[]; overall: TagScore } {
  const counts = new Map<string, [number, number, number]>();
  const bump = (tag: string, i: 0 | 1 | 2) => {
    const c = counts.get(tag) ?? [0, 0, 0];
    c[i]++;
    counts.set(tag, c);
  };
  for (const [paper, labels] of gold) {
    const got = new Set(predicted.get(paper) ?? []);
    const want = new Set(labels);
    for (const t of got) bump(t, want.has(t) ? 0 : 1);
    for (const t of want) if (!got.has(t)) bump(t, 2);
  }
  const perTag = [...counts].map(([tag, [tp, fp, fn]]) => score(tag, tp, fp, fn)).sort((a, b) => compareStrings(a.tag, b.tag));
  const sum = (f: (s: TagScore) => number) => perTag.reduce((n, s) => n + f(s), 0);
  return { perTag, overall: score('overall', sum((s) => s.truePositives), sum((s) => s.falsePositives), sum((s) => s.falseNegatives)) };
}
