// The one contract every GraphStore adapter passes: exact answers on a tiny fixture and on the seed plan.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DutyGraph, Scope } from '@dutymap/model';
import type { GraphStore } from '../src/index.js';
import { runCompareContract } from './compare.contract.js';
import { fixtureGraph, fixtureInOtherCity, ids, DOC, OTHER } from './utils/fixture.js';
import { lookup, seedGraph } from './utils/seed.js';
import { codeOf } from './utils/code-of.js';

export interface ContractOptions {
  name: string;
  /** A new, empty store. */
  create: () => Promise<GraphStore>;
}

/** The plan issued by a GB/T 2260 division: the document and its own place's units carry the code. */
const withCodeOf = (graph: DutyGraph, jurisdictionCode: string): DutyGraph => ({
  ...graph,
  document: { ...graph.document, jurisdictionCode },
  units: graph.units.map((u) => (u.jurisdiction === graph.document.jurisdiction ? { ...u, jurisdictionCode } : u)),
});

export function runGraphStoreContract({ name, create }: ContractOptions): void {
  describe(`GraphStore contract: ${name}`, () => {
    runCompareContract(create);

    describe('tiny fixture', () => {
      let store: GraphStore;
      let loadedBetween: [string, string];
      beforeAll(async () => {
        store = await create();
        const before = new Date().toISOString();
        await store.loadDocument(fixtureGraph());
        loadedBetween = [before, new Date().toISOString()];
      });
      afterAll(async () => store.close());

      it('lists the document with its counts and when it was loaded', async () => {
        const page = await store.documents();
        expect(page).toEqual({
          items: [
            {
              id: DOC, title: '示例市测试实施方案', jurisdiction: '示例市', jurisdictionCode: null, year: null, issuer: null, sourceName: 'fixture.txt', sha256: 'a'.repeat(64),
              taskCount: 4, projectCount: 1, unitCount: 7, loadedAt: expect.any(String),
            },
          ],
          total: 1,
          limit: 20,
          offset: 0,
        });
        const loadedAt = page.items[0]?.loadedAt as string;
        expect(new Date(loadedAt).toISOString()).toBe(loadedAt);
        expect(loadedAt >= loadedBetween[0] && loadedAt <= loadedBetween[1]).toBe(true);
        expect(await store.documentHashes()).toEqual([{ id: DOC, sha256: 'a'.repeat(64) }]);
      });

      it('keeps when a document was loaded across a reload of the same content, not of new content', async () => {
        const [first] = (await store.documents()).items;
        await store.loadDocument(fixtureGraph());
        expect((await store.documents()).items[0]?.loadedAt).toBe(first?.loadedAt);
        // Another version is loaded afresh; loading the first back is a change again.
        const changed = fixtureGraph();
        changed.document = { ...changed.document, sha256: 'c'.repeat(64) };
        const before = new Date().toISOString();
        await store.loadDocument(changed);
        await store.loadDocument(fixtureGraph());
        const [again] = (await store.documents()).items;
        expect([again?.sha256, (again?.loadedAt as string) >= before]).toEqual(['a'.repeat(64), true]);
      });

      it('tasksOfUnit gives the tasks a unit leads with section, chapter and co-units', async () => {
        const tasks = (await store.tasksOfUnit(ids.a)).items;
        expect(tasks.map((t) => [t.task.number, t.role, t.section.id, t.chapter?.id])).toEqual([
          [1, 'lead', ids.group, ids.chapter],
          [2, 'lead', ids.group, ids.chapter],
        ]);
        // Leads first, then supports, each by name (市丙局 sorts before 市乙局 by code point).
        expect(tasks[0]?.coUnits.map((l) => [l.unit.id, l.role])).toEqual([
          [ids.c, 'support'],
          [ids.b, 'support'],
        ]);
        expect(tasks[1]?.coUnits.map((l) => [l.unit.id, l.role, l.inferred])).toEqual([
          [ids.b, 'lead', false],
          [ids.all, 'support', false],
        ]);
        expect(tasks[0]?.provenance.lines).toEqual({ start: 5, end: 6 });
      });

      it('tasksOfUnit filters by role and section', async () => {
        expect((await store.tasksOfUnit(ids.b, { role: 'support' })).items.map((t) => t.task.number)).toEqual([1]);
        expect((await store.tasksOfUnit(ids.b, { role: 'lead' })).items.map((t) => t.task.number)).toEqual([2]);
        expect((await store.tasksOfUnit(ids.c, { sectionId: ids.group })).items.map((t) => t.task.number)).toEqual([1]);
        expect((await store.tasksOfUnit(ids.c, { sectionId: ids.chapter })).items.map((t) => t.task.number)).toEqual([1, 3]);
      });

      it('keeps inferred edges out unless asked, and marks them', async () => {
        expect(await store.tasksOfUnit(ids.g1)).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
        const inferred = (await store.tasksOfUnit(ids.g1, { includeInferred: true })).items;
        expect(inferred.map((t) => [t.task.number, t.role, t.inferred, t.via])).toEqual([[2, 'support', true, ids.all]]);
        const detail = await store.unit(ids.g1);
        expect(detail.counts).toEqual({ lead: 0, support: 0, projects: 1 });
        expect(detail.inferredCounts).toEqual({ lead: 0, support: 1, projects: 0 });
        expect(detail.documentIds).toEqual([DOC]);
      });

      it('partners split by role pair and weighted by 1/(units on the work - 1)', async () => {
        const partners = (await store.partners(ids.a)).items;
        const byId = new Map(partners.map((p) => [p.unit.id, p]));
        expect(byId.get(ids.b)).toEqual({ unit: { id: ids.b, name: '市乙局', kind: 'municipal_department', jurisdiction: '示例市' }, shared: 2, leadLead: 1, leadSupport: 1, supportLead: 0, supportSupport: 0, project: 0, weight: 1 });
        expect(byId.get(ids.g1)).toMatchObject({ shared: 1, project: 1, weight: 1 });
        expect(byId.get(ids.c)).toMatchObject({ shared: 1, leadSupport: 1, weight: 0.5 });
        expect(byId.get(ids.all)).toMatchObject({ shared: 1, leadSupport: 1, weight: 0.5 });
        expect(partners.map((p) => p.unit.id).slice(0, 2)).toEqual([ids.b, ids.g1]);
        expect(partners).toHaveLength(4);
        const withInferred = new Map((await store.partners(ids.a, { includeInferred: true })).items.map((p) => [p.unit.id, p]));
        // t2 then has five units (甲, 乙, the collective and its two members): 1/4 each.
        expect(withInferred.get(ids.g1)).toMatchObject({ shared: 2, project: 1, leadSupport: 1, weight: 1.25 });
        expect(withInferred.get(ids.b)).toMatchObject({ weight: 0.75 });
      });

      it('sharedWork lists both roles', async () => {
        const shared = await store.sharedWork(ids.a, ids.b);
        expect(shared.tasks.map((t) => [t.task.number, t.roleA, t.roleB])).toEqual([
          [1, 'lead', 'support'],
          [2, 'lead', 'lead'],
        ]);
        expect(shared.projects).toEqual([]);
        expect((await store.sharedWork(ids.a, ids.g1)).projects.map((p) => p.project.number)).toEqual([1]);
      });

      it('connections finds the shortest unit-work-unit paths', async () => {
        const c = await store.connections(ids.b, ids.d);
        expect(c.hops).toBe(4);
        expect(c.pathCount).toBe(1);
        expect(c.viaUnits.map((u) => u.id)).toEqual([ids.c]);
        expect(c.paths[0]?.nodes.map((n) => n.id)).toEqual([ids.b, ids.t1, ids.c, ids.t3, ids.d]);
        // Units say their place; works do not have one of their own.
        expect(c.paths[0]?.nodes.map((n) => n.jurisdiction ?? null)).toEqual(['示例市', null, '示例市', null, '示例市']);
        expect(c.paths[0]?.edges).toEqual([
          { type: 'SUPPORTS', inferred: false },
          { type: 'SUPPORTS', inferred: false },
          { type: 'LEADS', inferred: false },
          { type: 'SUPPORTS', inferred: false },
        ]);
        expect((await store.connections(ids.a, ids.g2)).hops).toBeNull();
        const inferred = await store.connections(ids.a, ids.g2, { includeInferred: true });
        expect([inferred.hops, inferred.pathCount, inferred.paths[0]?.edges[1]]).toEqual([2, 1, { type: 'SUPPORTS', inferred: true }]);
        expect((await store.connections(ids.b, ids.d, { maxHops: 3 })).hops).toBeNull();
      });

      it('neighbourhood returns Cytoscape elements, nearest first, cut at the limit', async () => {
        const n = await store.neighbourhood(ids.a);
        expect(n.nodes.map((x) => [x.data.id, x.data.kind, x.data.depth])).toEqual([
          [ids.a, 'unit', 0],
          [ids.p1, 'project', 1],
          [ids.t1, 'task', 1],
          [ids.t2, 'task', 1],
        ]);
        expect(n.edges.map((e) => e.data.id)).toEqual([`LEADS|${ids.a}|${ids.t1}|`, `LEADS|${ids.a}|${ids.t2}|`, `RESPONSIBLE_FOR|${ids.a}|${ids.p1}|`]);
        expect(n.truncated).toBe(false);
        const cut = await store.neighbourhood(ids.t2, { depth: 2, limit: 3 });
        expect([cut.nodes.length, cut.truncated]).toEqual([3, true]);
        const withInferred = await store.neighbourhood(ids.t2, { includeInferred: true });
        expect(withInferred.nodes.map((x) => x.data.id)).toContain(ids.g2);
        expect((await store.neighbourhood(ids.t2)).nodes.map((x) => x.data.id)).not.toContain(ids.g2);
      });

      it('coResponsibilityNetwork weighs unit pairs', async () => {
        const net = await store.coResponsibilityNetwork();
        const ab = net.edges.find((e) => [e.source, e.target].sort().join() === [ids.a, ids.b].sort().join());
        expect(ab).toMatchObject({ shared: 2, weight: 1 });
        expect(net.edges).toHaveLength(7);
        expect([net.nodes.length, net.aggregated, net.truncated, net.total]).toEqual([6, false, false, { nodes: 6, edges: 7 }]);
        const leads = await store.coResponsibilityNetwork({ role: 'lead' });
        expect(leads.edges.map((e) => [e.source, e.target, e.shared])).toEqual([[ids.a, ids.b, 1]]);
        expect((await store.coResponsibilityNetwork({ minShared: 2 })).edges).toHaveLength(1);
        expect((await store.coResponsibilityNetwork({ sectionId: ids.category })).edges.map((e) => [e.source, e.target])).toEqual([[ids.a, ids.g1]]);
      });

      it('sections form a tree per document with direct counts', async () => {
        const { items: [doc], total } = await store.sections();
        expect(total).toBe(1);
        expect(doc?.sections.map((s) => s.section.id)).toEqual([ids.annex1, ids.annex2]);
        const chapter = doc?.sections[0]?.children[0];
        expect([chapter?.section.id, chapter?.taskCount, chapter?.children[0]?.taskCount]).toEqual([ids.chapter, 2, 2]);
        expect(doc?.sections[1]?.children[0]?.projectCount).toBe(1);
      });

      it('task, project, enterprise and place details carry edges and provenance', async () => {
        const t1 = await store.task(ids.t1);
        expect(t1.leads.map((l) => l.unit.id)).toEqual([ids.a]);
        expect(t1.mentions.enterprises).toEqual([{ id: ids.e1, name: '示例公司' }]);
        expect(t1.implementedBy).toEqual([{ id: ids.p1, documentId: DOC, number: 1, name: '示例改造工程', score: 0.9 }]);
        expect(t1.provenance.sourceName).toBe('fixture.txt');
        expect(t1.document).toEqual({ id: DOC, title: '示例市测试实施方案' });
        const t3 = await store.task(ids.t3);
        expect(t3.supports).toEqual([{ unit: { id: ids.d, name: '市丁局', kind: 'municipal_department', jurisdiction: '示例市' }, role: 'support', inferred: false, via: null, openEnded: true }]);
        const p1 = await store.project(ids.p1);
        expect(p1.responsible.map((l) => l.unit.id).sort()).toEqual([ids.a, ids.g1].sort());
        expect(p1.implements.map((t) => t.number)).toEqual([1]);
        expect(p1.section.id).toBe(ids.category);
        const e1 = await store.enterprise(ids.e1);
        expect([e1.mentionedIn.tasks.map((t) => t.number), e1.mentionedIn.projects.map((p) => p.number), e1.unit]).toEqual([[1], [1], null]);
        expect([e1.mentionedIn.taskTotal, e1.mentionedIn.projectTotal, e1.responsibleFor, e1.responsibleForTotal]).toEqual([1, 1, [], 0]);
        const place = await store.place(ids.place);
        expect([place.mentionedIn.tasks.map((t) => t.number), place.mentionedIn.taskTotal, place.mentionedIn.projectTotal]).toEqual([[3], 1, 0]);
      });

      it('workload and stats count written edges, inferred apart', async () => {
        const w = await store.workload(ids.a);
        expect(w).toMatchObject({ tasksLed: 2, tasksSupported: 0, projects: 1, shareOfTasks: 0.5 });
        expect(w.chapters.map((c) => c.id)).toEqual([ids.chapter, ids.category].sort());
        expect((await store.workload(ids.g1)).inferred).toEqual({ tasksLed: 0, tasksSupported: 1, projects: 0 });
        // 丙 is the only bridge between {甲, 乙} and 丁.
        expect((await store.workload(ids.c)).bridgeScore).toBeGreaterThan(0);
        expect((await store.workload(ids.d)).bridgeScore).toBe(0);
        const stats = await store.stats();
        expect(stats).toMatchObject({ documents: 1, sections: 5, tasks: 4, projects: 1, units: 7, enterprises: 1, places: 1, inferredRelations: 2 });
        expect(stats.relations).toEqual({ LEADS: 5, SUPPORTS: 6, RESPONSIBLE_FOR: 2, MENTIONS: 3, IMPLEMENTS: 1, IN_SECTION: 5, PART_OF: 5 });
        // Every unit with a row, written or inferred (乙县 only has an inferred one).
        const workloads = await store.workloads({ limit: 2 });
        expect([workloads.total, workloads.items.map((w) => w.unit.id)]).toEqual([7, [ids.a, ids.d]]);
        // Those leading nothing last, by code point: 乙县政府 < 各县（市、区）政府 < 甲县政府.
        expect((await store.workloads({ limit: 3, offset: 4 })).items.map((w) => w.unit.id)).toEqual([ids.g2, ids.all, ids.g1]);
      });

      it('hygiene lists the responsibility checks', async () => {
        const h = await store.hygiene();
        expect(h.multiLeadTasks.items.map((x) => [x.task.number, x.leads.map((u) => u.id).sort()])).toEqual([[2, [ids.a, ids.b].sort()]]);
        expect(h.tasksWithoutSupport.items.map((t) => t.number)).toEqual([4]);
        expect(h.supportOnlyUnits.items.map((x) => [x.unit.id, x.supports])).toEqual([[ids.all, 1]]);
        expect(h.openEndedLists.items).toEqual([{ workId: ids.t3, kind: 'task', number: 3, role: 'support' }]);
        expect(h.projectsWithoutTask).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
        expect(h.tasksWithoutProject.items.map((t) => t.number)).toEqual([2, 3, 4]);
        const second = await store.hygiene({ limit: 1, offset: 1 });
        expect([second.tasksWithoutProject.items.map((t) => t.number), second.tasksWithoutProject.total, second.multiLeadTasks.items]).toEqual([[3], 3, []]);
      });

      it('findUnits matches names and former names, filters by kind', async () => {
        expect((await store.findUnits({ q: '旧甲' })).items.map((u) => u.id)).toEqual([ids.a]);
        expect((await store.findUnits({ kind: 'county_government' })).items.map((u) => u.id).sort()).toEqual([ids.g1, ids.g2].sort());
        expect((await store.findUnits()).total).toBe(7);
        expect((await store.findUnits({ q: '市甲局' })).items).toEqual([
          { id: ids.a, name: '市甲局', kind: 'municipal_department', jurisdiction: '示例市', counts: { lead: 2, support: 0, projects: 1 }, aliases: [], fullName: null, nameEn: null },
        ]);
        // 甲 has 3; 乙, 丙, 丁 have 2 each and sort by code point (丁 < 丙 < 乙).
        const firstTwo = await store.findUnits({ limit: 2 });
        expect([firstTwo.items.map((u) => u.id), firstTwo.total]).toEqual([[ids.a, ids.d], 7]);
        expect((await store.findUnits({ limit: 2, offset: 2 })).items.map((u) => u.id)).toEqual([ids.c, ids.b]);
      });

      it('raises typed errors naming the culprit', async () => {
        expect(await codeOf(store.unit('unit_nope'))).toBe('not-found');
        expect(await codeOf(store.task(ids.p1))).toBe('not-found');
        expect(await codeOf(store.neighbourhood('nope'))).toBe('not-found');
        expect(await codeOf(store.connections(ids.a, 'unit_nope'))).toBe('not-found');
        expect(await codeOf(store.unit(''))).toBe('invalid-argument');
        expect(await codeOf(store.connections(ids.a, ids.b, { maxHops: 0 }))).toBe('invalid-argument');
        expect(await codeOf(store.tasksOfUnit(ids.a, { limit: 501 }))).toBe('invalid-argument');
        expect(await codeOf(store.coResponsibilityNetwork({ minShared: 1001 }))).toBe('invalid-argument');
        expect(await codeOf(store.hygiene({ offset: -1 }))).toBe('invalid-argument');
        expect(await codeOf(store.tasksOfUnit(ids.a, { role: 'boss' as 'lead' }))).toBe('invalid-argument');
        await store.tasksOfUnit(ids.a, { role: 'boss' as 'lead' }).catch((error: Error) => {
          expect(error.message).toContain('tasksOfUnit');
          expect(error.message).toContain('options.role');
          expect(error.message).toContain('"boss"');
        });
        expect(await codeOf(store.loadDocument({ ...fixtureGraph(), relations: [{ type: 'LEADS', from: ids.a, to: 'missing' }] }))).toBe('invalid-argument');
        expect(await codeOf(store.loadDocument({} as DutyGraph))).toBe('invalid-argument');
      });
    });

    describe('writes', () => {
      it('reloading the same document changes nothing', async () => {
        const store = await create();
        try {
          await store.loadDocument(fixtureGraph());
          const before = [await store.stats(), await store.neighbourhood(ids.t2, { depth: 2, includeInferred: true }), await store.documents()];
          await store.loadDocument(fixtureGraph());
          expect([await store.stats(), await store.neighbourhood(ids.t2, { depth: 2, includeInferred: true }), await store.documents()]).toEqual(before);
        } finally {
          await store.close();
        }
      });

      it('removeDocument removes its nodes and units no other document names', async () => {
        const store = await create();
        try {
          await store.loadDocument(fixtureGraph());
          await store.loadDocument(fixtureGraph('doc_other'));
          expect((await store.unit(ids.a)).documentIds).toEqual(['doc_fixture', 'doc_other']);
          expect((await store.tasksOfUnit(ids.a)).items.map((t) => t.task.id)).toEqual([ids.t1, ids.t2, 'doc_other.t1', 'doc_other.t2']);
          expect(await store.removeDocument('doc_other')).toBe(true);
          expect(await store.removeDocument('doc_other')).toBe(false);
          expect((await store.unit(ids.a)).documentIds).toEqual(['doc_fixture']);
          expect(await codeOf(store.task('doc_other.t1'))).toBe('not-found');
          expect((await store.stats()).tasks).toBe(4);
          expect(await store.removeDocument(DOC)).toBe(true);
          expect((await store.documents()).total).toBe(0);
          expect(await store.documentHashes()).toEqual([]);
          expect(await codeOf(store.unit(ids.a))).toBe('not-found');
          expect(await store.stats()).toMatchObject({ documents: 0, sections: 0, tasks: 0, units: 0, enterprises: 0, places: 0, inferredRelations: 0 });
        } finally {
          await store.close();
        }
      });

      it('a load that fails half-way leaves no trace', async () => {
        const store = await create();
        try {
          await store.loadDocument(fixtureGraph());
          const before = await store.stats();
          // The second document is valid on its own, but one of its units reuses the id of a
          // task already stored: the clash only shows while writing, after its tasks went in.
          const clash = fixtureGraph('doc_clash');
          const unit = clash.units.find((u) => u.id === ids.d);
          if (!unit) throw new Error('fixture changed');
          unit.id = ids.t4;
          for (const r of clash.relations) {
            if (r.from === ids.d) r.from = ids.t4;
          }
          expect(await codeOf(store.loadDocument(clash))).toBe('id-conflict');
          expect((await store.documents()).items.map((d) => d.id)).toEqual([DOC]);
          expect(await codeOf(store.task('doc_clash.t1'))).toBe('not-found');
          expect((await store.unit(ids.a)).documentIds).toEqual([DOC]);
          expect(await store.stats()).toEqual(before);
        } finally {
          await store.close();
        }
      });

      it('close makes later calls fail with store-closed, twice is harmless', async () => {
        const store = await create();
        await store.close();
        await store.close();
        expect(await codeOf(store.documents())).toBe('store-closed');
      });
    });

    describe('graph version and lock (instances sharing one store)', () => {
      it('every load and every remove that changes something adds one to the version; a failed load and a no-op remove do not', async () => {
        const store = await create();
        try {
          const start = await store.graphVersion();
          await store.loadDocument(fixtureGraph());
          expect(await store.graphVersion()).toBe(start + 1);
          await store.loadDocument(fixtureGraph());
          expect(await store.graphVersion()).toBe(start + 2);
          const clash = fixtureGraph('doc_clash');
          clash.units = clash.units.map((u) => (u.id === ids.d ? { ...u, id: ids.t4 } : u));
          clash.relations = clash.relations.map((r) => (r.from === ids.d ? { ...r, from: ids.t4 } : r));
          expect(await codeOf(store.loadDocument(clash))).toBe('id-conflict');
          expect(await store.graphVersion()).toBe(start + 2);
          expect(await store.removeDocument('doc_absent')).toBe(false);
          expect(await store.graphVersion()).toBe(start + 2);
          expect(await store.removeDocument(DOC)).toBe(true);
          expect(await store.graphVersion()).toBe(start + 3);
          expect(await store.bumpGraphVersion()).toBe(start + 4);
          expect(await store.graphVersion()).toBe(start + 4);
        } finally {
          await store.close();
        }
      });

      it('the lock has one owner at a time, is renewed by its owner, released only by it, and expires', async () => {
        const store = await create();
        try {
          expect(await store.acquireLock('instance-a', 60_000)).toBe(true);
          expect(await store.acquireLock('instance-b', 60_000)).toBe(false);
          expect(await store.acquireLock('instance-a', 60_000)).toBe(true);
          await store.releaseLock('instance-b');
          expect(await store.acquireLock('instance-b', 60_000)).toBe(false);
          await store.releaseLock('instance-a');
          expect(await store.acquireLock('instance-b', 1)).toBe(true);
          // Held for 1 ms only: once that has passed, another owner gets it without a release.
          await vi.waitFor(async () => expect(await store.acquireLock('instance-a', 60_000)).toBe(true), { timeout: 5_000, interval: 20 });
          expect(await store.acquireLock('instance-b', 60_000)).toBe(false);
          expect(await codeOf(store.acquireLock('', 1_000))).toBe('invalid-argument');
          expect(await codeOf(store.acquireLock('instance-a', 0))).toBe('invalid-argument');
          await store.releaseLock('instance-a');
        } finally {
          await store.close();
        }
      });

      it('of many owners asking at once, exactly one gets the lock', async () => {
        const store = await create();
        try {
          const owners = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'];
          const got = await Promise.all(owners.map((owner) => store.acquireLock(owner, 60_000)));
          expect(got.filter(Boolean)).toHaveLength(1);
          await store.releaseLock(owners[got.indexOf(true)] as string);
        } finally {
          await store.close();
        }
      });
    });

    describe('the plan list', () => {
      it('lists plans by place code, newest first, with year and issuer, in a scope', async () => {
        const dated = (id: string, year: number | undefined, title: string): DutyGraph => {
          const copy = fixtureInOtherCity(id);
          return { ...copy, document: { ...copy.document, title, jurisdictionCode: '330500', issuer: '别市人民政府办公室', ...(year === undefined ? {} : { year }) } };
        };
        const store = await create();
        try {
          await store.loadDocument(withCodeOf(fixtureGraph(), '330800'));
          await store.loadDocument(dated('doc_b_2019', 2019, '别市甲方案'));
          await store.loadDocument(dated('doc_b_none', undefined, '别市乙方案'));
          await store.loadDocument(dated('doc_b_2021', 2021, '别市丙方案'));
          const all = await store.documents();
          // 330500 before 330800; within 别市 2021, 2019, then the plan without a year.
          expect([all.total, all.items.map((d) => [d.id, d.year, d.issuer, d.unitCount])]).toEqual([
            4,
            [
              ['doc_b_2021', 2021, '别市人民政府办公室', 7],
              ['doc_b_2019', 2019, '别市人民政府办公室', 7],
              ['doc_b_none', null, '别市人民政府办公室', 7],
              [DOC, null, null, 7],
            ],
          ]);
          expect((await store.documents({ limit: 2, offset: 1 })).items.map((d) => d.id)).toEqual(['doc_b_2019', 'doc_b_none']);
          const ofPlace = await store.documents({ jurisdictions: ['示例市'] });
          expect([ofPlace.total, ofPlace.items.map((d) => [d.id, d.jurisdictionCode, d.taskCount, d.projectCount])]).toEqual([1, [[DOC, '330800', 4, 1]]]);
          expect((await store.documents({ documentIds: ['doc_b_none', DOC, 'doc_absent'] })).items.map((d) => d.id)).toEqual(['doc_b_none', DOC]);
          expect((await store.documents({ jurisdictions: ['别市'], documentIds: [DOC] })).total).toBe(0);
          expect(await codeOf(store.documents({ jurisdictions: [''] }))).toBe('invalid-argument');
        } finally {
          await store.close();
        }
      });
    });

    describe('bounded answers over two cities', () => {
      let store: GraphStore;
      beforeAll(async () => {
        store = await create();
        await store.loadDocument(withCodeOf(fixtureGraph(), '330800'));
        await store.loadDocument(withCodeOf(fixtureInOtherCity(), '330500'));
      });

      afterAll(async () => store.close());

      it('lists the places that issued plans by code, with plans and units', async () => {
        const city = { level: 'city', parentCode: '330000', documents: 1, units: 7 };
        expect(await store.jurisdictions()).toEqual({
          items: [
            { name: '别市', code: '330500', ...city },
            { name: '示例市', code: '330800', ...city },
          ],
          total: 2,
          limit: 20,
          offset: 0,
        });
        expect((await store.jurisdictions({ limit: 1, offset: 1 })).items.map((j) => j.name)).toEqual(['示例市']);
        // Named, the province above both joins the tree with no plan of its own; an unnamed code adds nothing.
        const names: Record<string, string> = { '330000': '浙江省', '330800': '示例市', '330500': '别市' };
        const tree = await store.jurisdictions({ divisionName: (code) => names[code] });
        expect([tree.total, tree.items.map((j) => [j.name, j.code, j.level, j.parentCode, j.documents, j.units])]).toEqual([
          3,
          [
            ['浙江省', '330000', 'province', null, 0, 0],
            ['别市', '330500', 'city', '330000', 1, 7],
            ['示例市', '330800', 'city', '330000', 1, 7],
          ],
        ]);
        expect((await store.jurisdictions({ divisionName: () => undefined })).total).toBe(2);
        expect(await codeOf(store.jurisdictions({ divisionName: '浙江省' as unknown as () => string }))).toBe('invalid-argument');
      });

      it('scopes units, tasks, network, checks and counts by jurisdiction and by document', async () => {
        const other = ['unit_a_2', 'unit_all_2', 'unit_b_2', 'unit_c_2', 'unit_d_2', 'unit_g1_2', 'unit_g2_2'];
        const ofOther = await store.findUnits({ jurisdictions: ['别市'], limit: 50 });
        expect([ofOther.total, ofOther.items.map((u) => u.id).sort()]).toEqual([7, other]);
        expect((await store.findUnits({ documentIds: [DOC] })).total).toBe(7);
        expect((await store.findUnits({ jurisdictions: ['别市', '示例市'] })).total).toBe(14);
        expect((await store.findUnits({ jurisdictions: ['别市'], documentIds: [DOC] })).total).toBe(0);
        expect((await store.findUnits({ q: '市甲局', jurisdictions: ['别市'] })).items.map((u) => [u.id, u.jurisdiction])).toEqual([['unit_a_2', '别市']]);
        expect((await store.findUnits({ kind: 'county_government', documentIds: [OTHER] })).items.map((u) => u.id)).toEqual(['unit_g1_2', 'unit_g2_2']);

        expect((await store.tasksOfUnit(ids.a, { documentIds: [DOC] })).total).toBe(2);
        expect((await store.tasksOfUnit(ids.a, { documentIds: [OTHER] })).total).toBe(0);
        expect((await store.tasksOfUnit(ids.a, { jurisdictions: ['示例市'] })).total).toBe(2);
        expect((await store.tasksOfUnit(ids.a, { jurisdictions: ['别市'] })).total).toBe(0);
        expect((await store.tasksOfUnit(ids.a, { jurisdictions: ['示例市'], documentIds: [OTHER] })).total).toBe(0);

        // One city's half of the 12 nodes and 14 edges, never merged by name.
        const network = await store.coResponsibilityNetwork({ jurisdictions: ['别市'], maxElements: 30 });
        expect([network.aggregated, network.truncated, network.total, network.nodes.every((n) => n.id.endsWith('_2') && n.jurisdiction === '别市')]).toEqual([false, false, { nodes: 6, edges: 7 }, true]);
        expect((await store.coResponsibilityNetwork({ documentIds: [DOC, OTHER], maxElements: 30 })).total).toEqual({ nodes: 12, edges: 14 });
        expect((await store.coResponsibilityNetwork({ sectionId: `${OTHER}.s2-1`, documentIds: [DOC], maxElements: 10 })).total).toEqual({ nodes: 0, edges: 0 });

        const h = await store.hygiene({ documentIds: [OTHER] });
        expect([h.tasksWithoutProject.total, h.tasksWithoutProject.items.map((t) => t.id)]).toEqual([3, [`${OTHER}.t2`, `${OTHER}.t3`, `${OTHER}.t4`]]);
        expect([h.supportOnlyUnits.total, h.supportOnlyUnits.items.map((u) => u.unit.id)]).toEqual([1, ['unit_all_2']]);
        expect((await store.hygiene({ jurisdictions: ['示例市'] })).multiLeadTasks.items.map((m) => m.task.id)).toEqual([ids.t2]);

        expect(await store.stats({ jurisdictions: ['别市'] })).toEqual({
          documents: 1,
          sections: 5,
          tasks: 4,
          projects: 1,
          units: 7,
          enterprises: 1,
          places: 1,
          relations: { PART_OF: 5, IN_SECTION: 5, LEADS: 5, SUPPORTS: 6, RESPONSIBLE_FOR: 2, MENTIONS: 3, IMPLEMENTS: 1 },
          inferredRelations: 2,
        });
        expect((await store.stats({ documentIds: [DOC, OTHER] })).units).toBe(14);
        expect((await store.stats({ jurisdictions: ['无此市'] })).documents).toBe(0);
        expect(await codeOf(store.findUnits({ jurisdictions: '别市' as unknown as string[] }))).toBe('invalid-argument');
        expect(await codeOf(store.findUnits({ jurisdictionCodes: ['3305'] }))).toBe('invalid-argument');
        expect(await codeOf(store.stats({ documentIds: Array.from({ length: 21 }, (_, i) => `d${i}`) }))).toBe('invalid-argument');
      });

      it('a province or city code covers the places under it; a name only itself', async () => {
        // 330000 (the province of both) covers 330500 别市 and 330800 示例市; 330500 only 别市; 440000 neither.
        const plans = async (scope: Scope) => (await store.documents(scope)).items.map((d) => d.id);
        expect(await plans({ jurisdictionCodes: ['330000'] })).toEqual([OTHER, DOC]);
        expect(await plans({ jurisdictionCodes: ['330500'] })).toEqual([OTHER]);
        expect(await plans({ jurisdictionCodes: ['440000'] })).toEqual([]);
        expect(await plans({ jurisdictionCodes: ['330500'], jurisdictions: ['示例市'] })).toEqual([OTHER, DOC]);
        expect(await plans({ jurisdictionCodes: ['330000'], documentIds: [DOC] })).toEqual([DOC]);
        expect(await plans({ jurisdictions: ['浙江省'] })).toEqual([]);
        expect((await store.findUnits({ jurisdictionCodes: ['330000'], limit: 1 })).total).toBe(14);
        expect((await store.findUnits({ jurisdictionCodes: ['330800'], limit: 50 })).items.every((u) => u.jurisdiction === '示例市')).toBe(true);
        expect((await store.findUnits({ jurisdictionCodes: ['330800'], limit: 1 })).total).toBe(7);
        expect((await store.stats({ jurisdictionCodes: ['330000'] })).documents).toBe(2);
        expect(await store.stats({ jurisdictionCodes: ['330500'] })).toEqual(await store.stats({ jurisdictions: ['别市'] }));
        expect((await store.coResponsibilityNetwork({ jurisdictionCodes: ['330000'], maxElements: 30 })).total).toEqual({ nodes: 12, edges: 14 });
        expect((await store.hygiene({ jurisdictionCodes: ['330500'] })).tasksWithoutProject.items.map((t) => t.id)).toEqual([`${OTHER}.t2`, `${OTHER}.t3`, `${OTHER}.t4`]);
        expect((await store.sections({ jurisdictionCodes: ['330800'] })).items.map((d) => d.document.id)).toEqual([DOC]);
        expect([(await store.tasksOfUnit(ids.a, { jurisdictionCodes: ['330000'] })).total, (await store.tasksOfUnit(ids.a, { jurisdictionCodes: ['330500'] })).total]).toEqual([2, 0]);
      });

      it('pages documents, sections and checks in document order, with totals', async () => {
        // Documents by place code: 别市 (330500) before 示例市 (330800).
        expect(await store.documents({ limit: 1, offset: 1 })).toMatchObject({ items: [{ id: DOC, jurisdiction: '示例市' }], total: 2, limit: 1, offset: 1 });
        expect(await store.documentHashes()).toEqual([
          { id: DOC, sha256: 'a'.repeat(64) },
          { id: OTHER, sha256: 'b'.repeat(64) },
        ]);
        const sections = await store.sections({ limit: 1, offset: 1 });
        expect([sections.total, sections.items.map((d) => d.document.id), sections.items[0]?.sections.length]).toEqual([2, [OTHER], 2]);
        expect((await store.sections({ documentIds: [DOC] })).items.map((d) => d.document.id)).toEqual([DOC]);
        const ofPlace = await store.sections({ jurisdictions: ['别市'] });
        expect([ofPlace.total, ofPlace.items.map((d) => [d.document.id, d.sections.length])]).toEqual([1, [[OTHER, 2]]]);
        expect((await store.sections({ jurisdictions: ['别市'], documentIds: [DOC] })).total).toBe(0);
        // tasksWithoutProject: 2, 3, 4 of the first document, then of the second; page 2 of size 2 straddles both.
        const h = await store.hygiene({ limit: 2, offset: 2 });
        expect(h.tasksWithoutProject.items.map((t) => t.id)).toEqual([ids.t4, `${OTHER}.t2`]);
        expect(h.tasksWithoutProject.total).toBe(6);
        expect([h.supportOnlyUnits.total, h.supportOnlyUnits.items]).toEqual([2, []]);
      });

      it('keeps the units of two cities apart: counts, partners and bridge scores per jurisdiction', async () => {
        expect((await store.unit(ids.a)).documentIds).toEqual([DOC]);
        expect((await store.partners(ids.a)).total).toBe(4);
        expect((await store.workload('unit_c_2')).bridgeScore).toBe((await store.workload(ids.c)).bridgeScore);
        expect((await store.findUnits({ q: '市甲局' })).items.map((u) => u.id)).toEqual([ids.a, 'unit_a_2']);
        expect((await store.workloads()).total).toBe(14);
      });

      it('an enterprise both cities name lists where, with totals', async () => {
        const e1 = await store.enterprise(ids.e1);
        expect([e1.mentionedIn.tasks.map((t) => t.id), e1.mentionedIn.taskTotal, e1.mentionedIn.projectTotal]).toEqual([[ids.t1, `${OTHER}.t1`], 2, 2]);
      });

      it('the network past its cap merges units by name across cities, then cuts', async () => {
        const full = await store.coResponsibilityNetwork({ maxElements: 30 });
        expect([full.aggregated, full.truncated, full.total]).toEqual([false, false, { nodes: 12, edges: 14 }]);
        // 26 elements > 20: the six names and their seven pairs, each carrying both cities' work.
        const merged = await store.coResponsibilityNetwork({ maxElements: 20 });
        expect([merged.aggregated, merged.truncated, merged.total]).toEqual([true, false, { nodes: 6, edges: 7 }]);
        expect(merged.nodes.find((n) => n.name === '市甲局')).toEqual({ id: 'name:市甲局', name: '市甲局', kind: 'municipal_department', jurisdiction: '', jurisdictionCode: null, works: 6 });
        expect(merged.edges.find((e) => e.target === 'name:市甲局' && e.source === 'name:市乙局')).toEqual({ source: 'name:市乙局', target: 'name:市甲局', shared: 4, weight: 2 });
        // 13 elements > 10: the two busiest names (甲 with 6 works, then 丁 first by name among the 4s); no edge joins them.
        const cut = await store.coResponsibilityNetwork({ maxElements: 10 });
        expect([cut.aggregated, cut.truncated, cut.total, cut.nodes.map((n) => n.name), cut.edges]).toEqual([true, true, { nodes: 6, edges: 7 }, ['市丁局', '市甲局'], []]);
        // A section is one document's: never merged.
        expect((await store.coResponsibilityNetwork({ sectionId: `${OTHER}.s2-1`, maxElements: 10 })).edges).toEqual([{ source: 'unit_a_2', target: 'unit_g1_2', shared: 1, weight: 1 }]);
      });

      it('removing one city leaves the other whole', async () => {
        const other = await create();
        try {
          await other.loadDocument(fixtureGraph());
          const before = [await other.stats(), await other.coResponsibilityNetwork({ maxElements: 10 }), await other.workload(ids.c), await other.hygiene()];
          await other.loadDocument(fixtureInOtherCity());
          expect(await other.removeDocument(OTHER)).toBe(true);
          expect([await other.stats(), await other.coResponsibilityNetwork({ maxElements: 10 }), await other.workload(ids.c), await other.hygiene()]).toEqual(before);
        } finally {
          await other.close();
        }
      });
    });

    describe('a unit across places and plans: counterparts and the plans naming it', () => {
      // 示例市 (330800) issued the fixture and a 2021 revision (市甲局 no longer leads t2); 别市 (330500),
      // 示例省 (330000, 省甲厅 …) and 无码市 (no code) re-issued it with units of their own.
      const REVISED = 'doc_revised';
      const PROVINCE = 'doc_province';
      const NO_CODE = 'doc_no_code';
      const coded = (graph: DutyGraph, code: string | undefined, extra: Partial<DutyGraph['document']> = {}): DutyGraph => ({
        ...graph,
        document: { ...graph.document, ...(code ? { jurisdictionCode: code } : {}), ...extra },
        units: graph.units.map((u) => ({ ...u, ...(code ? { jurisdictionCode: code } : {}) })),
      });
      const province = (): DutyGraph => {
        const graph = fixtureInOtherCity(PROVINCE, { jurisdiction: '示例省', suffix: '_p', sha: 'd' });
        return coded({ ...graph, units: graph.units.map((u) => ({ ...u, name: u.name.replace(/^市(.)局$/, '省$1厅') })) }, '330000');
      };
      const revised = (): DutyGraph => {
        const graph = fixtureGraph(REVISED);
        const relations = graph.relations.filter((r) => !(r.type === 'LEADS' && r.from === ids.a && r.to === `${REVISED}.t2`));
        return coded({ ...graph, relations }, '330800', { title: '示例市测试实施方案（修订）', year: 2021, sha256: 'c'.repeat(64) });
      };
      let store: GraphStore;
      beforeAll(async () => {
        store = await create();
        await store.loadDocument(coded(fixtureGraph(), '330800'));
        await store.loadDocument(revised());
        await store.loadDocument(coded(fixtureInOtherCity(), '330500'));
        await store.loadDocument(province());
        await store.loadDocument(fixtureInOtherCity(NO_CODE, { jurisdiction: '无码市', suffix: '_n', sha: 'e' }));
      });
      afterAll(async () => store.close());

      const plan = (id: string, title: string, jurisdiction: string, year: number | null = null) => ({ id, title, jurisdiction, year });
      const fixturePlan = plan(DOC, '示例市测试实施方案', '示例市');
      const revisedPlan = plan(REVISED, '示例市测试实施方案（修订）', '示例市', 2021);

      it('unit gives the function key its counterparts share; none for a collective', async () => {
        expect((await store.unit(ids.a)).function).toBe('甲局');
        expect((await store.unit('unit_a_p')).function).toBe('甲局');
        expect((await store.unit(ids.all)).function).toBeNull();
      });

      it('counterparts: the same function in the other places, by code (none last), with their plans and written counts', async () => {
        // Each re-issue's 甲局 leads t1 and t2 and is responsible for p1.
        const counts = { lead: 2, support: 0, projects: 1 };
        expect(await store.counterparts(ids.a)).toEqual({
          items: [
            { unit: { id: 'unit_a_p', name: '省甲厅', kind: 'municipal_department', jurisdiction: '示例省' }, jurisdictionCode: '330000', level: 'province', plans: [plan(PROVINCE, '示例省测试实施方案', '示例省')], planTotal: 1, counts },
            { unit: { id: 'unit_a_2', name: '市甲局', kind: 'municipal_department', jurisdiction: '别市' }, jurisdictionCode: '330500', level: 'city', plans: [plan(OTHER, '别市测试实施方案', '别市')], planTotal: 1, counts },
            { unit: { id: 'unit_a_n', name: '市甲局', kind: 'municipal_department', jurisdiction: '无码市' }, jurisdictionCode: null, level: null, plans: [plan(NO_CODE, '无码市测试实施方案', '无码市')], planTotal: 1, counts },
          ],
          total: 3,
          limit: 20,
          offset: 0,
        });
        // From the province: the three cities' 市甲局, 示例市's with both its plans and its counts over them.
        const fromProvince = await store.counterparts('unit_a_p', { limit: 1 });
        expect([fromProvince.total, fromProvince.items.map((c) => [c.unit.id, c.planTotal, c.plans.map((p) => p.id), c.counts])]).toEqual([3, [['unit_a_2', 1, [OTHER], counts]]]);
        const second = await store.counterparts('unit_a_p', { limit: 1, offset: 1 });
        expect(second.items.map((c) => [c.unit.id, c.plans.map((p) => p.id), c.counts])).toEqual([[ids.a, [REVISED, DOC], { lead: 3, support: 0, projects: 2 }]]);
        expect(await store.counterparts(ids.all)).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
      });

      it('unitPlans: every plan naming the unit by year (none last), with its written counts in each', async () => {
        expect(await store.unitPlans(ids.a)).toEqual({
          items: [
            { document: revisedPlan, counts: { lead: 1, support: 0, projects: 1 } },
            { document: fixturePlan, counts: { lead: 2, support: 0, projects: 1 } },
          ],
          total: 2,
          limit: 20,
          offset: 0,
        });
        // 市乙局 leads t2 and supports t1 in both; 甲县政府 only supports t2 through the collective (not counted).
        expect((await store.unitPlans(ids.b)).items.map((p) => [p.document.id, p.counts])).toEqual([
          [REVISED, { lead: 1, support: 1, projects: 0 }],
          [DOC, { lead: 1, support: 1, projects: 0 }],
        ]);
        expect((await store.unitPlans(ids.g1)).items.map((p) => p.counts)).toEqual([
          { lead: 0, support: 0, projects: 1 },
          { lead: 0, support: 0, projects: 1 },
        ]);
        expect(await store.unitPlans(ids.a, { limit: 1, offset: 1 })).toEqual({ items: [{ document: fixturePlan, counts: { lead: 2, support: 0, projects: 1 } }], total: 2, limit: 1, offset: 1 });
        expect((await store.unitPlans('unit_a_2')).items.map((p) => p.document)).toEqual([plan(OTHER, '别市测试实施方案', '别市')]);
      });

      it('raises not-found for an unknown unit and invalid-argument for a bad page', async () => {
        expect(await codeOf(store.counterparts('unit_nope'))).toBe('not-found');
        expect(await codeOf(store.unitPlans('unit_nope'))).toBe('not-found');
        expect(await codeOf(store.counterparts(ids.a, { limit: 0 }))).toBe('invalid-argument');
        expect(await codeOf(store.unitPlans('', {}))).toBe('invalid-argument');
      });

      it('network nodes carry their place\'s code (what groups a county under its city), null without one', async () => {
        const codes = async (jurisdiction: string) => [...new Set((await store.coResponsibilityNetwork({ jurisdictions: [jurisdiction] })).nodes.map((n) => n.jurisdictionCode))];
        expect(await codes('示例省')).toEqual(['330000']);
        expect(await codes('别市')).toEqual(['330500']);
        expect(await codes('无码市')).toEqual([null]);
      });

      it('a removed plan takes its units out of the counterparts', async () => {
        expect(await store.removeDocument(PROVINCE)).toBe(true);
        expect((await store.counterparts(ids.a)).items.map((c) => c.unit.id)).toEqual(['unit_a_2', 'unit_a_n']);
        expect(await store.removeDocument(REVISED)).toBe(true);
        expect((await store.unitPlans(ids.a)).items.map((p) => p.document.id)).toEqual([DOC]);
      });
    });

    describe('the seed plan (衢州市生态文明示范创建行动实施方案)', () => {
      let store: GraphStore;
      let seed: DutyGraph;
      let find: ReturnType<typeof lookup>;
      beforeAll(async () => {
        seed = await seedGraph();
        find = lookup(seed);
        store = await create();
        await store.loadDocument(seed);
      });
      afterAll(async () => store.close());

      // Expected values below were counted in the seed text (TAB cells of 附件1 and 附件2), not read from the code.
      it('市生态环境局 leads 48 tasks', async () => {
        const tasks = (await store.tasksOfUnit(find.unit('市生态环境局'), { role: 'lead', limit: 100 })).items;
        expect(tasks.map((t) => t.task.number)).toEqual([
          4, 19, 20, 24, 25, 26, 29, 31, 37, 44, 46, 50, 56, 58, 59, 60, 62, 65, 67, 68, 69, 72, 74, 75, 76, 77, 78, 79, 80, 81,
          82, 83, 84, 85, 97, 98, 99, 100, 102, 103, 104, 105, 107, 108, 109, 110, 116, 117,
        ]);
        const inChapter2 = await store.tasksOfUnit(find.unit('市生态环境局'), { role: 'lead', sectionId: `${seed.document.id}.s1-2` });
        expect(inChapter2.items.map((t) => t.task.number)).toEqual([20, 24, 25, 26, 29, 31]);
        const lastPage = await store.tasksOfUnit(find.unit('市生态环境局'), { role: 'lead', limit: 10, offset: 40 });
        expect([lastPage.items.map((t) => t.task.number), lastPage.total]).toEqual([[104, 105, 107, 108, 109, 110, 116, 117], 48]);
        expect(await store.unit(find.unit('市生态环境局'))).toMatchObject({ counts: { lead: 48, support: 45, projects: 19 } });
      });

      it('task 29 is co-led by 市生态环境局 and 市农业农村局 and supported by 市公安局, 市交通运输局', async () => {
        const [t29] = (await store.tasksOfUnit(find.unit('市公安局'))).items.filter((t) => t.task.number === 29);
        expect(t29?.role).toBe('support');
        expect(t29?.coUnits.map((l) => [l.unit.name, l.role])).toEqual([
          ['市农业农村局', 'lead'],
          ['市生态环境局', 'lead'],
          ['市交通运输局', 'support'],
        ]);
      });

      it('partners of 市住建局: 市生态环境局 first, 29 shared tasks/projects split by role pair', async () => {
        const { items: partners, total } = await store.partners(find.unit('市住建局'), { limit: 100 });
        expect(partners.slice(0, 3).map((p) => p.unit.name)).toEqual(['市生态环境局', '市农业农村局', '市资源规划局']);
        expect(partners[0]).toMatchObject({ shared: 29, leadLead: 1, leadSupport: 9, supportLead: 10, supportSupport: 5, project: 4, weight: 13.016667 });
        expect(partners[1]).toMatchObject({ shared: 12, weight: 5.316667 });
        expect(partners.find((p) => p.unit.name === '市水利局')).toMatchObject({ shared: 7, supportLead: 3, supportSupport: 3, project: 1 });
        expect(partners.find((p) => p.unit.name === '常山县政府')).toMatchObject({ shared: 2, project: 2, weight: 0.5 });
        expect([partners.length, total]).toEqual([22, 22]);
      });

      it('市妇联 reaches 市水利局 in 4 hops, only through 市生态环境局', async () => {
        const c = await store.connections(find.unit('市妇联'), find.unit('市水利局'), { limit: 100 });
        expect(c.hops).toBe(4);
        // Tasks 17 and 19 join 市妇联 to 市生态环境局; 17 tasks and project 11 join it to 市水利局: 2 × 18.
        expect(c.pathCount).toBe(36);
        expect(c.paths).toHaveLength(36);
        expect(c.viaUnits.map((u) => u.name)).toEqual(['市生态环境局']);
        const secondWorks = new Set(c.paths.map((p) => p.nodes[3]?.id));
        expect([...secondWorks].sort()).toEqual(
          [43, 44, 45, 46, 47, 48, 53, 59, 60, 61, 90, 91, 97, 101, 102, 104, 109].map((n) => find.task(n)).concat(find.project(11)).sort(),
        );
      });

      it('merges spellings: 市应急局 counts as 市应急管理局, 巨化集团公司 as 巨化集团有限公司', async () => {
        const emergency = (await store.tasksOfUnit(find.unit('市应急管理局'))).items;
        expect(emergency.map((t) => [t.task.number, t.role])).toEqual([
          [35, 'support'],
          [60, 'support'],
          [111, 'support'],
        ]);
        expect((await store.tasksOfUnit(find.unit('巨化集团有限公司'))).items.map((t) => t.task.number)).toEqual([69, 74, 77]);
        expect((await store.tasksOfUnit(find.unit('市农业农村局'), { limit: 100 })).items.map((t) => t.task.number)).toContain(109);
      });

      it('county governments: written projects apart from what 各县（市、区）政府 implies', async () => {
        const changshan = await store.unit(find.unit('常山县政府'));
        expect(changshan.counts).toEqual({ lead: 0, support: 0, projects: 2 });
        expect(changshan.inferredCounts).toEqual({ lead: 1, support: 8, projects: 8 });
        expect((await store.projectsOfUnit(find.unit('常山县政府'))).items.map((p) => p.project.number)).toEqual([2, 14]);
        expect((await store.projectsOfUnit(find.unit('常山县政府'), { includeInferred: true })).items.map((p) => p.project.number)).toEqual([
          1, 2, 3, 4, 5, 6, 10, 14, 17, 27,
        ]);
      });

      it('hygiene on the seed', async () => {
        const h = await store.hygiene({ limit: 100 });
        expect(h.multiLeadTasks.items.map((x) => x.task.number)).toEqual([3, 5, 17, 18, 19, 29, 34, 55, 61, 63, 66, 75, 96, 97, 101, 104, 109, 117]);
        expect(h.tasksWithoutSupport.items.map((t) => t.number)).toEqual([19, 72, 93, 113, 117]);
        expect(h.supportOnlyUnits.total).toBe(11);
        expect(h.supportOnlyUnits.items.find((x) => x.unit.name === '市市场监管局')).toMatchObject({ supports: 5, projects: 1 });
        expect(h.openEndedLists.items.map((x) => x.number)).toEqual([1, 2, 4, 5, 13, 14, 82, 84, 85, 86, 102]);
        expect(h.tasksWithoutProject.items.map((t) => t.number)).not.toContain(22);
      });

      it('task 22 is restated by project 1 (燃煤锅炉淘汰工程)', async () => {
        const t22 = await store.task(find.task(22));
        expect(t22.implementedBy.map((p) => p.name)).toContain('燃煤锅炉淘汰工程');
        expect(t22.leads.map((l) => l.unit.name)).toEqual(['市经信局']);
        expect(t22.provenance.rowText).toContain('到2020年');
      });

      it('stats on the seed', async () => {
        const stats = await store.stats();
        expect(stats).toMatchObject({ documents: 1, sections: 47, tasks: 117, projects: 28, units: 49 });
        expect(stats.relations).toMatchObject({ LEADS: 143 + 6, SUPPORTS: 210 + 48, RESPONSIBLE_FOR: 85 + 48 });
        expect(stats.inferredRelations).toBe(6 + 48 + 48);
        const [top] = (await store.workloads({ limit: 1 })).items;
        expect(top).toMatchObject({ unit: { name: '市生态环境局' }, tasksLed: 48, tasksSupported: 45, projects: 19 });
        expect(top?.chapters).toHaveLength(14);
        const sections = await store.sections({ documentIds: [seed.document.id] });
        expect(sections.items[0]?.sections.map((s) => s.children.length)).toEqual([8, 6]);
      });
    });
  });
}
