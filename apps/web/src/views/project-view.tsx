// Project page: the key project, its responsible units, the tasks it restates, and the source row.
import { api } from '../api-client.js';
import { Load } from '../components/states.js';
import { Mentions } from '../components/mentions.js';
import { SourceRow } from '../components/source-row.js';
import { UnitChip } from '../components/unit-chip.js';
import { useI18n } from '../i18n.js';
import { Link, paths } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

export default function ProjectView({ id }: { id: string }) {
  const { t } = useI18n();
  const value = useApi((signal) => api.project(id, signal), [id]);
  useTitle(value.state === 'ready' ? value.data.project.name : null);
  return (
    <Load value={value}>
      {(d) => (
        <article className="detail page">
          <nav className="crumbs">
            <Link to={paths.section('')}>{d.document.title}</Link> › <Link to={paths.section(d.section.id)}>{t('projects')} · {d.section.title}</Link>
          </nav>
          <h1>{t('project')} {d.project.number} · {d.project.name}</h1>
          <p className="lead-text">{d.project.content}</p>
          <dl className="facts">
            <dt>{t('responsible')}</dt>
            <dd>
              {d.responsible.map((c) => <UnitChip key={c.unit.id} unit={c.unit} involvement={c} />)}
              {d.responsibleEnterprises.map((e) => <Link key={e.id} className="chip" to={paths.enterprise(e.id)}>{e.name}</Link>)}
            </dd>
            {d.project.deadline ? <><dt>{t('deadline')}</dt><dd>{d.project.deadline}</dd></> : null}
            <dt>{t('implements')}</dt>
            <dd>{d.implements.length ? d.implements.map((x) => <div key={x.id}><Link to={paths.task(x.id)}>{t('task')} {x.number}</Link> {x.text}</div>) : '—'}</dd>
            <Mentions mentions={d.mentions} />
          </dl>
          <SourceRow provenance={d.provenance} />
        </article>
      )}
    </Load>
  );
}
