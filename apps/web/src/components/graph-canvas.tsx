// The one component that owns a Cytoscape instance: it draws the elements it is given,
// lays them out, reports hover/tap, and exposes fit/zoom/focus/export through a handle.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';

cytoscape.use(fcose);

export interface HoverInfo {
  id: string;
  data: Record<string, unknown>;
  /** Position inside the canvas, in px. */
  x: number;
  y: number;
  degree: number;
}

export interface GraphHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** Fit, clear the focus and lay the graph out again. */
  reset(): void;
  png(): Promise<Blob>;
  svg(): string;
  /** Adds elements (ids already present are skipped) and lays out again, keeping positions. */
  add(elements: ElementDefinition[]): void;
  remove(ids: string[]): void;
}

/** fcose: force-directed (compound groups included); path: hop by hop; places: each place laid out apart, then shelved. */
export type LayoutName = 'fcose' | 'path' | 'places';

interface Props {
  elements: ElementDefinition[];
  layout: LayoutName;
  focus?: string | null;
  onHover?: (info: HoverInfo | null) => void;
  onTapNode?: (id: string, data: Record<string, unknown>) => void;
  onTapBackground?: () => void;
  /** Called once the laid-out graph has been painted. */
  onPainted?: () => void;
  ref?: Ref<GraphHandle>;
  label: string;
}

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(colour)',
      label: 'data(display)',
      'font-family': FONT,
      // bigger units get bigger labels: the hubs stay legible when the whole city is in view
      'font-size': 'mapData(size, 18, 110, 10, 15)',
      color: '#1f2937',
      'text-wrap': 'wrap',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-outline-opacity': 0.9,
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  // Task and project labels are long: they appear once zoomed in, so an expansion stays readable.
  { selector: 'node[kind = "task"]', style: { shape: 'round-rectangle', 'font-size': 9, 'min-zoomed-font-size': 10 } },
  { selector: 'node[kind = "project"]', style: { shape: 'diamond', 'font-size': 9, 'min-zoomed-font-size': 10 } },
  { selector: 'node[kind = "place"], node[kind = "section"]', style: { shape: 'hexagon' } },
  {
    // a chapter group (compound node): its size comes from its children
    selector: ':parent',
    style: {
      'background-color': '#f1f5f9', 'background-opacity': 0.7, 'border-color': '#cbd5e1', 'border-width': 1, shape: 'round-rectangle',
      'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-size': 13, 'font-weight': 'bold', color: '#334155', padding: '14px',
    },
  },
  { selector: 'node[?collapsed]', style: { shape: 'round-rectangle', 'font-weight': 'bold', 'border-width': 2, 'border-color': '#1e293b' } },
  // A place's name stays legible however far out a thousand units are zoomed: always drawn, larger for larger places.
  { selector: 'node[kind = "jurisdiction"]', style: { 'min-zoomed-font-size': 0, 'font-size': 'mapData(members, 1, 100, 14, 64)' } },
  // a path view shows every label: it has few nodes, and the tasks are the point
  { selector: 'node[?showLabel]', style: { 'font-size': 10, 'min-zoomed-font-size': 0 } },
  { selector: 'node[?endpoint]', style: { 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: { width: 'data(width)', 'line-color': '#94a3b8', opacity: 0.55, 'curve-style': 'straight' },
  },
  { selector: 'edge[type = "SUPPORTS"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[type = "LEADS"]', style: { 'line-color': '#0e7490' } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.focused', style: { 'border-width': 4, 'border-color': '#111827', 'z-index': 10 } },
  { selector: 'edge.near', style: { 'line-color': '#2563eb', opacity: 0.9, 'z-index': 9 } },
];

function layoutOptions(name: Exclude<LayoutName, 'places'>, randomize: boolean, compound: boolean, narrow: boolean): LayoutOptions {
  if (name === 'path') {
    // A path reads left to right: one column per hop (breadthfirst's rows, turned 90°),
    // so the many tasks of one hop stack vertically where labels have room.
    return {
      name: 'breadthfirst', directed: false, roots: 'node[?root]', spacingFactor: 1, animate: false, fit: true, padding: 30,
      // on a phone the canvas is tall and narrow: columns closer, rows further apart
      transform: (_node: unknown, pos: { x: number; y: number }) => (narrow ? { x: pos.y * 1.1, y: pos.x * 0.9 } : { x: pos.y * 2.2, y: pos.x * 0.45 }),
    } as LayoutOptions;
  }
  return {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    // Dense graph (49 units, ~200 links): strong repulsion, weak springs, so big nodes keep apart.
    // Chapter groups pull their units together instead, and keep apart from each other.
    nodeRepulsion: () => (compound ? 12000 : 25000),
    idealEdgeLength: () => (compound ? 90 : 110),
    edgeElasticity: () => (compound ? 0.05 : 0.15),
    gravity: 0.25,
    nestingFactor: 0.1,
    gravityCompound: 2,
    gravityRangeCompound: 1.2,
    numIter: 2500,
    packComponents: true,
  } as LayoutOptions;
}

/** Room between two places, in model px. */
const PLACE_GAP = 60;

/**
 * Each open place's units laid out on their own (fcose, inside the place), then every top-level node (open
 * places, collapsed ones, loose units) shelved in rows, largest first. Places cannot overlap, and the cost is
 * that of many small layouts, not one of a thousand nodes; the few links between places cross the rows.
 */
async function layoutPlaces(cy: Core, narrow: boolean, current: () => boolean): Promise<boolean> {
  for (const parent of cy.nodes(':parent').toArray()) {
    if (!current()) return false;
    const units = parent.children();
    const l = units.union(units.edgesWith(units)).layout({ ...layoutOptions('fcose', true, false, narrow), fit: false } as LayoutOptions);
    await new Promise<void>((done) => {
      l.one('layoutstop', () => done());
      l.run();
    });
  }
  const items = cy
    .nodes()
    .orphans()
    .toArray()
    .map((node) => ({ node, box: node.boundingBox({ includeLabels: true }) }))
    .sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h || (a.node.id() < b.node.id() ? -1 : 1));
  const area = items.reduce((sum, { box }) => sum + (box.w + PLACE_GAP) * (box.h + PLACE_GAP), 0);
  // Rows about as wide as the drawing is tall (taller on a phone), never narrower than the widest place.
  const rowWidth = Math.max(...items.map(({ box }) => box.w), Math.sqrt(area) * (narrow ? 0.7 : 1.5));
  let [x, y, rowHeight] = [0, 0, 0];
  for (const { node, box } of items) {
    if (x > 0 && x + box.w > rowWidth) [x, y, rowHeight] = [0, y + rowHeight + PLACE_GAP, 0];
    const by = { x: x - box.x1, y: y - box.y1 };
    (node.isParent() ? node.children() : node).shift(by);
    x += box.w + PLACE_GAP;
    rowHeight = Math.max(rowHeight, box.h);
  }
  cy.fit(undefined, 30);
  return true;
}

