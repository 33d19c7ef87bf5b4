// Where a Neo4j test lane finds its server: NEO4J_URI if set, else the local one scripts/neo4j-start.sh runs.
// Shared by the test suites of packages/graph and apps/api; never imported by src/.
import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const START_SCRIPT = fileURLToPath(new URL('../neo4j-start.sh', import.meta.url));

export interface Neo4jTarget {
  uri: string;
  user?: string;
  password?: string;
}

export type Neo4jLane = { available: true; target: Neo4jTarget } | { available: false; reason: string };

function reachable(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 7687), timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Resolves the server for a lane. Under CI=true a server that cannot be reached is an error,
 * never a skip; elsewhere the lane reports why it did not run.
 */
export async function neo4jLane(): Promise<Neo4jLane> {
  const uri = process.env['NEO4J_URI'];
  const user = process.env['NEO4J_USER'];
  const password = process.env['NEO4J_PASSWORD'];
  const fail = (reason: string): Neo4jLane => {
    if (process.env['CI'] === 'true') throw new Error(reason);
    return { available: false, reason };
  };
  let target: Neo4jTarget;
  if (uri) {
    target = { uri, ...(user ? { user, password: password ?? '' } : {}) };
  } else {
    try {
      // First run fetches Neo4j with Maven: allow minutes, not seconds.
      await run('bash', [START_SCRIPT], { timeout: 20 * 60_000 });
    } catch (error) {
      return fail(`scripts/neo4j-start.sh failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
    }
    // The script starts (or finds) this checkout's server on NEO4J_LOCAL_PORT; the lane must use that same port.
    target = { uri: `bolt://127.0.0.1:${process.env['NEO4J_LOCAL_PORT'] ?? '7687'}` };
  }
  if (!(await reachable(target.uri))) return fail(`no Neo4j listening at ${target.uri}`);
  return { available: true, target };
}
