// Property-based: no input makes the parser throw, and what it returns is always a valid graph.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Diagnostic, DutyGraph } from '@dutymap/model';
import { parsePlan } from '../src/index.js';
import { SEED_TEXT } from './utils/seed.js';

const seedLines = SEED_TEXT.split('\n');
const check = (text: string): void => {
  const result = parsePlan(text, { sourceName: 'fuzz.txt' });
  DutyGraph.parse(result.graph);
  for (const d of result.diagnostics) Diagnostic.parse(d);
  expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'fatal' || d.severity === 'error'));
};

// Pieces that matter to the layout: TABs, blank lines, separators, brackets, headers, numbers.
const token = fc.constantFrom('\t', '\n', '\n\n', '、', '，', '（', '）', '等相关部门', '序号', '工作任务', '牵头单位', '配合单位', '项目名称', '责任单位', '一、', '（一）', '1', '2020年', '市甲局', '各县（市、区）政府', '常山县、开化县政府', '附件2', ' ');

describe('parsePlan never throws', () => {
  it('on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => check(text)), { numRuns: 200 });
  });

  it('on random sequences of layout tokens', () => {
    fc.assert(fc.property(fc.array(token, { maxLength: 120 }), (tokens) => check(tokens.join(''))), { numRuns: 300 });
  });

  it('on the seed with lines deleted, duplicated, swapped or truncated', () => {
    const mutation = fc.record({
      at: fc.nat({ max: seedLines.length - 1 }),
      kind: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'untab'),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 20 }), (mutations) => {
        const lines = [...seedLines];
        for (const { at, kind } of mutations) {
          const i = at % lines.length;
          if (kind === 'delete') lines.splice(i, 1);
          else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
          else if (kind === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
          else if (kind === 'truncate') lines[i] = lines[i]!.slice(0, Math.floor(lines[i]!.length / 2));
          else lines[i] = lines[i]!.replace(/^\t/, '');
        }
        check(lines.join('\n'));
      }),
      { numRuns: 60 },
    );
    // 60 full parses of the seed: seconds on a busy 2-core machine.
  }, 60_000);

  it('on non-string input from JavaScript callers', () => {
    const result = parsePlan(undefined as unknown as string, { sourceName: 'none' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.code).toBe('no-table');
  });
});
