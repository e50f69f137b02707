/**
 * Digest formats by file extension: plain-text listings (`.txt`) and
 * Hugging Face `daily_papers` API JSON (`.json`), freely mixed in one folder.
 */
import type { ParsedDigest } from './parse-digest.ts';
import { parseDigest } from './parse-digest.ts';
import { parseHfDaily } from './parse-hf-json.ts';

/** Extensions read as digests, with their parsers. */
export const DIGEST_PARSERS: Record<string, (text: string, file: string) => ParsedDigest> = {
  '.txt': parseDigest,
  '.json': parseHfDaily,
};

/** Parses a digest file of any supported format (by extension; unknown extensions parse as text). */
export function parseDigestFile(text: string, file: string): ParsedDigest {
  const ext = /\.[^./\\]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  return (DIGEST_PARSERS[ext] ?? parseDigest)(text, file);
}
