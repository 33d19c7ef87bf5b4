// The dutymap-ingest CLI, run as a user runs it: a child process, its output and exit status.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from './utils/seed.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const seed = fileURLToPath(SEED_PATH);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', '--conditions', '@dutymap/source', CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('dutymap-ingest', () => {
  it('prints the DutyGraph as JSON with the documented keys', async () => {
    const { code, stdout } = await cli(seed, '--format', 'json');
    expect(code).toBe(0);
    const graph = JSON.parse(stdout);
    expect(Object.keys(graph)).toEqual(['document', 'sections', 'tasks', 'projects', 'units', 'enterprises', 'places', 'relations', 'diagnostics']);
    expect(graph.tasks).toHaveLength(117);
    expect(Object.keys(graph.tasks[0])).toEqual(expect.arrayContaining(['id', 'number', 'text', 'sectionId', 'years', 'provenance']));
    expect(Object.keys(graph.units[0])).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'kind', 'jurisdiction']));
  }, 30_000);

  it('prints a summary with counts and the most involved units', async () => {
    const { code, stdout } = await cli(seed, '--format', 'summary');
    expect(code).toBe(0);
    expect(stdout).toContain('117 tasks · 28 projects');
    expect(stdout).toContain('8 chapters');
    expect(stdout).toContain('6 project categories');
    expect(stdout).toMatch(/ {2}1\. 市生态环境局/);
  }, 30_000);

  it('exits 1 naming the file and line on a fatal diagnostic', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutymap-cli-'));
    writeFileSync(join(dir, 'notice.txt'), '一份通知\n\n没有表格。');
    const { code, stderr } = await cli(join(dir, 'notice.txt'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, 'notice.txt')}:1: fatal no-table`);
  }, 30_000);

  it('exits 2 on bad usage', async () => {
    expect((await cli()).code).toBe(2);
    const bad = await cli(seed, '--format', 'yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be json or summary');
    expect((await cli(seed, '--nope')).code).toBe(2);
  }, 30_000);

  it('applies an extra alias table from --aliases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutymap-cli-'));
    writeFileSync(join(dir, 'aliases.json'), JSON.stringify({ units: [{ name: '市妇联', aliases: ['市机关事务中心'] }] }));
    const { code, stdout } = await cli(seed, '--aliases', join(dir, 'aliases.json'));
    expect(code).toBe(0);
    const graph = JSON.parse(stdout);
    expect(graph.units.find((u: { name: string }) => u.name === '市机关事务中心')).toBeUndefined();
  }, 30_000);
});
