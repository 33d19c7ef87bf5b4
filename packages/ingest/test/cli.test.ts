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

  it('explains every column’s role with its evidence (--explain-columns)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutymap-cli-'));
    const file = join(dir, 'targets.txt');
    writeFileSync(file, ['沙坪坝区2022年预期目标任务分解表', '\t序号\n\t主要指标\n\t单位名称', '\t1\n\t地区生产总值增长5.5%左右\n\t区发展改革委', '\t2\n\t一般公共预算收入增长5%左右\n\t区财政局'].join('\n\n'));
    const { code, stdout } = await cli(file, '--explain-columns');
    expect(code).toBe(0);
    expect(stdout).toContain('jurisdiction: 沙坪坝区 [500106] — from title');
    expect(stdout).toMatch(/1\. 序号\s+→ number\s+by header/);
    expect(stdout).toMatch(/3\. 单位名称\s+→ responsible\s+by content: cells are body names/);
  }, 30_000);

  it('exits 1 naming file, line and field when a task has no text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutymap-cli-'));
    const file = join(dir, 'no-text.txt');
    // The task column holds only numbers: no column holds any task's text.
    writeFileSync(file, ['某县重点任务分解表', '\t序号\n\t指标值\n\t牵头单位', '\t1\n\t5\n\t县发改局', '\t2\n\t8\n\t县财政局'].join('\n\n'));
    const { code, stderr } = await cli(file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:7: error task-without-text [task]: task 1 has no text`);
  }, 30_000);

  it('exits 1 with a clear fatal diagnostic on empty, binary and headerless files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutymap-cli-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.txt');
    const headerless = join(dir, 'headerless.txt');
    const noUnits = join(dir, 'no-units.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(headerless, ['\t1\n\t任务一。\n\t市甲局', '\t2\n\t任务二。\n\t市乙局'].join('\n\n'));
    writeFileSync(noUnits, ['\t序号\n\t工作任务\n\t完成时限', '\t1\n\t推进某项工作。\n\t2025年'].join('\n\n'));
    const results = await Promise.all([empty, binary, headerless, noUnits].map((file) => cli(file)));
    expect(results.map((r) => r.code)).toEqual([1, 1, 1, 1]);
    expect(results[0]!.stderr).toContain(`${empty}:1: fatal no-table: the file holds no text`);
    expect(results[1]!.stderr).toContain(`${binary}:1: fatal unreadable-file:`);
    expect(results[1]!.stderr).toContain('binary data');
    expect(results[2]!.stderr).toContain(`${headerless}:1: fatal no-header: 2 table rows from line 1 on, but none is a header`);
    expect(results[3]!.stderr).toContain(`${noUnits}:1: fatal no-unit-column:`);
  }, 60_000);
});

