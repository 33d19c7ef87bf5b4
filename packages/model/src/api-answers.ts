// What the HTTP API sends where it wraps or extends the ports' answers: zod schemas, each with its type
// under the same name; the API's OpenAPI document is built from them and the UI reads the types.
import { z } from 'zod';
import { Diagnostic } from './diagnostic.js';
import { DocumentSummary, NetworkEdge, NetworkNode, Network, Partner, TaskOfUnit, UnitDetail, UnitRef } from './graph-answers.js';
import { pageOf } from './limits.js';
import { SearchFacets, SearchHit } from './search-answers.js';
import { LineRange, Task } from './schema.js';

/** GET /api/units/:id: the unit and its main partners. */
export const UnitResponse = UnitDetail.extend({ partners: z.array(Partner).describe('its ten heaviest partners') }).meta({
  id: 'UnitResponse',
  description: 'a unit, its counts by role and its main partners',
});
export type UnitResponse = z.infer<typeof UnitResponse>;

/** GET /api/units/:id/tasks: the row text stands once, in `provenance`. */
export const TaskOfUnitItem = TaskOfUnit.extend({ task: Task.omit({ provenance: true }) }).meta({
  id: 'TaskOfUnitItem',
  description: 'one task of a unit, with where it stands, who else is on it and where it came from; the row text stands once, in `provenance`',
});
export type TaskOfUnitItem = z.infer<typeof TaskOfUnitItem>;

/** GET /api/network: the unit network as Cytoscape elements, with how it was bounded. */
export const NetworkElements = Network.pick({ aggregated: true, truncated: true, total: true })
  .extend({
    nodes: z.array(z.object({ data: NetworkNode.omit({ name: true }).extend({ label: z.string().describe('the unit’s name') }) })),
    edges: z.array(z.object({ data: NetworkEdge.extend({ id: z.string().describe('source|target') }) })),
  })
  .meta({ id: 'NetworkElements', description: 'the unit network as Cytoscape elements, with how it was bounded' });
export type NetworkElements = z.infer<typeof NetworkElements>;

/** GET /api/search. */
export const SearchResponse = pageOf(SearchHit)
  .extend({
    facets: SearchFacets,
    /** The query as searched (trimmed, NFKC-normalised). */
    query: z.string().describe('the query as searched (trimmed, NFKC-normalised)'),
    tookMs: z.number().nonnegative(),
  })
  .meta({ id: 'SearchResponse', description: 'a page of search hits with the facets of every hit' });
export type SearchResponse = z.infer<typeof SearchResponse>;

/** The source row a sentence of an explanation rests on. */
export const Citation = z
  .object({ workId: z.string(), kind: z.enum(['task', 'project']), number: z.number().int(), documentId: z.string(), sourceName: z.string(), lines: LineRange })
  .meta({ id: 'Citation', description: 'the source row a sentence of an explanation rests on' });
export type Citation = z.infer<typeof Citation>;

const Bilingual = z.object({ zh: z.string(), en: z.string() });

/** GET /api/explain: how two units are linked, in sentences (Chinese and English) citing rows. */
export const Explanation = z
  .object({
    a: UnitRef,
    b: UnitRef,
    /** Shared: on the same task or project; path: linked through other units; none. */
    kind: z.enum(['shared', 'path', 'none']).describe('shared: on the same task or project; path: linked through other units; none'),
    summary: Bilingual,
    sentences: z.array(Bilingual.extend({ citation: Citation })),
  })
  .meta({ id: 'Explanation', description: 'how two units are linked, in sentences (Chinese and English) citing rows' });
export type Explanation = z.infer<typeof Explanation>;

/** POST /api/documents: the document loaded from an upload, and what the parser noticed. */
export const IngestReport = z
  .object({ document: DocumentSummary, diagnostics: z.array(Diagnostic).describe('non-fatal findings of the parser, with line numbers') })
  .meta({ id: 'IngestReport', description: 'the document loaded from an upload, and what the parser noticed' });
export type IngestReport = z.infer<typeof IngestReport>;

/** Every error response (the OpenAPI component `Error`). */
export const ApiErrorBody = z
  .object({
    error: z.object({
      /** Stable, for programs: invalid-request, not-found, store-unavailable, … */
      code: z.string().describe('stable, for programs: invalid-request, not-found, store-unavailable, …'),
      /** For people. */
      message: z.string().describe('for people'),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error', description: 'every error response' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
