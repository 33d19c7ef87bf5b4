// The API over real HTTP on the embedded default.
import { startApi } from './utils/api.js';
import { runApiSuite } from './api.suite.js';
import { runRelationshipEndpoints } from './relationships.contract.js';

runApiSuite('embedded', () => startApi());
runRelationshipEndpoints('embedded', () => startApi());
