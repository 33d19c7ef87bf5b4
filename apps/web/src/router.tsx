// A small History-API router: the path picks the view, the query string holds the view's state.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

interface Location {
  path: string;
  query: URLSearchParams;
}

interface RouterValue extends Location {
  /** Goes to `to`, keeping the scope (place or plan) unless `to` names one or `scope: 'set'` says `to` holds the whole new one. */
  navigate: (to: string, options?: { replace?: boolean; scope?: 'keep' | 'set' }) => void;
}

/** The query keys of the scope picker: which place or plan every view is narrowed to. */
export const SCOPE_KEYS = ['jurisdiction', 'document'] as const;

/** `to` with the current scope added, when `to` names none: the scope follows the reader across views. */
function keepScope(to: string): string {
  const current = new URLSearchParams(window.location.search);
  const url = new URL(to, window.location.origin);
  if (SCOPE_KEYS.some((key) => url.searchParams.has(key))) return to;
  for (const key of SCOPE_KEYS) for (const value of current.getAll(key)) url.searchParams.append(key, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

const RouterContext = createContext<RouterValue | null>(null);

const current = (): Location => ({ path: window.location.pathname, query: new URLSearchParams(window.location.search) });

export function RouterProvider({ children }: { children: React.ReactNode }) {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string, options: { replace?: boolean; scope?: 'keep' | 'set' } = {}) => {
    const target = options.scope === 'set' ? to : keepScope(to);
    if (options.replace) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
    setLocation(current());
    if (!options.replace) window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ ...location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter: no RouterProvider above this component');
  return value;
}

/** The query string with some keys changed (undefined or '' removes a key). */
export function withQuery(path: string, query: URLSearchParams, changes: Record<string, string | number | undefined>): string {
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

/** An <a> that navigates in place; modified clicks (new tab …) stay the browser's. */
export function Link({ to, ...rest }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { navigate } = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} {...rest} onClick={onClick} />;
}

export const paths = {
  network: (focus?: string) => (focus ? `/?focus=${encodeURIComponent(focus)}` : '/'),
  unit: (id: string) => `/units/${encodeURIComponent(id)}`,
  task: (id: string) => `/tasks/${encodeURIComponent(id)}`,
  project: (id: string) => `/projects/${encodeURIComponent(id)}`,
  enterprise: (id: string) => `/enterprises/${encodeURIComponent(id)}`,
  place: (id: string) => `/places/${encodeURIComponent(id)}`,
  section: (id: string) => `/sections/${encodeURIComponent(id)}`,
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  connect: (a?: string, b?: string) => withQuery('/connect', new URLSearchParams(), { a, b }),
  checks: () => '/checks',
  compare: (a?: string, b?: string) => withQuery('/compare', new URLSearchParams(), { a, b }),
};

/** The page for any graph node id the API hands out. */
export function pathOfNode(kind: string, id: string): string {
  switch (kind) {
    case 'unit': return paths.unit(id);
    case 'task': return paths.task(id);
    case 'project': return paths.project(id);
    case 'enterprise': return paths.enterprise(id);
    case 'place': return paths.place(id);
    case 'section': return paths.section(id);
    default: return '/';
  }
}
