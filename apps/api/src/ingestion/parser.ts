// Parses plan files in worker threads, each under a wall-clock and a memory budget: a huge or
// hostile upload costs one worker, never the event loop that answers every other request.
import { Worker } from 'node:worker_threads';
import type { ParseOptions, ParseResult, ReadOptions } from '@dutymap/ingest';
import { ParseBudgetExceededError, ParseWorkerError } from '../errors.js';

/** What one parse may cost. */
export interface ParseBudget {
  /** Wall-clock time, in ms, after which the worker is stopped. */
  timeoutMs: number;
  /** Heap (V8 old generation), in MB, beyond which the worker is stopped. */
  memoryMb: number;
  /** Largest inflated size of a .docx/.xlsx archive, in bytes (see @dutymap/ingest ReadOptions). */
  maxInflatedBytes?: number;
}

/** One file to parse: what the worker receives. */
export interface ParseJob {
  path: string;
  options: Partial<ParseOptions> & ReadOptions & { sourceName: string };
}

/** Parses one plan file; never blocks the caller's event loop. */
export type PlanParser = (path: string, sourceName: string) => Promise<ParseResult>;

// Built, the worker is plain JavaScript next to this file. From sources (tests, `npm run dev`) it
// is TypeScript: the worker registers tsx itself (a worker does not inherit the loader hooks of
// the thread that starts it) and resolves workspace packages to src/ like its parent.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = new URL(`./parse-worker.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);

function startWorker(job: ParseJob, budget: ParseBudget): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb } };
  if (!FROM_SOURCE) return new Worker(ENTRY, options);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  return new Worker(boot, { ...options, eval: true, execArgv: ['--conditions=@dutymap/source'] });
}

/** A parser that runs every parse in its own worker thread under `budget`. */
export function workerParser(budget: ParseBudget): PlanParser {
  return (path, sourceName) =>
    new Promise<ParseResult>((resolve, reject) => {
      const job: ParseJob = { path, options: { sourceName, ...(budget.maxInflatedBytes !== undefined ? { maxInflatedBytes: budget.maxInflatedBytes } : {}) } };
      const worker = startWorker(job, budget);
      let outcome: { result: ParseResult } | { error: Error } | undefined;
      const timer = setTimeout(() => {
        outcome ??= { error: new ParseBudgetExceededError(sourceName, 'time', budget.timeoutMs) };
        void worker.terminate();
      }, budget.timeoutMs);
      worker.once('message', (result: ParseResult) => {
        outcome ??= { result };
      });
      worker.once('error', (error: Error & { code?: string }) => {
        outcome ??= { error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ParseBudgetExceededError(sourceName, 'memory', budget.memoryMb) : new ParseWorkerError(sourceName, error) };
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        outcome ??= { error: new ParseWorkerError(sourceName, new Error(`the worker exited with code ${code} and no answer`)) };
        if ('result' in outcome) resolve(outcome.result);
        else reject(outcome.error);
      });
    });
}
