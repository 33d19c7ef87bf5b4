// The Compare view in Chromium: two plans picked from the header's nav (the fixture pair, 杭州市 and 宁波市
// 美丽城市建设行动实施方案), then two places (衢州市 against 宁波市); a screenshot of each goes to test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { comparePairSeeds } from '../../../scripts/test-support/compare-pair.js';
import { artifacts, browserAvailable, browserSession } from './utils/session.js';


// The answers are those counted by hand in packages/graph/test/compare.contract.ts.
describe.runIf(browserAvailable)('the Compare view in Chromium', () => {
  const session = browserSession(() => ({ seedsDir: comparePairSeeds() }), { viewport: { width: 1280, height: 900 } });
  const open = session.open;
  const departments = (page: Page) => page.getByTestId('compare-department').locator('th').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));

  it('two plans picked from the nav: departments with their contrasts, matching pairs, unmatched tasks, years and targets', async () => {
    const { page, close } = await open('/');
    await page.getByRole('link', { name: '方案对比' }).click();
    await page.waitForURL(/\/compare/);
    await page.getByRole('combobox', { name: '甲方' }).selectOption({ label: '杭州市美丽城市建设行动实施方案' });
    await page.getByRole('combobox', { name: '乙方' }).selectOption({ label: '宁波市美丽城市建设行动实施方案' });
    await page.getByRole('button', { name: '对比' }).click();
    await page.waitForURL(/\/compare\?a=doc_0m1q3kngwaula&b=doc_1igensy9pxcvy/);

    await expect.poll(() => page.getByTestId('compare-department').count()).toBe(15);
    expect((await departments(page)).slice(0, 4)).toEqual(['生态环境局', '住建局', '发改委', '水利局']);
    expect(await page.getByTestId('compare-department').nth(1).locator('td').allTextContents()).toEqual(['3', '1', '0', '2', '甲方牵头、乙方仅配合']);
    expect(await page.getByTestId('compare-department').filter({ hasText: '气象局' }).locator('td').allTextContents()).toEqual(['—', '—', '1', '0', '仅乙方']);
    expect(await page.getByTestId('contrast-only-a').locator('.count').textContent()).toBe('3');
    expect(await page.getByTestId('compare-pair').locator('td.similarity').allTextContents()).toEqual(['0.938', '0.75', '0.643', '0.516', '0.414', '0.375']);
    expect(await page.getByTestId('compare-unmatched').count()).toBe(7);
    expect(await page.getByTestId('compare-side-a').getByTestId('side-tasks').textContent()).toBe('10');
    expect(await page.getByTestId('compare-side-b').getByTestId('side-years').textContent()).toBe('2025 ×12026 ×3');
    expect(await page.getByTestId('compare-side-a').locator('.compare-targets li strong').allTextContents()).toEqual(['95%', '10条', '10%', '500个', '100公里']);
    await page.screenshot({ path: join(artifacts, 'compare-plans.png'), fullPage: true });

    await page.getByTestId('contrast-lead-b-support-a').click();
    await expect.poll(() => departments(page)).toEqual(['水利局', '资源规划局']);
    await page.screenshot({ path: join(artifacts, 'compare-contrast.png') });

    // The workbook the export link names.
    const xlsx = await page.request.get(`${session.server.url}${await page.getByTestId('compare-xlsx').getAttribute('href')}`);
    expect([xlsx.status(), xlsx.headers()['content-type']]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    await close();
  });

  it('two places: 衢州市 against 宁波市', async () => {
    const { page, close } = await open(`/compare?a=${encodeURIComponent('衢州市')}&b=${encodeURIComponent('宁波市')}`);
    await expect.poll(() => page.getByTestId('compare-department').count()).toBe(41);
    expect((await departments(page)).slice(0, 3)).toEqual(['生态环境局', '住建局', '经信局']);
    expect(await page.getByTestId('compare-department').first().locator('td').allTextContents()).toEqual(['48', '45', '3', '4', '两方均有']);
    expect(await page.getByTestId('compare-pair').count()).toBe(1);
    expect(await page.getByTestId('compare-side-a').getByTestId('side-tasks').textContent()).toBe('117');
    await page.screenshot({ path: join(artifacts, 'compare-places.png') });
    await close();
  });

  it('at phone width the page does not scroll sideways: the tables do', async () => {
    const { page, close } = await open('/compare?a=doc_0m1q3kngwaula&b=doc_1igensy9pxcvy', { width: 390, height: 844 });
    await expect.poll(() => page.getByTestId('compare-department').count()).toBe(15);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(artifacts, 'compare-phone.png'), fullPage: true });
    await close();
  });
});
