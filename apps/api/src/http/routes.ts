// Every endpoint of the API, declared once (see route.ts); a JSON route names its answer's schema from @dutymap/model (`response`).
import { z } from 'zod';
import type { GraphStore } from '@dutymap/graph';
import type { Network, TaskOfUnit, TasksOfUnitOptions, UnitRef } from '@dutymap/model';
import {
  CONTRASTS,
  Comparison,
  Connections,
  Counterpart,
  DocumentSections,
  EnterpriseDetail,
  Explanation,
  Hygiene,
  IngestReport,
  JurisdictionSummary,
  LIMITS,
  Neighbourhood,
  NetworkElements,
  Partner,
  PlaceDetail,
  PlanSummary,
  ProjectDetail,
  ProjectOfUnit,
  SearchResponse,
  SharedWork,
  Stats,
  TaskDetail,
  TaskOfUnitItem,
  UnitMatch,
  UnitPlan,
  UnitResponse,
  Workload,
  pageOf,
} from '@dutymap/model';
import { NotFoundError } from '@dutymap/graph';
import type { SearchIndex, SearchResult } from '@dutymap/search';
import { SEARCH_ROLES, SEARCH_TYPES } from '@dutymap/search';
import { divisionLabelOf } from '@dutymap/ingest';
import type { IngestService } from '../ingestion/ingest-service.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';
import { uploadName } from '../ingestion/document-library.js';
import { route, type RouteSpec } from './route.js';
import { Id, IdParams, Inferred, Page, PairParams, Role, Scope, UnitKindParam, int, scopeOf } from './schemas.js';
import { sendCsv, sendWorkbook, sendXlsx } from './csv.js';
import { COMPARE_PARTS, compareSheets, compareSideOf, wholeComparison } from './compare-export.js';
import { explainLink } from './explain.js';

export interface RouteDeps {
  graph: GraphStore;
  search: SearchIndex;
  ingest: IngestService;
  /** Largest upload accepted, in bytes. */
  uploadLimitBytes: number;
}

/** The network as Cytoscape elements: node size from `works`, edge width from `shared`; how it was bounded. */
function networkElements(network: Network): NetworkElements {
  return {
    nodes: network.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, jurisdiction: n.jurisdiction, jurisdictionCode: n.jurisdictionCode, works: n.works } })),
    edges: network.edges.map((e) => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, shared: e.shared, weight: e.weight } })),
    aggregated: network.aggregated,
    truncated: network.truncated,
    total: network.total,
  };
}

/** Every task of a unit, page by page: a unit's work is bounded, a spreadsheet wants all of it. */
async function allTasksOf(graph: GraphStore, unitId: string, options: TasksOfUnitOptions): Promise<TaskOfUnit[]> {
  const tasks: TaskOfUnit[] = [];
  for (let offset = 0; ; offset += LIMITS.pageSize.max) {
    const page = await graph.tasksOfUnit(unitId, { ...options, limit: LIMITS.pageSize.max, offset });
    tasks.push(...page.items);
    if (tasks.length >= page.total || page.items.length === 0) return tasks;
  }
}

const TASK_CSV_HEADER = ['文件', '单位所属地区', '序号', '章节', '工作内容', '工作任务', '本单位角色', '牵头单位', '配合单位', '目标年份', '来源行', '原文'];

/** The row as written, its cells joined by " | " (the source starts each cell with a TAB). */
const rowAsText = (rowText: string) =>
  rowText
    .split(/\n?\t/)
    .map((cell) => cell.replace(/\s*\n\s*/g, ' ').trim())
    .filter((cell, i) => i > 0 || cell !== '')
    .join(' | ');

function taskCsvRow(unit: UnitRef, t: TaskOfUnit): Array<string | number> {
  const unitName = unit.name;
  const names = (role: 'lead' | 'support') => [...(t.role === role ? [unitName] : []), ...t.coUnits.filter((u) => u.role === role).map((u) => u.unit.name)];
  const own = t.role === 'lead' ? '牵头' : '配合';
  return [
    t.provenance.sourceName,
    unit.jurisdiction,
    t.task.number,
    t.chapter ? `${t.chapter.number}、${t.chapter.title}` : '',
    t.section.kind === 'group' ? t.section.title : '',
    t.task.text,
    t.inferred ? `${own}（由集合单位推定）` : own,
    names('lead').join('、'),
    names('support').join('、'),
    t.task.years.join('、'),
    `${t.provenance.lines.start}-${t.provenance.lines.end}`,
    rowAsText(t.provenance.rowText),
  ];
}

