// Driver errors become the package's typed errors at one boundary; no server needed.
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { translateError } from '../src/neo4j/translate-error.js';

/** A driver error as the driver makes it; 'N/A' is the code of errors raised by the driver itself. */
const driverError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error: general processing exception - unexpected error', { OPERATION: '', OPERATION_CODE: '0', CURRENT_SCHEMA: '/' });

describe('translateError', () => {
  it('a pool that cannot hand out a connection in time is store-unavailable', () => {
    const error = translateError(driverError('Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 0, Idle conn count = 0.'), 'stats');
    expect(error).toMatchObject({ name: 'StoreUnavailableError', code: 'store-unavailable', details: { operation: 'stats', neo4jCode: 'N/A' } });
  });

  it('an unreachable server is store-unavailable; an unknown driver error passes through', () => {
    expect(translateError(driverError('Failed to connect to server', 'ServiceUnavailable'), 'documents')).toMatchObject({ code: 'store-unavailable' });
    const other = driverError('syntax', 'Neo.ClientError.Statement.SyntaxError');
    expect(translateError(other, 'stats')).toBe(other);
  });
});
