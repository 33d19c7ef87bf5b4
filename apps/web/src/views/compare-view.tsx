// Compare: two plans or two places side by side — departments by function with their contrast, matching tasks,
// tasks without a match, the years and targets each sets, and the exports. The two sides live in the URL (?a=&b=).
import { useState, type FormEvent } from 'react';
import { api, downloads } from '../api-client.js';
import type { CompareDepartment, CompareSide, Comparison, Contrast, UnmatchedTask } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { useI18n, type TextKey } from '../i18n.js';
import { Link, paths, useRouter } from '../router.js';
import { placed, usePlaces } from '../scope.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

const CONTRAST_TEXT: Record<Contrast, TextKey> = {
  'only-a': 'contrastOnlyA',
  'only-b': 'contrastOnlyB',
  'lead-a-support-b': 'contrastLeadASupportB',
  'lead-b-support-a': 'contrastLeadBSupportA',
  both: 'contrastBoth',
};

/** A plan (its document id) or a place (its name): the API tells them apart. */
function SidePicker({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const { places, plans } = usePlaces();
  return (
    <label className="compare-side-picker">
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">{t('comparePick')}</option>
        <optgroup label={t('scopePlaces')}>
          {/* A place covers the places under it: a province with no plan of its own stands for its cities'. */}
          {places.map((p) => <option key={p.name} value={p.name}>{p.level === 'county' ? '\u3000' : ''}{p.name} ({p.documents})</option>)}
        </optgroup>
        <optgroup label={t('scopePlans')}>
          {plans.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
        </optgroup>
      </select>
    </label>
  );
}

function SideSummary({ side, which }: { side: CompareSide; which: 'a' | 'b' }) {
  const { t } = useI18n();
  return (
    <section className={`compare-side compare-side-${which}`} data-testid={`compare-side-${which}`}>
      <h2><span className="badge">{t(which === 'a' ? 'compareSideA' : 'compareSideB')}</span> {side.label}</h2>
      <p className="muted">
        {side.jurisdiction} · {t('comparePlans')} {side.plans.total} · {t('compareTasks')} <span data-testid="side-tasks">{side.tasks}</span> · {t('compareUnits')} {side.units}
      </p>
      {side.kind === 'jurisdiction' ? (
        <ul className="compare-plans">{side.plans.items.map((p) => <li key={p.id}>{p.title}{p.year !== null ? ` (${p.year})` : ''} <span className="muted">{p.tasks}</span></li>)}</ul>
      ) : null}
      <h3>{t('compareYears')}</h3>
      {side.years.length === 0 ? <Empty /> : (
        <div className="compare-years" data-testid="side-years">
          {side.years.map((y) => <span key={y.year} className="badge">{y.year}<span className="muted"> ×{y.tasks}</span></span>)}
        </div>
      )}
      {/* A long list of targets starts closed, so the department table stays in reach. */}
      <details className="compare-targets-group" open={side.targets.total <= 8}>
        <summary>{t('compareTargets')} <span className="count">{side.targets.total}</span></summary>
        {side.targets.items.length === 0 ? <Empty /> : (
          <ul className="compare-targets">
            {side.targets.items.map(({ task, quantities }) => (
              <li key={task.id}>
                <Link to={paths.task(task.id)} className="task-no">{t('task')} {task.number}</Link> <strong>{quantities.join('、')}</strong> <span className="muted">{task.text}</span>
              </li>
            ))}
          </ul>
        )}
        <Cut list={side.targets} />
      </details>
    </section>
  );
}

function Role({ role }: { role: CompareDepartment['a'] }) {
  if (!role) return <><td className="absent">—</td><td className="absent">—</td></>;
  return <><td className={role.lead > 0 ? 'leads' : ''}>{role.lead}</td><td>{role.support}</td></>;
}

function Departments({ c }: { c: Comparison }) {
  const { t } = useI18n();
  const { many } = usePlaces();
  // The units behind a row, each once, with its place when several are loaded (衢州市 · 市生态环境局).
  const unitsOf = (d: CompareDepartment) => [...new Map([...(d.a?.units ?? []), ...(d.b?.units ?? [])].map((u) => [u.id, placed(u.name, u.jurisdiction, many)])).values()].join('、');
  const [contrast, setContrast] = useState<Contrast | null>(null);
  const shown = contrast === null ? c.departments.items : c.departments.items.filter((d) => d.contrast === contrast);
  return (
    <section className="compare-departments">
      <h2>{t('compareDepartments')} <span className="count">{c.departments.total}</span></h2>
      <div className="compare-filter" role="group" aria-label={t('compareContrast')}>
        <button type="button" aria-pressed={contrast === null} onClick={() => setContrast(null)}>{t('compareAllContrasts')} {c.departments.total}</button>
        {(Object.keys(CONTRAST_TEXT) as Contrast[]).map((key) => (
          <button key={key} type="button" className={`contrast-${key}`} aria-pressed={contrast === key} onClick={() => setContrast(key)} data-testid={`contrast-${key}`}>
            {t(CONTRAST_TEXT[key])} <span className="count">{c.contrasts[key]}</span>
          </button>
        ))}
      </div>
      <table className="compare-table" data-testid="compare-departments">
        <thead>
          <tr><th rowSpan={2}>{t('compareDepartment')}</th><th colSpan={2}>{c.a.label}</th><th colSpan={2}>{c.b.label}</th><th rowSpan={2}>{t('compareContrast')}</th></tr>
          <tr><th>{t('roleLead')}</th><th>{t('roleSupport')}</th><th>{t('roleLead')}</th><th>{t('roleSupport')}</th></tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={`${d.function ?? ''}\u0000${d.name}`} className={`contrast-${d.contrast}`} data-testid="compare-department">
              <th scope="row">{d.name}<div className="muted">{unitsOf(d)}</div></th>
              <Role role={d.a} />
              <Role role={d.b} />
              <td><span className={`contrast-mark contrast-${d.contrast}`}>{t(CONTRAST_TEXT[d.contrast])}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
      <Cut list={c.departments} />
    </section>
  );
}

/** Said under a list the answer cut (it holds the first LIMITS.pageSize.max of each): the exports hold all. */
function Cut({ list }: { list: { items: unknown[]; total: number } }) {
  const { t } = useI18n();
  return list.total > list.items.length ? <p className="muted">{t('compareShown')} {list.items.length}/{list.total}</p> : null;
}

function TaskText({ task }: { task: { id: string; number: number; text: string } }) {
  const { t } = useI18n();
  return <><Link to={paths.task(task.id)} className="task-no">{t('task')} {task.number}</Link> {task.text}</>;
}

function Unmatched({ title, list }: { title: string; list: Comparison['unmatchedA'] }) {
  const { t } = useI18n();
  const item = (u: UnmatchedTask) => (
    <li key={u.task.id} data-testid="compare-unmatched">
      <TaskText task={u.task} />
      <div className="muted">{t('compareClosest')}{t('colon')}{u.closest ? <><Link to={paths.task(u.closest.id)}>{t('task')} {u.closest.number}</Link> {u.closest.text} ({u.similarity})</> : t('compareNone')}</div>
    </li>
  );
  return (
    <div className="compare-unmatched">
      <h3>{title} <span className="count">{list.total}</span></h3>
      {list.items.length === 0 ? <Empty /> : <ul className="task-list">{list.items.map(item)}</ul>}
      <Cut list={list} />
    </div>
  );
}

function ComparisonBody({ a, b }: { a: string; b: string }) {
  const { t } = useI18n();
  const value = useApi((signal) => api.compare(a, b, signal), [a, b]);
  return (
    <Load value={value}>
      {(c) => (
        <>
          <nav className="actions" aria-label={t('compareExport')}>
            {(['departments', 'matched', 'unmatched', 'targets'] as const).map((part) => (
              <a key={part} href={downloads.compareCsv(a, b, part)} download>CSV · {t(({ departments: 'compareDepartments', matched: 'compareMatched', unmatched: 'compareUnmatched', targets: 'compareTargets' } as const)[part])}</a>
            ))}
            <a href={downloads.compareXlsx(a, b)} download data-testid="compare-xlsx">XLSX</a>
          </nav>
          <div className="compare-sides">
            <SideSummary side={c.a} which="a" />
            <SideSummary side={c.b} which="b" />
          </div>
          <Departments c={c} />
          <section className="compare-matched">
            <h2>{t('compareMatched')} <span className="count">{c.matched.total}</span> <span className="muted">{t('compareThreshold')} {c.threshold}</span></h2>
            {c.matched.items.length === 0 ? <Empty /> : (
              <table className="compare-table" data-testid="compare-matched">
                <thead><tr><th>{t('compareSimilarity')}</th><th>{c.a.label}</th><th>{c.b.label}</th></tr></thead>
                <tbody>
                  {c.matched.items.map((p) => (
                    <tr key={`${p.a.id}|${p.b.id}`} data-testid="compare-pair">
                      <td className="similarity">{p.similarity}</td>
                      <td><TaskText task={p.a} /></td>
                      <td><TaskText task={p.b} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Cut list={c.matched} />
          </section>
          <section className="compare-sides">
            <Unmatched title={`${t('compareUnmatched')} · ${c.a.label}`} list={c.unmatchedA} />
            <Unmatched title={`${t('compareUnmatched')} · ${c.b.label}`} list={c.unmatchedB} />
          </section>
        </>
      )}
    </Load>
  );
}

export default function CompareView() {
  const { t } = useI18n();
  const { query, navigate } = useRouter();
  const [a, b] = [query.get('a') ?? '', query.get('b') ?? ''];
  const [pick, setPick] = useState({ a, b });
  useTitle(t('compareTitle'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pick.a && pick.b) navigate(paths.compare(pick.a, pick.b));
  };
  return (
    <div className="compare-view page">
      <h1>{t('compareTitle')}</h1>
      <p className="muted">{t('compareIntro')}</p>
      <form className="compare-picker" onSubmit={submit}>
        <SidePicker name="a" label={t('compareSideA')} value={pick.a} onChange={(value) => setPick({ ...pick, a: value })} />
        <SidePicker name="b" label={t('compareSideB')} value={pick.b} onChange={(value) => setPick({ ...pick, b: value })} />
        <button type="submit" disabled={!pick.a || !pick.b || pick.a === pick.b}>{t('compareGo')}</button>
      </form>
      {a && b ? <ComparisonBody key={`${a}\u0000${b}`} a={a} b={b} /> : null}
    </div>
  );
}
