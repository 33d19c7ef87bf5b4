// Enterprise and place pages: the name, its spellings, and every task and project that names it.
import { api } from '../api-client.js';
import type { MentionedIn } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { UnitChip } from '../components/unit-chip.js';
import { useI18n } from '../i18n.js';
import { Link, paths } from '../router.js';
import { useApi } from '../use-api.js';

function Mentions({ mentionedIn }: { mentionedIn: MentionedIn }) {
  const { t } = useI18n();
  if (mentionedIn.tasks.length + mentionedIn.projects.length === 0) return <Empty />;
  return (
    <ul className="task-list">
      {mentionedIn.tasks.map((x) => <li key={x.id} className="task-item"><Link to={paths.task(x.id)} className="task-no">{t('task')} {x.number}</Link> {x.text}</li>)}
      {mentionedIn.projects.map((x) => <li key={x.id} className="task-item"><Link to={paths.project(x.id)} className="task-no">{t('project')} {x.number}</Link> {x.name}</li>)}
    </ul>
  );
}

export default function EnterpriseView({ id, kind }: { id: string; kind: 'enterprise' | 'place' }) {
  const { t } = useI18n();
  const value = useApi(async (signal) => {
    if (kind === 'place') {
      const d = await api.place(id, signal);
      return { name: d.place.name, aliases: [] as string[], unit: null, sub: `${d.place.jurisdiction} · ${d.place.kind}`, mentionedIn: d.mentionedIn };
    }
    const d = await api.enterprise(id, signal);
    return { name: d.enterprise.name, aliases: d.enterprise.aliases, unit: d.unit, sub: '', mentionedIn: d.mentionedIn };
  }, [id, kind]);
  return (
    <Load value={value}>
      {(d) => (
        <article className="detail page">
          <h1>{d.name}</h1>
          <div className="muted">{t(kind)}{d.sub ? ` · ${d.sub}` : ''}{d.aliases.length ? ` · ${t('aliases')}${t('colon')}${d.aliases.join('、')}` : ''}</div>
          {d.unit ? <p>{t('asUnit')}{t('colon')}<UnitChip unit={d.unit} /></p> : null}
          <h2>{t('mentionedIn')}</h2>
          <Mentions mentionedIn={d.mentionedIn} />
        </article>
      )}
    </Load>
  );
}
