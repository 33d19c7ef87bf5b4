// Runs the API's real entry (src/main.ts, through tsx) as a child process, as `npm start` runs the
// built one, and collects its JSON log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkedFetch } from './openapi.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface LogLine {
  msg: string;
  [field: string]: unknown;
}

export interface ApiProcess {
  url: string;
  /** `fetch` of a path on it, the response held to its /api/openapi.json. */
  get(path: string, init?: RequestInit): Promise<Response>;
  /** Every log line so far, parsed. */
  readonly logs: LogLine[];
  /** SIGTERM, then resolves with the exit code once the process ended. */
  stop(): Promise<number | null>;
}

/** Environment of the children: the test's own, without store settings that would point them elsewhere. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(NEO4J_|MEILI_|DUTYMAP_|PORT$|HOST$)/.test(name)) delete env[name];
  }
  return env;
}

/** Starts one API process on a free port with `env` and resolves once it serves (start-up done). */
export function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--conditions=@dutymap/source', '--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { ...baseEnv(), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        const parsed = JSON.parse(line) as LogLine;
        logs.push(parsed);
        const serving = /^dutymap serving on (http:\/\/[^/]+)\//.exec(parsed.msg);
        if (serving) {
          const url = serving[1] as string;
          checkedFetch(url).then((get) => {
            resolve({
              url,
              get,
              logs,
              stop: async () => {
                if (child.exitCode === null) child.kill('SIGTERM');
                return exited;
              },
            });
          }, reject);
        }
      }
    });
    void exited.then((code) => reject(new Error(`the API process exited (${code}) before serving:\n${stderr}`)));
  });
}
