// The enterprises and places a task or project names, as links; nothing when it names none.
import { useI18n } from '../i18n.js';
import { Link, paths } from '../router.js';

interface Named {
  id: string;
  name: string;
}

export function Mentions({ mentions }: { mentions: { enterprises: Named[]; places: Named[] } }) {
  const { t } = useI18n();
  if (mentions.enterprises.length + mentions.places.length === 0) return null;
  return (
    <>
      <dt>{t('mentions')}</dt>
      <dd>
        {mentions.enterprises.map((e) => <Link key={e.id} className="chip" to={paths.enterprise(e.id)}>{e.name}</Link>)}
        {mentions.places.map((p) => <Link key={p.id} className="chip" to={paths.place(p.id)}>{p.name}</Link>)}
      </dd>
    </>
  );
}
