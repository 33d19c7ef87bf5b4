// Two plans of two cities in Chromium: units say their place, and the header's scope picker narrows the
// network, search and checks, kept in the URL across views; a screenshot of each step goes to test-artifacts/.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { chromiumPath, launchBrowser, type RunningBrowser } from './utils/browser.js';
import { repoRoot, startServer, type RunningServer } from './utils/server.js';

const available = existsSync(chromiumPath);
if (!available && process.env.CI === 'true') throw new Error(`browser tests: ${chromiumPath} is missing under CI=true`);
const artifacts = join(repoRoot, 'apps/web/test-artifacts');

// The seed (衢州市) and its copy issued by 湖州市: 49 units work in each plan, 92 in both (the 湖州 rows name
// the six 衢州 counties too), drawn in 2 places (the counties, which issued no plan, with 衢州市): 94 nodes;
// each plan has 18 tasks with several leads.
describe.runIf(available)('many plans in Chromium: places told apart, the scope picker', () => {
  let server: RunningServer;
  let chrome: RunningBrowser;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await startServer({ seedsDir: twoCitySeeds() });
    chrome = await launchBrowser();
    browser = chrome.browser;
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  async function open(path: string): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return { page, close: () => context.close() };
  }
  const nodeCount = (page: Page) => page.getByTestId('graph-canvas').and(page.locator('[data-ready="true"]')).getAttribute('data-node-count');
  const unitResults = (page: Page) => page.getByTestId('results-unit').getByRole('link').allTextContents();

  it('search lists 市生态环境局 of each city by its place; the network holds both plans', async () => {
    const { page, close } = await open('/search?q=%E5%B8%82%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80');
    await expect.poll(async () => (await unitResults(page)).filter((text) => text.endsWith('市生态环境局')).sort()).toEqual(['湖州市 · 市生态环境局', '衢州市 · 市生态环境局']);
    await page.screenshot({ path: join(artifacts, 'scope-search-all.png') });
    await page.getByRole('link', { name: '协同网络' }).click();
    await expect.poll(() => nodeCount(page)).toBe(String(92 + 2));
    await close();
  });

  it('the picker narrows network, search and checks to 衢州市, and the URL carries it across views', async () => {
    const { page, close } = await open('/');
    await expect.poll(() => nodeCount(page)).toBe(String(92 + 2));
    await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '衢州市 (1)' });
    await page.waitForURL(/jurisdiction=%E8%A1%A2%E5%B7%9E%E5%B8%82/);
    await expect.poll(() => nodeCount(page)).toBe('49');
    await page.screenshot({ path: join(artifacts, 'scope-network.png') });

    await page.getByRole('link', { name: '责任检查' }).click();
    await page.waitForURL(/\/checks\?jurisdiction=/);
    await expect.poll(() => page.getByTestId('check-multiLeadTasks').locator('summary .count').textContent()).toBe('18');
    await page.screenshot({ path: join(artifacts, 'scope-checks.png') });

    await page.getByRole('search').getByRole('searchbox').fill('市生态环境局');
    await page.getByRole('search').getByRole('searchbox').press('Enter');
    await page.waitForURL(/\/search\?q=.*jurisdiction=/);
    await expect.poll(async () => (await unitResults(page)).filter((text) => text.endsWith('市生态环境局'))).toEqual(['衢州市 · 市生态环境局']);
    await page.screenshot({ path: join(artifacts, 'scope-search.png') });

    await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '全部地区与方案' });
    await expect.poll(() => new URL(page.url()).searchParams.has('jurisdiction')).toBe(false);
    await expect.poll(async () => (await unitResults(page)).filter((text) => text.endsWith('市生态环境局')).length).toBe(2);
    await page.getByRole('link', { name: '责任检查' }).click();
    await expect.poll(() => page.getByTestId('check-multiLeadTasks').locator('summary .count').textContent()).toBe('36');
    await close();
  });
});
