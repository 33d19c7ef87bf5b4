// The one place where neo4j-driver errors become this package's typed errors; unknown ones pass through.
import { DutymapError } from '@dutymap/model';
import { IdConflictError, StoreUnavailableError } from '../errors.js';

interface DriverError {
  code: string;
  message: string;
}

function isDriverError(error: unknown): error is DriverError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    (error.name === 'Neo4jError' || (error as unknown as { code: string }).code.startsWith('Neo.'))
  );
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** Maps a driver error met during `operation` to a typed error; returns anything else unchanged. */
export function translateError(error: unknown, operation: string): unknown {
  if (error instanceof DutymapError || !isDriverError(error)) return error;
  const details = { operation, neo4jCode: error.code };
  // The pool's own timeout carries no server code: every connection is busy, or none can be opened.
  if (UNAVAILABLE.has(error.code) || error.message.startsWith('Connection acquisition timed out')) {
    return new StoreUnavailableError(`${operation}: Neo4j is unavailable (${error.code}): ${error.message}`, { cause: error, details });
  }
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(`${operation}: Neo4j refused the credentials (${error.code})`, { cause: error, details });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new IdConflictError(`${operation}: an id is already used by another kind of node; nothing was written (${error.message})`, {
      cause: error,
      details,
    });
  }
  return error;
}