/** `a` and `b` of a comparison: a document id (doc_…) is a plan, anything else the name of a place. */
const CompareSide = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .transform(compareSideOf)
  .describe('a plan (its document id, doc_…) or a place (its name, 衢州市: every plan it issued, and its units)');
const CompareQuery = { a: CompareSide, b: CompareSide };

const SearchQuery = z.object({
  q: z.string().describe('the words to find (Chinese or English)'),
  type: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((t) => t.trim()) : undefined))
    .pipe(z.array(z.enum(SEARCH_TYPES)).optional())
    .describe(`comma-separated: ${SEARCH_TYPES.join(', ')}`),
  section: Id.optional(),
  unit: Id.optional(),
  role: z.enum(SEARCH_ROLES).optional(),
  year: z.coerce.number().int().optional(),
  ...Scope,
  limit: int(LIMITS.searchPageSize, 'hits per page'),
  offset: int(LIMITS.offset, 'hits to skip'),
});
type SearchQuery = z.infer<typeof SearchQuery>;

function runSearch(search: SearchIndex, q: SearchQuery): Promise<SearchResult> {
  return search.search(q.q, {
    ...(q.type ? { types: q.type } : {}),
    ...(q.section ? { sectionId: q.section } : {}),
    ...(q.unit ? { unitId: q.unit } : {}),
    ...(q.role ? { role: q.role } : {}),
    ...(q.year !== undefined ? { year: q.year } : {}),
    ...scopeOf(q),
    limit: q.limit,
    offset: q.offset,
  });
}

