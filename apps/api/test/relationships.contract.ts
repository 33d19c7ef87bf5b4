// Relationship endpoints with concrete answers from the seed; run on the embedded store and on Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApi } from './utils/api.js';
import { qs } from './utils/api.js';

export function runRelationshipEndpoints(name: string, start: () => Promise<RunningApi>): void {
  describe(`relationship endpoints (${name})`, () => {
    let api: RunningApi;
    const ids: Record<string, string> = {};
    const unitId = async (unitName: string): Promise<string> => {
      if (ids[unitName]) return ids[unitName];
      const body = await api.json(`/api/units${qs({ q: unitName })}`);
      const hit = body.items.find((u: { name: string }) => u.name === unitName);
      if (!hit) throw new Error(`no unit ${unitName}`);
      return (ids[unitName] = hit.id);
    };

    beforeAll(async () => {
      api = await start();
    }, 120_000);
    afterAll(async () => {
      await api?.close();
    });

    it('GET /api/units finds units with their aliases', async () => {
      const body = await api.json(`/api/units${qs({ q: '应急' })}`);
      expect(body.total).toBe(1);
      expect(body.items[0]).toMatchObject({ name: '市应急管理局', kind: 'municipal_department' });
      expect(body.items[0].aliases).toContain('市应急局');
      const all = await api.json(`/api/units${qs({ limit: 5, offset: 0 })}`);
      expect(all).toMatchObject({ total: 49, limit: 5, offset: 0 });
      expect(all.items).toHaveLength(5);
      const collectives = await api.json(`/api/units${qs({ kind: 'collective' })}`);
      expect(collectives.items.map((u: { name: string }) => u.name).sort()).toEqual(
        ['中央环境保护督察衢州市整改工作领导小组各成员单位', '各县（市、区）政府', '各自然保护区管理机构', '市深化“亩均论英雄”改革工作领导小组各成员单位', '市级相关部门', '市节能办相关成员单位', '相关县（市、区）政府'].sort(),
      );
    });

    it('GET /api/units/:id gives counts by role and partners', async () => {
      const body = await api.json(`/api/units/${await unitId('市生态环境局')}`);
      expect(body.unit.name).toBe('市生态环境局');
      expect(body.counts).toEqual({ lead: 48, support: 45, projects: 19 });
      expect(body.partners.length).toBeGreaterThan(0);
      expect(body.partners[0].unit.name).toBeTypeOf('string');
    });

    it('GET /api/units/:id/tasks lists the tasks a unit leads, with numbers and source rows', async () => {
      const id = await unitId('市妇联');
      const led = await api.json(`/api/units/${id}/tasks${qs({ role: 'lead' })}`);
      expect(led.items.map((t: { task: { number: number } }) => t.task.number)).toEqual([17, 19]);
      expect(led.items[0].provenance.lines).toEqual({ start: 109, end: 113 });
      const water = await api.json(`/api/units/${await unitId('市水利局')}/tasks${qs({ role: 'lead', limit: 100 })}`);
      expect(water.items.map((t: { task: { number: number } }) => t.task.number)).toEqual([13, 14, 45, 47, 48, 53, 61, 91, 101]);
      const page2 = await api.json(`/api/units/${await unitId('市水利局')}/tasks${qs({ role: 'lead', limit: 4, offset: 4 })}`);
      expect(page2).toMatchObject({ total: 9, limit: 4, offset: 4 });
      expect(page2.items.map((t: { task: { number: number } }) => t.task.number)).toEqual([48, 53, 61, 91]);
    });

    it('GET /api/units/:a/shared/:b lists the work two units share', async () => {
      const body = await api.json(`/api/units/${await unitId('市妇联')}/shared/${await unitId('市生态环境局')}`);
      expect(body.tasks.map((t: { task: { number: number } }) => t.task.number)).toEqual([17, 19]);
      expect(body.tasks[0]).toMatchObject({ roleA: 'lead', roleB: 'support' });
    });

    it('GET /api/units/:a/connections/:b finds 市妇联 → 市生态环境局 → 市水利局', async () => {
      const body = await api.json(`/api/units/${await unitId('市妇联')}/connections/${await unitId('市水利局')}${qs({ maxHops: 6 })}`);
      expect(body.hops).toBe(4);
      expect(body.viaUnits.map((u: { name: string }) => u.name)).toEqual(['市生态环境局']);
    });

    it('GET /api/explain says it in sentences that cite rows', async () => {
      const body = await api.json(`/api/explain${qs({ a: await unitId('市妇联'), b: await unitId('市水利局') })}`);
      expect(body.kind).toBe('path');
      expect(body.summary.zh).toContain('经由市生态环境局相联系');
      expect(body.summary.en).toContain('linked through 市生态环境局');
      expect(body.sentences).toHaveLength(2);
      expect(body.sentences[0].citation.sourceName).toBe('quzhou-eco-civilization-plan.txt');
      expect(body.sentences[0].zh).toMatch(/^市妇联(牵头|配合)任务\d+，市生态环境局/);
      const shared = await api.json(`/api/explain${qs({ a: await unitId('市妇联'), b: await unitId('市生态环境局') })}`);
      expect(shared.kind).toBe('shared');
      expect(shared.sentences[0].zh).toContain('共同承担任务17（市妇联牵头，市生态环境局配合）');
      expect(shared.sentences[0].citation.lines).toEqual({ start: 109, end: 113 });
    });

    it('GET /api/network gives Cytoscape elements', async () => {
      const body = await api.json('/api/network');
      // Every one of the 49 units shares at least one task or project with another.
      expect(body.nodes.length).toBe(49);
      const lonely = body.nodes.find((n: { data: { label: string } }) => n.data.label === '市委编办');
      expect(lonely.data).toMatchObject({ kind: 'party_or_people_org' });
      expect(body.edges[0].data).toEqual(expect.objectContaining({ source: expect.any(String), target: expect.any(String), shared: expect.any(Number) }));
      const dense = await api.json(`/api/network${qs({ minShared: 10 })}`);
      expect(dense.edges.length).toBeLessThan(body.edges.length);
    });

    it('GET /api/nodes/:id/neighbourhood gives the elements around a task', async () => {
      const body = await api.json(`/api/nodes/${encodeURIComponent(await taskId(api, 22))}/neighbourhood${qs({ depth: 1 })}`);
      const labels = body.nodes.map((n: { data: { label: string } }) => n.data.label);
      expect(labels).toEqual(expect.arrayContaining(['市经信局', '市发改委', '市生态环境局', '市市场监管局', '市财政局']));
    });
  });
}

export async function taskId(api: RunningApi, number: number): Promise<string> {
  const docs = await api.json('/api/documents');
  return `${docs.items[0].id}.t${number}`;
}
