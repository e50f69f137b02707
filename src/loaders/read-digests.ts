/**
 * File-system side of ingestion: finds digest files and hands their text to the
 * pure parser. Shared by the content loader and `scripts/digest.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIGEST_PARSERS, parseDigestFile } from '../lib/digest-formats.ts';
import type { ParsedDigest } from '../lib/parse-digest.ts';

/** Extensions read as digests. */
export const DIGEST_EXTENSIONS = Object.keys(DIGEST_PARSERS);

/** Lists digest files of a folder, sorted by name. Throws a clear error when the folder is missing. */
export function listDigestFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new Error(`Digest folder not found: ${dir} (set SEEDS_DIR to the folder holding the digests)`);
  }
  return names
    .filter((n) => DIGEST_EXTENSIONS.includes(path.extname(n).toLowerCase()))
    .sort()
    .map((n) => path.join(dir, n));
}

/** How diagnostics name a digest file: relative to the working directory. */
export function digestName(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Reads and parses one digest file. */
export function readDigest(file: string): ParsedDigest {
  return parseDigestFile(readFileSync(file, 'utf8'), digestName(file));
}

/** Reads and parses every digest in a folder. */
export function readDigestDir(dir: string): ParsedDigest[] {
  return listDigestFiles(dir).map(readDigest);
}