export function GraphCanvas({ elements, layout, focus = null, onHover, onTapNode, onTapBackground, onPainted, ref, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** Counts layouts started: a places layout that a newer one overtook (it yields between places) stops. */
  const layouts = useRef(0);
  // The latest callbacks, read by listeners bound once.
  const callbacks = useRef({ onHover, onTapNode, onTapBackground, onPainted });
  callbacks.current = { onHover, onTapNode, onTapBackground, onPainted };

  const runLayout = (cy: Core, randomize: boolean) => {
    const el = container.current;
    el?.setAttribute('data-ready', 'false');
    const mine = ++layouts.current;
    // Two frames: the first schedules the paint of the new positions, the second runs after it.
    const painted = () =>
      requestAnimationFrame(() => requestAnimationFrame(() => {
        el?.setAttribute('data-ready', 'true');
        el?.setAttribute('data-node-count', String(cy.nodes().length));
        callbacks.current.onPainted?.();
      }));
    const narrow = cy.width() < 600;
    // Places are shelved when drawn afresh; an expansion added later settles in by force, keeping positions.
    if (layout === 'places' && randomize) {
      void layoutPlaces(cy, narrow, () => layouts.current === mine).then((done) => done && painted());
      return;
    }
    const l = cy.layout(layoutOptions(layout === 'places' ? 'fcose' : layout, randomize, cy.nodes(':parent').nonempty(), narrow));
    l.one('layoutstop', painted);
    l.run();
  };

  useEffect(() => {
    // Far enough out for a thousand units of every place opened at once to fit the canvas.
    const cy = cytoscape({ container: container.current, style: STYLE, minZoom: 0.03, maxZoom: 4 });
    cyRef.current = cy;
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      const pos = node.renderedPosition();
      callbacks.current.onHover?.({ id: node.id(), data: node.data() as Record<string, unknown>, x: pos.x, y: pos.y, degree: node.degree(false) });
    });
    cy.on('mouseout', 'node', () => callbacks.current.onHover?.(null));
    cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      callbacks.current.onTapNode?.(node.id(), node.data() as Record<string, unknown>);
    });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onTapBackground?.();
    });
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    runLayout(cy, true);
    // runLayout reads `layout` only; a new element list is what triggers a new layout.
  }, [elements, layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded focused near');
      if (!focus) return;
      const node = cy.getElementById(focus);
      if (node.empty()) return;
      const near = node.closedNeighborhood();
      cy.elements().not(near).addClass('faded');
      node.addClass('focused');
      node.connectedEdges().addClass('near');
    });
  }, [focus, elements]);

  useImperativeHandle(ref, (): GraphHandle => ({
    fit: () => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 30 }, duration: 200 }),
    zoomBy: (factor) => {
      const cy = cyRef.current;
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    reset: () => {
      const cy = cyRef.current;
      if (cy) runLayout(cy, true);
    },
    png: async () => {
      const cy = cyRef.current;
      if (!cy) throw new Error('GraphCanvas.png: the graph is not mounted');
      return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    },
    svg: () => (cyRef.current ? toSvg(cyRef.current) : ''),
    add: (more) => {
      const cy = cyRef.current;
      if (!cy) return;
      const fresh = more.filter((e) => e.data.id === undefined || cy.getElementById(e.data.id).empty());
      cy.add(fresh);
      runLayout(cy, false);
    },
    remove: (ids) => {
      const cy = cyRef.current;
      if (!cy) return;
      for (const id of ids) cy.getElementById(id).remove();
      runLayout(cy, false);
    },
  }));

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" data-ready="false" role="img" aria-label={label} />;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An SVG of the current drawing, built from model positions (no raster). */
function toSvg(cy: Core): string {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const pad = 20;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}" width="${Math.round(box.w + 2 * pad)}" height="${Math.round(box.h + 2 * pad)}" font-family='${FONT}'>`,
    `<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${box.w + 2 * pad}" height="${box.h + 2 * pad}" fill="#ffffff"/>`,
  ];
  cy.nodes(':parent').forEach((group) => {
    const b = group.boundingBox({ includeLabels: false });
    out.push(`<rect x="${b.x1.toFixed(1)}" y="${b.y1.toFixed(1)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}" rx="8" fill="#f1f5f9" stroke="#cbd5e1"/>`);
    out.push(`<text x="${((b.x1 + b.x2) / 2).toFixed(1)}" y="${(b.y1 - 6).toFixed(1)}" font-size="13" font-weight="bold" text-anchor="middle" fill="#334155">${escapeXml(String(group.data('display') ?? ''))}</text>`);
  });
  out.push('<g stroke-linecap="round">');
  cy.edges().forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const dash = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
    out.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${edge.style('line-color')}" stroke-opacity="${edge.style('opacity')}" stroke-width="${parseFloat(edge.style('width'))}"${dash}/>`);
  });
  out.push('</g><g>');
  cy.nodes(':childless').forEach((node) => {
    const p = node.position();
    const r = node.width() / 2;
    const fill = node.style('background-color');
    const opacity = node.style('opacity');
    out.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}" fill-opacity="${opacity}" stroke="#ffffff"/>`);
    const lines = String(node.data('display') ?? '').split('\n');
    const size = parseFloat(node.style('font-size'));
    const tspans = lines.map((line, i) => `<tspan x="${p.x.toFixed(1)}" dy="${i === 0 ? 0 : size + 2}">${escapeXml(line)}</tspan>`).join('');
    out.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + r + 3 + size).toFixed(1)}" font-size="${size}" text-anchor="middle" fill="#1f2937" stroke="#ffffff" stroke-width="3" paint-order="stroke" opacity="${opacity}">${tspans}</text>`);
  });
  out.push('</g></svg>');
  return out.join('\n');
}
