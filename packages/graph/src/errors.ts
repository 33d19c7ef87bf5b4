// The graph package's error hierarchy: stable codes that callers (and the API) map on, never driver errors.
import { DutymapError, describeValue } from '@dutymap/model';

/** Base of every error a GraphStore raises on purpose. */
export class GraphStoreError extends DutymapError {}

/** The backing store cannot be reached or refused the session (connection, auth, shutdown). */
export class StoreUnavailableError extends GraphStoreError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super('store-unavailable', message, options);
  }
}

/** The node asked for (unit, task, project, enterprise, place, document) is not in the store. */
export class NotFoundError extends GraphStoreError {
  constructor(kind: string, id: string) {
    super('not-found', `${kind} "${id}" is not in the graph store`, { details: { kind, id } });
  }
}

/** A function was called with an argument it cannot use; the message names function, argument and value. */
export class InvalidArgumentError extends GraphStoreError {
  constructor(fn: string, argument: string, value: unknown, expected: string, details?: Record<string, unknown>) {
    super('invalid-argument', `${fn}: invalid ${argument} ${describeValue(value)}; expected ${expected}`, {
      details: { function: fn, argument, value: describeValue(value), ...details },
    });
  }
}

/** A document would reuse an id that already belongs to a node of another kind; nothing was written. */
export class IdConflictError extends GraphStoreError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super('id-conflict', message, options);
  }
}

/** The embedded store would exceed what its engine can hold; nothing was written. */
export class CapacityExceededError extends GraphStoreError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super('capacity-exceeded', message, options);
  }
}

/** The store was closed; create a new one. */
export class StoreClosedError extends GraphStoreError {
  constructor(fn: string) {
    super('store-closed', `${fn}: the graph store is closed`);
  }
}

/** One side of a comparison holds more tasks than LIMITS.compareTasks; the message names the side. */
export class SideTooLargeError extends GraphStoreError {
  constructor(side: 'a' | 'b', label: string, tasks: number, max: number) {
    super('compare-side-too-large', `compare: side ${side} (${label}) holds ${tasks} tasks; at most ${max} can be compared — compare one of its plans instead`, {
      details: { side, label, tasks, max },
    });
  }
}
