// Connection finder: two units, the shortest ways they are linked as a small graph, and in sentences.
import type { ElementDefinition } from 'cytoscape';
import { useMemo, useState } from 'react';
import { api } from '../api-client.js';
import type { Connections, Explanation, UnitMatch } from '../api-types.js';
import { GraphCanvas } from '../components/graph-canvas.js';
import { Empty, Load } from '../components/states.js';
import { UnitChip } from '../components/unit-chip.js';
import { KIND_COLOURS, wrapLabel } from '../graph-style.js';
import { useI18n } from '../i18n.js';
import { Link, pathOfNode, paths, useRouter, withQuery } from '../router.js';
import { placed, usePlaces, useScope } from '../scope.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

function UnitPicker({ id, label, units, value, onPick }: { id: string; label: string; units: UnitMatch[]; value: string; onPick: (id: string | undefined) => void }) {
  const { t } = useI18n();
  const { many } = usePlaces();
  // 衢州市 · 市生态环境局 once several places are loaded: the options of one name read apart.
  const shown = (u: UnitMatch) => placed(u.name, u.jurisdiction, many);
  const current = units.find((u) => u.id === value);
  const [text, setText] = useState(current ? shown(current) : '');
  const pick = (name: string) => {
    setText(name);
    const unit = units.find((u) => shown(u) === name || u.name === name || u.aliases.includes(name) || u.fullName === name);
    if (unit) onPick(unit.id);
  };
  return (
    <label className="unit-picker">
      {label}
      <input list={`${id}-units`} value={text} onChange={(e) => pick(e.target.value)} placeholder={t('pickUnit')} data-testid={`pick-${id}`} />
      <datalist id={`${id}-units`}>{units.map((u) => <option key={u.id} value={shown(u)} />)}</datalist>
    </label>
  );
}

/** Every node and hop of the shortest paths, once each; the two ends marked; units with their place once several are loaded. */
function pathElements(connections: Connections, a: string, b: string, many: boolean): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  for (const path of connections.paths) {
    path.nodes.forEach((node, i) => {
      const end = node.id === a || node.id === b;
      const label = node.kind === 'unit' ? placed(node.label, node.jurisdiction, many) : node.label;
      nodes.set(node.id, { group: 'nodes', data: { id: node.id, label, kind: node.kind, root: node.id === a, endpoint: end, showLabel: true, size: node.kind === 'unit' ? (end ? 44 : 34) : 18, colour: KIND_COLOURS[node.kind] ?? '#888', display: wrapLabel(label, node.kind === 'unit' ? 7 : 10, 2) } });
      const next = path.nodes[i + 1];
      const hop = path.edges[i];
      if (next && hop) {
        const key = [node.id, next.id].sort().join('|');
        edges.set(key, { group: 'edges', data: { id: key, source: node.id, target: next.id, type: hop.type, width: 2 } });
      }
    });
  }
  return [...nodes.values(), ...edges.values()];
}

function Result({ a, b }: { a: string; b: string }) {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const value = useApi(async (signal) => {
    const [connections, explanation] = await Promise.all([api.connections(a, b, signal), api.explain(a, b, signal)]);
    return { connections, explanation };
  }, [a, b]);
  return (
    <Load value={value}>
      {({ connections, explanation }: { connections: Connections; explanation: Explanation }) => (
        <ConnectResult connections={connections} explanation={explanation} a={a} b={b} lang={lang} t={t} onNode={(kind, id) => navigate(pathOfNode(kind, id))} />
      )}
    </Load>
  );
}

function ConnectResult({ connections, explanation, a, b, lang, t, onNode }: { connections: Connections; explanation: Explanation; a: string; b: string; lang: 'zh' | 'en'; t: ReturnType<typeof useI18n>['t']; onNode: (kind: string, id: string) => void }) {
  const { many } = usePlaces();
  const elements = useMemo(() => pathElements(connections, a, b, many), [connections, a, b, many]);
  return (
    <div className="connect-result">
      <p className="summary" data-testid="connect-summary">{explanation.summary[lang]}</p>
      {connections.paths.length === 0 ? <Empty>{t('noConnection')}</Empty> : (
        <>
          <h2>{t('paths')} <span className="muted">{connections.hops} {t('hops')} · {connections.pathCount}</span></h2>
          {connections.viaUnits.length > 0 ? <p className="co-units" data-testid="via-units"><span className="muted">{t('viaUnits')}{t('colon')}</span>{connections.viaUnits.map((u) => <UnitChip key={u.id} unit={u} />)}</p> : null}
          <div className="path-canvas">
            <GraphCanvas elements={elements} layout="path" label={t('paths')} onTapNode={(id, data) => onNode(String(data.kind), id)} />
          </div>
        </>
      )}
      <h2>{t('explanation')}</h2>
      <ol className="sentences" data-testid="connect-sentences">
        {explanation.sentences.map((s) => (
          <li key={`${s.citation.workId}-${s.zh}`}>
            {s[lang]}{' '}
            <Link to={`${s.citation.kind === 'task' ? paths.task(s.citation.workId) : paths.project(s.citation.workId)}#source`} className="citation">
              {s.citation.sourceName} {t('lines')} {s.citation.lines.start}–{s.citation.lines.end}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}

export default function ConnectView() {
  const { t } = useI18n();
  const { path, query, navigate } = useRouter();
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  // The units of the scope to pick from (the ends of a link may be anywhere once picked).
  const scope = useScope();
  const units = useApi((signal) => api.units('', signal, scope), [scope]);
  useTitle(t('navConnect'));
  return (
    <div className="connect-view page">
      <h1>{t('navConnect')}</h1>
      <Load value={units}>
        {(list) => (
          <div className="pickers">
            <UnitPicker key={`a-${a}`} id="a" label={t('unitA')} units={list.items} value={a} onPick={(id) => navigate(withQuery(path, query, { a: id }), { replace: true })} />
            <button type="button" onClick={() => navigate(withQuery(path, query, { a: b, b: a }), { replace: true })} aria-label={t('swap')}>⇄</button>
            <UnitPicker key={`b-${b}`} id="b" label={t('unitB')} units={list.items} value={b} onPick={(id) => navigate(withQuery(path, query, { b: id }), { replace: true })} />
          </div>
        )}
      </Load>
      {a && b ? <Result key={`${a}|${b}`} a={a} b={b} /> : <Empty>{t('pickTwo')}</Empty>}
    </div>
  );
}
