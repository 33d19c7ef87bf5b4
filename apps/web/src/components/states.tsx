// Loading, empty and error states, the same on every view.
import { ApiError } from '../api-client.js';
import { useI18n } from '../i18n.js';
import type { Loadable } from '../use-api.js';

export function Loading() {
  const { t } = useI18n();
  return <div className="state state-loading" role="status" aria-live="polite"><span className="spinner" aria-hidden="true" />{t('loading')}</div>;
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useI18n();
  return <div className="state state-empty">{children ?? t('empty')}</div>;
}

export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const detail = error instanceof ApiError ? `${error.status || ''} ${error.code}: ${error.message}` : error.message;
  return (
    <div className="state state-error" role="alert">
      <strong>{t('error')}</strong>
      <code>{detail}</code>
      {onRetry ? <button type="button" onClick={onRetry}>{t('retry')}</button> : null}
    </div>
  );
}

/** Renders `children(data)` once loaded, otherwise the matching state. */
export function Load<T>({ value, children }: { value: Loadable<T> & { reload?: () => void }; children: (data: T) => React.ReactNode }) {
  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <ErrorState error={value.error} {...(value.reload ? { onRetry: value.reload } : {})} />;
  return <>{children(value.data)}</>;
}
