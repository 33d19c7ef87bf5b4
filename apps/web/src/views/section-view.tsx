// Section pages: the plans' trees, and one section with its subsections, line range and units involved.
import { useState } from 'react';
import { api } from '../api-client.js';
import type { DocumentSections, SectionNode } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { KIND_COLOURS } from '../graph-style.js';
import { useI18n } from '../i18n.js';
import { Link, paths, withQuery } from '../router.js';
import { useScope } from '../scope.js';
import { documentOf, findSection, totalCounts } from '../sections.js';
import { useApi } from '../use-api.js';

const title = (node: SectionNode) => (node.section.kind === 'chapter' ? `${node.section.number}、${node.section.title}` : node.section.kind === 'annex' ? node.section.title : `${node.section.number}. ${node.section.title}`);

function Tree({ nodes }: { nodes: SectionNode[] }) {
  const { t } = useI18n();
  return (
    <ul className="tree">
      {nodes.map((node) => {
        const c = totalCounts(node);
        return (
          <li key={node.section.id}>
            <Link to={paths.section(node.section.id)}>{title(node)}</Link>{' '}
            <span className="muted">{c.tasks ? `${c.tasks} ${t('tasksCount')}` : ''}{c.projects ? ` ${c.projects} ${t('projectsCount')}` : ''}</span>
            {node.children.length > 0 ? <Tree nodes={node.children} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function SectionDetail({ id, documents }: { id: string; documents: DocumentSections[] }) {
  const { t } = useI18n();
  const found = findSection(documents, id);
  const units = useApi((signal) => api.network({ section: id }, signal), [id]);
  // The section's tasks and projects: depth 2 reaches those of its work-content groups too.
  const works = useApi(async (signal) => {
    const hood = await api.neighbourhood(id, signal, 2);
    const items = hood.nodes.filter((n) => n.data.kind === 'task' || n.data.kind === 'project').map((n) => n.data);
    const number = (label: string) => Number(/^(\d+)/.exec(label)?.[1] ?? 0);
    return items.sort((a, b) => a.kind.localeCompare(b.kind) * -1 || number(a.label) - number(b.label));
  }, [id]);
  if (!found) return <Empty>{t('notFound')}</Empty>;
  const { node, trail, document } = found;
  const c = totalCounts(node);
  return (
    <article className="detail page">
      <nav className="crumbs">
        <Link to={paths.section('')}>{document.document.title}</Link>
        {trail.filter((x) => x.section.kind !== 'annex').map((x) => <span key={x.section.id}> › <Link to={paths.section(x.section.id)}>{title(x)}</Link></span>)}
      </nav>
      <h1>{title(node)}</h1>
      <div className="muted">
        {document.document.sourceName} · {t('lines')} {node.section.lines.start}–{node.section.lines.end} · {c.tasks} {t('tasksCount')} · {c.projects} {t('projectsCount')}
      </div>
      <p><Link to={withQuery('/', new URLSearchParams(), { section: id })}>{t('showInNetwork')}</Link></p>
      {node.children.length > 0 ? <><h2>{t('subsections')}</h2><Tree nodes={node.children} /></> : null}
      <h2>{t('tasksAndProjects')}</h2>
      <Load value={works}>
        {(items) => items.length === 0 ? <Empty /> : (
          <ul className="task-list" data-testid="section-works">
            {items.map((n) => (
              <li key={n.id} className="task-item"><Link to={n.kind === 'task' ? paths.task(n.id) : paths.project(n.id)}>{t(n.kind === 'task' ? 'task' : 'project')}</Link> {n.label}</li>
            ))}
          </ul>
        )}
      </Load>
      <h2>{t('involvedUnits')}</h2>
      <Load value={units}>
        {(net) => net.nodes.length === 0 ? <Empty /> : (
          <ol className="partner-rank">
            {[...net.nodes].sort((a, b) => b.data.works - a.data.works).map((n) => (
              <li key={n.data.id}>
                <Link className="chip" to={paths.unit(n.data.id)}><span className="dot" style={{ background: KIND_COLOURS[n.data.kind] }} />{n.data.label}</Link>
                <span className="muted">{n.data.works}</span>
              </li>
            ))}
          </ol>
        )}
      </Load>
    </article>
  );
}

/** Plans shown per page of the section index. */
const PLANS_PER_PAGE = 20;

export default function SectionView({ id }: { id: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(PLANS_PER_PAGE);
  // A section's page needs its own document's tree only; the index pages through the documents.
  const scope = useScope();
  const value = useApi((signal) => api.sections(id ? { document: documentOf(id) } : { limit: shown, ...scope }, signal), [id, shown, scope]);
  return (
    <Load value={value}>
      {(page) => id ? <SectionDetail id={id} documents={page.items} /> : (
        <div className="page">
          <h1>{t('navSections')}</h1>
          {page.items.map((d) => (
            <section key={d.document.id}>
              <h2>{d.document.title}</h2>
              <div className="muted">{d.document.sourceName} · {d.document.taskCount} {t('tasksCount')} · {d.document.projectCount} {t('projectsCount')}</div>
              <Tree nodes={d.sections} />
            </section>
          ))}
          {page.total > page.items.length ? (
            <p><button type="button" onClick={() => setShown(Math.min(shown + PLANS_PER_PAGE, 500))}>{t('showMore')} ({page.items.length}/{page.total})</button></p>
          ) : null}
        </div>
      )}
    </Load>
  );
}
