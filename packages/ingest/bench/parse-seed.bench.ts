// Benchmark: parsing the seed warm (p50/p99) beside reading its layout alone, and the CLI's
// wall time with Node start. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parsePlan, readTextLayout } from '../src/index.js';

const seedPath = fileURLToPath(new URL('../../../seeds/quzhou-eco-civilization-plan.txt', import.meta.url));
const text = readFileSync(seedPath, 'utf8');
const RUNS = 200;

function measure(label: string, fn: () => unknown): { p50: number; p99: number } {
  for (let i = 0; i < 20; i += 1) fn(); // warm-up: JIT, lazily loaded alias table and divisions
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(RUNS * 0.5)]!;
  const p99 = times[Math.floor(RUNS * 0.99)]!;
  console.log(`${label.padEnd(34)} p50 ${p50.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms`);
  return { p50, p99 };
}

console.log(`seed: ${text.length} characters, ${text.split('\n').length} lines, ${RUNS} runs each`);
const layout = measure('baseline: readTextLayout only', () => readTextLayout(text));
const full = measure('parsePlan (full graph)', () => parsePlan(text, { sourceName: 'seed' }));
console.log(`ratio parsePlan / layout-only p50: ${(full.p50 / layout.p50).toFixed(1)}×   (target: parsePlan p50 ≤ 10 ms)`);

const cli = fileURLToPath(new URL('../bin/dutymap-ingest.js', import.meta.url));
const walls: number[] = [];
for (let i = 0; i < 7; i += 1) {
  const start = performance.now();
  execFileSync(process.execPath, [cli, seedPath, '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'] });
  walls.push(performance.now() - start);
}
walls.sort((a, b) => a - b);
console.log(`CLI on the seed, Node start included (built dist): median ${walls[3]!.toFixed(0)} ms, max ${walls[6]!.toFixed(0)} ms   (target: < 1000 ms)`);
