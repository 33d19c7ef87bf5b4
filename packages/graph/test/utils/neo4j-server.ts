// Where the Neo4j lane finds its server: NEO4J_URI if set, else the local one scripts/neo4j-start.sh runs.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { DELETE_ALL } from '../../src/neo4j/cypher.js';

const run = promisify(execFile);
const START_SCRIPT = fileURLToPath(new URL('../../../../scripts/neo4j-start.sh', import.meta.url));

export interface Neo4jTarget {
  uri: string;
  user?: string;
  password?: string;
}

export type Neo4jLane = { available: true; target: Neo4jTarget } | { available: false; reason: string };

/**
 * Resolves the server for the lane. Under CI=true a server that cannot be reached is an error,
 * never a skip; elsewhere the lane reports why it did not run.
 */
export async function neo4jLane(): Promise<Neo4jLane> {
  const uri = process.env['NEO4J_URI'];
  const user = process.env['NEO4J_USER'];
  const password = process.env['NEO4J_PASSWORD'];
  let target: Neo4jTarget;
  if (uri) {
    target = { uri, ...(user ? { user, password: password ?? '' } : {}) };
  } else {
    try {
      // First run fetches Neo4j with Maven: allow minutes, not seconds.
      await run('bash', [START_SCRIPT], { timeout: 20 * 60_000 });
    } catch (error) {
      const reason = `scripts/neo4j-start.sh failed: ${(error as { stderr?: string }).stderr ?? String(error)}`;
      if (process.env['CI'] === 'true') throw new Error(reason);
      return { available: false, reason };
    }
    target = { uri: 'bolt://127.0.0.1:7687' };
  }
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    const reason = `no Neo4j at ${target.uri}: ${String(error)}`;
    if (process.env['CI'] === 'true') throw new Error(reason);
    return { available: false, reason };
  } finally {
    await driver.close();
  }
  return { available: true, target };
}

/** Deletes every node this package writes, so each store starts empty. */
export async function wipe(target: Neo4jTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  try {
    await driver.executeQuery(DELETE_ALL);
  } finally {
    await driver.close();
  }
}