/** Strips <mark> from a snippet for a spreadsheet cell. */
const plain = (html: string) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function apiRoutes(deps: RouteDeps): Array<RouteSpec<never, never>> {
  const { graph, search, ingest } = deps;
  const routes = [
    // Units
    route({
      method: 'get', path: '/api/units', tag: 'units', summary: 'Find units by name, alias or kind, in a place or plan', response: pageOf(UnitMatch),
      query: z.object({ q: z.string().max(LIMITS.nameQueryLength).optional(), kind: UnitKindParam.optional(), ...Scope, ...Page }),
      handler: ({ query }) => graph.findUnits({ ...(query.q ? { q: query.q } : {}), ...(query.kind ? { kind: query.kind } : {}), ...scopeOf(query), limit: query.limit, offset: query.offset }),
    }),
    route({
      method: 'get', path: '/api/units/:id', tag: 'units', summary: 'A unit: counts by role and its main partners', response: UnitResponse,
      params: IdParams, query: z.object({ ...Inferred }),
      handler: async ({ params, query }) => {
        const [detail, partners] = await Promise.all([graph.unit(params.id), graph.partners(params.id, { includeInferred: query.inferred, limit: 10 })]);
        return { ...detail, partners: partners.items };
      },
    }),
    route({
      method: 'get', path: '/api/units/:id/tasks', tag: 'units', summary: 'Every task of a unit, as lead or support, with co-units and source row', response: pageOf(TaskOfUnitItem),
      params: IdParams, query: z.object({ role: Role.default('any'), section: Id.optional(), ...Scope, ...Inferred, ...Page }),
      handler: async ({ params, query }) => {
        const body = await graph.tasksOfUnit(params.id, { role: query.role, includeInferred: query.inferred, ...(query.section ? { sectionId: query.section } : {}), ...scopeOf(query), limit: query.limit, offset: query.offset });
        // The row text stands once per item, in `provenance`, not again inside `task`.
        return { ...body, items: body.items.map(({ task: { provenance: _, ...task }, ...rest }) => ({ ...rest, task })) };
      },
    }),
    ...(['csv', 'xlsx'] as const).map((format) =>
      route({
        method: 'get', path: `/api/units/:id/tasks.${format}`, tag: 'units', produces: format,
        summary: format === 'csv' ? 'The tasks of a unit as CSV (UTF-8 with BOM)' : 'The tasks of a unit as an XLSX ledger (台账), one row per task with the source row',
        params: IdParams, query: z.object({ role: Role.default('any'), section: Id.optional(), ...Scope, ...Inferred }),
        handler: async ({ params, query, res }) => {
          const [detail, tasks] = await Promise.all([
            graph.unit(params.id),
            allTasksOf(graph, params.id, { role: query.role, includeInferred: query.inferred, ...(query.section ? { sectionId: query.section } : {}), ...scopeOf(query) }),
          ]);
          const rows = tasks.map((t) => taskCsvRow(detail.unit, t));
          // The place first: 市生态环境局 of two cities are two ledgers.
          const who = detail.unit.jurisdiction ? `${detail.unit.jurisdiction}-${detail.unit.name}` : detail.unit.name;
          if (format === 'csv') sendCsv(res, `${who}-任务清单.csv`, TASK_CSV_HEADER, rows);
          else await sendXlsx(res, `${who}-任务台账.xlsx`, `${who}任务台账`, TASK_CSV_HEADER, rows);
          return undefined;
        },
      }),
    ),
    route({
      method: 'get', path: '/api/units/:id/projects', tag: 'units', summary: 'Key projects a unit is responsible for', response: pageOf(ProjectOfUnit),
      params: IdParams, query: z.object({ ...Inferred, ...Page }),
      handler: ({ params, query }) => graph.projectsOfUnit(params.id, { includeInferred: query.inferred, limit: query.limit, offset: query.offset }),
    }),
    route({
      method: 'get', path: '/api/units/:id/counterparts', tag: 'units',
      summary: 'The same kind of body in other places (市生态环境局 of another city, 省生态环境厅), linked by function, never merged: each with its place, plans and counts',
      params: IdParams, query: z.object({ ...Page }), response: pageOf(Counterpart),
      handler: ({ params, query }) => graph.counterparts(params.id, query),
    }),
    route({
      method: 'get', path: '/api/units/:id/plans', tag: 'units', summary: 'The plans naming a unit, by year, with the tasks it leads and supports and its projects in each',
      params: IdParams, query: z.object({ ...Page }), response: pageOf(UnitPlan),
      handler: ({ params, query }) => graph.unitPlans(params.id, query),
    }),
    route({
      method: 'get', path: '/api/units/:id/partners', tag: 'relationships', summary: 'Units that share tasks/projects with this one, by role pair and weight', response: pageOf(Partner),
      params: IdParams, query: z.object({ ...Inferred, ...Page }),
      handler: ({ params, query }) => graph.partners(params.id, { includeInferred: query.inferred, limit: query.limit, offset: query.offset }),
    }),
    route({
      method: 'get', path: '/api/units/:id/workload', tag: 'units', summary: 'Tasks led and supported, projects, share of all tasks, chapters, bridge score', response: Workload,
      params: IdParams,
      handler: ({ params }) => graph.workload(params.id),
    }),
    route({
      method: 'get', path: '/api/units/:a/shared/:b', tag: 'relationships', summary: 'The tasks and projects two units share', response: SharedWork,
      params: PairParams, query: z.object({ ...Inferred }),
      handler: ({ params, query }) => graph.sharedWork(params.a, params.b, { includeInferred: query.inferred }),
    }),
    route({
      method: 'get', path: '/api/units/:a/connections/:b', tag: 'relationships', summary: 'The shortest ways two units are linked', response: Connections,
      params: PairParams,
      query: z.object({ maxHops: int(LIMITS.connectionHops, 'longest path in edges'), limit: int(LIMITS.connectionPaths, 'paths listed'), ...Inferred }),
      handler: ({ params, query }) => graph.connections(params.a, params.b, { maxHops: query.maxHops, limit: query.limit, includeInferred: query.inferred }),
    }),
    route({
      method: 'get', path: '/api/explain', tag: 'relationships', summary: 'How two units are linked, in sentences (Chinese and English) citing source rows', response: Explanation,
      query: z.object({ a: Id, b: Id, maxHops: int({ ...LIMITS.connectionHops, min: 2 }, 'longest path in edges') }),
      handler: ({ query }) => explainLink(graph, query.a, query.b, query.maxHops),
    }),
    route({
      method: 'get', path: '/api/network', tag: 'relationships', summary: 'The co-responsibility network of units, as Cytoscape elements; past maxElements merged by unit name, then cut', response: NetworkElements,
      query: z.object({ section: Id.optional(), role: Role.default('any'), minShared: int(LIMITS.minShared, 'least shared tasks/projects of an edge'), maxElements: int(LIMITS.networkElements, 'most nodes + edges'), ...Scope, ...Inferred }),
      handler: async ({ query }) =>
        networkElements(
          await graph.coResponsibilityNetwork({ role: query.role, minShared: query.minShared, maxElements: query.maxElements, includeInferred: query.inferred, ...(query.section ? { sectionId: query.section } : {}), ...scopeOf(query) }),
        ),
    }),
    route({
      method: 'get', path: '/api/nodes/:id/neighbourhood', tag: 'relationships', summary: 'Nodes and edges around any node, as Cytoscape elements', response: Neighbourhood,
      params: IdParams,
      query: z.object({ depth: int(LIMITS.neighbourhoodDepth, 'edges away'), limit: int(LIMITS.neighbourhoodNodes, 'most nodes'), ...Inferred }),
      handler: ({ params, query }) => graph.neighbourhood(params.id, { depth: query.depth, limit: query.limit, includeInferred: query.inferred }),
    }),

    // The plan
    route({
      method: 'get', path: '/api/sections', tag: 'plan', summary: 'The section trees of a page of documents, of a place or plan', response: pageOf(DocumentSections),
      query: z.object({ ...Scope, ...Page }),
      handler: ({ query }) => graph.sections({ ...scopeOf(query), limit: query.limit, offset: query.offset }),
    }),
    route({ method: 'get', path: '/api/tasks/:id', tag: 'plan', summary: 'A task with its units, mentions, projects and source row', response: TaskDetail, params: IdParams, handler: ({ params }) => graph.task(params.id) }),
    route({ method: 'get', path: '/api/projects/:id', tag: 'plan', summary: 'A key project with its units, the tasks it restates and source row', response: ProjectDetail, params: IdParams, handler: ({ params }) => graph.project(params.id) }),
    route({ method: 'get', path: '/api/enterprises/:id', tag: 'plan', summary: 'An enterprise and where it is named', response: EnterpriseDetail, params: IdParams, handler: ({ params }) => graph.enterprise(params.id) }),
    route({ method: 'get', path: '/api/places/:id', tag: 'plan', summary: 'A place and where it is named', response: PlaceDetail, params: IdParams, handler: ({ params }) => graph.place(params.id) }),
    route({
      method: 'get', path: '/api/stats', tag: 'plan', summary: 'Counts of documents, nodes and relations, of everything or of a place or plan', response: Stats,
      query: z.object({ ...Scope }),
      handler: ({ query }) => graph.stats(scopeOf(query)),
    }),
    route({
      method: 'get', path: '/api/workloads', tag: 'plan', summary: 'Every unit’s workload, most tasks led first', response: pageOf(Workload),
      query: z.object({ ...Page }),
      handler: ({ query }) => graph.workloads(query),
    }),
    route({
      method: 'get', path: '/api/hygiene', tag: 'plan', summary: 'Responsibility checks, one page of each: several leads, no support, support-only units, open lists, unlinked projects and tasks', response: Hygiene,
      query: z.object({ ...Scope, ...Page }),
      handler: ({ query }) => graph.hygiene({ ...scopeOf(query), limit: query.limit, offset: query.offset }),
    }),

    // Compare
    route({
      method: 'get', path: '/api/compare', tag: 'compare',
      summary: 'Two plans or two places side by side: departments by function with their lead/support counts and contrast, tasks matched by text similarity, tasks without a match, years and quantified targets (every list one page with its total)',
      query: z.object({ ...CompareQuery, contrast: z.enum(CONTRASTS).optional().describe('only the departments of this contrast'), ...Page }),
      response: Comparison,
      handler: ({ query }) => graph.compare(query.a, query.b, { limit: query.limit, offset: query.offset, ...(query.contrast ? { contrast: query.contrast } : {}) }),
    }),
    ...(['csv', 'xlsx'] as const).map((format) =>
      route({
        method: 'get', path: `/api/compare.${format}`, tag: 'compare', produces: format,
        summary: format === 'csv'
          ? 'One part of a comparison as CSV (UTF-8 with BOM): departments, matched tasks, unmatched tasks, or years and targets'
          : 'A comparison as an XLSX workbook: a sheet each for departments, matched tasks, unmatched tasks, years and targets',
        query: z.object({ ...CompareQuery, ...(format === 'csv' ? { part: z.enum(COMPARE_PARTS).default('departments').describe('which table') } : {}) }),
        handler: async ({ query, res }) => {
          const comparison = await wholeComparison(graph, query.a, query.b);
          const sheets = compareSheets(comparison);
          const name = `对比-${comparison.a.label}-${comparison.b.label}`;
          if (format === 'xlsx') await sendWorkbook(res, `${name}.xlsx`, COMPARE_PARTS.map((part) => sheets[part]));
          else {
            const sheet = sheets[(query as { part?: (typeof COMPARE_PARTS)[number] }).part ?? 'departments'];
            sendCsv(res, `${name}-${sheet.title}.csv`, sheet.header, sheet.rows);
          }
          return undefined;
        },
      }),
    ),

    // Search
    route({
      method: 'get', path: '/api/search', tag: 'search', summary: 'Full-text search (Chinese segmentation) with highlights and facets', response: SearchResponse,
      query: SearchQuery,
      handler: async ({ query }) => {
        const result = await runSearch(search, query);
        return { items: result.hits, total: result.total, limit: query.limit, offset: query.offset, facets: result.facets, query: result.query, tookMs: result.tookMs };
      },
    }),
    route({
      method: 'get', path: '/api/search.csv', tag: 'search', summary: 'Search results as CSV (UTF-8 with BOM)', produces: 'csv',
      query: SearchQuery,
      handler: async ({ query, res }) => {
        const result = await runSearch(search, { ...query, limit: LIMITS.searchPageSize.max });
        sendCsv(res, `搜索-${query.q.slice(0, 30)}.csv`, ['类型', 'ID', '标题', '地区', '摘要', '得分'], result.hits.map((h) => [h.type, h.id, h.title, h.jurisdiction, plain(h.snippet), h.score]));
        return undefined;
      },
    }),

    // Documents
    route({
      method: 'get', path: '/api/jurisdictions', tag: 'documents',
      summary: 'The places that issued loaded plans and the provinces and cities above them (documents: 0 when they issued none), with plans and units: a tree in pre-order by GB/T 2260 code, each with its level and parent code',
      response: pageOf(JurisdictionSummary),
      query: z.object({ ...Page }),
      handler: ({ query }) => graph.jurisdictions({ ...query, divisionName: divisionLabelOf }),
    }),
    route({
      method: 'get', path: '/api/documents', tag: 'documents', response: pageOf(PlanSummary),
      summary: 'The loaded plans, of a place or plan: title, place and code, year, issuer, task, project and unit counts, when loaded; by place code, newest year first, then title',
      query: z.object({ ...Scope, ...Page }),
      handler: ({ query }) => graph.documents({ ...scopeOf(query), limit: query.limit, offset: query.offset }),
    }),
    route({
      method: 'post', path: '/api/documents', tag: 'documents', admin: true, status: 201,
      summary: 'Upload a plan (the file itself as the body; ?name=plan.docx): parsed, loaded into graph and index, then stored; a failure changes nothing', response: IngestReport,
      query: z.object({ name: z.string().min(1).max(1000).describe('file name with its extension (.txt .tsv .csv .xlsx .docx .html)') }),
      handler: async ({ query, req }) => {
        const name = uploadName(query.name);
        const type = req.get('content-type') ?? '';
        if (/^(multipart\/|application\/x-www-form-urlencoded)/i.test(type)) {
          throw new UnsupportedMediaTypeError('send the plan file itself as the request body (Content-Type: application/octet-stream), not a form', { contentType: type });
        }
        // A declared length over the limit is refused before a byte is read; chunked bodies are counted as they arrive.
        if (Number(req.get('content-length') ?? 0) > deps.uploadLimitBytes) throw new PayloadTooLargeError(deps.uploadLimitBytes);
        return ingest.upload(name, req, deps.uploadLimitBytes);
      },
    }),
    route({
      method: 'delete', path: '/api/documents/:id', tag: 'documents', summary: 'Remove a document from graph, index and storage', admin: true, produces: 'empty',
      params: IdParams,
      handler: async ({ params }) => {
        if (!(await ingest.remove(params.id))) throw new NotFoundError('document', params.id);
        return undefined;
      },
    }),
  ];
  return routes as unknown as Array<RouteSpec<never, never>>;
}
