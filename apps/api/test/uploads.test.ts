// The upload suite on the embedded store.
import { createMemoryGraphStore } from '@dutymap/graph';
import { runUploadSuite } from './uploads.suite.js';

runUploadSuite('embedded', { create: async () => createMemoryGraphStore(), reopen: async () => createMemoryGraphStore() });
