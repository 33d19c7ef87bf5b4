// The UI in Debian's Chromium against the real server on the seed plan: search → unit → CSV,
// the network, the connection finder; a screenshot of each view goes to test-artifacts/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, type RunningBrowser } from './utils/browser.js';
import { parseCsv } from './utils/csv.js';
import { repoRoot, startServer, type RunningServer } from './utils/server.js';

const available = existsSync(chromiumPath);
if (!available && process.env.CI === 'true') {
  // CI installs Chromium (apt-get install chromium); a missing browser there is a failure, not a skip.
  throw new Error(`browser tests: ${chromiumPath} is missing under CI=true`);
}
const artifacts = join(repoRoot, 'apps/web/test-artifacts');

// Seed facts (衢州市生态文明示范创建行动实施方案): 市生态环境局 leads 48 tasks and supports 45;
// 49 units share work; 市妇联 and 市水利局 share none and meet through 市生态环境局.
const ECO = '市生态环境局';

describe.runIf(available)('the web UI in Chromium', () => {
  let server: RunningServer;
  let chrome: RunningBrowser;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await startServer();
    chrome = await launchBrowser();
    browser = chrome.browser;
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
  });

  async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; scripts: string[]; apiCalls: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
    // Every node count the canvas reports, in order, from the first paint of each page load on.
    await context.addInitScript(() => {
      const drawn: string[] = [];
      (window as unknown as { __drawn: string[] }).__drawn = drawn;
      new MutationObserver((changes) => {
        for (const change of changes) drawn.push((change.target as Element).getAttribute('data-node-count') ?? '');
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-node-count'] });
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    const apiCalls: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url());
      if (new URL(req.url()).pathname.startsWith('/api/')) apiCalls.push(req.url());
    });
    await page.goto(`${server.url}${path}`);
    return { page, scripts, apiCalls, close: () => context.close() };
  }
  const drawings = (page: Page) => page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);

  it('search 生态环境局 → the unit → its 93 tasks → a CSV with a BOM and 93 rows (48 lead, 45 support)', async () => {
    const { page, close } = await open('/search');
    await page.getByTestId('search-input').fill('生态环境局');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForURL(/\/search\?q=%E7%94%9F%E6%80%81%E7%8E%AF%E5%A2%83%E5%B1%80/);
    const unitResult = page.getByTestId('results-unit').getByRole('link', { name: ECO, exact: true });
    await unitResult.waitFor();
    expect(await page.locator('.result-group mark').first().textContent()).toBe('生态环境局');
    await page.screenshot({ path: join(artifacts, 'search.png'), fullPage: false });

    await unitResult.click();
    await page.waitForURL(/\/units\/unit_/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ECO);
    await expect.poll(() => page.getByTestId('unit-task').count()).toBe(93);
    expect(await page.locator('#lead h2 .count').textContent()).toBe('48');
    expect(await page.locator('#support h2 .count').textContent()).toBe('45');
    await page.screenshot({ path: join(artifacts, 'unit.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toBe(`衢州市-${ECO}-任务清单.csv`);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8')).filter((r) => r.some((cell) => cell !== ''));
    const header = rows[0]!;
    const roleColumn = header.indexOf('本单位角色');
    expect(roleColumn).toBeGreaterThan(-1);
    const body = rows.slice(1);
    expect(body).toHaveLength(93);
    expect(body.filter((r) => r[roleColumn] === '牵头')).toHaveLength(48);
    expect(body.filter((r) => r[roleColumn] === '配合')).toHaveLength(45);
    await close();
  });

  it('the network view paints the 49 units of the seed, laid out, without loading other views', async () => {
    const { page, scripts, close } = await open('/');
    const canvas = page.getByTestId('graph-canvas');
    await canvas.and(page.locator('[data-ready="true"]')).waitFor();
    await expect.poll(() => canvas.getAttribute('data-node-count')).toBe('49');
    expect(await drawings(page)).toEqual(['49']);
    expect(await page.getByTestId('network-summary').textContent()).toContain('49 个单位');
    const paintMs = await page.evaluate(() => window.__dutymapNetworkPaintMs);
    const shotStart = Date.now();
    expect(typeof paintMs).toBe('number');
    process.stdout.write(`\n  network view: ${paintMs} ms from navigation to the painted, laid-out graph (49 nodes)\n`);
    // Code splitting: the first view loads the network chunk, not the unit or search views.
    expect(scripts.some((url) => /network-view-/.test(url))).toBe(true);
    expect(scripts.some((url) => /(unit|search|connect|checks)-view-/.test(url))).toBe(false);
    await page.screenshot({ path: join(artifacts, 'network.png') });
    process.stdout.write(`  (screenshot ${Date.now() - shotStart} ms)\n`);
    await close();
  });

  it('exports the drawn network as SVG (49 nodes, wrapped Chinese labels) and as PNG', async () => {
    const { page, close } = await open('/');
    await page.getByTestId('graph-canvas').and(page.locator('[data-ready="true"]')).waitFor();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('dutymap-network.svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(49);
    expect(svg.match(/<line /g)).toHaveLength(198);
    // 中央环境保护督察衢州市整改工作领导小组各成员单位: 6 characters a line, cut after 3 lines
    expect(svg).toContain('<tspan x=');
    expect(svg).toContain('>中央环境保护<');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    expect([...readFileSync(await pngDownload.path()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await close();
  });

  it('an unknown unit shows the error state with the API error code; the language toggle switches to English', async () => {
    const { page, close } = await open('/units/unit_nope');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('404 not-found');
    await page.getByRole('button', { name: 'language' }).click();
    expect(await page.locator('.main-nav').textContent()).toBe('NetworkSearchConnectionsChecksCompareSectionsPlans');
    expect(await alert.textContent()).toContain('Something went wrong');
    await close();
  });

  it('grouped by main chapter: 8 collapsed chapters + 9 units with no annex-1 task; opening 一 shows its 12 units', async () => {
    const { page, apiCalls, close } = await open('/?group=chapter');
    const canvas = page.getByTestId('graph-canvas');
    const ready = canvas.and(page.locator('[data-ready="true"]'));
    // Wait for the state checked, not for any drawing: the grouped view is the only one drawn.
    await expect.poll(() => canvas.getAttribute('data-node-count')).toBe(String(8 + 9));
    await ready.waitFor();
    expect(await drawings(page)).toEqual([String(8 + 9)]);
    // What the view costs against the API's rate limit (600 a minute per client): the places and plans for the
    // scope picker, sections, the network, one network per chapter.
    expect(apiCalls).toHaveLength(2 + 1 + 1 + 8);
    await page.screenshot({ path: join(artifacts, 'network-grouped.png') });
    await page.goto(`${server.url}/?group=chapter&open=doc_1pcnjm12n7390.s1-1`);
    await expect.poll(() => canvas.getAttribute('data-node-count')).toBe(String(8 + 9 + 12));
    await ready.waitFor();
    expect(await drawings(page)).toEqual([String(8 + 9 + 12)]);
    await close();
  });

  it('focusing 市生态环境局 in the network previews what expanding adds (93 tasks, 19 projects) and expands', async () => {
    const { page, close } = await open('/');
    await page.getByTestId('graph-canvas').and(page.locator('[data-ready="true"]')).waitFor();
    const id = await page.evaluate(async () => ((await (await fetch('/api/units?q=市生态环境局')).json()) as { items: Array<{ id: string }> }).items[0]!.id);
    await page.goto(`${server.url}/?focus=${id}`);
    const preview = page.getByTestId('expand-preview');
    await preview.waitFor();
    const text = ((await preview.textContent()) ?? '').replace(/\s+/g, '');
    // new nodes by kind, then the relations to them by type
    expect(text).toContain('任务93');
    expect(text).toContain('重点项目19');
    expect(text).toContain('牵头48');
    expect(text).toContain('配合45');
    expect(text).toContain('负责19');
    await preview.getByRole('button').click();
    await expect.poll(() => page.getByTestId('graph-canvas').getAttribute('data-node-count')).toBe(String(49 + 93 + 19));
    await page.getByTestId('graph-canvas').and(page.locator('[data-ready="true"]')).waitFor();
    await page.screenshot({ path: join(artifacts, 'network-expanded.png') });
    await close();
  });

  it('the connection finder links 市妇联 and 市水利局 through 市生态环境局, in a graph and in sentences', async () => {
    const { page, close } = await open('/connect');
    await page.getByTestId('pick-a').fill('市妇联');
    await page.getByTestId('pick-b').fill('市水利局');
    await page.waitForURL(/a=unit_.*b=unit_/);
    const summary = page.getByTestId('connect-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('市妇联与市水利局没有共同任务，经由市生态环境局相联系（36条最短路径）。');
    const sentences = page.getByTestId('connect-sentences').locator('li');
    expect(await sentences.count()).toBe(2);
    expect(await sentences.nth(0).textContent()).toContain('市妇联牵头任务17，市生态环境局配合');
    expect(await sentences.nth(1).getByRole('link').textContent()).toBe('quzhou-eco-civilization-plan.txt 行 845–850');
    const graph = page.getByTestId('graph-canvas');
    await graph.and(page.locator('[data-ready="true"]')).waitFor();
    // 2 ends, 市生态环境局, and the tasks/projects on the 10 paths listed
    expect(Number(await graph.getAttribute('data-node-count'))).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(artifacts, 'connect.png') });
    await close();
  });

  it('the other pages render seed data; each gets a screenshot (and the phone width)', async () => {
    const pages: Array<[string, string, string]> = [
      ['/checks', 'checks.png', '多个牵头单位的任务'],
      ['/tasks/doc_1pcnjm12n7390.t17', 'task.png', '优先选用环保节能产品'],
      ['/projects/doc_1pcnjm12n7390.p11', 'project.png', '水资源保障工程'],
      ['/enterprises/ent_0ujt210vymjca', 'enterprise.png', '巨化集团有限公司'],
      ['/sections/doc_1pcnjm12n7390.s1-1', 'section.png', '大力推动绿色转型'],
    ];
    for (const [path, shot, expected] of pages) {
      const { page, close } = await open(path);
      await page.getByText(expected).first().waitFor();
      await page.screenshot({ path: join(artifacts, shot), fullPage: true });
      await close();
    }
    // chapter 三 holds tasks 37–54 (three groups of six)
    const section = await open('/sections/doc_1pcnjm12n7390.s1-3');
    await section.page.getByTestId('section-works').waitFor();
    expect(await section.page.getByTestId('section-works').locator('li').count()).toBe(18);
    expect(await section.page.getByTestId('section-works').locator('li').first().textContent()).toMatch(/^任务 37\. /);
    await section.close();

    const task = await open('/tasks/doc_1pcnjm12n7390.t17');
    // the source row as it stands: 5 cells, so 5 TAB marks, lines 109–113
    await task.page.locator('.source-row').waitFor();
    expect(await task.page.locator('.source-row .tab').count()).toBe(5);
    expect(await task.page.locator('.source-row figcaption').textContent()).toContain('109–113');
    await task.close();

    const phone = { width: 390, height: 844 };
    const net = await open('/', phone);
    await net.page.getByTestId('graph-canvas').and(net.page.locator('[data-ready="true"]')).waitFor();
    await net.page.screenshot({ path: join(artifacts, 'network-phone.png') });
    await net.close();
    const unit = await open('/search?q=市生态环境局', phone);
    await unit.page.getByTestId('results-unit').getByRole('link').first().click();
    await unit.page.getByTestId('unit-task').first().waitFor();
    await unit.page.screenshot({ path: join(artifacts, 'unit-phone.png') });
    await unit.close();
  });
});

if (!available) {
  // Said where a reader of the test output looks; a machine with Chromium does not count this.
  describe.skip(`browser tests: SKIPPED, ${chromiumPath} is missing (apt-get install chromium)`, () => {
    it('needs Chromium', () => undefined);
  });
}
