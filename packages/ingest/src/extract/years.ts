// Target years named in a task: 到2020年, 2022年底前, 2020年 — but not baselines (比2017年, 较2013年).
const YEAR = /(\d{4})\s*年/g;
const BASELINE_BEFORE = /(比|较|与|同|相比|对比|基于|以)\s*$/;
const BASELINE_AFTER = /^(相比|为基数|基础上|水平|基准)/;

export function targetYears(text: string): number[] {
  const years = new Set<number>();
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    if (year < 1949 || year > 2100) continue;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4);
    if (BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after)) continue;
    years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** The first year a deadline cell names (2020年, 2020年底, 2021-2022年 → 2020 / 2021). */
export function yearOf(text: string | null): number | null {
  const match = text ? /(\d{4})/.exec(text) : null;
  return match ? Number(match[1]) : null;
}
