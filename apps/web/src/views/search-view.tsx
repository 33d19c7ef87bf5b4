// Search: one box over every type, results grouped by type with highlights, facets to narrow.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, downloads } from '../api-client.js';
import type { Facet, SearchHit, SearchType } from '../api-types.js';
import { Highlight } from '../components/highlight.js';
import { Empty, Load } from '../components/states.js';
import { NODE_KIND_TEXT, useI18n, type TextKey } from '../i18n.js';
import { Link, pathOfNode, useRouter, withQuery } from '../router.js';
import { useApi } from '../use-api.js';
import { placed, usePlaces, usePlansInScope, useScope } from '../scope.js';
import { documentOf, withPlan } from '../sections.js';
import { useTitle } from '../use-title.js';

const TYPE_ORDER: SearchType[] = ['unit', 'task', 'project', 'enterprise', 'place', 'section'];
const FACETS: Array<{ key: 'type' | 'chapter' | 'unit' | 'year'; param: string; title: TextKey }> = [
  { key: 'type', param: 'type', title: 'type' },
  { key: 'chapter', param: 'section', title: 'chapter' },
  { key: 'unit', param: 'unit', title: 'unit' },
  { key: 'year', param: 'year', title: 'year' },
];

function FacetGroup({ title, facets, selected, onPick }: { title: string; facets: Facet[]; selected: string; onPick: (value: string | undefined) => void }) {
  const [all, setAll] = useState(false);
  if (facets.length === 0) return null;
  const shown = all ? facets : facets.slice(0, 8);
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {shown.map((f) => (
        <button key={f.value} type="button" className={selected === f.value ? 'facet-value on' : 'facet-value'} aria-pressed={selected === f.value} onClick={() => onPick(selected === f.value ? undefined : f.value)}>
          <span>{f.label}</span> <span className="count">{f.count}</span>
        </button>
      ))}
      {facets.length > 8 ? <button type="button" className="linkish" onClick={() => setAll(!all)}>{all ? '−' : `+${facets.length - 8}`}</button> : null}
    </fieldset>
  );
}

/** Arrow keys move between result links; the list is one tab stop away from the box. */
function onResultsKey(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[Math.max(0, Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export default function SearchView() {
  const { t, label } = useI18n();
  const { path, query, navigate } = useRouter();
  const q = query.get('q') ?? '';
  const filters = Object.fromEntries(FACETS.map((f) => [f.param, query.get(f.param) ?? '']));
  const [text, setText] = useState(q);
  useTitle(q ? `${t('navSearch')}: ${q}` : t('navSearch'));
  const box = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  useEffect(() => setText(q), [q]);
  useEffect(() => box.current?.focus(), []);

  const scope = useScope();
  const { many } = usePlaces();
  const { manyPlans, planTitle } = usePlansInScope();
  // 六、加大生态保护… (衢州市…实施方案) once several plans are in scope: the same chapter (or task 22) of two plans reads apart.
  const ofPlan = (label: string, nodeId: string) => withPlan(label, planTitle(documentOf(nodeId)), manyPlans);
  const value = useApi(
    (signal) => (q.trim() ? api.search({ q, ...filters, ...scope }, signal) : Promise.resolve(null)),
    [q, scope, ...Object.values(filters)],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(withQuery(path, new URLSearchParams(), { q: text.trim() }));
  };
  const onBoxKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      results.current?.querySelector<HTMLAnchorElement>('a.result-link')?.focus();
    }
  };
  const anyFilter = Object.values(filters).some(Boolean);
  // On a phone the facets fold away above the results; open beside them elsewhere.
  const [narrow] = useState(() => window.matchMedia('(max-width: 760px)').matches);

  return (
    <div className="search-view page">
      <form className="big-search" role="search" onSubmit={submit}>
        <input ref={box} type="search" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onBoxKey} placeholder={t('searchPlaceholder')} aria-label={t('navSearch')} data-testid="search-input" />
        <button type="submit">{t('navSearch')}</button>
      </form>
      {!q.trim() ? <Empty>{t('typeHint')}</Empty> : (
        <Load value={value}>
          {(data) => {
            if (!data) return null;
            const groups = TYPE_ORDER.map((type) => ({ type, hits: data.items.filter((h) => h.type === type) })).filter((g) => g.hits.length > 0);
            return (
              <div className="search-grid">
                <details className="facets" open={!narrow} aria-label={t('filters')}>
                  <summary>{t('filters')}</summary>
                  {FACETS.map((f) => (
                    <FacetGroup key={f.key} title={t(f.title)} facets={f.key === 'type' ? data.facets.type.map((x) => ({ ...x, label: label(NODE_KIND_TEXT, x.value) })) : f.key === 'unit' ? data.facets.unit.map((x) => ({ ...x, label: placed(x.label, x.jurisdiction, many) })) : f.key === 'chapter' ? data.facets.chapter.map((x) => ({ ...x, label: ofPlan(x.label, x.value) })) : data.facets[f.key]} selected={filters[f.param] ?? ''} onPick={(v) => navigate(withQuery(path, query, { [f.param]: v }))} />
                  ))}
                  {anyFilter ? <button type="button" className="linkish" onClick={() => navigate(withQuery(path, new URLSearchParams(), { q }))}>{t('clearFilters')}</button> : null}
                </details>
                <div className="results" ref={results} onKeyDown={onResultsKey}>
                  <div className="muted results-summary">
                    {data.total} {t('results')}{data.total > data.items.length ? ` (${data.items.length})` : ''} · <a href={downloads.searchCsv({ q, ...filters, ...scope })} download>CSV</a>
                  </div>
                  {groups.length === 0 ? <Empty /> : groups.map((g) => (
                    <section key={g.type} className="result-group" data-testid={`results-${g.type}`}>
                      <h2>{label(NODE_KIND_TEXT, g.type)} <span className="count">{g.hits.length}</span></h2>
                      <ul>{g.hits.map((hit: SearchHit) => (
                        <li key={hit.id}>
                          <Link to={pathOfNode(hit.type, hit.id)} className="result-link">{hit.type === 'unit' ? placed(hit.title, hit.jurisdiction, many) : hit.type === 'section' || hit.type === 'task' || hit.type === 'project' ? ofPlan(hit.title, hit.id) : hit.title}</Link>
                          <div className="snippet"><Highlight snippet={hit.snippet} /></div>
                        </li>
                      ))}</ul>
                    </section>
                  ))}
                </div>
              </div>
            );
          }}
        </Load>
      )}
    </div>
  );
}
