// Network view: the co-responsibility network of units, filterable, focusable and expandable.
import type { ElementDefinition } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import { api } from '../api-client.js';
import type { Neighbourhood, NetworkElements, Role } from '../api-types.js';
import { GraphCanvas, type GraphHandle, type HoverInfo } from '../components/graph-canvas.js';
import { Empty, ErrorState, Loading } from '../components/states.js';
import { saveFile } from '../download.js';
import { KIND_COLOURS, edgeWidth, nodeSize, wrapLabel } from '../graph-style.js';
import { NODE_KIND_TEXT, RELATION_TEXT, UNIT_KIND_TEXT, useI18n } from '../i18n.js';
import { Link, pathOfNode, paths, useRouter, withQuery } from '../router.js';
import { chapterOptions } from '../sections.js';
import { useApi } from '../use-api.js';
import { placed, usePlaces, useScope } from '../scope.js';
import { useTitle } from '../use-title.js';

declare global {
  interface Window {
    /** ms from navigation start to the first painted, laid-out network (read by the browser tests). */
    __dutymapNetworkPaintMs?: number;
  }
}

function toElements(network: NetworkElements): ElementDefinition[] {
  return [
    ...network.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { ...n.data, size: nodeSize(n.data.works), colour: KIND_COLOURS[n.data.kind] ?? '#888', display: wrapLabel(n.data.label) },
    })),
    ...network.edges.map((e) => ({ group: 'edges' as const, data: { ...e.data, width: edgeWidth(e.data.shared) } })),
  ];
}

type Chapter = { id: string; label: string };

/** How units are grouped: by main chapter (asked for), or by place (several in the answer). */
interface Grouping {
  /** Group node ids are `${prefix}:${key}`. */
  prefix: 'group' | 'place';
  /** The groups in drawing order. */
  groups: Array<{ key: string; label: string }>;
  /** A unit's group, if it has one. */
  groupOf: (unitId: string) => string | undefined;
  /** The text a group shows, open (a compound node's title) or collapsed (one node). */
  display: (label: string, members: number, collapsed: boolean) => string;
  /** The text a unit inside a group shows. */
  unitDisplay: (node: NetworkElements['nodes'][number]['data']) => string;
}

/**
 * Units grouped (see Grouping). A collapsed group is one node; its links are the sums of its units' links.
 * By chapter, a unit belongs to many chapters, so it is drawn in its main one (where it has the most tasks).
 */
function groupedElements(network: NetworkElements, grouping: Grouping, collapsed: Set<string>): ElementDefinition[] {
  const groupId = (key: string) => `${grouping.prefix}:${key}`;
  const rep = (unit: string) => {
    const key = grouping.groupOf(unit);
    return key !== undefined && collapsed.has(key) ? groupId(key) : unit;
  };
  const kind = grouping.prefix === 'place' ? 'jurisdiction' : 'group';
  const colour = grouping.prefix === 'place' ? KIND_COLOURS.place : KIND_COLOURS.section;
  const out: ElementDefinition[] = [];
  for (const group of grouping.groups) {
    const members = network.nodes.filter((n) => grouping.groupOf(n.data.id) === group.key);
    if (members.length === 0) continue;
    const works = members.reduce((sum, n) => sum + n.data.works, 0);
    const common = { id: groupId(group.key), groupKey: group.key, label: group.label, kind, isGroup: true, members: members.length };
    out.push({
      group: 'nodes',
      data: collapsed.has(group.key)
        // A place's node grows with its units; a chapter's with its work.
        ? { ...common, collapsed: true, works, size: nodeSize(grouping.prefix === 'place' ? members.length : works / 2), colour, display: grouping.display(group.label, members.length, true) }
        : { ...common, size: 0, colour: '#f1f5f9', display: grouping.display(group.label, members.length, false) },
    });
  }
  for (const n of network.nodes) {
    const key = grouping.groupOf(n.data.id);
    if (key !== undefined && collapsed.has(key)) continue;
    out.push({ group: 'nodes', data: { ...n.data, ...(key !== undefined ? { parent: groupId(key) } : {}), size: nodeSize(n.data.works), colour: KIND_COLOURS[n.data.kind] ?? '#888', display: grouping.unitDisplay(n.data) } });
  }
  const merged = new Map<string, { source: string; target: string; shared: number }>();
  for (const e of network.edges) {
    const source = rep(e.data.source);
    const target = rep(e.data.target);
    if (source === target) continue;
    const key = source < target ? `${source}|${target}` : `${target}|${source}`;
    const seen = merged.get(key);
    if (seen) seen.shared += e.data.shared;
    else merged.set(key, { source, target, shared: e.data.shared });
  }
  for (const [id, e] of merged) out.push({ group: 'edges', data: { id, ...e, width: edgeWidth(e.shared) } });
  return out;
}

