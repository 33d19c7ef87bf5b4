// The deployment files, checked as far as they can be without a Docker engine: the Dockerfile runs
// what `npm start` runs, and compose.yaml gives every API instance valid settings for env.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Env } from '../src/env.js';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(root(path), 'utf8');

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: unknown;
}

const compose = parse(read('compose.yaml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const dockerfile = read('Dockerfile');
/** `${NAME:?message}` as compose substitutes it, with a stand-in value. */
const substituted = (env: Record<string, string>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{([A-Z_]+)(:\?[^}]*)?\}/g, (_, name: string) => `${name.toLowerCase()}-0123456789abcdef`)]));

describe('Dockerfile', () => {
  const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+ /.test(line));

  it('starts with `npm start`, which runs the built entry', () => {
    expect(instructions.filter((line) => line.startsWith('CMD '))).toEqual(['CMD ["npm", "start"]']);
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start']).toBe('node apps/api/dist/main.js');
    expect(dockerfile).toContain('COPY --from=build /app/apps/api/dist apps/api/dist');
  });

  it('builds in one stage and runs as a non-root user in another, with a health check on /healthz', () => {
    expect(instructions.filter((line) => line.startsWith('FROM '))).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim AS runtime']);
    expect(dockerfile).toContain('RUN npm ci --no-audit --no-fund && npm run build');
    expect(dockerfile).toContain('npm ci --omit=dev -w @dutymap/api');
    expect(instructions.filter((line) => line.startsWith('USER '))).toEqual(['USER node']);
    expect(dockerfile).toMatch(/HEALTHCHECK [^\n]*\\\n[^\n]*\/healthz/);
  });
});

describe('compose.yaml', () => {
  const apis = ['api-1', 'api-2'].map((name) => compose.services[name] as Service);

  it('runs Neo4j 5.26, Meilisearch v1.50 in production, two API instances and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api-1', 'api-2', 'meilisearch', 'neo4j', 'proxy']);
    expect(compose.services['neo4j']?.image).toBe('neo4j:5.26-community');
    expect(compose.services['meilisearch']?.image).toBe('getmeili/meilisearch:v1.50');
    expect(compose.services['meilisearch']?.environment).toMatchObject({ MEILI_ENV: 'production', MEILI_MASTER_KEY: '${MEILI_MASTER_KEY:?set MEILI_MASTER_KEY}' });
    expect(apis.map((api) => api.build)).toEqual(['.', '.']);
  });

  it('gives each API instance only variables env.ts knows, and values it accepts', () => {
    for (const api of apis) {
      const env = api.environment ?? {};
      expect(Object.keys(env).filter((name) => !(name in Env.shape))).toEqual([]);
      expect(Object.keys(env)).toEqual(expect.arrayContaining(['NEO4J_URI', 'NEO4J_PASSWORD', 'MEILI_URL', 'MEILI_KEY', 'DUTYMAP_ADMIN_TOKEN', 'TRUST_PROXY', 'DUTYMAP_DATA_DIR', 'HOST']));
      const parsed = Env.parse(substituted(env));
      expect(parsed).toMatchObject({ NEO4J_URI: 'neo4j://neo4j:7687', MEILI_URL: 'http://meilisearch:7700', TRUST_PROXY: 1, HOST: '0.0.0.0', DUTYMAP_DATA_DIR: '/data' });
    }
  });

  it('the instances share one data volume, mounted where DUTYMAP_DATA_DIR points', () => {
    for (const api of apis) expect(api.volumes).toEqual([`dutymap-data:${api.environment?.['DUTYMAP_DATA_DIR']}`]);
    expect(Object.keys(compose.volumes)).toContain('dutymap-data');
  });

  it('the proxy forwards to both instances on the port they listen on', () => {
    const nginx = read('deploy/nginx.conf');
    const port = apis[0]?.environment?.['PORT'];
    expect([...nginx.matchAll(/^\s*server (\S+?) /gm)].map((m) => m[1])).toEqual([`api-1:${port}`, `api-2:${port}`]);
    expect(compose.services['proxy']?.volumes).toEqual(['./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro']);
  });
});
