// Colours and sizes shared by the graph, its legend and the SVG export.
export const KIND_COLOURS: Record<string, string> = {
  municipal_department: '#2f6fb3',
  party_or_people_org: '#c2410c',
  judicial: '#7c3aed',
  county_government: '#15803d',
  zone_or_committee: '#b45309',
  collective: '#6b7280',
  enterprise: '#be185d',
  // non-unit nodes of an expanded neighbourhood or a path
  task: '#0e7490',
  project: '#a16207',
  place: '#4d7c0f',
  section: '#475569',
  unit: '#2f6fb3',
};

/** Node diameter in px from involvement (tasks + projects): area grows with the count. */
export const nodeSize = (works: number) => Math.round(18 + 9 * Math.sqrt(Math.max(works, 0)));

/** Edge width in px from shared tasks. */
export const edgeWidth = (shared: number) => Math.min(1 + 1.2 * Math.sqrt(Math.max(shared, 0)), 9);

/**
 * Chinese has no spaces for Cytoscape to wrap on, so labels are broken every `perLine`
 * characters and cut after `maxLines` (the full name is in the hover card).
 */
export function wrapLabel(text: string, perLine = 6, maxLines = 3): string {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${[...lines[maxLines - 1]!].slice(0, perLine - 1).join('')}…`;
  }
  return lines.join('\n');
}
