/**
 * The React example (`examples/react-query/`) in a real Chromium (Debian's `/usr/bin/chromium`,
 * driven by playwright-core): React 19, TanStack Query on `@vwed/task-record/query`, MSW's service
 * worker and the simulated engine together. Run by `npm run test:browser`, which builds the page.
 *
 * The steps share one page and run in order, as a user would click through them. The engine runs
 * at 20x (`?speed=20`), so a transport run ends within a second or two of wall time; nothing here
 * reloads the page: what changes on screen changes because the queries poll.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveDirectory } from '../../examples/browser/serve.js';

const chromiumPath = '/usr/bin/chromium';
const distDir = fileURLToPath(new URL('../../examples/react-query/dist', import.meta.url));
/** Under the OS temp dir: a run leaves nothing in the repository. */
const screenshotPath = join(tmpdir(), 'vwed-task-record-react-query.png');
/** Long enough for a cold browser on a busy CI machine; each wait is still bounded. */
const wait = { timeout: 20_000 };

let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];
let navigations = 0;

/** The IDs in the list, in display order. */
async function listedIds(): Promise<string[]> {
  return page.$$eval('#task-list > li[data-task-id]', (items) =>
    items.map((item) => (item as HTMLElement).dataset.taskId ?? ''),
  );
}

/** Starts a run of a preset from the form, and returns the new record's ID once it is listed and shown. */
async function startRun(preset: string): Promise<string> {
  const before = await listedIds();
  await page.selectOption('#run-preset', preset);
  await page.click('#run-button');
  await page.waitForFunction(
    (count) => document.querySelectorAll('#task-list > li[data-task-id]').length > count,
    before.length,
    wait,
  );
  const added = (await listedIds()).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return added[0] as string;
}

describe('React example with TanStack Query (Chromium)', () => {
  beforeAll(async () => {
    // Never skipped: a machine without the browser fails here, so a green run always means
    // the page was really driven.
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `Chromium not found at ${chromiumPath}: install Debian's package (apt-get install -y chromium). ` +
          'The browser test is never skipped.',
      );
    }
    if (!existsSync(`${distDir}/index.html`)) {
      throw new Error(
        `${distDir} has no build: run \`npm run build:demo:react\` (npm run test:browser does).`,
      );
    }
    server = await serveDirectory(distDir, { port: 0 });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the demo records with their status badges', async () => {
    await page.goto(`${server?.url}/?speed=20`);
    await page.waitForSelector('body[data-ready="true"]', wait);
    await page.waitForFunction(
      () => document.querySelectorAll('#task-list > li[data-task-id] .badge').length >= 6,
      undefined,
      wait,
    );
    const badges = await page.$$eval('#task-list > li[data-task-id] .badge', (found) =>
      found.map((badge) => (badge as HTMLElement).dataset.status),
    );
    // The seed has runs in every end state.
    for (const status of ['1000', '2000', '2001']) expect(badges).toContain(status);
  });

  it('shows a running record reach its end without a reload: list, detail and tree', async () => {
    const id = await startRun('transport');
    await page.waitForSelector(`#detail .detail-body[data-task-id="${id}"][data-status="1001"]`, wait);
    await page.waitForSelector('#tree .tree-node[data-status="1001"]', wait);
    // 20x engine time: the run ends by itself, and the page follows it by polling.
    await page.waitForSelector(`#detail .detail-body[data-task-id="${id}"][data-status="1000"]`, wait);
    await page.waitForSelector(`#task-list > li[data-task-id="${id}"] .badge[data-status="1000"]`, wait);
    // The tree follows the detail: once it says success, no block is left running.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#tree .tree-node').length > 0 &&
        document.querySelectorAll('#tree .tree-node[data-status="1001"]').length === 0,
      undefined,
      wait,
    );
    expect(await page.$$('#tree .tree-node[data-status="1000"]')).not.toHaveLength(0);
    expect(await page.isDisabled('#stop-button')).toBe(true);
  });

  it('Stop turns a running record cancelled (2001), in the detail, the list and the tree', async () => {
    // A run with a ten-minute wait at b4: still running however slow the machine is.
    const id = await startRun('transport-long');
    await page.waitForSelector(`#detail .detail-body[data-task-id="${id}"][data-status="1001"]`, wait);
    await page.waitForSelector('#tree .tree-node[data-block-name="b4"][data-status="1001"]', wait);
    await page.click('#stop-button');
    await page.waitForSelector(`#detail .detail-body[data-task-id="${id}"][data-status="2001"]`, wait);
    await page.waitForSelector(`#task-list > li[data-task-id="${id}"] .badge[data-status="2001"]`, wait);
    await page.waitForSelector('#tree .tree-node[data-block-name="b4"][data-status="2001"]', wait);
    expect(await page.textContent('#detail .detail-body .badge')).toBe('cancelled');
    expect(await page.textContent('#message')).toMatch(/^Stopped: /);
    expect(await page.isDisabled('#stop-button')).toBe(true);
  });

  it('saves a screenshot, and did it all on one page load with no errors', async () => {
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(existsSync(screenshotPath)).toBe(true);
    console.log(`react-query example screenshot: ${screenshotPath}`);
    expect(navigations).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
