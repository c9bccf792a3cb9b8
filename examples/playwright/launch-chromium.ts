/**
 * Debian's Chromium (`apt-get install chromium`) driven by playwright-core: no browser is
 * downloaded, in CI or on a laptop. The flags keep a headless run quiet and self-contained: no
 * sandbox (containers run as root), no GPU, and none of the browser's own network traffic
 * (updates, sync, first-run pages) that a test would wait on or be slowed by.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's package puts the browser. */
export const chromiumPath = '/usr/bin/chromium';

/** The flags of every launch: headless, and nothing the browser would fetch by itself. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches the system's Chromium. Throws, naming the package to install, when there is none:
 * a browser test is never skipped, so a green run always means a page was really driven.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * ```
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `[vwed] Chromium not found at ${chromiumPath}: install Debian's package (apt-get install -y chromium). ` +
        'playwright-core never downloads a browser here, and the browser tests are never skipped.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
