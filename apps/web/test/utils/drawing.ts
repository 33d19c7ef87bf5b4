// What the network canvas drew, read from its Cytoscape instance in the page: groups, units, collapsed groups.
import type { Page } from 'playwright-core';

/** What the canvas drew, read from its Cytoscape instance (the container's registration, as cytoscape keeps it). */
export async function drawing(page: Page) {
  return page.evaluate(() => {
    type Box = { x1: number; x2: number; y1: number; y2: number };
    interface Node {
      id(): string;
      data(key: string): unknown;
      isParent(): boolean;
      parent(): { nonempty(): boolean; id(): string; boundingBox(o: object): Box };
      boundingBox(o: object): Box;
    }
    const cy = (document.querySelector('[data-testid="graph-canvas"]') as unknown as { _cyreg: { cy: { nodes(selector?: string): { map<T>(f: (n: Node) => T): T[] } } } })._cyreg.cy;
    const within = (a: Box, b: Box) => a.x1 >= b.x1 - 0.5 && a.x2 <= b.x2 + 0.5 && a.y1 >= b.y1 - 0.5 && a.y2 <= b.y2 + 0.5;
    const parents = cy.nodes(':parent').map((n) => ({ id: n.id(), display: String(n.data('display')), box: n.boundingBox({ includeLabels: false }) }));
    const overlaps: string[] = [];
    parents.forEach((a, i) =>
      parents.slice(i + 1).forEach((b) => {
        if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) overlaps.push(`${a.id} × ${b.id}`);
      }),
    );
    const units = cy
      .nodes(':childless')
      .map((n) => ({ id: n.id(), isGroup: n.data('isGroup') === true, display: String(n.data('display')), jurisdiction: String(n.data('jurisdiction')), code: (n.data('jurisdictionCode') as string | null) ?? null, parent: n.parent().nonempty() ? n.parent().id() : null, inside: !n.parent().nonempty() || within(n.boundingBox({ includeLabels: false }), n.parent().boundingBox({ includeLabels: false })) }));
    return {
      parents: parents.map(({ id, display }) => ({ id, display })),
      overlaps,
      units: units.filter((u) => !u.isGroup).map(({ id, jurisdiction, code, parent, inside }) => ({ id, jurisdiction, code, parent, inside })),
      collapsed: units.filter((u) => u.isGroup).map((u) => u.display),
      collapsedPlaces: units.filter((u) => u.isGroup && u.id.startsWith('place:')).map((u) => u.id.slice('place:'.length)),
    };
  });
}
