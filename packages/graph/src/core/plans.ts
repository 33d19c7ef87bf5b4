// The plan list (GraphStore.documents): one item shape and one order for both adapters.
import type { DocumentNode, DocumentSummary, PlanSummary } from '@dutymap/model';
import { cmp } from './order.js';

/** A plan's list item from what the store keeps of it. */
export function planSummary(summary: DocumentSummary, document: DocumentNode, unitCount: number, loadedAt: string | null): PlanSummary {
  return {
    id: summary.id,
    title: summary.title,
    jurisdiction: summary.jurisdiction,
    jurisdictionCode: document.jurisdictionCode ?? null,
    year: document.year ?? null,
    issuer: document.issuer ?? null,
    sourceName: summary.sourceName,
    sha256: summary.sha256,
    taskCount: summary.taskCount,
    projectCount: summary.projectCount,
    unitCount,
    loadedAt,
  };
}

/**
 * The list's order: by place (GB/T 2260 code, so a province's plans come before its cities'; places
 * without a code last, then by name), then newest year first (no year last), then title and id.
 * The Neo4j adapter's DOCUMENTS_PAGE sorts the same way.
 */
export function comparePlans(a: PlanSummary, b: PlanSummary): number {
  if (a.jurisdictionCode !== b.jurisdictionCode) {
    if (a.jurisdictionCode === null) return 1;
    if (b.jurisdictionCode === null) return -1;
    return cmp(a.jurisdictionCode, b.jurisdictionCode);
  }
  if (a.jurisdiction !== b.jurisdiction) return cmp(a.jurisdiction, b.jurisdiction);
  if (a.year !== b.year) return a.year === null ? 1 : b.year === null ? -1 : b.year - a.year;
  return cmp(a.title, b.title) || cmp(a.id, b.id);
}
