// Unit view: every task of one unit by role and chapter (of every plan, or of the scope's place or plan), its
// projects, partners and workload, what it carries in each plan, its counterparts elsewhere, downloads.
import { api, downloads, type ScopeQuery } from '../api-client.js';
import type { Counterpart, List, Partner, ProjectOfUnit, TaskOfUnit, UnitDetail, UnitPlan, Workload } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { UnitChip } from '../components/unit-chip.js';
import { KIND_COLOURS } from '../graph-style.js';
import { LEVEL_TEXT, UNIT_KIND_TEXT, useI18n } from '../i18n.js';
import { Link, paths, useRouter, withQuery } from '../router.js';
import { usePlaces, useScope } from '../scope.js';
import { withPlan } from '../sections.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

interface UnitData {
  detail: UnitDetail;
  tasks: TaskOfUnit[];
  projects: ProjectOfUnit[];
  partners: Partner[];
  workload: Workload;
  plans: UnitPlan[];
  counterparts: List<Counterpart>;
}

/** The unit, its tasks in the plans of the scope (the downloads hold the same), its plans and counterparts. */
async function loadUnit(id: string, scope: ScopeQuery, signal: AbortSignal): Promise<UnitData> {
  const [detail, tasks, projects, partners, workload, plans, counterparts] = await Promise.all([
    api.unit(id, signal), api.unitTasks(id, scope, signal), api.unitProjects(id, signal), api.partners(id, signal), api.workload(id, signal),
    api.unitPlans(id, signal), api.counterparts(id, signal),
  ]);
  return { detail, tasks: tasks.items, projects: projects.items, partners: partners.items, workload, plans: plans.items, counterparts };
}

/** The unit's page narrowed to one plan's tasks (the API's `document`). */
const unitInPlan = (unitId: string, documentId: string) => withQuery(paths.unit(unitId), new URLSearchParams(), { document: documentId });

/** Each plan naming the unit: its year, title (opening the unit's tasks of that plan) and the unit's counts there. */
function PlansTable({ unitId, plans, total, current }: { unitId: string; plans: UnitPlan[]; total: number; current: string | undefined }) {
  const { t } = useI18n();
  return (
    <section className="role-section" id="plans" data-testid="unit-plans">
      <h2>{t('byPlan')} <span className="count">{total}</span></h2>
      <table className="plan-table">
        <thead>
          <tr><th>{t('planYear')}</th><th>{t('plan')}</th><th className="num">{t('countLead')}</th><th className="num">{t('countSupport')}</th><th className="num">{t('countProjects')}</th></tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.document.id} className={p.document.id === current ? 'current' : undefined}>
              <td>{p.document.year ?? <span className="muted">{t('noYear')}</span>}</td>
              <td><Link to={unitInPlan(unitId, p.document.id)}>{p.document.title}</Link></td>
              <td className="num">{p.counts.lead}</td>
              <td className="num">{p.counts.support}</td>
              <td className="num">{p.counts.projects}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > plans.length ? <p className="muted">{t('counterpartsMore')} {total - plans.length} {t('plansMoreTail')}</p> : null}
    </section>
  );
}

