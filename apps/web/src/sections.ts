// Helpers over the section tree of /api/sections.
import type { DocumentSections, List, SectionNode } from './api-types.js';

/** A section's label, with its plan's title once more than one plan is in scope: 六、加大生态保护… (衢州市…实施方案). */
export function withPlan(label: string, planTitle: string | undefined, manyPlans: boolean): string {
  return manyPlans && planTitle ? `${label} (${planTitle})` : label;
}

/** Chapters (annex 1) and project categories (annex 2) of the plans in scope, in document order, labelled for a picker. */
export function chapterOptions(documents: List<DocumentSections>): Array<{ id: string; label: string; annex: number }> {
  const out: Array<{ id: string; label: string; annex: number }> = [];
  const many = documents.total > 1;
  const walk = (nodes: SectionNode[], plan: string) => {
    for (const node of nodes) {
      const s = node.section;
      if (s.kind === 'chapter') out.push({ id: s.id, label: withPlan(`${s.number}、${s.title}`, plan, many), annex: s.annex });
      else if (s.kind === 'category') out.push({ id: s.id, label: withPlan(`${s.number}. ${s.title}`, plan, many), annex: s.annex });
      walk(node.children, plan);
    }
  };
  for (const d of documents.items) walk(d.sections, d.document.title);
  return out;
}

/** A section and its path of ancestors, found by id. */
export function findSection(documents: DocumentSections[], id: string): { node: SectionNode; trail: SectionNode[]; document: DocumentSections } | null {
  for (const document of documents) {
    const stack: Array<{ node: SectionNode; trail: SectionNode[] }> = document.sections.map((node) => ({ node, trail: [] }));
    while (stack.length > 0) {
      const { node, trail } = stack.pop()!;
      if (node.section.id === id) return { node, trail, document };
      for (const child of node.children) stack.push({ node: child, trail: [...trail, node] });
    }
  }
  return null;
}

/** The document a section, task or project belongs to: their ids are the document id, `.s`/`.t`/`.p`, then their own part (ids in @dutymap/model). */
export function documentOf(nodeId: string): string {
  return /^(.+)\.[stp][^.]*$/.exec(nodeId)?.[1] ?? nodeId;
}

/** Tasks and projects under a node, children included. */
export function totalCounts(node: SectionNode): { tasks: number; projects: number } {
  return node.children.reduce(
    (acc, child) => {
      const c = totalCounts(child);
      return { tasks: acc.tasks + c.tasks, projects: acc.projects + c.projects };
    },
    { tasks: node.taskCount, projects: node.projectCount },
  );
}
