// The Neo4j lane of this package: the shared server resolver, and a wipe between stores.
import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from '../../../../scripts/test-support/neo4j-lane.js';
import { DELETE_ALL } from '../../src/neo4j/cypher.js';

export { neo4jLane, type Neo4jTarget } from '../../../../scripts/test-support/neo4j-lane.js';

/** Deletes every node this package writes, so each store starts empty. */
export async function wipe(target: Neo4jTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  const session = driver.session();
  try {
    await session.run(DELETE_ALL);
  } finally {
    await session.close();
    await driver.close();
  }
}
