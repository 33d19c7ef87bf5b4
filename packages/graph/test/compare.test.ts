// The comparison's text parts on their own: the match threshold measured on real text, quantities read from tasks.
import { describe, expect, it } from 'vitest';
import type { CompareTask } from '@dutymap/model';
import { compareSides, MATCH_THRESHOLD, quantitiesOf, type SideData } from '../src/core/compare.js';
import { seedGraph } from './utils/seed.js';

const side = (tasks: CompareTask[]): SideData => ({ kind: 'document', key: 'x', label: 'x', jurisdiction: '衢州市', plans: [], tasks, roles: [] });

describe('compare: text', () => {
  it('the threshold finds the tasks the seed’s key projects restate in other words, and no wrong one', async () => {
    const seed = await seedGraph();
    const projects = seed.projects.map((p) => ({ id: p.id, documentId: 'projects', number: p.number, text: `${p.name}${p.content}`, years: [] }));
    const tasks = seed.tasks.map((t) => ({ id: t.id, documentId: 'tasks', number: t.number, text: t.text, years: t.years }));
    const restates = new Set(seed.relations.filter((r) => r.type === 'IMPLEMENTS').map((r) => `${r.from}|${r.to}`));
    const restating = new Set(seed.relations.filter((r) => r.type === 'IMPLEMENTS').map((r) => r.from));
    const c = compareSides(side(projects), side(tasks), { limit: 500, offset: 0, contrast: null });
    expect(MATCH_THRESHOLD).toBe(0.3);
    expect(restating.size).toBe(28);
    // 24 of the 28 projects that restate a task meet one of theirs; no pair is one ingest did not link.
    expect(c.matched.total).toBe(24);
    expect(c.matched.items.filter((p) => !restates.has(`${p.a.id}|${p.b.id}`))).toEqual([]);
    // Project 1 (燃煤锅炉淘汰工程) is task 22 less its year.
    expect(c.matched.items.find((p) => p.a.number === 1)?.b.number).toBe(22);
  });

  it('reads numbers with a unit or a percent, not years or baselines written as years', () => {
    expect(quantitiesOf('到2020年，全市单位GDP能耗比2015年下降7%，新建污水管网100公里、处理厂3座。')).toEqual(['7%', '100公里', '3座']);
    expect(quantitiesOf('城镇污水处理率达到９５％以上，提高2.5个百分点，植树1000万株。')).toEqual(['95%', '2.5个百分点', '1000万株']);
    expect(quantitiesOf('落实六个百分之百措施。')).toEqual([]);
  });
});
