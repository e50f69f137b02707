/**
 * The site's one stylesheet, served as a file named by its content hash
 * (`src/pages/[stylesheet].ts`) and linked with a relative URL, so it is
 * fetched once and cached for every page, also from file:// and under a
 * sub-path. Inlining it into every page made each page ~10 KB larger and the
 * build write a quarter more bytes.
 */
import { createHash } from 'node:crypto';
import css from '../styles/global.css?inline';

/** The stylesheet, as Vite processed it (minified in builds). */
export const STYLESHEET: string = css;

/** Its site path: `site-<hash>.css`, new whenever the styles change. */
export const STYLESHEET_PATH = `site-${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