/**
 * Above this many units a network of several places opens with every place collapsed: an overview of one node
 * per place (sized by its units, linked where their units share work), a place opened on a click. At or below
 * it every place is open: the two-city answer (92 units) reads fine as it is.
 */
const PLACES_OPEN_UP_TO = 300;

/**
 * The place a unit is drawn in: its own when that place issued a plan, else its city's when the city did (a county
 * government a city's plan names, 常山县政府 in 衢州市's), else its own. One city's plan is then one place.
 */
function placeOf(unit: { jurisdiction: string; jurisdictionCode: string | null }, issuers: ReadonlySet<string>, issuerByCode: ReadonlyMap<string, string>): string {
  if (issuers.has(unit.jurisdiction)) return unit.jurisdiction;
  const code = unit.jurisdictionCode;
  const city = code && /^\d{4}(?!00)\d{2}$/.test(code) ? issuerByCode.get(`${code.slice(0, 4)}00`) : undefined;
  return city ?? unit.jurisdiction;
}

/** A URL list of group keys: comma-separated, `*` for all of them. */
const listParam = (value: string | null): Set<string> | 'all' => (value === '*' ? 'all' : new Set((value ?? '').split(',').filter(Boolean)));

/** Each unit's main chapter: the chapter network in which it has the most tasks (first wins a tie). */
async function mainChapters(chapters: Chapter[], role: Role, signal: AbortSignal): Promise<Map<string, string>> {
  const networks = await Promise.all(chapters.map((c) => api.network({ section: c.id, role }, signal)));
  const best = new Map<string, { chapter: string; works: number }>();
  networks.forEach((network, i) => {
    for (const n of network.nodes) {
      const seen = best.get(n.data.id);
      if (!seen || n.data.works > seen.works) best.set(n.data.id, { chapter: chapters[i]!.id, works: n.data.works });
    }
  });
  return new Map([...best].map(([unit, b]) => [unit, b.chapter]));
}

/** What expanding a node would add: new nodes by kind, and the relations to them by type. */
function expansionOf(hood: Neighbourhood, present: (id: string) => boolean, centre: string) {
  const fresh = hood.nodes.filter((n) => n.data.id !== centre && !present(n.data.id));
  const freshIds = new Set(fresh.map((n) => n.data.id));
  const edges = hood.edges.filter((e) => freshIds.has(e.data.source) || freshIds.has(e.data.target));
  const byKind = new Map<string, number>();
  for (const n of fresh) byKind.set(n.data.kind, (byKind.get(n.data.kind) ?? 0) + 1);
  const byRelation = new Map<string, number>();
  for (const e of edges) byRelation.set(e.data.type, (byRelation.get(e.data.type) ?? 0) + 1);
  const elements: ElementDefinition[] = [
    ...fresh.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.data.id, label: n.data.label, kind: n.data.kind, size: 16, colour: KIND_COLOURS[n.data.kind] ?? '#888', display: wrapLabel(n.data.label.replace(/^\d+\.\s*/, (m) => m.trim()), 8, 2) },
    })),
    ...edges.map((e) => ({ group: 'edges' as const, data: { ...e.data, width: 1.2 } })),
  ];
  return { ids: [...freshIds, ...edges.map((e) => e.data.id)], byKind, byRelation, elements, truncated: hood.truncated };
}

