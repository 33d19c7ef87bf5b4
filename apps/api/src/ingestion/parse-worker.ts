// Worker-thread entry: parses the one plan file named in workerData and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { parsePlanFile } from '@dutymap/ingest';
import type { ParseJob } from './parser.js';

const job = workerData as ParseJob;
parentPort?.postMessage(await parsePlanFile(job.path, job.options));
