// Lint for every workspace: typescript-eslint, type-only imports, and the import table of STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '.neo4j/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Workspace code crosses package boundaries only through `exports`.
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/packages/*/src/**', '../../*/src/**'], message: 'Import a workspace package by its name.' }] }],
    },
  },
  restrict(['packages/model/**'], ['@dutymap/*', 'neo4j-driver', 'meilisearch'], 'model imports nothing but zod.'),
  restrict(['packages/ingest/src/**'], ['@dutymap/graph', '@dutymap/search', '@dutymap/api', '@dutymap/web', 'neo4j-driver', 'meilisearch'], 'ingest never touches a store.'),
  restrict(['packages/graph/src/**'], ['@dutymap/ingest', '@dutymap/search', '@dutymap/api', '@dutymap/web', 'meilisearch'], 'graph depends on model only.'),
  restrict(['packages/search/src/**'], ['@dutymap/ingest', '@dutymap/graph', '@dutymap/api', '@dutymap/web', 'neo4j-driver'], 'search depends on model only.'),
  restrict(['apps/api/**'], ['neo4j-driver', 'meilisearch', '@dutymap/web'], 'apps reach stores through the ports.'),
  restrict(['apps/web/**'], ['@dutymap/ingest', '@dutymap/graph', '@dutymap/search', '@dutymap/api', 'neo4j-driver', 'meilisearch'], 'the web talks to the API over HTTP.'),
);
