// Responsibility checks (hygiene): findings a coordinator works through, ticks kept in this browser.
import { useState } from 'react';
import { api } from '../api-client.js';
import type { Hygiene } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { UnitChip } from '../components/unit-chip.js';
import { useI18n, type TextKey } from '../i18n.js';
import { Link, paths } from '../router.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

const STORAGE_KEY = 'dutymap.checks.done';

function loadDone(): Set<string> {
  try {
    return new Set(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]') as string[]);
  } catch {
    return new Set(); // unreadable or disabled storage: start with nothing ticked
  }
}

interface Finding {
  key: string;
  content: React.ReactNode;
}

function findings(h: Hygiene, t: (k: TextKey) => string): Array<{ id: TextKey; items: Finding[] }> {
  const task = (x: { id: string; number: number; text: string }) => (
    <><Link to={paths.task(x.id)}>{t('task')} {x.number}</Link> {x.text}</>
  );
  return [
    { id: 'multiLeadTasks', items: h.multiLeadTasks.map((x) => ({ key: x.task.id, content: <>{task(x.task)}<div className="co-units">{x.leads.map((u) => <UnitChip key={u.id} unit={u} />)}</div></> })) },
    { id: 'tasksWithoutSupport', items: h.tasksWithoutSupport.map((x) => ({ key: x.id, content: task(x) })) },
    { id: 'supportOnlyUnits', items: h.supportOnlyUnits.map((x) => ({ key: x.unit.id, content: <><UnitChip unit={x.unit} /> <span className="muted">{t('roleSupport')} {x.supports} · {t('projects')} {x.projects}</span></> })) },
    { id: 'openEndedLists', items: h.openEndedLists.map((x) => ({ key: `${x.workId}-${x.role}`, content: <><Link to={x.kind === 'task' ? paths.task(x.workId) : paths.project(x.workId)}>{x.kind === 'task' ? t('task') : t('project')} {x.number}</Link> <span className="muted">{x.role === 'lead' ? t('leads') : x.role === 'support' ? t('supports') : t('responsible')} …等</span></> })) },
    { id: 'projectsWithoutTask', items: h.projectsWithoutTask.map((x) => ({ key: x.id, content: <Link to={paths.project(x.id)}>{t('project')} {x.number} {x.name}</Link> })) },
    { id: 'tasksWithoutProject', items: h.tasksWithoutProject.map((x) => ({ key: x.id, content: task(x) })) },
  ];
}

export default function ChecksView() {
  const { t } = useI18n();
  const value = useApi((signal) => api.hygiene(signal), []);
  const [done, setDone] = useState(loadDone);
  useTitle(t('checksTitle'));
  const toggle = (key: string) => {
    const next = new Set(done);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setDone(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
    } catch {
      // kept for this page only
    }
  };
  return (
    <div className="checks-view page">
      <h1>{t('checksTitle')}</h1>
      <p className="muted">{t('checksIntro')}</p>
      <Load value={value}>
        {(h) => findings(h, t).map((group) => {
          const ticked = group.items.filter((f) => done.has(`${group.id}:${f.key}`)).length;
          return (
            <details key={group.id} className="check-group" open={group.id !== 'tasksWithoutProject'} data-testid={`check-${group.id}`}>
              <summary>{t(group.id)} <span className="count">{group.items.length}</span> {group.items.length > 0 ? <span className="muted">{t('done')} {ticked}/{group.items.length}</span> : null}</summary>
              {group.items.length === 0 ? <Empty /> : (
                <ul className="check-list">
                  {group.items.map((f) => {
                    const key = `${group.id}:${f.key}`;
                    return (
                      <li key={key} className={done.has(key) ? 'ticked' : ''}>
                        <input type="checkbox" checked={done.has(key)} onChange={() => toggle(key)} aria-label={t('done')} />
                        <div>{f.content}</div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
          );
        })}
      </Load>
    </div>
  );
}
