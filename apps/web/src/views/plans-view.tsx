// The Plans page: the loaded plans of the scope, a page at a time, each opening the views scoped to it;
// with the admin token (kept in this tab's sessionStorage only), upload and delete.
import { useState, type FormEvent } from 'react';
import { admin, api, ApiError, type UploadReport } from '../api-client.js';
import type { Diagnostic, PlanSummary } from '../api-types.js';
import { Empty, Load } from '../components/states.js';
import { useI18n } from '../i18n.js';
import { Link, paths, withQuery } from '../router.js';
import { usePlaces, useScope } from '../scope.js';
import { useApi } from '../use-api.js';
import { useTitle } from '../use-title.js';

const PAGE = 20;
const TOKEN_KEY = 'dutymap.adminToken';

function readToken(): string {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return ''; // storage off: the token lives in this page's state only
  }
}

function storeToken(token: string): void {
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // kept in this page's state only
  }
}

/** A plan's views, narrowed to it (the link names the plan, so the current scope is not added). */
const scoped = (path: string, id: string) => withQuery(path, new URLSearchParams(), { document: id });

function TokenForm({ token, onChange }: { token: string; onChange: (token: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    // Never a GET form: the token must not reach a URL.
    event.preventDefault();
    onChange(text.trim());
    setText('');
  };
  if (token) return <p className="admin-token"><button type="button" onClick={() => onChange('')}>{t('forgetToken')}</button></p>;
  return (
    <form className="admin-token" method="post" onSubmit={submit}>
      <label>
        {t('adminToken')}{' '}
        <input type="password" name="token" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
      </label>{' '}
      <button type="submit" disabled={text.trim() === ''}>{t('useToken')}</button>
      <span className="muted"> {t('adminTokenHint')}</span>
    </form>
  );
}

type UploadState = { state: 'idle' } | { state: 'busy' } | { state: 'done'; report: UploadReport } | { state: 'failed'; error: Error };

const diagnosticLine = (d: Diagnostic) => `${d.line !== undefined ? `${d.line}: ` : ''}${d.severity} ${d.code}${d.field ? ` [${d.field}]` : ''}: ${d.message}`;

function UploadForm({ token, onUploaded }: { token: string; onUploaded: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<UploadState>({ state: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setUpload({ state: 'busy' });
    try {
      setUpload({ state: 'done', report: await admin.upload(file, token) });
      onUploaded();
    } catch (error) {
      setUpload({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  const failed = upload.state === 'failed' ? upload.error : null;
  const diagnostics = failed instanceof ApiError ? ((failed.details?.['diagnostics'] as Diagnostic[] | undefined) ?? []) : [];
  return (
    <form className="upload-form" onSubmit={submit} data-testid="upload-form">
      <h2>{t('uploadPlan')}</h2>
      <input type="file" name="plan" accept=".txt,.tsv,.csv,.xlsx,.docx,.html,.htm" aria-label={t('uploadPlan')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />{' '}
      <button type="submit" disabled={!file || upload.state === 'busy'}>{upload.state === 'busy' ? t('uploading') : t('upload')}</button>
      {upload.state === 'done' ? (
        <p role="status" data-testid="upload-done">
          {t('uploaded')}{t('colon')}{upload.report.document.title} · {upload.report.document.taskCount} {t('tasksCount')} · {upload.report.document.projectCount} {t('projectsCount')}
        </p>
      ) : null}
      {failed ? (
        <div className="state state-error" role="alert" data-testid="upload-error">
          <strong>{t('uploadRefused')}</strong> <code>{failed instanceof ApiError ? `${failed.status} ${failed.code}: ${failed.message}` : failed.message}</code>
          {diagnostics.length > 0 ? <ul className="diagnostics">{diagnostics.map((d, i) => <li key={i}><code>{diagnosticLine(d)}</code></li>)}</ul> : null}
        </div>
      ) : null}
    </form>
  );
}

function DeleteButton({ plan, token, onDeleted }: { plan: PlanSummary; token: string; onDeleted: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const remove = async () => {
    try {
      await admin.remove(plan.id, token);
      setAsking(false);
      onDeleted();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  if (!asking) return <button type="button" onClick={() => setAsking(true)}>{t('deletePlan')}</button>;
  return (
    <span className="confirm" role="group" aria-label={t('confirmDelete')}>
      {t('confirmDelete')} <button type="button" className="danger" onClick={() => void remove()}>{t('confirm')}</button>{' '}
      <button type="button" onClick={() => setAsking(false)}>{t('cancel')}</button>
      {error ? <code role="alert">{error instanceof ApiError ? `${error.status} ${error.code}: ${error.message}` : error.message}</code> : null}
    </span>
  );
}

export default function PlansView() {
  const { t, lang } = useI18n();
  const scope = useScope();
  const places = usePlaces();
  // A new scope starts at its first page.
  const scopeKey = `${scope.jurisdiction ?? ''}|${scope.document ?? ''}`;
  const [paging, setPaging] = useState({ scopeKey, offset: 0 });
  const offset = paging.scopeKey === scopeKey ? paging.offset : 0;
  const setOffset = (next: number) => setPaging({ scopeKey, offset: next });
  const [token, setToken] = useState(readToken);
  const value = useApi((signal) => api.documents({ limit: PAGE, offset, ...scope }, signal), [offset, scope]);
  useTitle(t('plansTitle'));
  const changed = () => {
    value.reload();
    places.reload();
  };
  const changeToken = (next: string) => {
    storeToken(next);
    setToken(next);
  };
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '—');
  return (
    <div className="plans-view page">
      <h1>{t('plansTitle')}</h1>
      <p className="muted">{t('plansIntro')}</p>
      <Load value={value}>
        {(page) => page.items.length === 0 ? <Empty /> : (
          <>
            <table className="plans-table" data-testid="plans">
              <thead>
                <tr>
                  <th>{t('planTitle')}</th><th>{t('planPlace')}</th><th>{t('planYear')}</th><th>{t('planIssuer')}</th>
                  <th>{t('planTasks')}</th><th>{t('planProjects')}</th><th>{t('planUnits')}</th><th>{t('planLoadedAt')}</th><th>{t('planViews')}</th>
                  {token ? <th>{t('admin')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {page.items.map((plan) => (
                  <tr key={plan.id} data-plan={plan.id}>
                    <td><Link to={scoped(paths.network(), plan.id)}>{plan.title}</Link> <span className="muted">{plan.sourceName}</span></td>
                    <td>{plan.jurisdiction || t('noPlace')}</td>
                    <td>{plan.year ?? '—'}</td>
                    <td>{plan.issuer ?? '—'}</td>
                    <td className="num">{plan.taskCount}</td>
                    <td className="num">{plan.projectCount}</td>
                    <td className="num">{plan.unitCount}</td>
                    <td>{when(plan.loadedAt)}</td>
                    <td><Link to={scoped(paths.network(), plan.id)}>{t('navNetwork')}</Link> · <Link to={scoped(paths.checks(), plan.id)}>{t('navChecks')}</Link></td>
                    {token ? <td><DeleteButton plan={plan} token={token} onDeleted={changed} /></td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="pager">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('previousPage')}</button>{' '}
              <span data-testid="plans-range">{page.offset + 1}–{page.offset + page.items.length} {t('pageOf')} {page.total}</span>{' '}
              <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>{t('nextPage')}</button>
            </p>
          </>
        )}
      </Load>
      <section className="admin" aria-label={t('admin')}>
        <h2>{t('admin')}</h2>
        <TokenForm token={token} onChange={changeToken} />
        {token ? <UploadForm token={token} onUploaded={changed} /> : null}
      </section>
    </div>
  );
}
