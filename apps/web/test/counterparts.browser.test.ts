// A unit across places and plans in Chromium, on the seed and its 湖州市 copy: the unit page's counterparts
// and its plans by year, and the network grouped by place; screenshots go to test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HUZHOU_DOC, QUZHOU_DOC, twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { drawing } from './utils/drawing.js';
import { artifacts, browserAvailable, browserSession } from './utils/session.js';


const ECO_QUZHOU = 'unit_34lliq8kmeux3';
const ECO_HUZHOU = 'unit_13yo0u5yihpxv';
const CHANGSHAN = 'unit_08vja7gfwn2nt';

describe.runIf(browserAvailable)('a unit across places and plans in Chromium (two cities)', () => {
  const session = browserSession(() => ({ seedsDir: twoCitySeeds() }), { viewport: { width: 1280, height: 900 } });
  const open = session.open;
  const rows = (page: Page) => page.getByTestId('unit-plans').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));

  it('衢州市’s 市生态环境局: its counterpart in 湖州市, its plan with 48 led, 45 supported, 19 projects; the plan link narrows its tasks', async () => {
    const { page, close } = await open(`/units/${ECO_QUZHOU}`);
    const counterparts = page.getByTestId('unit-counterparts');
    await expect.poll(() => counterparts.locator('li').allTextContents()).toEqual(['湖州市 · 市生态环境局市级 · 牵头 48 · 配合 45 · 1 份方案 · 对比两地']);
    expect(await counterparts.locator('h2 .count').textContent()).toBe('1');
    expect(await rows(page)).toEqual([['未注明', '衢州市生态文明示范创建行动实施方案', '48', '45', '19']]);
    await expect.poll(() => page.getByTestId('unit-task').count()).toBe(93);
    await page.screenshot({ path: join(artifacts, 'unit-counterparts.png'), fullPage: false });

    await page.getByTestId('unit-plans').getByRole('link', { name: '衢州市生态文明示范创建行动实施方案' }).click();
    await page.waitForURL(new RegExp(`/units/${ECO_QUZHOU}\\?document=${QUZHOU_DOC}$`));
    expect(await page.getByTestId('plan-filter').textContent()).toBe('仅显示此方案中的任务：衢州市生态文明示范创建行动实施方案 · 显示全部方案');
    await expect.poll(() => page.getByTestId('unit-task').count()).toBe(93);
    expect(await page.locator('.plan-table tr.current td').nth(1).textContent()).toBe('衢州市生态文明示范创建行动实施方案');
    await page.getByRole('link', { name: '显示全部方案' }).click();
    await page.waitForURL(new RegExp(`/units/${ECO_QUZHOU}$`));
    expect(await page.getByTestId('plan-filter').count()).toBe(0);

    // A plan that does not name the unit (as the scope picker may pick): its title, and no task.
    await page.goto(`${session.server.url}/units/${ECO_QUZHOU}?document=${HUZHOU_DOC}`);
    await expect.poll(() => page.getByTestId('plan-filter').textContent()).toBe('仅显示此方案中的任务：湖州市生态文明示范创建行动实施方案 · 显示全部方案');
    expect(await page.getByTestId('unit-task').count()).toBe(0);
    await page.goto(`${session.server.url}/units/${ECO_QUZHOU}`);

    await counterparts.getByRole('link', { name: '湖州市 · 市生态环境局' }).click();
    await page.waitForURL(new RegExp(`/units/${ECO_HUZHOU}$`));
    await expect.poll(() => page.getByTestId('unit-counterparts').locator('li').allTextContents()).toEqual(['衢州市 · 市生态环境局市级 · 牵头 48 · 配合 45 · 1 份方案 · 对比两地']);
    // Both places issued plans: the two can be compared side by side.
    await page.getByTestId('unit-counterparts').getByRole('link', { name: '对比两地' }).click();
    await page.waitForURL(/\/compare\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ a: '湖州市', b: '衢州市' });
    await close();
  });

  it('常山县政府: named by both plans (by title, no year), its counterparts the other county governments by code', async () => {
    const { page, close } = await open(`/units/${CHANGSHAN}`);
    await expect.poll(() => rows(page)).toEqual([
      ['未注明', '湖州市生态文明示范创建行动实施方案', '0', '0', '2'],
      ['未注明', '衢州市生态文明示范创建行动实施方案', '0', '0', '2'],
    ]);
    // Counties that issued no plan: nothing to compare, only the units.
    const names = await page.getByTestId('unit-counterparts').getByRole('link').allTextContents();
    expect(names).toEqual(['吴兴区 · 吴兴区政府', '南浔区 · 南浔区政府', '德清县 · 德清县政府', '长兴县 · 长兴县政府', '安吉县 · 安吉县政府', '柯城区 · 柯城区政府', '衢江区 · 衢江区政府', '开化县 · 开化县政府', '龙游县 · 龙游县政府', '江山市 · 江山市政府']);
    await page.screenshot({ path: join(artifacts, 'unit-plans-by-year.png'), fullPage: false });
    await close();
  });

  it('the network of both cities groups units by place: 2 places (the six 衢州 counties with 衢州市), every unit inside its own, places apart; a place closes to one node and opens again', async () => {
    const { page, close } = await open('/');
    const ready = () => page.getByTestId('graph-canvas').and(page.locator('[data-ready="true"]')).getAttribute('data-node-count');
    // 92 units in 2 places: 湖州市's 43, and 衢州市's 43 with the six counties both plans name (they issued no plan).
    await expect.poll(ready).toBe(String(92 + 2));
    const drawn = await drawing(page);
    expect(drawn.parents.map((p) => p.display).sort()).toEqual(['湖州市 · 43 个单位', '衢州市 · 49 个单位']);
    expect(drawn.units).toHaveLength(92);
    expect(drawn.units.filter((u) => u.parent !== (u.jurisdiction === '湖州市' ? 'place:湖州市' : 'place:衢州市'))).toEqual([]);
    expect(drawn.units.filter((u) => !u.inside)).toEqual([]);
    expect(drawn.overlaps).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'network-places.png') });

    await page.goto(`${session.server.url}/?closed=${encodeURIComponent('衢州市')}`);
    // 衢州市 is one node now, beside 湖州市 and its 43 units.
    await expect.poll(ready).toBe(String(2 + 43));
    expect((await drawing(page)).collapsed).toEqual(['衢州市\n49 个单位']);
    await page.getByRole('button', { name: '收起全部地区' }).click();
    await expect.poll(ready).toBe('2');
    expect((await drawing(page)).collapsed.sort()).toEqual(['湖州市\n43 个单位', '衢州市\n49 个单位']);
    // A click on a closed place opens it (and the URL says so).
    const at = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph-canvas"]') as unknown as HTMLElement & { _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } };
      const p = el._cyreg.cy.getElementById('place:衢州市').renderedPosition();
      const box = el.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    await expect.poll(ready).toBe(String(2 + 49));
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?closed=湖州市');
    await page.getByRole('button', { name: '展开全部地区' }).click();
    await expect.poll(ready).toBe(String(92 + 2));
    await close();
  });
});