export default function NetworkView() {
  const { t, label, lang } = useI18n();
  const { path, query, navigate } = useRouter();
  const section = query.get('section') ?? '';
  const role = (query.get('role') ?? 'any') as Role;
  const minShared = Math.max(1, Number(query.get('minShared') ?? '1') || 1);
  const focus = query.get('focus');

  const grouped = query.get('group') === 'chapter';
  // Grouped, every chapter starts collapsed (an overview of 8 nodes); `open` lists those opened. By place,
  // `open` lists the places opened when they start collapsed (PLACES_OPEN_UP_TO), `closed` those closed otherwise.
  const openParam = query.get('open') ?? '';
  const closedParam = query.get('closed') ?? '';

  const scope = useScope();
  // The chapters of the first page of the plans in scope: with a province's plans loaded, a chapter picker of all of them would be thousands long.
  const sections = useApi((signal) => api.sections({ ...scope }, signal), [scope]);
  const { many, places: tree, ready: placesReady } = usePlaces();
  // The place tree holds the provinces and cities above the issuers too (no plan of their own): units are drawn in the places that issued plans.
  const issuing = useMemo(() => tree.filter((p) => p.documents > 0), [tree]);
  const fetched = useApi((signal) => api.network({ section: section || undefined, role, minShared, ...scope }, signal), [section, role, minShared, scope]);
  // Units say their place once several are loaded: the label every part of the view reads.
  const network = useMemo(
    () => (fetched.state === 'ready' && many ? { ...fetched, data: { ...fetched.data, nodes: fetched.data.nodes.map((n) => ({ data: { ...n.data, label: placed(n.data.label, n.data.jurisdiction, many) } })) } } : fetched),
    [fetched, many],
  );
  const chapterList = useMemo(() => (sections.state === 'ready' ? chapterOptions(sections.data).filter((c) => c.annex === 1) : []), [sections]);
  const groups = useApi(
    async (signal) => (grouped && chapterList.length > 0 ? { chapters: chapterList, main: await mainChapters(chapterList, role, signal) } : null),
    [grouped, chapterList, role],
  );
  // What to draw, or null while it is not known yet; each list keeps its identity while its inputs
  // do, since a new list means a new drawing. Grouped, nothing is drawn until the grouping of the
  // current chapters has arrived: drawing the plain network meanwhile showed its 49 nodes first.
  const plain = useMemo(() => (network.state === 'ready' ? toElements(network.data) : null), [network]);
  const groupedView = useMemo((): ElementDefinition[] | null => {
    if (!grouped || network.state !== 'ready' || sections.state === 'loading') return null;
    // No chapters to group by (or they failed to load): the plain network, with the error shown.
    if (chapterList.length === 0 || groups.state === 'error') return plain;
    // A grouping of other chapters is stale: the one for these is on its way.
    if (groups.state !== 'ready' || groups.data?.chapters !== chapterList) return null;
    const open = new Set(openParam.split(',').filter(Boolean));
    const main = groups.data.main;
    const grouping: Grouping = {
      prefix: 'group',
      groups: chapterList.map((c) => ({ key: c.id, label: c.label })),
      groupOf: (unit) => main.get(unit),
      display: (text, members, collapsed) => (collapsed ? `${wrapLabel(text, 8, 2)}\n(${members})` : text),
      unitDisplay: (n) => wrapLabel(n.label),
    };
    return groupedElements(network.data, grouping, new Set(chapterList.map((c) => c.id).filter((id) => !open.has(id))));
  }, [network, plain, grouped, sections.state, groups, chapterList, openParam]);
  // Each unit's place (placeOf); several in the answer (never in a merged one: its nodes belong to every place): one group each.
  const unitPlace = useMemo(() => {
    if (network.state !== 'ready' || network.data.aggregated) return new Map<string, string>();
    const issuers = new Set(issuing.map((p) => p.name));
    const issuerByCode = new Map(issuing.filter((p) => p.code !== null).map((p) => [p.code as string, p.name]));
    return new Map(network.data.nodes.map((n) => [n.data.id, placeOf(n.data, issuers, issuerByCode)]));
  }, [network, issuing]);
  const places = useMemo(() => [...new Set(unitPlace.values())].sort(), [unitPlace]);
  const byPlace = !grouped && places.length > 1;
  const placesStartClosed = network.state === 'ready' && network.data.nodes.length > PLACES_OPEN_UP_TO;
  const placeView = useMemo((): ElementDefinition[] | null => {
    if (!byPlace || network.state !== 'ready') return null;
    const grouping: Grouping = {
      prefix: 'place',
      // A plan that names no place gives its units none ("").
      groups: places.map((p) => ({ key: p, label: p || t('unknownPlace') })),
      groupOf: (unit) => unitPlace.get(unit),
      display: (place, members, collapsed) => `${place}${collapsed ? '\n' : ' · '}${members} ${t('units')}`,
      // The group says the place: the unit says only its name.
      unitDisplay: (n) => wrapLabel(n.label.startsWith(`${n.jurisdiction} · `) ? n.label.slice(n.jurisdiction.length + 3) : n.label),
    };
    const open = listParam(openParam);
    const closed = listParam(closedParam);
    const collapsed = placesStartClosed ? (open === 'all' ? [] : places.filter((p) => !open.has(p))) : closed === 'all' ? places : places.filter((p) => closed.has(p));
    return groupedElements(network.data, grouping, new Set(collapsed));
  }, [byPlace, network, unitPlace, places, placesStartClosed, openParam, closedParam, t]);
  // Until the issuing places are known, a unit's place is not: nothing is drawn rather than a grouping that changes.
  const elements = grouped ? groupedView : !placesReady ? null : byPlace ? placeView : plain;

  const graph = useRef<GraphHandle>(null);
  const wrap = useRef<HTMLDivElement>(null);
  useTitle(t('navNetwork'));
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [expanded, setExpanded] = useState<Map<string, string[]>>(new Map());
  // A merged node (name:…) is no node of the graph: it has no neighbourhood to expand.
  const hood = useApi((signal) => (focus && !focus.startsWith('name:') ? api.neighbourhood(focus, signal) : Promise.resolve(null)), [focus]);

  const setQuery = (changes: Record<string, string | number | undefined>, replace = false) => navigate(withQuery(path, query, changes), { replace });
  const painted = useCallback(() => {
    window.__dutymapNetworkPaintMs ??= Math.round(performance.now());
  }, []);

  const focusNode = focus ? network.state === 'ready' ? network.data.nodes.find((n) => n.data.id === focus) : undefined : undefined;
  const focusEdges = focus && network.state === 'ready' ? network.data.edges.filter((e) => e.data.source === focus || e.data.target === focus) : [];
  const byId = new Map(network.state === 'ready' ? network.data.nodes.map((n) => [n.data.id, n.data]) : []);
  // What is drawn: the network plus every expansion (derived from state, so it is known before the canvas mounts).
  const drawn = new Set([...byId.keys(), ...[...expanded.values()].flat()]);
  const preview = focus && hood.state === 'ready' && hood.data ? expansionOf(hood.data, (id) => drawn.has(id), focus) : null;

  const expand = () => {
    if (!focus || !preview) return;
    graph.current?.add(preview.elements);
    setExpanded(new Map(expanded).set(focus, preview.ids));
  };
  const collapse = () => {
    if (!focus) return;
    graph.current?.remove(expanded.get(focus) ?? []);
    const next = new Map(expanded);
    next.delete(focus);
    setExpanded(next);
  };

  const chapters = sections.state === 'ready' ? chapterOptions(sections.data) : [];
  const morePlans = sections.state === 'ready' && sections.data.total > sections.data.items.length;
  // Merged nodes stand for every unit of one name: they open the search for that name, not a unit page.
  const merged = network.state === 'ready' && network.data.aggregated;
  const toggleGroup = (data: Record<string, unknown>) => {
    const key = String(data.groupKey);
    // A place group toggles in the list of its default state's exceptions (`open` or `closed`).
    const param = data.kind === 'jurisdiction' && !placesStartClosed ? 'closed' : 'open';
    const current = listParam(param === 'open' ? openParam : closedParam);
    const set = current === 'all' ? new Set(places) : current;
    if (set.has(key)) set.delete(key);
    else set.add(key);
    setExpanded(new Map());
    setQuery({ [param]: [...set].join(','), focus: undefined });
  };
  const setAllPlaces = (open: boolean) => {
    setExpanded(new Map());
    setQuery(placesStartClosed ? { open: open ? '*' : undefined, closed: undefined, focus: undefined } : { closed: open ? undefined : '*', open: undefined, focus: undefined });
  };
  const fileBase = `dutymap-network${section ? `-${section}` : ''}`;

  return (
    <div className="network-view">
      <div className="toolbar" role="toolbar" aria-label={t('filters')}>
        <label>
          {t('chapter')}
          <select value={section} onChange={(e) => { setExpanded(new Map()); setQuery({ section: e.target.value, focus: undefined }); }}>
            <option value="">{t('allChapters')}{morePlans ? ` ${t('chaptersOfFirstPlans')}` : ''}</option>
            {chapters.map((c) => <option key={c.id} value={c.id}>{c.annex === 2 ? `${t('projects')} · ` : ''}{c.label}</option>)}
          </select>
        </label>
        <label>
          {t('role')}
          <select value={role} onChange={(e) => { setExpanded(new Map()); setQuery({ role: e.target.value === 'any' ? undefined : e.target.value }); }}>
            <option value="any">{t('roleAny')}</option>
            <option value="lead">{t('roleLead')}</option>
            <option value="support">{t('roleSupport')}</option>
          </select>
        </label>
        <label>
          {t('minShared')}
          <input type="number" min={1} max={50} value={minShared} onChange={(e) => { setExpanded(new Map()); setQuery({ minShared: Number(e.target.value) > 1 ? e.target.value : undefined }, true); }} />
        </label>
        <label>
          <input type="checkbox" checked={grouped} onChange={(e) => { setExpanded(new Map()); setQuery({ group: e.target.checked ? 'chapter' : undefined, open: undefined, focus: undefined }); }} />
          {t('groupChapters')}
        </label>
        {byPlace ? (
          <>
            <button type="button" onClick={() => setAllPlaces(true)}>{t('openAllPlaces')}</button>
            <button type="button" onClick={() => setAllPlaces(false)}>{t('closeAllPlaces')}</button>
          </>
        ) : null}
        <span className="toolbar-gap" />
        <button type="button" onClick={() => graph.current?.fit()}>{t('fit')}</button>
        <button type="button" onClick={() => graph.current?.zoomBy(1.25)} aria-label={t('zoomIn')}>＋</button>
        <button type="button" onClick={() => graph.current?.zoomBy(0.8)} aria-label={t('zoomOut')}>－</button>
        <button type="button" onClick={() => { setExpanded(new Map()); setQuery({ focus: undefined }); graph.current?.reset(); }}>{t('reset')}</button>
        <button type="button" onClick={() => void graph.current?.png().then((blob) => saveFile(blob, `${fileBase}.png`))}>{t('exportPng')}</button>
        <button type="button" onClick={() => saveFile(graph.current?.svg() ?? '', `${fileBase}.svg`, 'image/svg+xml')}>{t('exportSvg')}</button>
      </div>

      <div className="network-body">
        <div className="canvas-wrap" ref={wrap}>
          {network.state === 'ready' && network.data.nodes.length > 0 && elements ? (
            <GraphCanvas
              ref={graph}
              elements={elements}
              layout={byPlace ? 'places' : 'fcose'}
              focus={focus}
              label={`${network.data.nodes.length} ${t('units')}`}
              onHover={setHover}
              onTapNode={(id, data) => {
                // units focus in place; chapter groups open or close; tasks and projects of an expansion open their page
                if (data.isGroup) toggleGroup(data);
                else if (typeof data.works === 'number') setQuery({ focus: id });
                else navigate(pathOfNode(String(data.kind), id));
              }}
              onTapBackground={() => setQuery({ focus: undefined })}
              onPainted={painted}
            />
          ) : null}
          {network.state === 'loading' || (network.state === 'ready' && !elements) ? <Loading /> : null}
          {grouped && groups.state === 'error' ? <ErrorState error={groups.error} onRetry={groups.reload} /> : null}
          {network.state === 'error' ? <ErrorState error={network.error} onRetry={network.reload} /> : null}
          {network.state === 'ready' && network.data.nodes.length === 0 ? <Empty /> : null}
          {hover ? (
            <div
              className="hover-card"
              role="tooltip"
              // near the right edge the card opens to the left of the pointer, so it stays in view
              style={hover.x > (wrap.current?.clientWidth ?? Infinity) - 280 ? { left: hover.x - 14, top: hover.y + 14, transform: 'translateX(-100%)' } : { left: hover.x + 14, top: hover.y + 14 }}
            >
              <strong>{String(hover.data.label)}</strong>
              <div className="muted">{label(hover.data.isGroup ? NODE_KIND_TEXT : typeof hover.data.works === 'number' ? UNIT_KIND_TEXT : NODE_KIND_TEXT, String(hover.data.kind))}</div>
              {hover.data.isGroup ? <div>{String(hover.data.members)} {t('units')} · {hover.data.collapsed ? t('groupExpandHint') : t('groupCollapseHint')}</div> : null}
              {typeof hover.data.works === 'number' && !hover.data.isGroup ? <div>{t('works')}: {hover.data.works} · {t('partnersCount')}: {hover.degree}</div> : null}
            </div>
          ) : null}
          {network.state === 'ready' ? (
            <div className="graph-status" data-testid="network-summary">
              {network.data.nodes.length} {t('units')} · {network.data.edges.length} {t('links')} · <span className="muted">{t('clickHint')}</span>
              {merged || network.data.truncated ? (
                <div className="muted" data-testid="network-bounded">
                  {merged ? t('networkAggregated') : null}
                  {network.data.truncated ? ` · ${t('networkTruncated')} (${network.data.nodes.length}/${network.data.total.nodes})` : null}
                </div>
              ) : null}
            </div>
          ) : null}
        </div>

        <aside className="side-panel">
          {focusNode ? (
            <section className="focus-card" aria-live="polite">
              <h2>{focusNode.data.label}</h2>
              <div className="muted">{label(UNIT_KIND_TEXT, focusNode.data.kind)} · {t('works')} {focusNode.data.works}</div>
              <p>
                {merged ? (
                  <Link to={paths.search(focusNode.data.label)}>{t('searchUnitsNamed')}</Link>
                ) : (
                  <><Link to={paths.unit(focusNode.data.id)}>{t('openUnit')}</Link> · <Link to={paths.connect(focusNode.data.id)}>{t('findConnection')}</Link></>
                )}
              </p>
              <h3>{t('partnersCount')} ({focusEdges.length})</h3>
              <ol className="partner-list">
                {[...focusEdges].sort((a, b) => b.data.shared - a.data.shared).slice(0, 8).map((e) => {
                  const other = e.data.source === focus ? e.data.target : e.data.source;
                  return <li key={e.data.id}><button type="button" className="linkish" onClick={() => setQuery({ focus: other })}>{byId.get(other)?.label ?? other}</button> <span className="muted">{e.data.shared} {t('shared')}</span></li>;
                })}
              </ol>
              <h3>{t('expand')}</h3>
              {expanded.has(focusNode.data.id) ? (
                <button type="button" onClick={collapse}>{t('collapse')}</button>
              ) : hood.state === 'loading' ? <Loading /> : hood.state === 'error' ? <ErrorState error={hood.error} /> : preview ? (
                <div className="expand-preview" data-testid="expand-preview">
                  <div>{t('expandPreview')}:</div>
                  <ul>
                    {[...preview.byKind].map(([kind, n]) => <li key={kind}>{label(NODE_KIND_TEXT, kind)} <strong>{n}</strong></li>)}
                    {preview.byKind.size === 0 ? <li>{t('nothingToAdd')}</li> : null}
                  </ul>
                  <ul className="muted">
                    {[...preview.byRelation].map(([type, n]) => <li key={type}>{label(RELATION_TEXT, type)} {n}</li>)}
                  </ul>
                  <button type="button" disabled={preview.byKind.size === 0} onClick={expand}>{t('expand')}</button>
                </div>
              ) : null}
              <p><button type="button" className="linkish" onClick={() => setQuery({ focus: undefined })}>{t('clearFocus')}</button></p>
            </section>
          ) : null}
          <section className="legend" aria-label={t('legend')}>
            <h3>{t('legend')}</h3>
            <ul>
              {Object.keys(UNIT_KIND_TEXT).map((kind) => (
                <li key={kind}><span className="dot" style={{ background: KIND_COLOURS[kind] }} />{label(UNIT_KIND_TEXT, kind)}</li>
              ))}
            </ul>
            <p className="muted">{t('legendSize')}<br />{t('legendWidth')}</p>
            {grouped ? (
              <ul>
                <li><span className="dot square" style={{ background: KIND_COLOURS.section }} />{t('legendGroup')}</li>
              </ul>
            ) : null}
            {byPlace ? (
              <ul>
                <li><span className="dot square" style={{ background: KIND_COLOURS.place }} />{t('legendPlace')}</li>
              </ul>
            ) : null}
            {expanded.size > 0 ? (
              <ul>
                <li><span className="dot square" style={{ background: KIND_COLOURS.task }} />{label(NODE_KIND_TEXT, 'task')} ({lang === 'zh' ? '实线=牵头，虚线=配合' : 'solid = lead, dashed = support'})</li>
                <li><span className="dot diamond" style={{ background: KIND_COLOURS.project }} />{label(NODE_KIND_TEXT, 'project')}</li>
              </ul>
            ) : null}
          </section>
        </aside>
      </div>
    </div>
  );
}
