// Starts the real API server (`node apps/api/dist/main.js` from the repo root) on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  url: string;
  /** What the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The server as `npm start` runs it, with its data in a temp dir; resolves once /readyz answers 200. */
export async function startServer(options: { seedsDir?: string; adminToken?: string } = {}): Promise<RunningServer> {
  const main = join(repoRoot, 'apps/api/dist/main.js');
  const web = join(repoRoot, 'apps/web/dist/index.html');
  for (const file of [main, web]) {
    if (!existsSync(file)) throw new Error(`startServer: ${file} is missing; build first (npm run build, or npm test in apps/web builds the UI)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dutymap-web-'));
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DUTYMAP_DATA_DIR: dataDir, ...(options.seedsDir ? { DUTYMAP_SEEDS_DIR: options.seedsDir } : {}), ...(options.adminToken ? { DUTYMAP_ADMIN_TOKEN: options.adminToken } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`startServer: the server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`startServer: no ready answer from ${url}/readyz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
