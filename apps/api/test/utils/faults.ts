// A store whose chosen methods fail on demand: for the paths where a change fails half-way.

export interface Faulty<T> {
  store: T;
  /** From now on `method` rejects with `error`. */
  fail(method: keyof T & string, error: Error): void;
  /** Every method works again. */
  heal(): void;
}

export function faulty<T extends object>(target: T): Faulty<T> {
  const failing = new Map<string, Error>();
  const store = new Proxy(target, {
    get(object, property, receiver) {
      const error = typeof property === 'string' ? failing.get(property) : undefined;
      if (error) return () => Promise.reject(error);
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
  return {
    store,
    fail: (method, error) => void failing.set(method, error),
    heal: () => failing.clear(),
  };
}
