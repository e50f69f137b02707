/**
 * The PNG icons rendered from `public/favicon.svg` by `scripts/make-icons.ts`,
 * for what reads no SVG: link previews (`og:image`) and home screens
 * (`apple-touch-icon`). One list, so the page head and the script agree.
 */

/** A square PNG icon in `public/`. */
export interface Icon {
  /** File name in `public/` (and the site's root). */
  file: string;
  /** Width and height in pixels. */
  size: number;
  /** What reads it: a link preview, or a phone's home screen. */
  use: 'preview' | 'home-screen';
}

/** Every PNG icon the site ships. */
export const ICONS: readonly Icon[] = [
  // Square, for the small "summary" cards that paper links get (a title and abstract matter more than a picture).
  { file: 'icon-512.png', size: 512, use: 'preview' },
  // The size iOS asks for by default.
  { file: 'apple-touch-icon.png', size: 180, use: 'home-screen' },
];

/** The icon link previews show. */
export const PREVIEW_ICON = ICONS.find((i) => i.use === 'preview')!;
/** The icon a phone's home screen shows. */
export const HOME_SCREEN_ICON = ICONS.find((i) => i.use === 'home-screen')!;
