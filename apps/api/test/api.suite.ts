// Every endpoint over real HTTP with values from the seed, every error status; run on each graph store.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createMemoryGraphStore } from '@dutymap/graph';
import { ADMIN_TOKEN, SEEDS_DIR, body, qs, startApi, type RunningApi } from './utils/api.js';
import { taskId } from './relationships.contract.js';

/**
 * The whole API suite against the server `start` gives. Servers started inside single tests
 * (uploads disabled, a small upload limit, a store that is down, a restart) use the embedded
 * store: what they check is HTTP behaviour, and they must not wipe the shared one.
 */
export function runApiSuite(name: string, start: () => Promise<RunningApi>): void {
  describe(`API (${name})`, () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await start();
    }, 120_000);
    afterAll(async () => {
      await api.close();
    });
    const errorOf = async (res: Response) => ({ status: res.status, code: ((await body(res)) as { error: { code: string } }).error.code });
    const unitId = async (name: string): Promise<string> => (await api.json(`/api/units${qs({ q: name })}`)).items.find((u: { name: string }) => u.name === name).id;

    it('GET /healthz and /readyz', async () => {
      expect(await api.json('/healthz')).toEqual({ status: 'ok' });
      expect(await api.json('/readyz')).toEqual({ status: 'ready', checks: { graph: 'ok', search: 'ok', accepting: 'ok' } });
    });

    it('answers a repeated GET with the same ETag, and 304 to If-None-Match', async () => {
      const first = await api.get('/api/stats');
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"\d+-[A-Za-z0-9_-]{27}"$/);
      const second = await api.get('/api/stats');
      expect(second.headers.get('etag')).toBe(etag);
      expect(await second.text()).toBe(await first.text());
      // Plain node:http: fetch adds Cache-Control: no-cache to conditional requests, which forbids a 304.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        get(`${api.url}/api/stats`, { headers: { 'if-none-match': etag! } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject);
      });
      expect(status).toBe(304);
    });

    it('GET /api/documents lists the seed', async () => {
      const body = await api.json('/api/documents');
      expect(body).toMatchObject({ total: 1, limit: 20, offset: 0 });
      expect(body.items[0]).toMatchObject({ title: '衢州市生态文明示范创建行动实施方案', jurisdiction: '衢州市', taskCount: 117, projectCount: 28 });
    });

    it('GET /api/sections gives the tree: 2 annexes, 8 chapters, 6 categories', async () => {
      const { items: [doc], total } = await api.json('/api/sections');
      expect(total).toBe(1);
      expect(doc.sections.map((s: { section: { kind: string } }) => s.section.kind)).toEqual(['annex', 'annex']);
      expect(doc.sections[0].children).toHaveLength(8);
      expect(doc.sections[1].children.map((c: { section: { title: string } }) => c.section.title)).toEqual([
        '坚决打好治气攻坚战', '坚决打好治水长效战', '坚决打好治土持久战', '清废行动', '生态保护', '能力建设',
      ]);
    });

    it('GET /api/tasks/:id gives the task with its units and the original row', async () => {
      const body = await api.json(`/api/tasks/${await taskId(api, 22)}`);
      expect(body.task.number).toBe(22);
      expect(body.leads.map((l: { unit: { name: string } }) => l.unit.name)).toEqual(['市经信局']);
      expect(body.supports.map((l: { unit: { name: string } }) => l.unit.name).sort()).toEqual(['市发改委', '市市场监管局', '市生态环境局', '市财政局'].sort());
      expect(body.implementedBy.map((p: { number: number }) => p.number)).toEqual([1]);
      expect(body.provenance.rowText.split('\n')[0]).toBe('\t22');
      expect(body.provenance.lines.start).toBe(body.provenance.rowText ? readFileSync(join(SEEDS_DIR, 'quzhou-eco-civilization-plan.txt'), 'utf8').split('\n').indexOf('\t22') + 1 : 0);
    });

    it('GET /api/projects/:id, /api/enterprises/:id, /api/places/:id', async () => {
      const docId = (await api.json('/api/documents')).items[0].id;
      const project = await api.json(`/api/projects/${docId}.p10`);
      expect(project.project.name).toBe('“污水零直排区”建设项目');
      expect(project.implements.map((t: { number: number }) => t.number)).toEqual([37, 38, 39]);
      const juhuaId = project.mentions.enterprises[0]?.id ?? (await api.json(`/api/projects/${docId}.p9`)).mentions.enterprises[0].id;
      const juhua = await api.json(`/api/enterprises/${juhuaId}`);
      expect(juhua.enterprise.name).toBe('巨化集团有限公司');
      expect(juhua.unit.name).toBe('巨化集团有限公司');
      expect(juhua.mentionedIn.tasks.map((t: { number: number }) => t.number)).toEqual([25, 31, 69, 75]); // 75: 新建巨化40万立方一般固废填埋场
      const task88 = await api.json(`/api/tasks/${docId}.t88`);
      const reserve = await api.json(`/api/places/${task88.mentions.places[0].id}`);
      expect(reserve.place).toMatchObject({ name: '古田山国家级自然保护区', kind: 'reserve' });
    });

    it('GET /api/stats, /api/hygiene, /api/units/:id/workload', async () => {
      const stats = await api.json('/api/stats');
      expect(stats).toMatchObject({ documents: 1, tasks: 117, projects: 28, units: 49 });
      const hygiene = await api.json('/api/hygiene?limit=100');
      expect(hygiene.multiLeadTasks.items.map((t: { task: { number: number } }) => t.task.number)).toContain(104);
      expect(hygiene.tasksWithoutSupport).toMatchObject({ total: 5, limit: 100, offset: 0 });
      expect(hygiene.tasksWithoutSupport.items.map((t: { number: number }) => t.number)).toEqual([19, 72, 93, 113, 117]);
      const workloads = await api.json('/api/workloads?limit=1');
      expect(workloads).toMatchObject({ total: 49, items: [{ unit: { name: '市生态环境局' }, tasksLed: 48 }] });
      const workload = await api.json(`/api/units/${await unitId('市生态环境局')}/workload`);
      expect(workload).toMatchObject({ tasksLed: 48, tasksSupported: 45, projects: 19 });
      expect(workload.chapters).toHaveLength(8 + 6);
    });

    it('GET /api/units/:id/projects and /partners', async () => {
      const id = await unitId('市住建局');
      const projects = await api.json(`/api/units/${id}/projects`);
      expect(projects.items.map((p: { project: { number: number } }) => p.project.number)).toEqual([2, 10, 11, 13, 14, 16, 19, 25]);
      const partners = await api.json(`/api/units/${id}/partners`);
      expect(partners.items[0].unit.name).toBe('市生态环境局');
    });

    it('GET /api/search finds 燃煤锅炉 with highlights and facets', async () => {
      const body = await api.json(`/api/search${qs({ q: '燃煤锅炉', limit: 5 })}`);
      const top3 = body.items.slice(0, 3).map((h: { type: string; id: string }) => `${h.type}:${h.id.split('.').pop()}`);
      expect(top3).toEqual(expect.arrayContaining(['task:t22', 'project:p1']));
      expect(body.items[0].snippet).toContain('<mark>');
      expect(body.facets.type.map((f: { value: string }) => f.value)).toEqual(expect.arrayContaining(['task', 'project']));
      expect(body.facets.type.find((f: { value: string }) => f.value === 'project').label).toBe('重点项目');
      expect(body.facets.chapter.map((f: { label: string }) => f.label)).toContain('二、坚决打好治气攻坚战，稳步改善环境空气质量');
      expect(body.facets.unit.map((f: { label: string }) => f.label)).toContain('市经信局');
      const onlyProjects = await api.json(`/api/search${qs({ q: '燃煤锅炉', type: 'project' })}`);
      expect(onlyProjects.items.every((h: { type: string }) => h.type === 'project')).toBe(true);
    });

    it('GET /api/units/:id/tasks.csv is a UTF-8 CSV with BOM, one row per task and the source row', async () => {
      const res = await api.get(`/api/units/${await unitId('市妇联')}/tasks.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('衢州市-市妇联-任务清单.csv')}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('文件,单位所属地区,序号,章节,工作内容,工作任务,本单位角色,牵头单位,配合单位,目标年份,来源行,原文');
      expect(lines[1]?.split(',')[1]).toBe('衢州市');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(',17,');
      expect(lines[1]).toContain('109-113');
      const search = await api.get(`/api/search.csv${qs({ q: '巨化' })}`);
      const searchBytes = new Uint8Array(await search.arrayBuffer());
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(searchBytes).split('\r\n')[0]).toBe('\uFEFF类型,ID,标题,地区,摘要,得分');
    });

    it('GET /api/openapi.json is a valid OpenAPI 3.1 document of every route, each answer a named schema; /api/docs is a page', async () => {
      const doc = await api.json('/api/openapi.json');
      expect(doc.openapi).toBe('3.1.0');
      const validation = await new Validator().validate(doc);
      expect(validation.errors ?? []).toEqual([]);
      expect(validation.valid).toBe(true);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/units/{id}/tasks', '/api/explain', '/api/network', '/api/documents/{id}', '/api/jurisdictions']));
      expect(doc.paths['/api/units/{id}/tasks'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['id', 'role', 'section', 'jurisdiction', 'document', 'inferred', 'limit', 'offset']);
      expect(doc.paths['/api/units'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['q', 'kind', 'jurisdiction', 'document', 'limit', 'offset']);
      // Every JSON answer is a named component; errors keep theirs.
      type Responses = Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
      const refs = new Map(
        Object.entries(doc.paths as Record<string, Record<string, { responses: Responses }>>).flatMap(([path, operations]) =>
          Object.entries(operations).flatMap(([method, op]) =>
            Object.entries(op.responses).flatMap(([status, r]) => (r.content?.['application/json'] ? [[`${method} ${path} ${status}`, r.content['application/json'].schema.$ref] as const] : [])),
          ),
        ),
      );
      expect(refs.size).toBeGreaterThan(40);
      expect([...refs].filter(([, ref]) => !ref?.startsWith('#/components/schemas/'))).toEqual([]);
      expect([refs.get('get /api/units 200'), refs.get('get /api/units/{id} 200'), refs.get('post /api/documents 201'), refs.get('get /api/stats default')]).toEqual([
        '#/components/schemas/UnitMatchPage',
        '#/components/schemas/UnitResponse',
        '#/components/schemas/IngestReport',
        '#/components/schemas/Error',
      ]);
      const unitMatch = doc.components.schemas.UnitMatch;
      expect([unitMatch.additionalProperties, unitMatch.required, unitMatch.properties.jurisdiction.type, unitMatch.properties.counts]).toEqual([
        false,
        ['id', 'name', 'kind', 'jurisdiction', 'counts', 'aliases', 'fullName', 'nameEn'],
        'string',
        { $ref: '#/components/schemas/RoleCounts' },
      ]);
      expect(doc.components.schemas.UnitMatchPage.properties.items).toEqual({ type: 'array', items: { $ref: '#/components/schemas/UnitMatch' } });
      expect(doc.components.schemas.SectionTreeNode.properties.children).toEqual({ type: 'array', items: { $ref: '#/components/schemas/SectionTreeNode' } });
      const page = await api.get('/api/docs');
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain('/api/units/{id}/connections/{b}'.replace('{id}', '{a}'));
      expect(['<td>200 UnitMatchPage</td>', '<td>200 XLSX</td>', '<td>200 CSV</td>', '<td>201 IngestReport</td>', '<td>204</td>'].filter((cell) => !html.includes(cell))).toEqual([]);
    });

    it('caches by route and parsed input: an unknown parameter or a default spelled out is the same answer', async () => {
      const id = await unitId('市妇联');
      const first = await api.get(`/api/units/${id}/tasks`);
      const etag = first.headers.get('etag');
      for (const variant of [`/api/units/${id}/tasks?x=1`, `/api/units/${id}/tasks?limit=20&offset=0`, `/api/units/${id}/tasks?role=any&x=2`]) {
        const res = await api.get(variant);
        expect([variant, res.headers.get('etag')]).toEqual([variant, etag]);
      }
    });

    it('computes an answer once for concurrent identical requests', async () => {
      let calls = 0;
      const graph = await createMemoryGraphStore();
      const counting = new Proxy(graph, {
        get: (target, name, receiver) => {
          const value = Reflect.get(target, name, receiver) as unknown;
          if (name === 'tasksOfUnit') return (...args: Parameters<typeof graph.tasksOfUnit>) => ((calls += 1), graph.tasksOfUnit(...args));
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const local = await startApi({ graph: counting });
      try {
        const id = (await local.json(`/api/units${qs({ q: '市妇联' })}`)).items[0].id;
        const answers = await Promise.all(Array.from({ length: 10 }, () => local.get(`/api/units/${id}/tasks`).then((r) => r.text())));
        expect([calls, new Set(answers).size]).toEqual([1, 1]);
      } finally {
        await local.close();
      }
    });

    it('bounds every list: pages with totals, a network past its cap merged and cut', async () => {
      const units = await api.json(`/api/units${qs({ limit: 3, offset: 3 })}`);
      expect(units).toMatchObject({ total: 49, limit: 3, offset: 3 });
      expect(units.items).toHaveLength(3);
      const network = await api.json(`/api/network${qs({ maxElements: 10 })}`);
      expect([network.aggregated, network.truncated, network.nodes.length + network.edges.length <= 10]).toEqual([true, true, true]);
      expect(network.total.nodes).toBe(49);
      expect(network.nodes[0].data.id).toMatch(/^name:/);
      const full = await api.json('/api/network');
      expect([full.aggregated, full.truncated, full.nodes.length]).toEqual([false, false, 49]);
      expect(await errorOf(await api.get(`/api/network${qs({ minShared: 1001 })}`))).toEqual({ status: 400, code: 'invalid-request' });
    });

    describe('errors', () => {

      it('400 for bad input, naming the field', async () => {
        const res = await api.get(`/api/units/${await unitId('市妇联')}/tasks${qs({ role: 'boss' })}`);
        expect(res.status).toBe(400);
        const json = await body(res);
        expect(json.error.code).toBe('invalid-request');
        expect(json.error.details.issues[0].path).toBe('query.role');
        expect(await errorOf(await api.get(`/api/search${qs({ q: '   ' })}`))).toEqual({ status: 400, code: 'invalid-query' });
        expect(await errorOf(await api.get(`/api/search${qs({ q: '巨化', limit: 1000 })}`))).toEqual({ status: 400, code: 'invalid-request' });
      });

      it('404 for unknown ids and routes', async () => {
        expect(await errorOf(await api.get('/api/units/unit_nope'))).toEqual({ status: 404, code: 'not-found' });
        expect(await errorOf(await api.get('/api/tasks/nope'))).toEqual({ status: 404, code: 'not-found' });
        expect(await errorOf(await api.get('/api/nothing-here'))).toEqual({ status: 404, code: 'route-not-found' });
      });

      it('401 without a token, 403 with a wrong one, 403 when uploads are disabled', async () => {
        expect(await errorOf(await api.get('/api/documents?name=a.txt', { method: 'POST', body: 'x' }))).toEqual({ status: 401, code: 'unauthorized' });
        expect(await errorOf(await api.get('/api/documents?name=a.txt', { method: 'POST', body: 'x', headers: { authorization: 'Bearer wrong-token-wrong-token' } }))).toEqual({ status: 403, code: 'forbidden' });
        const closed = await startApi({ adminToken: '' });
        try {
          expect(await errorOf(await closed.get('/api/documents?name=a.txt', { method: 'POST', body: 'x', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }))).toEqual({ status: 403, code: 'uploads-disabled' });
        } finally {
          await closed.close();
        }
      });

      it('413 for an upload over the limit', async () => {
        const small = await startApi({ uploadLimitBytes: 1024 });
        try {
          const res = await small.get('/api/documents?name=big.txt', { method: 'POST', body: 'x'.repeat(4096), headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
          expect(await errorOf(res)).toEqual({ status: 413, code: 'payload-too-large' });
        } finally {
          await small.close();
        }
      });

      it('503 with Retry-After when the store is unavailable', async () => {
        const down = await startApi();
        await down.graph.close();
        try {
          const res = await down.get('/api/stats');
          expect(res.status).toBe(503);
          expect(res.headers.get('retry-after')).toBe('5');
          const ready = await down.get('/readyz');
          expect(ready.status).toBe(503);
          expect((await body(ready)).checks.graph).toBe('unavailable');
        } finally {
          await down.close();
        }
      });
    });

    it('with the graph store down, health and search still answer (search and its facet labels from the index alone)', async () => {
      const down = await startApi();
      const seedDocument = (await down.json('/api/documents')).items[0].id as string;
      await down.graph.close();
      try {
        expect((await down.get('/healthz')).status).toBe(200);
        const res = await down.get(`/api/search${qs({ q: '燃煤锅炉', limit: 5 })}`);
        expect(res.status).toBe(200);
        const found = await body(res);
        expect(found.items.map((h: { id: string }) => h.id)).toContain(`${seedDocument}.t22`);
        expect(found.facets.type.find((f: { value: string }) => f.value === 'task').label).toBe('任务');
        // Facet labels come from the index, so they read as titles even with the graph store gone.
        expect(found.facets.chapter.length).toBeGreaterThan(0);
        expect(found.facets.chapter.every((f: { value: string; label: string }) => f.label !== f.value && f.label.length > 0)).toBe(true);
        expect((await down.get(`/api/search.csv${qs({ q: '燃煤锅炉' })}`)).status).toBe(200);
        const stats = await down.get('/api/stats');
        expect([stats.status, (await body(stats)).error.code]).toEqual([503, 'store-closed']);
      } finally {
        await down.close();
      }
    });

    describe('upload → query → delete', () => {
      const plan = [
        '衢州市测试行动实施方案工作任务责任分解表',
        '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位',
        '\t1\n\t开展测试专项行动。\n\t市测试局\n\t市妇联',
      ].join('\n\n');
      const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

      it('stores the file, answers queries about it, and removes it again', async () => {
        const res = await api.get(`/api/documents${qs({ name: '测试方案.txt' })}`, { method: 'POST', body: plan, headers: { ...auth, 'content-type': 'text/plain' } });
        expect(res.status).toBe(201);
        const report = await body(res);
        expect(report.document).toMatchObject({ title: '衢州市测试行动实施方案', taskCount: 1 });
        const stored = readdirSync(join(api.dataDir, 'uploads'));
        expect(stored).toEqual([`${report.document.id}--测试方案.txt`]);
        expect((await api.json('/api/documents')).total).toBe(2);
        const unit = (await api.json(`/api/units${qs({ q: '市测试局' })}`)).items[0];
        const tasks = await api.json(`/api/units/${unit.id}/tasks`);
        expect(tasks.items[0].task.text).toBe('开展测试专项行动。');
        const women = await api.json(`/api/units/${await unitId('市妇联')}`);
        expect(women.unit.name).toBe('市妇联');
        expect(women.counts.support).toBe(1);

        const del = await api.get(`/api/documents/${report.document.id}`, { method: 'DELETE', headers: auth });
        expect(del.status).toBe(204);
        expect((await api.json('/api/documents')).total).toBe(1);
        expect(readdirSync(join(api.dataDir, 'uploads'))).toEqual([]);
        expect((await api.get(`/api/units/${unit.id}`)).status).toBe(404);
        expect((await api.get(`/api/documents/${report.document.id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
      });

      it('rejects a file that holds no table with 422 and leaves nothing behind', async () => {
        const res = await api.get(`/api/documents${qs({ name: 'notice.txt' })}`, { method: 'POST', body: '一份通知。', headers: auth });
        expect(res.status).toBe(422);
        const json = await body(res);
        expect(json.error.code).toBe('unparsable-document');
        expect(json.error.details.diagnostics[0]).toMatchObject({ code: 'no-table', line: 1 });
        expect(readdirSync(join(api.dataDir, 'uploads'))).toEqual([]);
        expect((await api.json('/api/documents')).total).toBe(1);
      });

      it('rejects a table whose tasks have no text with 422, naming the rows, and leaves nothing behind', async () => {
        // The only text column holds figures: no column holds any task's text.
        const textless = ['某县重点任务分解表', '\t序号\n\t指标值\n\t牵头单位', '\t1\n\t5\n\t县发改局', '\t2\n\t8\n\t县财政局'].join('\n\n');
        const res = await api.get(`/api/documents${qs({ name: 'textless.txt' })}`, { method: 'POST', body: textless, headers: auth });
        expect(res.status).toBe(422);
        const json = await body(res);
        expect(json.error.code).toBe('unparsable-document');
        expect(json.error.details.diagnostics.filter((d: { code: string }) => d.code === 'task-without-text')).toEqual([
          expect.objectContaining({ severity: 'error', line: 7, field: 'task' }),
          expect.objectContaining({ severity: 'error', line: 11, field: 'task' }),
        ]);
        expect(readdirSync(join(api.dataDir, 'uploads'))).toEqual([]);
        expect((await api.json('/api/documents')).total).toBe(1);
      });

      it('re-ingests stored uploads at start', async () => {
        const res = await api.get(`/api/documents${qs({ name: 'keep.txt' })}`, { method: 'POST', body: plan, headers: auth });
        expect(res.status).toBe(201);
        const restarted = await startApi({ dataDir: api.dataDir });
        try {
          expect((await restarted.json('/api/documents')).total).toBe(2);
        } finally {
          await restarted.close();
        }
      });

      it('a restart on the embedded stores’ snapshots parses no file it already holds', async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-restart-'));
        const first = await startApi({ dataDir, persist: true });
        const answers = async (a: RunningApi) => [await a.json('/api/documents'), await a.json('/api/stats'), await a.json(`/api/search${qs({ q: '燃煤锅炉' })}`).then((r) => r.items)];
        let expected: unknown;
        try {
          expect([first.startup.reports.length, first.startup.unchanged]).toEqual([1, 0]);
          expected = await answers(first);
        } finally {
          await first.close();
        }
        const second = await startApi({ dataDir, persist: true });
        try {
          expect([second.startup.reports.length, second.startup.unchanged]).toEqual([0, 1]);
          expect(await answers(second)).toEqual(expected);
        } finally {
          await second.close();
        }
      });
    });
  });
}
