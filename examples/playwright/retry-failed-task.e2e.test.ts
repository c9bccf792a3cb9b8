/**
 * A Playwright test across processes: the browser demo, in server mode, calls the reference
 * server; the test sets the server up and moves its clock with the control client, and reads
 * the server's request journal to check what the page called. Run by `npm run test:browser`
 * (which builds the page first), in Debian's Chromium through playwright-core.
 *
 * Nothing here waits on wall time: the server's clock stands still (`speed: 0`) until the test
 * advances it, and each wait is on something the page draws, bounded at 20 s.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.js';
import { type DemoAgainstServer, startDemoAgainstServer } from './start-demo-against-server.js';
import { transportDefinition, transportDefinitionId, transportRunMs } from './transport-definition.js';

const distDir = fileURLToPath(new URL('../browser/dist', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results', import.meta.url));
const screenshotPath = `${resultsDir}/playwright-retry.png`;
/** `--failed` in examples/browser/styles.css (#c62828), as the browser computes it. */
const failureColour = 'rgb(198, 40, 40)';
/** What the scenario makes b3 fail with: the page must show it. */
const liftFault = '举升机构故障';

let demo: DemoAgainstServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];
/** The failed record, then its retry: each step starts from the one before. */
let failedId = '';

/** The list entry of one record, with its status (`data-status`) once it has it. */
const listed = (id: string, status?: number) =>
  page.locator(
    `#task-list > li[data-task-id="${id}"]${status === undefined ? '' : `[data-status="${status}"]`}`,
  );

/** The selected record's header, once it shows `status`. */
const detailOf = (id: string, status: number) =>
  page.locator(`#detail .detail-body[data-task-id="${id}"][data-status="${status}"]`);

function control() {
  if (!demo) throw new Error('the servers did not start: see beforeAll');
  return demo.control;
}

describe('Playwright across processes: the demo page against the reference server', () => {
  beforeAll(async () => {
    if (!existsSync(`${distDir}/index.html`)) {
      throw new Error(`${distDir} has no build: run \`npm run build:demo\` (npm run test:browser does).`);
    }
    demo = await startDemoAgainstServer(distDir);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    // Long enough for a cold browser on a busy CI machine; every wait and action is still bounded.
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('paints the failed block in the failure colour once the clock has passed it', async () => {
    await control().addDefinition(transportDefinition);
    failedId = await control().runTask(
      transportDefinitionId,
      { from: 'AP2', to: 'AP8' },
      { scenario: { blocks: { b3: { fail: liftFault } } } },
    );
    await page.goto(demo?.pageUrl ?? '');
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await page.locator('#source-info').textContent()).toContain(demo?.server.url);
    // The clock stands still: the run is at its first block, however long the page took.
    await listed(failedId, 1001).locator('button').click();
    await detailOf(failedId, 1001).waitFor();

    await control().advanceClock(transportRunMs);
    await detailOf(failedId, 2000).waitFor();
    const failed = page.locator('#tree .tree-node[data-block-name="b3"][data-status="2000"]');
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
    expect(await page.locator('#tree').textContent()).toContain(liftFault);
  });

  it('retries it from the page: the new record succeeds when the clock moves on', async () => {
    await page.locator('#retry-button').click();
    // The page selects the new record; it runs, and waits for the clock like the first.
    const retried = page.locator('#task-list > li[data-task-id][data-status="1001"]');
    await retried.waitFor();
    const retriedId = (await retried.getAttribute('data-task-id')) ?? '';
    expect(retriedId).not.toBe(failedId);
    await detailOf(retriedId, 1001).waitFor();

    await control().advanceClock(transportRunMs);
    await listed(retriedId, 1000).waitFor();
    await detailOf(retriedId, 1000).waitFor();
    expect(await page.locator('#tree .tree-node[data-status="2000"]').count()).toBe(0);
    // The original is unchanged (R8): still failed.
    await listed(failedId, 2000).waitFor();
  });

  it("called retry exactly once, on the failed record, as the server's journal shows", async () => {
    const retries = await control().requests({ operation: 'retryTask' });
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ method: 'POST', id: failedId, status: 200 });
  });

  it('saves a screenshot and logged no errors', async () => {
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(existsSync(screenshotPath)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
