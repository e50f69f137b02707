/**
 * Launches Debian's chromium through playwright-core (Playwright's own browser
 * download cannot work here), with the flags this machine needs.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

/** Path of the system chromium (`scripts/ensure-chromium.sh` installs it). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Starts headless chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--allow-file-access-from-files'],
  });
}

/**
 * Records every uncaught error of `page` into `errors`. A listener that throws would not fail the test:
 * Playwright delivers the event outside it. Tests assert the list is empty (in `afterEach`).
 */
export function collectPageErrors(page: Page, errors: string[]): Page {
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}
