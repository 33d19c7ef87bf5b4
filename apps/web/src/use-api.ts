// Loads one API answer for the current inputs; a newer request aborts the older one.
import { useCallback, useEffect, useMemo, useState } from 'react';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'error'; error: Error }
  | { state: 'ready'; data: T };

export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loadable<T> & { reload: () => void } {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setResult({ state: 'ready', data }); },
      (error: unknown) => { if (!controller.signal.aborted) setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }); },
    );
    return () => controller.abort();
    // The caller lists what `load` depends on, as with useEffect.
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // A stable object while nothing changed: views derive memoised graph elements from it.
  return useMemo(() => ({ ...result, reload }), [result, reload]);
}
