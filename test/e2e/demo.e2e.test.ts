/**
 * The browser demo in a real Chromium (Debian's `/usr/bin/chromium`, driven by playwright-core):
 * the page, MSW's service worker, the client and the simulated engine together. Run by
 * `npm run test:browser`, which builds the page first.
 *
 * The steps share one page and run in order, as a user would click through them. The engine
 * runs at 20x (`?speed=20`) so a retried run finishes in a second or two.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveDirectory } from '../../examples/browser/serve.js';
import { launchChromium } from '../../examples/playwright/launch-chromium.js';

const distDir = fileURLToPath(new URL('../../examples/browser/dist', import.meta.url));
const screenshotPath = fileURLToPath(new URL('../../test-results/demo.png', import.meta.url));
/** `--failed` in examples/browser/styles.css (#c62828), as the browser computes it. */
const failureColour = 'rgb(198, 40, 40)';
/** Long enough for a cold browser on a busy CI machine; each wait is still bounded. */
const wait = { timeout: 20_000 };

let server: StaticServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

/** The IDs in the list, in display order. */
async function listedIds(): Promise<string[]> {
  return page.$$eval('#task-list > li[data-task-id]', (items) =>
    items.map((item) => (item as HTMLElement).dataset.taskId ?? ''),
  );
}

/** Waits until the list has one record more than `before`, and returns the new one's ID. */
async function newRecordAfter(before: readonly string[]): Promise<string> {
  await page.waitForFunction(
    (count) => document.querySelectorAll('#task-list > li[data-task-id]').length > count,
    before.length,
    wait,
  );
  const added = (await listedIds()).filter((id) => !before.includes(id));
  expect(added).toHaveLength(1);
  return added[0] as string;
}

describe('browser demo (Chromium)', () => {
  beforeAll(async () => {
    if (!existsSync(`${distDir}/index.html`)) {
      throw new Error(`${distDir} has no build: run \`npm run build:demo\` (npm run test:browser does).`);
    }
    server = await serveDirectory(distDir, { port: 0 });
    // Never skipped: a machine without the browser fails here, in CI and locally alike, so a
    // green run always means the page was really driven.
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the list of task records with status badges', async () => {
    await page.goto(`${server?.url}/?speed=20`);
    await page.waitForSelector('body[data-ready="true"]', wait);
    await page.waitForFunction(
      () => document.querySelectorAll('#task-list > li[data-task-id]').length >= 6,
      undefined,
      wait,
    );
    const items = await page.$$('#task-list > li[data-task-id]');
    expect(items.length).toBeGreaterThanOrEqual(6);
    const badges = await page.$$eval('#task-list > li[data-task-id] .badge', (found) =>
      found.map((badge) => (badge as HTMLElement).dataset.status),
    );
    expect(badges).toHaveLength(items.length);
    // The seed has runs in every end state.
    for (const status of ['1000', '2000', '2001']) expect(badges).toContain(status);
  });

  it("draws a failed record's failed block in the failure colour", async () => {
    await page.click('#task-list > li[data-status="2000"][data-definition="demo-transport"] button');
    await page.waitForSelector('#detail .detail-body[data-status="2000"]', wait);
    const failed = await page.waitForSelector(
      '#tree .tree-node[data-block-name="b3"][data-status="2000"]',
      wait,
    );
    // The colour the browser really paints, not just a class name.
    const colours = await failed.evaluate((node) => {
      const card = node.querySelector(':scope > .node-card') as HTMLElement;
      const badge = card.querySelector('.badge') as HTMLElement;
      return {
        border: getComputedStyle(card).borderLeftColor,
        badge: getComputedStyle(badge).backgroundColor,
      };
    });
    expect(colours).toEqual({ border: failureColour, badge: failureColour });
    expect(await page.textContent('#tree')).toContain('举升机构故障');
  });

  it('retries the failed record: a new record appears and reaches success', async () => {
    const before = await listedIds();
    await page.click('#retry-button');
    const retried = await newRecordAfter(before);
    // 20x engine time: the whole transport run takes about two seconds.
    await page.waitForSelector(`#task-list > li[data-task-id="${retried}"] .badge[data-status="1000"]`, wait);
    await page.waitForSelector(`#detail .detail-body[data-task-id="${retried}"][data-status="1000"]`, wait);
    expect(await page.$$('#tree .tree-node[data-status="2000"]')).toHaveLength(0);
  });

  it('sets a running record to error with a reason', async () => {
    const before = await listedIds();
    // A run with a ten-minute wait at b4: still running however slow the machine is.
    await page.selectOption('#run-preset', 'transport-long');
    await page.click('#run-button');
    const running = await newRecordAfter(before);
    await page.waitForSelector(`#task-list > li[data-task-id="${running}"][data-status="1001"]`, wait);
    await page.waitForSelector(`#detail .detail-body[data-task-id="${running}"][data-status="1001"]`, wait);
    const reason = 'Aisle blocked (e2e)';
    await page.fill('#reason-input', reason);
    await page.click('#set-error-button');
    await page.waitForSelector(`#task-list > li[data-task-id="${running}"] .badge[data-status="2000"]`, wait);
    await page.waitForSelector(`#detail .detail-body[data-task-id="${running}"][data-status="2000"]`, wait);
    expect(await page.textContent('#detail .ended-reason')).toBe(reason);
    // The block that was running when the error was set is failed too, with the reason.
    const failedBlocks = await page.$$eval(
      '#tree .tree-node[data-status="2000"] > .node-card .node-reason',
      (found) => found.map((reasonLine) => reasonLine.textContent),
    );
    expect(failedBlocks).toContain(reason);
  });

  it('saves a screenshot and logged no errors', async () => {
    mkdirSync(fileURLToPath(new URL('../../test-results', import.meta.url)), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(existsSync(screenshotPath)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
