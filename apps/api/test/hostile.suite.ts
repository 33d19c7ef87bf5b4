// Hostile requests, one table: every parameter of every route given what an attacker or a broken
// client sends. Each answer is a 4xx with a JSON error (or a plain answer where the input is merely
// odd), never a 5xx, and the store is the same afterwards.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, auth, body, type RunningApi } from './utils/api.js';

interface Case {
  /** Route and what is wrong with the request. */
  name: string;
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH';
  /** Path and query as sent; {unit}, {unit2}, {task}, {doc} are replaced by ids from the seed. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** The error code of a 4xx. */
  code?: string;
}

const LONG_ID = 'u'.repeat(301);
const CYPHER = encodeURIComponent("x'}) MATCH (n) DETACH DELETE n //");
const NUL = '%00';
const BAD_UTF8 = '%E0%A4%A';
const LONE_SURROGATE = '%ED%A0%80';

const CASES: Case[] = [
  // /api/units
  { name: 'units: q over 100 characters', path: `/api/units?q=${'局'.repeat(101)}`, status: 400, code: 'invalid-request' },
  { name: 'units: q of regular-expression syntax', path: `/api/units?q=${encodeURIComponent('.*(a+)+$[')}`, status: 200 },
  { name: 'units: q with NUL', path: `/api/units?q=${NUL}`, status: 200 },
  { name: 'units: kind not a kind', path: '/api/units?kind=admin', status: 400, code: 'invalid-request' },
  { name: 'units: limit 0', path: '/api/units?limit=0', status: 400, code: 'invalid-request' },
  { name: 'units: limit over 500', path: '/api/units?limit=501', status: 400, code: 'invalid-request' },
  { name: 'units: limit Infinity', path: '/api/units?limit=1e309', status: 400, code: 'invalid-request' },
  { name: 'units: limit given twice', path: '/api/units?limit=1&limit=2', status: 400, code: 'invalid-request' },
  { name: 'units: offset negative', path: '/api/units?offset=-1', status: 400, code: 'invalid-request' },
  { name: 'units: offset not a number', path: '/api/units?offset=abc', status: 400, code: 'invalid-request' },
  { name: 'units: offset past the last page', path: '/api/units?offset=1000000', status: 200 },
  { name: 'units: offset past LIMITS.offset', path: '/api/units?offset=9007199254740991', status: 400, code: 'invalid-request' },
  { name: 'units: a malformed percent-escape', path: `/api/units?q=${BAD_UTF8}`, status: 200 },
  // /api/units/:id and its sub-resources
  { name: 'unit: id over 300 characters', path: `/api/units/${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'unit: a Cypher fragment as id', path: `/api/units/${CYPHER}`, status: 404, code: 'not-found' },
  { name: 'unit: NUL as id', path: `/api/units/${NUL}`, status: 404, code: 'not-found' },
  { name: 'unit: __proto__ as id', path: '/api/units/__proto__', status: 404, code: 'not-found' },
  { name: 'unit: an encoded ../ as id', path: '/api/units/..%2F..%2Fstats', status: 404, code: 'not-found' },
  { name: 'unit: a malformed escape in the path', path: `/api/units/${BAD_UTF8}`, status: 400, code: 'invalid-request' },
  { name: 'unit: inferred not true/false', path: '/api/units/{unit}?inferred=yes', status: 400, code: 'invalid-request' },
  { name: 'tasks: role not a role', path: '/api/units/{unit}/tasks?role=boss', status: 400, code: 'invalid-request' },
  { name: 'tasks: role given twice', path: '/api/units/{unit}/tasks?role=lead&role=support', status: 400, code: 'invalid-request' },
  { name: 'tasks: section over 300 characters', path: `/api/units/{unit}/tasks?section=${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'tasks: section that does not exist', path: '/api/units/{unit}/tasks?section=doc_nope.s1', status: 200 },
  { name: 'tasks: limit fractional', path: '/api/units/{unit}/tasks?limit=1.5', status: 400, code: 'invalid-request' },
  { name: 'tasks: unknown unit', path: '/api/units/unit_nope/tasks', status: 404, code: 'not-found' },
  { name: 'tasks.csv: role not a role', path: '/api/units/{unit}/tasks.csv?role=%27%3B--', status: 400, code: 'invalid-request' },
  { name: 'tasks.csv: a Cypher fragment as id', path: `/api/units/${CYPHER}/tasks.csv`, status: 404, code: 'not-found' },
  { name: 'tasks.xlsx: inferred not true/false', path: '/api/units/{unit}/tasks.xlsx?inferred=1', status: 400, code: 'invalid-request' },
  { name: 'tasks.xlsx: section over 300 characters', path: `/api/units/{unit}/tasks.xlsx?section=${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'projects: offset not a number', path: '/api/units/{unit}/projects?offset=NaN', status: 400, code: 'invalid-request' },
  { name: 'projects: unknown unit', path: `/api/units/${NUL}/projects`, status: 404, code: 'not-found' },
  { name: 'partners: limit negative', path: '/api/units/{unit}/partners?limit=-5', status: 400, code: 'invalid-request' },
  { name: 'partners: inferred not true/false', path: '/api/units/{unit}/partners?inferred=TRUE', status: 400, code: 'invalid-request' },
  { name: 'workload: a task id where a unit id goes', path: '/api/units/{task}/workload', status: 404, code: 'not-found' },
  { name: 'shared: b over 300 characters', path: `/api/units/{unit}/shared/${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'shared: b unknown', path: `/api/units/{unit}/shared/${CYPHER}`, status: 404, code: 'not-found' },
  { name: 'shared: a unit with itself', path: '/api/units/{unit}/shared/{unit}', status: 200 },
  { name: 'connections: maxHops 0', path: '/api/units/{unit}/connections/{unit2}?maxHops=0', status: 400, code: 'invalid-request' },
  { name: 'connections: maxHops 11', path: '/api/units/{unit}/connections/{unit2}?maxHops=11', status: 400, code: 'invalid-request' },
  { name: 'connections: limit 101', path: '/api/units/{unit}/connections/{unit2}?limit=101', status: 400, code: 'invalid-request' },
  { name: 'connections: a unknown', path: '/api/units/unit_nope/connections/{unit2}', status: 404, code: 'not-found' },
  // /api/explain
  { name: 'explain: a missing', path: '/api/explain?b={unit2}', status: 400, code: 'invalid-request' },
  { name: 'explain: b over 300 characters', path: `/api/explain?a={unit}&b=${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'explain: b unknown', path: `/api/explain?a={unit}&b=${CYPHER}`, status: 404, code: 'not-found' },
  { name: 'explain: maxHops 1', path: '/api/explain?a={unit}&b={unit2}&maxHops=1', status: 400, code: 'invalid-request' },
  // /api/network
  { name: 'network: role not a role', path: '/api/network?role=%3Cscript%3E', status: 400, code: 'invalid-request' },
  { name: 'network: minShared 0', path: '/api/network?minShared=0', status: 400, code: 'invalid-request' },
  { name: 'network: minShared over 1000', path: '/api/network?minShared=1001', status: 400, code: 'invalid-request' },
  { name: 'network: section unknown', path: `/api/network?section=${CYPHER}`, status: 200 },
  { name: 'network: inferred not true/false', path: '/api/network?inferred=null', status: 400, code: 'invalid-request' },
  // /api/nodes/:id/neighbourhood
  { name: 'neighbourhood: depth 5', path: '/api/nodes/{unit}/neighbourhood?depth=5', status: 400, code: 'invalid-request' },
  { name: 'neighbourhood: limit 5001', path: '/api/nodes/{unit}/neighbourhood?limit=5001', status: 400, code: 'invalid-request' },
  { name: 'neighbourhood: unknown node', path: `/api/nodes/${CYPHER}/neighbourhood`, status: 404, code: 'not-found' },
  { name: 'neighbourhood: id over 300 characters', path: `/api/nodes/${LONG_ID}/neighbourhood`, status: 400, code: 'invalid-request' },
  // the plan
  { name: 'task: unknown id', path: '/api/tasks/{doc}.t99999', status: 404, code: 'not-found' },
  { name: 'task: a unit id where a task id goes', path: '/api/tasks/{unit}', status: 404, code: 'not-found' },
  { name: 'project: a Cypher fragment as id', path: `/api/projects/${CYPHER}`, status: 404, code: 'not-found' },
  { name: 'project: id over 300 characters', path: `/api/projects/${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'enterprise: NUL as id', path: `/api/enterprises/${NUL}`, status: 404, code: 'not-found' },
  { name: 'place: constructor as id', path: '/api/places/constructor', status: 404, code: 'not-found' },
  { name: 'sections: a negative page size', path: '/api/sections?limit=-1', status: 400, code: 'invalid-request' },
  { name: 'sections: a query it does not take', path: '/api/sections?__proto__=x&constructor=1', status: 200 },
  { name: 'stats: a query it does not take', path: `/api/stats?q=${CYPHER}`, status: 200 },
  { name: 'hygiene: a query it does not take', path: '/api/hygiene?constructor=1', status: 200 },
  // /api/search and /api/search.csv
  { name: 'search: q missing', path: '/api/search', status: 400, code: 'invalid-request' },
  { name: 'search: q only spaces', path: '/api/search?q=%20%20', status: 400, code: 'invalid-query' },
  { name: 'search: q over 200 characters', path: `/api/search?q=${'燃'.repeat(201)}`, status: 400, code: 'invalid-query' },
  { name: 'search: q of punctuation only', path: `/api/search?q=${encodeURIComponent('()[]*?')}`, status: 200 },
  { name: 'search: q a lone surrogate', path: `/api/search?q=${LONE_SURROGATE}`, status: 200 },
  { name: 'search: q given twice', path: '/api/search?q=a&q=b', status: 400, code: 'invalid-request' },
  { name: 'search: type not a type', path: '/api/search?q=%E7%87%83&type=task,secret', status: 400, code: 'invalid-request' },
  { name: 'search: section over 300 characters', path: `/api/search?q=a&section=${LONG_ID}`, status: 400, code: 'invalid-request' },
  { name: 'search: unit unknown', path: `/api/search?q=a&unit=${CYPHER}`, status: 200 },
  { name: 'search: role without unit', path: '/api/search?q=a&role=lead', status: 400, code: 'invalid-search-options' },
  { name: 'search: role not a role', path: '/api/search?q=a&unit={unit}&role=owner', status: 400, code: 'invalid-request' },
  { name: 'search: year not a number', path: '/api/search?q=a&year=twenty', status: 400, code: 'invalid-request' },
  { name: 'search: year out of range', path: '/api/search?q=a&year=99999', status: 400, code: 'invalid-search-options' },
  { name: 'search: limit 101', path: '/api/search?q=a&limit=101', status: 400, code: 'invalid-request' },
  { name: 'search: offset negative', path: '/api/search?q=a&offset=-1', status: 400, code: 'invalid-request' },
  { name: 'search.csv: q missing', path: '/api/search.csv', status: 400, code: 'invalid-request' },
  { name: 'search.csv: q over 200 characters', path: `/api/search.csv?q=${'a'.repeat(201)}`, status: 400, code: 'invalid-query' },
  { name: 'search.csv: year fractional', path: '/api/search.csv?q=a&year=2020.5', status: 400, code: 'invalid-request' },
  // /api/documents
  { name: 'documents: limit 0', path: '/api/documents?limit=0', status: 400, code: 'invalid-request' },
  { name: 'upload: no token', method: 'POST', path: '/api/documents?name=a.txt', body: 'x', status: 401, code: 'unauthorized' },
  { name: 'upload: a Basic credential', method: 'POST', path: '/api/documents?name=a.txt', body: 'x', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, status: 401, code: 'unauthorized' },
  { name: 'upload: a token of 10 KB', method: 'POST', path: '/api/documents?name=a.txt', body: 'x', headers: { authorization: `Bearer ${'t'.repeat(10_240)}` }, status: 403, code: 'forbidden' },
  { name: 'upload: the token with one character changed', method: 'POST', path: '/api/documents?name=a.txt', body: 'x', headers: { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}X` }, status: 403, code: 'forbidden' },
  { name: 'upload: name missing', method: 'POST', path: '/api/documents', body: 'x', headers: auth, status: 400, code: 'invalid-request' },
  { name: 'upload: name empty', method: 'POST', path: '/api/documents?name=', body: 'x', headers: auth, status: 400, code: 'invalid-request' },
  { name: 'upload: name over 1000 characters', method: 'POST', path: `/api/documents?name=${'a'.repeat(1001)}.txt`, body: 'x', headers: auth, status: 400, code: 'invalid-request' },
  { name: 'upload: name given twice', method: 'POST', path: '/api/documents?name=a.txt&name=b.txt', body: 'x', headers: auth, status: 400, code: 'invalid-request' },
  { name: 'upload: an executable', method: 'POST', path: '/api/documents?name=plan.exe', body: 'MZ', headers: auth, status: 415, code: 'unsupported-media-type' },
  { name: 'upload: NUL before a second extension', method: 'POST', path: `/api/documents?name=plan.txt${NUL}.sh`, body: 'x', headers: auth, status: 415, code: 'unsupported-media-type' },
  { name: 'upload: only an extension', method: 'POST', path: '/api/documents?name=.txt', body: 'x', headers: auth, status: 415, code: 'unsupported-media-type' },
  { name: 'upload: a form instead of the file', method: 'POST', path: '/api/documents?name=a.txt', body: 'a=b', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported-media-type' },
  { name: 'upload: an empty body', method: 'POST', path: '/api/documents?name=a.txt', body: '', headers: auth, status: 400, code: 'invalid-request' },
  { name: 'upload: a path as name, prose as body', method: 'POST', path: `/api/documents?name=${encodeURIComponent('../../../etc/passwd.txt')}`, body: 'root:x:0:0', headers: auth, status: 422, code: 'unparsable-document' },
  { name: 'upload: text sent as .docx', method: 'POST', path: '/api/documents?name=a.docx', body: 'not a zip', headers: auth, status: 422, code: 'unparsable-document' },
  { name: 'upload: a script sent as .html', method: 'POST', path: '/api/documents?name=a.html', body: '<script>alert(1)</script>', headers: auth, status: 422, code: 'unparsable-document' },
  { name: 'delete: no token', method: 'DELETE', path: '/api/documents/{doc}', status: 401, code: 'unauthorized' },
  { name: 'delete: wrong token', method: 'DELETE', path: '/api/documents/{doc}', headers: { authorization: 'Bearer wrong-token-0123456789' }, status: 403, code: 'forbidden' },
  { name: 'delete: id over 300 characters', method: 'DELETE', path: `/api/documents/${LONG_ID}`, headers: auth, status: 400, code: 'invalid-request' },
  { name: 'delete: a Cypher fragment as id', method: 'DELETE', path: `/api/documents/${CYPHER}`, headers: auth, status: 404, code: 'not-found' },
  // methods and routes that do not exist
  { name: 'PUT on a unit', method: 'PUT', path: '/api/units/{unit}', body: '{}', status: 404, code: 'route-not-found' },
  { name: 'PATCH on documents', method: 'PATCH', path: '/api/documents', body: '{}', headers: auth, status: 404, code: 'route-not-found' },
  { name: 'DELETE on a unit', method: 'DELETE', path: '/api/units/{unit}', headers: auth, status: 404, code: 'route-not-found' },
  { name: 'a path that climbs out of /api', path: '/api/../../etc/passwd', status: 404, code: 'route-not-found' },
  { name: 'an unknown API path', path: '/api/admin', status: 404, code: 'route-not-found' },
];

export function runHostileSuite(name: string, start: () => Promise<RunningApi>): void {
  describe(`hostile requests (${name})`, () => {
    let api: RunningApi;
    let ids: Record<string, string>;
    let before: string;
    const files = () => (existsSync(join(api.dataDir, 'uploads')) ? readdirSync(join(api.dataDir, 'uploads'), { recursive: true }).sort() : []);
    const state = async () => JSON.stringify({ stats: await api.json('/api/stats'), documents: await api.json('/api/documents'), files: files() });

    beforeAll(async () => {
      api = await start();
      const units = (await api.json('/api/units?q=%E5%B8%82&limit=2')).items as Array<{ id: string }>;
      const doc = (await api.json('/api/documents')).items[0].id as string;
      ids = { unit: units[0]!.id, unit2: units[1]!.id, doc, task: `${doc}.t1` };
      before = await state();
    }, 120_000);
    afterAll(async () => {
      await api.close();
    });

    it(`the table has ${CASES.length} cases`, () => {
      expect(CASES.length).toBeGreaterThanOrEqual(60);
    });

    for (const c of CASES) {
      it(`${c.method ?? 'GET'} ${c.name} → ${c.status}${c.code ? ` ${c.code}` : ''}`, async () => {
        const path = c.path.replace(/\{(unit2|unit|doc|task)\}/g, (_, key: string) => encodeURIComponent(ids[key]!));
        const res = await api.get(path, { method: c.method ?? 'GET', ...(c.headers ? { headers: c.headers } : {}), ...(c.body !== undefined ? { body: c.body } : {}) });
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
          const json = await body(res);
          expect(Object.keys(json)).toEqual(['error']);
          expect([typeof json.error.code, typeof json.error.message]).toEqual(['string', 'string']);
          expect({ status: res.status, code: json.error.code }).toEqual({ status: c.status, code: c.code });
        } else {
          await res.arrayBuffer();
          expect(res.status).toBe(c.status);
        }
      });
    }

    it('leaves the store as it was: documents, counts, files', async () => {
      expect(await state()).toBe(before);
    });
  });
}
