/**
 * Page reuse between builds: a page whose key (`page-keys.ts`) is the one the
 * previous build wrote, under the same code and settings (the fingerprint),
 * is linked from the previous `dist/` instead of rendered. Adding one digest
 * to a 10,000-paper site changes a few hundred pages; Astro then renders only
 * those. The plan is pure: the integration (`integrations/page-reuse.ts`)
 * reads and writes the manifest and links the files.
 */
import { createHash } from 'node:crypto';
import { compareStrings } from './titles.ts';

/** What a build leaves for the next one, in the cache folder. */
export interface ReuseManifest {
  /** Format of this file; another version is ignored. */
  version: 1;
  /** Absolute path of the `dist/` folder the build was published as. */
  dist: string;
  /** Device and inode of that folder: another folder at the same path (deleted, rebuilt by hand, a failed swap) does not match. */
  identity: string;
  /** Hash of the code, dependencies and settings the pages were rendered with (`fingerprintOf`). */
  fingerprint: string;
  /** Site path of each keyed page (`papers/x/`) to its key. */
  pages: Record<string, string>;
}

/** A manifest read from disk, checked field by field: anything else is no manifest (a full build), never an error. */
export function parseManifest(text: string): ReuseManifest | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const m = value as Record<string, unknown>;
  if (m.version !== 1 || typeof m.dist !== 'string' || typeof m.identity !== 'string' || typeof m.fingerprint !== 'string') return null;
  if (!m.pages || typeof m.pages !== 'object' || Array.isArray(m.pages)) return null;
  if (!Object.values(m.pages).every((k) => typeof k === 'string')) return null;
  return m as unknown as ReuseManifest;
}

/**
 * One hash of everything, besides a page's own data, that shapes its HTML:
 * the sources, the lock file, the settings. Parts are named so that moving
 * text from one part to another changes the hash.
 */
export function fingerprintOf(parts: Iterable<readonly [name: string, content: string | Uint8Array]>): string {
  const hash = createHash('sha256');
  for (const [name, content] of parts) {
    hash.update(`${name}\0${typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength}\0`);
    hash.update(content);
  }
  return hash.digest('base64url');
}

/** The reuse plan of one build: which keyed pages are copied, and the manifest the build leaves. */
export class ReusePlan {
  readonly #previous: Readonly<Record<string, string>>;
  readonly #keys = new Map<string, string>();
  readonly #reused = new Set<string>();
  readonly #onReuse: (sitePath: string) => void;
  readonly #current: { dist: string; fingerprint: string };

  /**
   * @param previous The previous build's manifest, or null for a full build.
   * @param current Where this build is published, and the fingerprint of its code and settings.
   * @param onReuse Told of each page to copy as soon as it is known, once.
   */
  constructor(previous: ReuseManifest | null, current: { dist: string; fingerprint: string }, onReuse: (sitePath: string) => void = () => {}) {
    this.#current = current;
    const usable = previous && previous.dist === current.dist && previous.fingerprint === current.fingerprint;
    this.#previous = usable ? previous.pages : {};
    this.#onReuse = onReuse;
  }

  /**
   * Records a page's key and says whether the previous build wrote this very
   * page, so it need not be rendered. The key is computed only once per page.
   */
  reuse(sitePath: string, key: () => string): boolean {
    const known = this.#keys.get(sitePath);
    if (known !== undefined) return this.#reused.has(sitePath);
    const k = key();
    this.#keys.set(sitePath, k);
    if (this.#previous[sitePath] !== k) return false;
    this.#reused.add(sitePath);
    this.#onReuse(sitePath);
    return true;
  }

  /** Site paths of the pages to copy, sorted. */
  reused(): string[] {
    return [...this.#reused].sort();
  }

  /** The manifest this build leaves, once its output folder has the given identity. */
  manifest(identity: string): ReuseManifest {
    const pages = Object.fromEntries([...this.#keys].sort(([a], [b]) => compareStrings(a, b)));
    return { version: 1, dist: this.#current.dist, identity, fingerprint: this.#current.fingerprint, pages };
  }
}

/** The previous manifest if it describes the folder now at its path (same identity), else null. */
export function manifestFor(previous: ReuseManifest | null, dist: string, identity: string | null): ReuseManifest | null {
  return previous && identity !== null && previous.dist === dist && previous.identity === identity ? previous : null;
}
