// The model: deterministic ids, schemas that accept a DutyGraph and reject what is not one, diagnostics.
import { describe, expect, it } from 'vitest';
import { DutyGraph, Relation, Unit, divisionCodeChain, divisionCodePrefix, formatDiagnostic, ids, isDivisionCode, stableHash, unitFunction } from '../src/index.js';

describe('ids', () => {
  it('are deterministic and differ by input', () => {
    expect(stableHash('衢州市|市生态环境局')).toBe(stableHash('衢州市|市生态环境局'));
    expect(stableHash('衢州市|市生态环境局')).not.toBe(stableHash('衢州市|市住建局'));
    expect(stableHash('')).toBe((0xcbf29ce484222325n).toString(36)); // FNV-1a 64 offset basis
    expect(stableHash('a')).toBe((0xaf63dc4c8601ec8cn).toString(36).padStart(13, '0')); // FNV-1a 64 of "a"
  });

  it('tie units to their jurisdiction and tasks to their document', () => {
    expect(ids.unit('衢州市', '市生态环境局')).not.toBe(ids.unit('杭州市', '市生态环境局'));
    expect(ids.unit('衢州市', '市生态环境局')).toMatch(/^unit_[0-9a-z]{13}$/);
    const doc = ids.document('衢州市', '衢州市生态文明示范创建行动实施方案');
    expect(ids.task(doc, '22')).toBe(`${doc}.t22`);
    expect(ids.project(doc, '1')).toBe(`${doc}.p1`);
    expect(ids.section(doc, [1, 3, 2])).toBe(`${doc}.s1-3-2`);
  });
});

describe('schemas', () => {
  const graph = {
    document: { id: 'doc_x', title: '某市方案', jurisdiction: '某市', sha256: 'a'.repeat(64), sourceName: 'x.txt' },
    sections: [],
    tasks: [],
    projects: [],
    units: [{ id: 'unit_a', name: '市甲局', aliases: [], predecessors: [], kind: 'municipal_department', jurisdiction: '某市' }],
    enterprises: [],
    places: [],
    relations: [{ type: 'LEADS', from: 'unit_a', to: 'doc_x.t1', openEnded: true }],
  };

  it('accept a well-formed graph', () => {
    expect(DutyGraph.safeParse(graph).success).toBe(true);
  });

  it('reject unknown unit kinds, relation types and bad hashes, naming the path', () => {
    const badKind = Unit.safeParse({ ...graph.units[0], kind: 'ministry' });
    expect(badKind.success).toBe(false);
    expect(badKind.error!.issues[0]!.path).toEqual(['kind']);
    expect(Relation.safeParse({ type: 'OWNS', from: 'a', to: 'b' }).success).toBe(false);
    const badHash = DutyGraph.safeParse({ ...graph, document: { ...graph.document, sha256: 'xyz' } });
    expect(badHash.error!.issues[0]!.path).toEqual(['document', 'sha256']);
  });
});

describe('formatDiagnostic', () => {
  it('reads like a compiler message', () => {
    expect(formatDiagnostic({ severity: 'fatal', code: 'no-table', message: 'no table', source: 'plan.txt', line: 3 })).toBe('plan.txt:3: fatal no-table: no table');
    expect(formatDiagnostic({ severity: 'warning', code: 'missing-cell', message: 'short row', line: 9, field: 'support' })).toBe('9: warning missing-cell [support]: short row');
  });
});

describe('unitFunction', () => {
  it('gives counterparts of every level one key, whatever place they belong to', () => {
    const key = (name: string) => unitFunction(name, 'municipal_department');
    expect(key('市生态环境局')).toBe('生态环境局');
    expect(key('县生态环境局')).toBe('生态环境局');
    expect(key('省生态环境厅')).toBe('生态环境局');
    expect(key('区住建局')).toBe(key('县住建局'));
    expect(key('市市场监管局')).toBe('市场监管局');
    expect(key('县市场监管局')).toBe('市场监管局');
    expect(key('市场监管局')).toBe('市场监管局');
    expect(key('县乡村振兴局')).toBe('乡村振兴局');
    expect(key('乡村振兴局')).toBe('乡村振兴局');
    expect(key('市发改委')).not.toBe(key('市经信局'));
    expect(unitFunction('市委宣传部', 'party_or_people_org')).toBe(unitFunction('县委宣传部', 'party_or_people_org'));
    expect(unitFunction('县政府', 'county_government')).toBe('政府');
    // Governments come named with their place (as the seed writes them): 常山县's and 江山市's are counterparts.
    for (const name of ['常山县政府', '江山市政府', '柯城区政府', '常山县人民政府', '县人民政府']) expect(unitFunction(name, 'county_government')).toBe('政府');
    expect(unitFunction('市政府', 'county_government')).toBe('政府');
    expect(key('市市政园林局')).toBe('市政园林局');
  });

  it('gives none to bodies without counterparts elsewhere', () => {
    expect(unitFunction('各县（市、区）政府', 'collective')).toBeNull();
    expect(unitFunction('衢州绿色产业集聚区', 'zone_or_committee')).toBeNull();
    expect(unitFunction('国网衢州供电公司', 'enterprise')).toBeNull();
  });
});

describe('GB/T 2260 codes', () => {
  it('a code stands for its prefix and sits under the codes above it', () => {
    expect(['330000', '330800', '330822'].map(divisionCodePrefix)).toEqual(['33', '3308', '330822']);
    expect([divisionCodeChain('330822'), divisionCodeChain('330800'), divisionCodeChain('330000')]).toEqual([['330000', '330800', '330822'], ['330000', '330800'], ['330000']]);
    expect([divisionCodeChain(undefined), divisionCodeChain('3308'), isDivisionCode('33080a')]).toEqual([[], [], false]);
  });
});
