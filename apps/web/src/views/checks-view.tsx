// Responsibility checks (hygiene): findings a coordinator works through, ticks kept in this browser.
import { useState } from 'react';
import { api } from '../api-client.js';
import type { Hygiene, HygieneCheck } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { UnitChip } from '../components/unit-chip.js';
import { useI18n, type TextKey } from '../i18n.js';
import { Link, paths } from '../router.js';
import { useApi } from '../use-api.js';
import { usePlansInScope, useScope } from '../scope.js';
import { documentOf, withPlan } from '../sections.js';
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

/** Findings shown per check at first, and added by each "show more". */
const STEP = 50;

/** `ofPlan` adds a task's or project's plan to its label while several plans are in scope (task 3 of two plans). */
function findings(h: Hygiene, t: (k: TextKey) => string, ofPlan: (label: string, nodeId: string) => string): Array<{ id: HygieneCheck & TextKey; items: Finding[]; total: number }> {
  const task = (x: { id: string; number: number; text: string }) => (
    <><Link to={paths.task(x.id)}>{ofPlan(`${t('task')} ${x.number}`, x.id)}</Link> {x.text}</>
  );
  return [
    { id: 'multiLeadTasks', total: h.multiLeadTasks.total, items: h.multiLeadTasks.items.map((x) => ({ key: x.task.id, content: <>{task(x.task)}<div className="co-units">{x.leads.map((u) => <UnitChip key={u.id} unit={u} />)}</div></> })) },
    { id: 'tasksWithoutSupport', total: h.tasksWithoutSupport.total, items: h.tasksWithoutSupport.items.map((x) => ({ key: x.id, content: task(x) })) },
    { id: 'supportOnlyUnits', total: h.supportOnlyUnits.total, items: h.supportOnlyUnits.items.map((x) => ({ key: x.unit.id, content: <><UnitChip unit={x.unit} /> <span className="muted">{t('roleSupport')} {x.supports} · {t('projects')} {x.projects}</span></> })) },
    { id: 'openEndedLists', total: h.openEndedLists.total, items: h.openEndedLists.items.map((x) => ({ key: `${x.workId}-${x.role}`, content: <><Link to={x.kind === 'task' ? paths.task(x.workId) : paths.project(x.workId)}>{ofPlan(`${x.kind === 'task' ? t('task') : t('project')} ${x.number}`, x.workId)}</Link> <span className="muted">{x.role === 'lead' ? t('leads') : x.role === 'support' ? t('supports') : t('responsible')} …等</span></> })) },
    { id: 'projectsWithoutTask', total: h.projectsWithoutTask.total, items: h.projectsWithoutTask.items.map((x) => ({ key: x.id, content: <Link to={paths.project(x.id)}>{ofPlan(`${t('project')} ${x.number} ${x.name}`, x.id)}</Link> })) },
    { id: 'tasksWithoutProject', total: h.tasksWithoutProject.total, items: h.tasksWithoutProject.items.map((x) => ({ key: x.id, content: task(x) })) },
  ];
}

export default function ChecksView() {
  const { t } = useI18n();
  // Every check shows its first findings; "show more" asks for a longer page of all of them (each check is paged alike).
  const [shown, setShown] = useState(STEP);
  const scope = useScope();
  const value = useApi((signal) => api.hygiene({ limit: shown, offset: 0, ...scope }, signal), [shown, scope]);
  const [done, setDone] = useState(loadDone);
  const { manyPlans, planTitle } = usePlansInScope();
  const ofPlan = (label: string, nodeId: string) => withPlan(label, planTitle(documentOf(nodeId)), manyPlans);
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
        {(h) => findings(h, t, ofPlan).map((group) => {
          const ticked = group.items.filter((f) => done.has(`${group.id}:${f.key}`)).length;
          return (
            <details key={group.id} className="check-group" open={group.id !== 'tasksWithoutProject'} data-testid={`check-${group.id}`}>
              <summary>{t(group.id)} <span className="count">{group.total}</span> {group.items.length > 0 ? <span className="muted">{t('done')} {ticked}/{group.total}</span> : null}</summary>
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
              {group.total > group.items.length ? (
                <button type="button" onClick={() => setShown(Math.min(shown + STEP, 500))}>{t('showMore')} ({group.items.length}/{group.total})</button>
              ) : null}
            </details>
          );
        })}
      </Load>
    </div>
  );
}
