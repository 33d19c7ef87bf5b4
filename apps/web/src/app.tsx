// The shell: header (nav, search box, language), and the view for the current path, loaded on demand.
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { Loading } from './components/states.js';
import { useI18n } from './i18n.js';
import { Link, paths, useRouter } from './router.js';
import { ScopePicker } from './scope.js';

// One chunk per view: the first view does not load what only the others need.
const NetworkView = lazy(() => import('./views/network-view.js'));
const UnitView = lazy(() => import('./views/unit-view.js'));
const SearchView = lazy(() => import('./views/search-view.js'));
const ConnectView = lazy(() => import('./views/connect-view.js'));
const ChecksView = lazy(() => import('./views/checks-view.js'));
const CompareView = lazy(() => import('./views/compare-view.js'));
const PlansView = lazy(() => import('./views/plans-view.js'));
const DetailViews = {
  task: lazy(() => import('./views/task-view.js')),
  project: lazy(() => import('./views/project-view.js')),
  enterprise: lazy(() => import('./views/enterprise-view.js')),
  section: lazy(() => import('./views/section-view.js')),
};

function NotFound() {
  const { t } = useI18n();
  return <div className="page state"><h1>{t('notFound')}</h1><Link to="/">{t('backHome')}</Link></div>;
}

function View() {
  const { path } = useRouter();
  const [, kind, id] = path.split('/').map((part) => decodeURIComponent(part));
  if (path === '/' || path === '') return <NetworkView />;
  if (kind === 'units' && id) return <UnitView key={id} id={id} />;
  if (kind === 'search') return <SearchView />;
  if (kind === 'connect') return <ConnectView />;
  if (kind === 'checks') return <ChecksView />;
  if (kind === 'compare') return <CompareView />;
  if (kind === 'plans') return <PlansView />;
  if (kind === 'tasks' && id) return <DetailViews.task key={id} id={id} />;
  if (kind === 'projects' && id) return <DetailViews.project key={id} id={id} />;
  if ((kind === 'enterprises' || kind === 'places') && id) return <DetailViews.enterprise key={id} id={id} kind={kind === 'places' ? 'place' : 'enterprise'} />;
  if (kind === 'sections') return <DetailViews.section key={id ?? ''} id={id ?? ''} />;
  return <NotFound />;
}

function SearchBox() {
  const { t } = useI18n();
  const { path, query, navigate } = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(path === '/search' ? (query.get('q') ?? '') : '');
  useEffect(() => {
    if (path === '/search') setText(query.get('q') ?? '');
  }, [path, query]);
  useEffect(() => {
    // "/" focuses the search box from anywhere, as on many sites, unless typing elsewhere.
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === '/' && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(paths.search(text.trim()));
  };
  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <input ref={input} type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('navSearch')} />
    </form>
  );
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const { path } = useRouter();
  const section = path.split('/')[1] ?? '';
  const nav: Array<[string, string, string]> = [
    ['/', '', t('navNetwork')],
    ['/search', 'search', t('navSearch')],
    ['/connect', 'connect', t('navConnect')],
    ['/checks', 'checks', t('navChecks')],
    ['/compare', 'compare', t('navCompare')],
    ['/sections', 'sections', t('navSections')],
    ['/plans', 'plans', t('navPlans')],
  ];
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="brand">{t('appName')}</Link>
        <nav className="main-nav">
          {nav.map(([to, key, text]) => <Link key={to} to={to} aria-current={section === key ? 'page' : undefined}>{text}</Link>)}
        </nav>
        <ScopePicker />
        {section === 'search' ? <span className="search-box" /> : <SearchBox />}
        <button type="button" className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label="language">
          {lang === 'zh' ? 'EN' : '中文'}
        </button>
      </header>
      <main className={path === '/' ? 'main main-full' : 'main'}>
        <Suspense fallback={<Loading />}>
          <View />
        </Suspense>
      </main>
    </div>
  );
}
