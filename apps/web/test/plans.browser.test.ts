// The Plans page in Chromium: the list of the two-city seeds narrowed by the scope picker; without the token
// no admin controls; with it, a refused upload shows the parser's diagnostics, a small plan uploads and
// appears with its counts, and a confirmed delete takes it away. Screenshots go to test-artifacts/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HUZHOU_DOC, QUZHOU_DOC, twoCitySeeds } from '../../../scripts/test-support/two-cities.js';
import { artifacts, browserAvailable, browserSession } from './utils/session.js';

const TOKEN = 'plans-page-admin-token-0123456789';

// Three tasks, hand-counted units: 市生态环境局, 市发改委, 市住建局, 市水利局, 市经信局.
const SMALL_PLAN = [
  '衢州市上传测试实施方案工作任务责任分解表',
  '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位',
  '\t1\n\t到2025年，完成全市燃煤锅炉淘汰改造。\n\t市生态环境局\n\t市发改委',
  '\t2\n\t到2025年，建成城镇污水零直排区。\n\t市住建局\n\t市生态环境局、市水利局',
  '\t3\n\t推进绿色低碳工业园区建设。\n\t市经信局\n\t市发改委',
].join('\n\n');

describe.runIf(browserAvailable)('the Plans page in Chromium', () => {
  const session = browserSession(() => ({ seedsDir: twoCitySeeds(), adminToken: TOKEN }), { viewport: { width: 1280, height: 800 } });
  const open = session.open;
  /** Each listed plan: [title link, place, tasks, projects, units]. */
  const rows = (page: Page) =>
    page.getByTestId('plans').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [0, 1, 4, 5, 6].map((i) => (i === 0 ? tr.querySelector('td a')?.textContent : tr.children[i]?.textContent) ?? '')));

  it('lists the plans by place code, narrowed by the picker, each opening its views; no admin controls without the token', async () => {
    const { page, close } = await open('/');
    await page.getByRole('link', { name: '方案', exact: true }).click();
    await page.waitForURL(/\/plans$/);
    await expect.poll(() => rows(page)).toEqual([
      ['湖州市生态文明示范创建行动实施方案', '湖州市', '117', '28', '54'],
      ['衢州市生态文明示范创建行动实施方案', '衢州市', '117', '28', '49'],
    ]);
    expect(await page.getByTestId('plans-range').textContent()).toBe('1–2 共 2');
    expect([await page.getByRole('button', { name: '删除' }).count(), await page.getByTestId('upload-form').count()]).toEqual([0, 0]);
    await page.screenshot({ path: join(artifacts, 'plans-list.png'), fullPage: true });

    // The province above both cities issued no plan of its own, and covers both.
    await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '浙江省 (0)' });
    await page.waitForURL(/jurisdiction=%E6%B5%99%E6%B1%9F%E7%9C%81/);
    await expect.poll(() => rows(page).then((r) => r.map(([, place]) => place))).toEqual(['湖州市', '衢州市']);
    await page.getByRole('combobox', { name: '范围' }).selectOption({ label: '衢州市 (1)' });
    await expect.poll(() => rows(page)).toEqual([['衢州市生态文明示范创建行动实施方案', '衢州市', '117', '28', '49']]);
    await page.locator(`tr[data-plan="${QUZHOU_DOC}"]`).getByRole('link', { name: '责任检查' }).click();
    await page.waitForURL((url) => url.pathname === '/checks' && url.searchParams.get('document') === QUZHOU_DOC && !url.searchParams.has('jurisdiction'));
    await expect.poll(() => page.getByTestId('check-multiLeadTasks').locator('summary .count').textContent()).toBe('18');
    await close();
  });

  it('with the token: a refused upload shows the diagnostics, a small plan appears with its counts, a confirmed delete removes it', async () => {
    const { page, close } = await open('/plans');
    await expect.poll(() => rows(page).then((r) => r.length)).toBe(2);
    await page.getByLabel('管理令牌').fill(TOKEN);
    await page.getByRole('button', { name: '使用令牌' }).click();
    await expect.poll(() => page.evaluate(() => window.sessionStorage.getItem('dutymap.adminToken'))).toBe(TOKEN);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);

    const upload = page.getByLabel('上传方案');
    await upload.setInputFiles({ name: 'not-a-plan.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是一份方案，只有一句话。\n') });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    const refused = page.getByTestId('upload-error');
    await expect.poll(() => refused.locator('code').first().textContent()).toMatch(/^422 unparsable-document: /);
    expect(await refused.locator('.diagnostics li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'plans-upload-refused.png'), fullPage: true });

    await upload.setInputFiles({ name: 'upload-plan.txt', mimeType: 'text/plain', buffer: Buffer.from(SMALL_PLAN) });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await expect.poll(() => page.getByTestId('upload-done').textContent()).toBe('已载入：衢州市上传测试实施方案 · 3 项任务 · 0 个项目');
    await expect.poll(() => rows(page)).toEqual([
      ['湖州市生态文明示范创建行动实施方案', '湖州市', '117', '28', '54'],
      ['衢州市上传测试实施方案', '衢州市', '3', '0', '5'],
      ['衢州市生态文明示范创建行动实施方案', '衢州市', '117', '28', '49'],
    ]);
    // The picker learnt of the new plan too.
    await expect.poll(() => page.getByRole('combobox', { name: '范围' }).locator('option', { hasText: '衢州市 (2)' }).count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'plans-uploaded.png'), fullPage: true });

    const row = page.locator('tr', { hasText: '衢州市上传测试实施方案' });
    await row.getByRole('button', { name: '删除' }).click();
    await row.getByRole('button', { name: '取消' }).click();
    expect(await rows(page).then((r) => r.length)).toBe(3);
    await row.getByRole('button', { name: '删除' }).click();
    await row.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(() => rows(page).then((r) => r.map(([title]) => title))).toEqual(['湖州市生态文明示范创建行动实施方案', '衢州市生态文明示范创建行动实施方案']);
    expect(await page.locator(`tr[data-plan="${HUZHOU_DOC}"]`).count()).toBe(1);

    // The token went in headers only: never in a URL, never in the server's log.
    expect(page.url()).not.toContain(TOKEN);
    expect(session.server.output()).not.toContain(TOKEN);
    await page.getByRole('button', { name: '清除令牌' }).click();
    expect([await page.evaluate(() => window.sessionStorage.getItem('dutymap.adminToken')), await page.getByTestId('upload-form').count(), await page.getByRole('button', { name: '删除' }).count()]).toEqual([null, 0, 0]);
    await close();
  });
});