/** The same kind of body in other places, each with its place, level, plans and counts; two places that issued plans can be compared. */
function Counterparts({ page, place }: { page: List<Counterpart>; place: string }) {
  const { t, label } = useI18n();
  const issuers = new Set(usePlaces().places.filter((p) => p.documents > 0).map((p) => p.name));
  return (
    <section className="card" data-testid="unit-counterparts">
      <h2>{t('counterparts')} <span className="count">{page.total}</span></h2>
      {page.total === 0 ? <p className="muted">{t('counterpartsNone')}</p> : (
        <ul className="plain counterparts">
          {page.items.map((c) => (
            <li key={c.unit.id}>
              <Link to={paths.unit(c.unit.id)} className="chip">
                <span className="dot" style={{ background: KIND_COLOURS[c.unit.kind] ?? '#888' }} aria-hidden="true" />
                {c.unit.jurisdiction} · {c.unit.name}
              </Link>
              <div className="muted">
                {c.level ? `${label(LEVEL_TEXT, c.level)} · ` : ''}{t('countLead')} {c.counts.lead} · {t('countSupport')} {c.counts.support} · {c.planTotal} {t('plansCount')}
                {issuers.has(place) && issuers.has(c.unit.jurisdiction) ? <> · <Link to={paths.compare(place, c.unit.jurisdiction)}>{t('compareTwoPlaces')}</Link></> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {page.total > page.items.length ? <p className="muted">{t('counterpartsMore')} {page.total - page.items.length} {t('counterpartsMoreTail')}</p> : null}
    </section>
  );
}

/**
 * Tasks grouped by chapter, chapters in document order (the order the API returns tasks in); once the tasks
 * come from several plans, each chapter says its plan: 六、加大生态保护… (衢州市…实施方案).
 */
function byChapter(tasks: TaskOfUnit[], planTitle: (documentId: string) => string | undefined): Array<{ key: string; title: string | null; tasks: TaskOfUnit[] }> {
  const groups = new Map<string, { key: string; title: string | null; tasks: TaskOfUnit[] }>();
  const manyPlans = new Set(tasks.map((task) => task.task.documentId)).size > 1;
  for (const task of tasks) {
    const key = task.chapter?.id ?? `none:${task.task.documentId}`;
    const title = task.chapter ? withPlan(`${task.chapter.number}、${task.chapter.title}`, planTitle(task.task.documentId), manyPlans) : null;
    const group = groups.get(key) ?? { key, title, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function TaskItem({ item }: { item: TaskOfUnit }) {
  const { t } = useI18n();
  const leads = item.coUnits.filter((c) => c.role === 'lead');
  const supports = item.coUnits.filter((c) => c.role === 'support');
  return (
    <li className="task-item" data-testid="unit-task">
      <div className="task-head">
        <Link to={paths.task(item.task.id)} className="task-no">{t('task')} {item.task.number}</Link>
        {item.section.kind === 'group' ? <span className="muted">{item.section.title}</span> : null}
        {item.task.years.length > 0 ? <span className="badge">{item.task.years.join('、')}</span> : null}
        {item.inferred ? <span className="badge warn">{t('inferred')}</span> : null}
      </div>
      <p>{item.task.text}</p>
      <div className="co-units">
        {leads.length > 0 ? <span><span className="muted">{t('leads')}{t('colon')}</span>{leads.map((c) => <UnitChip key={c.unit.id} unit={c.unit} involvement={c} />)}</span> : null}
        {supports.length > 0 ? <span><span className="muted">{t('supports')}{t('colon')}</span>{supports.map((c) => <UnitChip key={c.unit.id} unit={c.unit} involvement={c} />)}</span> : null}
        <Link to={`${paths.task(item.task.id)}#source`} className="source-link">{item.provenance.sourceName} {t('lines')} {item.provenance.lines.start}–{item.provenance.lines.end}</Link>
      </div>
    </li>
  );
}

function RoleSection({ title, tasks, id }: { title: string; tasks: TaskOfUnit[]; id: string }) {
  const { t } = useI18n();
  const { plans } = usePlaces();
  const planTitle = (documentId: string) => plans.find((p) => p.id === documentId)?.title;
  return (
    <section className="role-section" id={id}>
      <h2>{title} <span className="count">{tasks.length}</span></h2>
      {tasks.length === 0 ? <Empty /> : byChapter(tasks, planTitle).map((group) => (
        <details key={group.key} open className="chapter-group">
          <summary>{group.title ?? t('noChapter')} <span className="count">{group.tasks.length}</span></summary>
          <ul className="task-list">{group.tasks.map((item) => <TaskItem key={item.task.id} item={item} />)}</ul>
        </details>
      ))}
    </section>
  );
}

export default function UnitView({ id }: { id: string }) {
  const { t, label, lang } = useI18n();
  const scope = useScope();
  const planId = scope.document;
  const { query } = useRouter();
  const { plans: loadedPlans } = usePlaces();
  const value = useApi((signal) => loadUnit(id, scope, signal), [id, scope]);
  useTitle(value.state === 'ready' ? value.data.detail.unit.name : null);
  return (
    <Load value={value}>
      {({ detail, tasks, projects, partners, workload, plans, counterparts }) => {
        const unit = detail.unit;
        // The plan picked may not name this unit (the scope picker's): its title then comes from the loaded plans.
        const planTitle = planId ? (plans.find((p) => p.document.id === planId)?.document.title ?? loadedPlans.find((d) => d.id === planId)?.title ?? planId) : undefined;
        const maxShared = Math.max(1, ...partners.map((p) => p.shared));
        const inScope = scope.jurisdiction !== undefined || scope.document !== undefined;
        return (
          <div className="unit-view page">
            <header className="page-head">
              <h1>{unit.name}</h1>
              <div className="muted">
                {label(UNIT_KIND_TEXT, unit.kind)} · {unit.jurisdiction}
                {lang === 'en' && unit.nameEn ? ` · ${unit.nameEn}` : ''}
                {unit.aliases.length + unit.predecessors.length > 0 ? ` · ${t('aliases')}${t('colon')}${[...unit.aliases, ...unit.predecessors].join('、')}` : ''}
              </div>
              <nav className="actions">
                <a href={downloads.tasksCsv(unit.id, scope)} download data-testid="download-csv">{t('downloadCsv')}</a>
                <a href={downloads.tasksXlsx(unit.id, scope)} download data-testid="download-xlsx">{t('downloadXlsx')}</a>
                <Link to={paths.network(unit.id)}>{t('showInNetwork')}</Link>
                <Link to={paths.connect(unit.id)}>{t('findConnection')}</Link>
              </nav>
            </header>

            <div className="unit-grid">
              <div className="unit-main">
                <nav className="jump">
                  <a href="#plans">{t('byPlan')} {detail.documentIds.length}</a>
                  {/* In a scope, the tasks listed below; otherwise the unit's counts over all its plans. */}
                  <a href="#lead">{t('lead')} {inScope ? tasks.filter((x) => x.role === 'lead').length : detail.counts.lead}</a>
                  <a href="#support">{t('support')} {inScope ? tasks.filter((x) => x.role === 'support').length : detail.counts.support}</a>
                  <a href="#projects">{t('projects')} {detail.counts.projects}</a>
                </nav>
                <PlansTable unitId={unit.id} plans={plans} total={detail.documentIds.length} current={planId} />
                {planId ? (
                  <p className="plan-filter" data-testid="plan-filter">
                    {t('tasksOfPlan')}<strong>{planTitle}</strong> · <Link to={withQuery(paths.unit(unit.id), query, { document: undefined })} scope="set">{t('allPlans')}</Link>
                  </p>
                ) : null}
                <RoleSection id="lead" title={t('lead')} tasks={tasks.filter((x) => x.role === 'lead')} />
                <RoleSection id="support" title={t('support')} tasks={tasks.filter((x) => x.role === 'support')} />
                <section className="role-section" id="projects">
                  <h2>{t('projects')} <span className="count">{projects.length}</span></h2>
                  {projects.length === 0 ? <Empty /> : (
                    <ul className="task-list">
                      {projects.map((p) => (
                        <li className="task-item" key={p.project.id}>
                          <div className="task-head">
                            <Link to={paths.project(p.project.id)} className="task-no">{t('project')} {p.project.number}</Link>
                            <strong>{p.project.name}</strong>
                            <span className="muted">{p.section.title}</span>
                            {p.project.deadline ? <span className="badge">{p.project.deadline}</span> : null}
                          </div>
                          <p>{p.project.content}</p>
                          <div className="co-units"><span className="muted">{t('coUnits')}{t('colon')}</span>{p.coUnits.map((c) => <UnitChip key={c.unit.id} unit={c.unit} involvement={c} />)}</div>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </div>

              <aside className="unit-side">
                <Counterparts page={counterparts} place={unit.jurisdiction} />
                <section className="card">
                  <h2>{t('workload')}</h2>
                  <dl className="stats">
                    <dt>{t('lead')}</dt><dd>{workload.tasksLed}</dd>
                    <dt>{t('support')}</dt><dd>{workload.tasksSupported}</dd>
                    <dt>{t('projects')}</dt><dd>{workload.projects}</dd>
                    <dt>{t('shareOfTasks')}</dt><dd>{(workload.shareOfTasks * 100).toFixed(1)}%</dd>
                    <dt>{t('bridgeScore')}</dt><dd>{workload.bridgeScore.toFixed(2)}</dd>
                  </dl>
                  <h3>{t('chaptersInvolved')} ({workload.chapters.length})</h3>
                  <ul className="plain">{workload.chapters.map((c) => <li key={c.id}><Link to={paths.section(c.id)}>{c.kind === 'chapter' ? `${c.number}、${c.title}` : `${t('projects')} · ${c.title}`}</Link></li>)}</ul>
                </section>
                <section className="card">
                  <h2>{t('partners')} <span className="count">{partners.length}</span></h2>
                  {partners.length === 0 ? <Empty /> : (
                    <ol className="partner-rank">
                      {partners.map((p) => (
                        <li key={p.unit.id}>
                          <UnitChip unit={p.unit} />
                          <span className="bar" style={{ width: `${(100 * p.shared) / maxShared}%` }} aria-hidden="true" />
                          <Link to={paths.connect(unit.id, p.unit.id)} className="muted" title={`${t('roleLead')}-${t('roleLead')} ${p.leadLead} · ${t('roleLead')}-${t('roleSupport')} ${p.leadSupport} · ${t('roleSupport')}-${t('roleLead')} ${p.supportLead} · ${t('roleSupport')}-${t('roleSupport')} ${p.supportSupport} · ${t('projects')} ${p.project}`}>
                            {p.shared} {t('shared')}
                          </Link>
                        </li>
                      ))}
                    </ol>
                  )}
                </section>
              </aside>
            </div>
          </div>
        );
      }}
    </Load>
  );
}
