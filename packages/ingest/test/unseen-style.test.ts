// A plan in another city's style, written by hand with its expected edges: 责任单位 with
// （牵头） marks, stacked units, a two-part collective, 清单 instead of 表, 完成时限.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';

const text = readFileSync(new URL('./fixtures/hangzhou-style.txt', import.meta.url), 'utf8');
const { ok, graph } = parsePlan(text, { sourceName: 'hangzhou-style.txt' });
const name = new Map(graph.units.map((u) => [u.id, u.name]));
const edges = graph.relations
  .filter((r) => (r.type === 'LEADS' || r.type === 'SUPPORTS') && !r.inferred)
  .map((r) => `${graph.tasks.find((t) => t.id === r.to)!.number} ${r.type} ${name.get(r.from)}`)
  .sort();

describe('a plan in another style', () => {
  it('reads title, jurisdiction, chapters and tasks', () => {
    expect(ok).toBe(true);
    expect(graph.document).toMatchObject({ title: '杭州市数字经济发展三年行动计划', jurisdiction: '杭州市' });
    expect(graph.sections.filter((s) => s.kind === 'chapter').map((s) => s.title)).toEqual(['做强数字产业', '推进数字治理']);
    expect(graph.tasks.map((t) => [t.number, t.deadline, t.years])).toEqual([
      [1, '2025年底前', []],
      [2, '2024年', [2024]],
      [3, '持续推进', []],
      [4, '2023年', []],
    ]);
  });

  it('splits leads from supports by the （牵头） marks', () => {
    expect(edges).toEqual(
      [
        '1 LEADS 市经信局',
        '1 SUPPORTS 市发改委',
        '1 SUPPORTS 市商务局',
        '2 LEADS 市发改委', // 市发展改革委 here, 市发改委 in task 1: one body
        '2 SUPPORTS 市经信局',
        '2 SUPPORTS 各区、县（市）政府',
        '3 LEADS 市数据资源局',
        '3 LEADS 市公安局',
        '3 LEADS 市城管局',
        '4 LEADS 市农业农村局',
      ].sort(),
    );
  });

  it('merges spellings across the document and expands the collective to 杭州市 districts', () => {
    // 市发展改革委 is 市发改委: one unit, named as the plan first writes it most.
    const ndrc = graph.units.filter((u) => u.fullName === '市发展和改革委员会');
    expect(ndrc).toHaveLength(1);
    const collective = graph.units.find((u) => u.name === '各区、县（市）政府')!;
    expect(collective.kind).toBe('collective');
    expect(collective.memberIds!.map((id) => name.get(id))).toContain('西湖区政府');
    expect(graph.enterprises.map((e) => e.name)).toEqual(['杭州海康威视数字技术股份有限公司']);
  });
});
