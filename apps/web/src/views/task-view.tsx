// Task page: the task, its units, what it mentions, the projects restating it, and the source row.
import { api } from '../api-client.js';
import { Empty, Load } from '../components/states.js';
import { Mentions } from '../components/mentions.js';
import { SourceRow } from '../components/source-row.js';
import { UnitChip } from '../components/unit-chip.js';
import { useI18n } from '../i18n.js';
import { Link, paths } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

export default function TaskView({ id }: { id: string }) {
  const { t } = useI18n();
  const value = useApi((signal) => api.task(id, signal), [id]);
  useTitle(value.state === 'ready' ? `${t('task')} ${value.data.task.number}` : null);
  return (
    <Load value={value}>
      {(d) => (
        <article className="detail page">
          <nav className="crumbs">
            <Link to={paths.section('')}>{d.document.title}</Link>
            {d.chapter ? <> › <Link to={paths.section(d.chapter.id)}>{d.chapter.number}、{d.chapter.title}</Link></> : null}
            {d.section.kind === 'group' ? <> › <Link to={paths.section(d.section.id)}>{d.section.title}</Link></> : null}
          </nav>
          <h1>{t('task')} {d.task.number}</h1>
          <p className="lead-text">{d.task.text}</p>
          <dl className="facts">
            <dt>{t('leads')}</dt><dd>{d.leads.length ? d.leads.map((c) => <UnitChip key={c.unit.id} unit={c.unit} involvement={c} />) : '—'}</dd>
            <dt>{t('supports')}</dt><dd>{d.supports.length ? d.supports.map((c) => <UnitChip key={c.unit.id} unit={c.unit} involvement={c} />) : '—'}</dd>
            {d.task.years.length ? <><dt>{t('years')}</dt><dd>{d.task.years.join('、')}</dd></> : null}
            {d.task.deadline ? <><dt>{t('deadline')}</dt><dd>{d.task.deadline}</dd></> : null}
            <Mentions mentions={d.mentions} />
            <dt>{t('implementedBy')}</dt>
            <dd>{d.implementedBy.length ? d.implementedBy.map((p) => <Link key={p.id} className="chip" to={paths.project(p.id)}>{t('project')} {p.number} {p.name}</Link>) : <Empty>—</Empty>}</dd>
          </dl>
          <SourceRow provenance={d.provenance} />
        </article>
      )}
    </Load>
  );
}
