// The API over real HTTP on the embedded default.
import { createMemoryGraphStore } from '@dutymap/graph';
import { startApi } from './utils/api.js';
import { runApiSuite } from './api.suite.js';
import { runCompareSuite } from './compare.suite.js';
import { runHostileSuite } from './hostile.suite.js';
import { runReconcileSuite } from './reconcile.suite.js';
import { runRelationshipEndpoints } from './relationships.contract.js';
import { runCounterpartsSuite } from './counterparts.suite.js';
import { runManyPlansSuite } from './many-plans.suite.js';
import { runScopeSuite } from './scope.suite.js';
import { runUploadSuite } from './uploads.suite.js';

// A memory store does not outlive its process: a restart starts from an empty one.
const embedded = { create: async () => createMemoryGraphStore(), reopen: async () => createMemoryGraphStore(), persistent: false };

runApiSuite('embedded', () => startApi());
runRelationshipEndpoints('embedded', () => startApi());
runUploadSuite('embedded', embedded);
runReconcileSuite('embedded', embedded);
runHostileSuite('embedded', () => startApi());
runScopeSuite('embedded', (seedsDir) => startApi({ seedsDir }));
runCounterpartsSuite('embedded', (seedsDir) => startApi({ seedsDir }));
runManyPlansSuite('embedded', (seedsDir) => startApi({ seedsDir }));
runCompareSuite('embedded', (seedsDir) => startApi({ seedsDir }));
