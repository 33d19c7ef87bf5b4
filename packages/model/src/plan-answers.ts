// The answer about loaded plans (GraphStore.documents, GET /api/documents), as a zod schema: the API's
// response schema and the type are one definition.
import { z } from 'zod';
import type { PageOptions } from './limits.js';
import { DocumentSummary, type Scope } from './graph-answers.js';

/** A loaded plan: what it is, where and when it was issued, what it holds, and when this store loaded it. */
export const PlanSummary = DocumentSummary.extend({
  jurisdictionCode: z.string().nullable().describe('the GB/T 2260 code of its jurisdiction (330800), null when it is no administrative division'),
  year: z.number().int().nullable().describe('the year the plan was issued, null when the document does not say'),
  issuer: z.string().nullable().describe('the issuing body as written (衢州市人民政府办公室), null when the document does not say'),
  /** Units the plan names (its own place's and others'). */
  unitCount: z.number().int().nonnegative().describe('units the plan names'),
  /** When this store loaded this version of the plan (ISO 8601, UTC); a reload of the same content keeps it. */
  loadedAt: z.string().nullable().describe('when this store loaded this version (ISO 8601, UTC); null for a plan an older version of the store loaded'),
}).meta({ id: 'PlanSummary', description: 'a loaded plan: title, place, year, issuer, counts and when this store loaded it' });
export type PlanSummary = z.infer<typeof PlanSummary>;

/** Which page of GraphStore.jurisdictions, and how to name the divisions above the places with plans. */
export interface JurisdictionsOptions extends PageOptions {
  /**
   * The name plans write for a GB/T 2260 code (330000 → 浙江省). Given, the list also holds every
   * province and city above a place with plans that has none of its own (documents: 0), so the tree
   * is whole; the store itself holds no table of divisions.
   */
  divisionName?: (code: string) => string | undefined;
}

/** Which plans GraphStore.documents lists: a page, of a scope. */
export interface DocumentsOptions extends PageOptions, Scope {}
