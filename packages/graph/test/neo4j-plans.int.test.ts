// The Neo4j adapter's hot queries, PROFILEd on a real server: each starts from an index (a seek, or an
// index scan for lists in id order), never from a scan of every node of a label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import * as cypher from '../src/neo4j/cypher.js';
import { createNeo4jGraphStore, type GraphStore } from '../src/index.js';
import { neo4jLane, wipe } from './utils/neo4j-server.js';
import { lookup, seedGraph } from './utils/seed.js';

const lane = await neo4jLane();

if (!lane.available) {
  describe('neo4j query plans', () => {
    it.skip(`did not run: ${lane.reason}`, () => undefined);
  });
} else {
  describe('neo4j query plans', () => {
    let store: GraphStore;
    let driver: Driver;
    let params: Record<string, Record<string, unknown>>;
    beforeAll(async () => {
      await wipe(lane.target);
      store = await createNeo4jGraphStore(lane.target);
      const seed = await seedGraph();
      await store.loadDocument(seed);
      const find = lookup(seed);
      const { target } = lane;
      driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined, { disableLosslessIntegers: true });
      const unit = find.unit('市生态环境局');
      const page = { offset: neo4j.int(0), limit: neo4j.int(20) };
      const network = { types: ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'], includeInferred: false, minShared: 1 };
      const whole = { jurisdictions: null, codePrefixes: null, documentIds: null };
      const place = { jurisdictions: ['衢州市'], codePrefixes: null, documentIds: null };
      // A province by its code prefix (浙江省: 33), as the API passes it beside the name.
      const province = { jurisdictions: ['浙江省'], codePrefixes: ['33'], documentIds: null };
      const plan = { jurisdictions: null, codePrefixes: null, documentIds: [seed.document.id] };
      params = {
        unit: { id: unit },
        tasksOfUnit: { unitId: unit, role: 'any', sectionId: null, includeInferred: false, ...whole, ...page },
        projectsOfUnit: { unitId: unit, includeInferred: false, ...page },
        partners: { unitId: unit, includeInferred: false },
        sharedWork: { unitA: unit, unitB: find.unit('市住建局'), includeInferred: false },
        workload: { id: unit },
        workloads: page,
        documents: page,
        sections: page,
        sectionsInPlace: { ...page, ...place },
        documentsInProvince: { ...page, ...province },
        unitsOfPlaces: { names: ['浙江省'] },
        stats: {},
        checkCounts: whole,
        jurisdictions: {},
        findings: { ids: [seed.document.id] },
        supportOnlyUnits: page,
        supportOnlyUnitsInPlace: { ...page, ...place },
        findUnitsInPlace: { kind: null, ...page, ...place },
        findUnitsInPlan: { kind: null, ...page, ...plan },
        findUnitsInProvince: { kind: null, ...page, ...province },
        statsInProvince: province,
        statsInPlace: place,
        statsInPlan: plan,
        networkInPlace: { ...network, ...place },
        networkInPlan: { ...network, ...plan },
        findUnitsByName: { q: '生态', kind: null, ...whole, ...page },
        findUnits: { kind: null, ...page },
        unitsWithWork: { cap: neo4j.int(2001) },
        fullNetwork: network,
        sectionNetwork: { ...network, ...whole, sectionId: `${seed.document.id}.s1-2` },
        namedNetwork: { minShared: 1, limit: neo4j.int(400) },
        namedNetworkSize: { minShared: 1 },
        layerFresh: { frontier: [unit], known: [unit], take: neo4j.int(201), includeInferred: false },
        layerEdges: { frontier: [unit], ends: [unit, find.task(4)], includeInferred: false },
        responsibilityAround: { ids: [unit] },
        enterprise: { id: seed.enterprises[0]?.id, cap: neo4j.int(100) },
        task: { id: find.task(22) },
        jurisdictionPairs: { jurisdiction: '衢州市' },
        counterparts: { unitId: unit, cap: neo4j.int(100), ...page },
        unitPlans: { unitId: unit, ...page },
      };
    });
    afterAll(async () => {
      await driver?.close();
      await store?.close();
    });

    /** The operators that find the first nodes of each branch of the plan. */
    async function leaves(text: string, name: string): Promise<string[]> {
      const result = await driver.executeQuery(`PROFILE ${text}`, params[name], { routing: neo4j.routing.READ });
      const walk = (plan: { operatorType: string; children: unknown[] }): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap((c) => walk(c as typeof plan))];
      return [...new Set(walk(result.summary.profile as unknown as { operatorType: string; children: unknown[] }).filter((op) => /Scan|Seek|CountFromCountStore/.test(op)))].sort();
    }

    const SEEK = ['NodeUniqueIndexSeek'];
    const cases: Array<[string, string, string[]]> = [
      ['unit', cypher.UNIT, SEEK],
      ['tasksOfUnit', cypher.TASKS_OF_UNIT, SEEK],
      ['projectsOfUnit', cypher.PROJECTS_OF_UNIT, SEEK],
      ['partners', cypher.PARTNERS, SEEK],
      ['sharedWork', cypher.SHARED_WORK, SEEK],
      ['workload', cypher.WORKLOAD, ['NodeCountFromCountStore', 'NodeUniqueIndexSeek']],
      ['workloads', cypher.WORKLOADS, ['NodeCountFromCountStore', 'NodeIndexSeekByRange', 'NodeUniqueIndexSeek']],
      ['documents', cypher.DOCUMENTS, ['NodeCountFromCountStore', 'NodeIndexScan']],
      ['sections', cypher.SECTIONS, ['NodeIndexScan']],
      ['stats', cypher.STATS, ['NodeCountFromCountStore', 'NodeIndexScan', 'RelationshipCountFromCountStore']],
      ['checkCounts', cypher.CHECK_COUNTS, ['NodeIndexScan']],
      ['findings', cypher.FINDINGS, SEEK],
      ['supportOnlyUnits', cypher.SUPPORT_ONLY_UNITS, ['NodeIndexSeek']],
      ['findUnitsByName', cypher.FIND_UNITS_BY_NAME, ['NodeIndexContainsScan']],
      ['findUnits', cypher.FIND_UNITS, ['NodeIndexSeekByRange']],
      ['jurisdictions', cypher.JURISDICTIONS, ['NodeIndexScan', 'NodeIndexSeek']],
      ['findUnitsInPlace', cypher.FIND_UNITS_IN_SCOPE, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['findUnitsInPlan', cypher.FIND_UNITS_IN_SCOPE, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['findUnitsInProvince', cypher.FIND_UNITS_IN_SCOPE, ['NodeIndexSeek', 'NodeIndexSeekByRange']],
      ['statsInProvince', cypher.STATS_IN_SCOPE, ['NodeIndexSeek', 'NodeIndexSeekByRange']],
      ['documentsInProvince', cypher.DOCUMENTS_SCOPED, ['NodeIndexSeek', 'NodeIndexSeekByRange']],
      ['sectionsInPlace', cypher.SECTIONS_SCOPED, ['NodeIndexSeek']],
      ['unitsOfPlaces', cypher.UNITS_OF_PLACES, ['NodeIndexSeek']],
      ['supportOnlyUnitsInPlace', cypher.SUPPORT_ONLY_UNITS_IN_SCOPE, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['statsInPlace', cypher.STATS_IN_SCOPE, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['statsInPlan', cypher.STATS_IN_SCOPE, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['networkInPlace', cypher.SCOPED_NETWORK, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['networkInPlan', cypher.SCOPED_NETWORK, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['unitsWithWork', cypher.unitsWithWork('any'), ['NodeIndexSeekByRange']],
      ['fullNetwork', cypher.fullNetwork('any'), ['NodeIndexSeekByRange']],
      ['sectionNetwork', cypher.SECTION_NETWORK, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['namedNetwork', cypher.namedNetwork('any'), ['NodeIndexSeek', 'NodeIndexSeekByRange']],
      ['namedNetworkSize', cypher.namedNetworkSize('any'), ['NodeIndexSeekByRange']],
      ['layerFresh', cypher.LAYER_FRESH, SEEK],
      ['layerEdges', cypher.LAYER_EDGES_TO, SEEK],
      ['responsibilityAround', cypher.RESPONSIBILITY_AROUND, SEEK],
      ['enterprise', cypher.named('Enterprise'), SEEK],
      ['task', cypher.around('Task'), SEEK],
      ['jurisdictionPairs', cypher.JURISDICTION_PAIRS, ['NodeIndexSeek']],
      ['counterparts', cypher.COUNTERPARTS, ['NodeIndexSeek', 'NodeUniqueIndexSeek']],
      ['unitPlans', cypher.UNIT_PLANS, SEEK],
    ];
    // The planner picks among index operators by statistics (a seek on a fresh store, a scan of the same
    // index on one that held other data): what must hold is that every branch starts from an index or
    // a count, never from a label scan or all nodes. `expected` is what a fresh store plans.
    it.each(cases)('%s starts from an index', async (name, text, expected) => {
      const found = await leaves(text, name);
      expect(found.filter((op) => !/Index|CountFromCountStore/.test(op)), `plan leaves ${found.join(', ')}; fresh: ${expected.join(', ')}`).toEqual([]);
      expect(found.length).toBeGreaterThan(0);
    });
  });
}
