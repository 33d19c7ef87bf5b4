// The same API suites on a real Neo4j server (started by scripts/neo4j-start.sh unless NEO4J_URI is set).
import { describe, it } from 'vitest';
import { createNeo4jGraphStore } from '@dutymap/graph';
import { neo4jLane } from '../../../scripts/test-support/neo4j-lane.js';
import { runApiSuite } from './api.suite.js';
import { runRelationshipEndpoints } from './relationships.contract.js';
import { startApi } from './utils/api.js';

const lane = await neo4jLane();

if (!lane.available) {
  describe('neo4j lane', () => {
    it.skip(`did not run: ${lane.reason}`, () => undefined);
  });
} else {
  const target = lane.target;
  const start = async () => {
    const graph = await createNeo4jGraphStore(target);
    // Start from an empty store, through the port (the API never touches the driver).
    for (const document of await graph.documentHashes()) await graph.removeDocument(document.id);
    return startApi({ graph });
  };
  runApiSuite('neo4j', start);
  runRelationshipEndpoints('neo4j', start);
}
