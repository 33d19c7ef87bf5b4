// Two plans of two cities in Chromium: units say their place, and the header's scope picker narrows the
// network, search and checks, kept in the URL across views; a screenshot of each step goes to test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HUZHOU_DOC, twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { artifacts, browserAvailable, browserSession } from './utils/session.js';


// The seed (衢州市) and its copy issued by 湖州市: 49 units work in each plan, 92 in both (the 湖州 rows name
// the six 衢州 counties too), drawn in 2 places (the counties, which issued no plan, with 衢州市): 94 nodes;
// each plan has 18 tasks with several leads.
describe.runIf(browserAvailable)('many plans in Chromium: places told apart, the scope picker', () => {
  const session = browserSession(() => ({ seedsDir: twoCitySeeds() }), { viewport: { width: 1280, height: 800 } });
  const open = session.open;
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

  it('sections and tasks say their plan while two plans are in scope: the network’s chapter picker, search facets and hits, checks; not in one plan', async () => {
    const QUZHOU_PLAN = '衢州市生态文明示范创建行动实施方案';
    const HUZHOU_PLAN = '湖州市生态文明示范创建行动实施方案';
    const { page, close } = await open('/');
    const chapterOptions = () => page.getByRole('toolbar').getByRole('combobox').first().locator('option').allTextContents();
    // Both plans: 8 chapters and 6 project categories each, every one with its plan.
    await expect.poll(async () => (await chapterOptions()).length).toBe(29);
    const both = await chapterOptions();
    expect(both).toContain(`六、加大生态保护与修复力度，促进人与自然和谐共生 (${QUZHOU_PLAN})`);
    expect(both).toContain(`六、加大生态保护与修复力度，促进人与自然和谐共生 (${HUZHOU_PLAN})`);
    await page.screenshot({ path: join(artifacts, 'scope-chapters-two-plans.png') });
    await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '湖州市 (1)' });
    await expect.poll(async () => (await chapterOptions()).length).toBe(15);
    await page.waitForLoadState('networkidle');
    expect(await chapterOptions()).toContain('六、加大生态保护与修复力度，促进人与自然和谐共生');

    await page.goto(`${session.server.url}/search?q=${encodeURIComponent('燃煤锅炉')}`);
    const chapterFacets = () => page.locator('fieldset.facet', { hasText: '章节' }).locator('.facet-value > span:first-child').allTextContents();
    await expect.poll(async () => (await chapterFacets()).filter((f) => f.startsWith('二、坚决打好治气攻坚战')).sort()).toEqual([
      `二、坚决打好治气攻坚战，稳步改善环境空气质量 (${HUZHOU_PLAN})`,
      `二、坚决打好治气攻坚战，稳步改善环境空气质量 (${QUZHOU_PLAN})`,
    ]);
    // Task 22 of each plan: one hit each, told apart by the plan.
    const taskHits = () => page.getByTestId('results-task').getByRole('link').allTextContents();
    const plansOf = (hits: string[]) => [...new Set(hits.map((h) => /\((.+实施方案)\)$/.exec(h)?.[1] ?? 'none'))].sort();
    expect(plansOf(await taskHits())).toEqual([HUZHOU_PLAN, QUZHOU_PLAN]);
    await page.screenshot({ path: join(artifacts, 'scope-search-facets.png') });
    await page.goto(`${session.server.url}/search?q=${encodeURIComponent('燃煤锅炉')}&document=${HUZHOU_DOC}`);
    // Without a plan is also how the page reads before it knows how many plans are in scope: wait until it does.
    await page.waitForLoadState('networkidle');
    expect((await chapterFacets()).filter((f) => f.startsWith('二、坚决打好治气攻坚战'))).toEqual(['二、坚决打好治气攻坚战，稳步改善环境空气质量']);
    expect(plansOf(await taskHits())).toEqual(['none']);

    // The checks list the tasks of both plans, each with its plan; of one plan, without.
    await page.goto(`${session.server.url}/checks`);
    const firstFinding = () => page.getByTestId('check-multiLeadTasks').locator('li a').first().textContent();
    await expect.poll(firstFinding).toMatch(/^任务 \d+ \((湖州|衢州)市生态文明示范创建行动实施方案\)$/);
    await page.goto(`${session.server.url}/checks?document=${HUZHOU_DOC}`);
    await page.waitForLoadState('networkidle');
    expect(await firstFinding()).toMatch(/^任务 \d+$/);
    await close();
  });

  it('the unit page lists and exports the tasks of the scope; the connection finder says where its units are', async () => {
    // 市生态环境局 of 衢州市: its 93 tasks are all in the 衢州 plan, none in the 湖州 one.
    const { page, close } = await open('/units/unit_34lliq8kmeux3?jurisdiction=%E8%A1%A2%E5%B7%9E%E5%B8%82');
    const csv = page.getByTestId('download-csv');
    await expect.poll(() => csv.getAttribute('href')).toBe('/api/units/unit_34lliq8kmeux3/tasks.csv?jurisdiction=%E8%A1%A2%E5%B7%9E%E5%B8%82');
    expect(await page.getByTestId('download-xlsx').getAttribute('href')).toBe('/api/units/unit_34lliq8kmeux3/tasks.xlsx?jurisdiction=%E8%A1%A2%E5%B7%9E%E5%B8%82');
    await expect.poll(() => page.getByTestId('unit-task').count()).toBe(93);
    await page.goto(`${session.server.url}/units/unit_34lliq8kmeux3?document=${HUZHOU_DOC}`);
    await expect.poll(() => csv.getAttribute('href')).toBe(`/api/units/unit_34lliq8kmeux3/tasks.csv?document=${HUZHOU_DOC}`);
    expect(await page.getByTestId('unit-task').count()).toBe(0);
    const rows = await page.evaluate(async (href) => (await (await fetch(href as string)).text()).trim().split('\n').length - 1, await csv.getAttribute('href'));
    expect(rows).toBe(0);

    // The pickers offer each city's 市妇联, by place; the unit between them says its place.
    await page.goto(`${session.server.url}/connect`);
    await page.getByTestId('pick-a').fill('衢州市 · 市妇联');
    await page.getByTestId('pick-b').fill('衢州市 · 市水利局');
    await page.waitForURL(/a=unit_.*b=unit_/);
    const options = await page.locator('#a-units option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.endsWith('市妇联')).sort());
    expect(options).toEqual(['湖州市 · 市妇联', '衢州市 · 市妇联']);
    await expect.poll(() => page.getByTestId('via-units').getByRole('link').allTextContents()).toEqual(['衢州市 · 市生态环境局']);
    await page.getByTestId('graph-canvas').and(page.locator('[data-ready="true"]')).waitFor();
    await page.screenshot({ path: join(artifacts, 'scope-connect.png') });
    await close();
  });
});
