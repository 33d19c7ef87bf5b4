// Many plans in one graph: the places and plans loaded, the scope the reader picked (kept in the URL), and
// unit names that say their place once more than one place is loaded.
import { createContext, useContext, useMemo, type ChangeEvent, type ReactNode } from 'react';
import { api } from './api-client.js';
import type { JurisdictionSummary, PlanSummary } from './api-types.js';
import { useI18n } from './i18n.js';
import { SCOPE_KEYS, useRouter, withQuery } from './router.js';
import { useApi } from './use-api.js';

interface Loaded {
  places: JurisdictionSummary[];
  plans: PlanSummary[];
  /** More than one place is loaded: units must say theirs. */
  many: boolean;
  /** The lists have arrived (or failed: then they stay empty), so what is drawn by place will not change. */
  ready: boolean;
  /** Reads places and plans again (after an upload or a delete). */
  reload: () => void;
}

const PlacesContext = createContext<Loaded>({ places: [], plans: [], many: false, ready: false, reload: () => undefined });

export function PlacesProvider({ children }: { children: ReactNode }) {
  const loaded = useApi(async (signal) => {
    const [places, plans] = await Promise.all([api.jurisdictions(signal), api.documents({}, signal)]);
    // The provinces and cities above them are in the tree too, with no plan: they do not count.
    return { places: places.items, plans: plans.items, many: places.items.filter((p) => p.documents > 0).length > 1, ready: true };
  }, []);
  const { reload } = loaded;
  const value = useMemo(
    () => ({ ...(loaded.state === 'ready' ? loaded.data : { places: [], plans: [], many: false, ready: loaded.state === 'error' }), reload }),
    [loaded, reload],
  );
  return <PlacesContext.Provider value={value}>{children}</PlacesContext.Provider>;
}

export function usePlaces(): Loaded {
  return useContext(PlacesContext);
}

/** 衢州市 · 市生态环境局 once several places are loaded, the name alone otherwise. */
export function placed(name: string, jurisdiction: string | undefined, many: boolean): string {
  return many && jurisdiction ? `${jurisdiction} · ${name}` : name;
}

/** Whether more than one plan is in the current scope (then a section says its plan), and each loaded plan's title. */
export function usePlansInScope(): { manyPlans: boolean; planTitle: (documentId: string) => string | undefined } {
  const { plans } = usePlaces();
  const scope = useScope();
  // The API counts the plans in scope (a province covers its cities' plans): one plan of the page is enough to know.
  const counted = useApi((signal) => api.documents({ limit: 1, ...scope }, signal), [scope]);
  const manyPlans = counted.state === 'ready' && counted.data.total > 1;
  return useMemo(() => {
    const titles = new Map(plans.map((p) => [p.id, p.title]));
    return { manyPlans, planTitle: (documentId: string) => titles.get(documentId) };
  }, [plans, manyPlans]);
}

/** The scope of the current URL, as the API's query parameters. */
export function useScope(): { jurisdiction?: string; document?: string } {
  const { query } = useRouter();
  const jurisdiction = query.get('jurisdiction') ?? undefined;
  const document = query.get('document') ?? undefined;
  return useMemo(() => ({ ...(jurisdiction ? { jurisdiction } : {}), ...(document ? { document } : {}) }), [jurisdiction, document]);
}

/** The header's picker: everything, one place, or one plan. */
export function ScopePicker() {
  const { t } = useI18n();
  const { path, query, navigate } = useRouter();
  const { places, plans } = usePlaces();
  const scope = useScope();
  if (places.length === 0) return null;
  const value = scope.document ? `document:${scope.document}` : scope.jurisdiction ? `jurisdiction:${scope.jurisdiction}` : '';
  const pick = (event: ChangeEvent<HTMLSelectElement>) => {
    const [key, ...rest] = event.target.value.split(':');
    const cleared = Object.fromEntries(SCOPE_KEYS.map((k) => [k, undefined]));
    navigate(withQuery(path, query, { ...cleared, ...(key ? { [key]: rest.join(':') } : {}) }), { scope: 'set' });
  };
  return (
    <label className="scope-picker">
      <select name="scope" value={value} onChange={pick} aria-label={t('scope')}>
        <option value="">{t('scopeAll')}</option>
        <optgroup label={t('scopePlaces')}>
          {/* Plans that name no issuer have no place to pick: they are reached through their plan. */}
          {places.filter((p) => p.name !== '').map((p) => <option key={p.name} value={`jurisdiction:${p.name}`}>{p.level === 'county' ? '\u3000' : ''}{p.name} ({p.documents})</option>)}
        </optgroup>
        <optgroup label={t('scopePlans')}>
          {plans.map((d) => <option key={d.id} value={`document:${d.id}`}>{d.title}</option>)}
        </optgroup>
      </select>
    </label>
  );
}
