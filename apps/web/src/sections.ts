// Helpers over the section tree of /api/sections.
import type { DocumentSections, SectionNode } from './api-types.js';

/** Chapters (annex 1) and project categories (annex 2), in document order, labelled for a picker. */
export function chapterOptions(documents: DocumentSections[]): Array<{ id: string; label: string; annex: number }> {
  const out: Array<{ id: string; label: string; annex: number }> = [];
  const walk = (nodes: SectionNode[]) => {
    for (const node of nodes) {
      const s = node.section;
      if (s.kind === 'chapter') out.push({ id: s.id, label: `${s.number}、${s.title}`, annex: s.annex });
      else if (s.kind === 'category') out.push({ id: s.id, label: `${s.number}. ${s.title}`, annex: s.annex });
      walk(node.children);
    }
  };
  for (const d of documents) walk(d.sections);
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

/** The document a section belongs to: section ids are the document id, `.s`, then the section's path (ids.section). */
export function documentOfSection(sectionId: string): string {
  const at = sectionId.lastIndexOf('.s');
  return at > 0 ? sectionId.slice(0, at) : sectionId;
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
