// Which annex-1 tasks a key project restates, by character-bigram containment.
//
// Projects restate tasks by copying clauses of them (project 1 燃煤锅炉淘汰工程 is task 22 less
// its "到2020年"), so the share of a project's bigrams found in a task is high for the task it
// restates and low for the others. Measured on the seed: the whole content of a project scores
// 0.6–1.0 against the task it restates, while the best unrelated task stays at or under 0.45;
// single clauses (split at 。；， and 和) score 0.9–1.0 against their own task, but short
// generic clauses reach 0.7 against unrelated ones, so a clause needs 10 characters and 0.6.
// Names are short and generic (水环境治理工程), so a name is only tried when the content links
// nothing, and must reach 0.75 (污染地块治理修复工程 → task 67 at 0.89).

import { bigrams as textBigrams } from '@dutymap/model';

/** Minimum share of a project's content bigrams found in a task for an IMPLEMENTS link. */
export const IMPLEMENTS_THRESHOLD = 0.5;
const CLAUSE_THRESHOLD = 0.6;
const CLAUSE_MIN_CHARS = 10;
const NAME_THRESHOLD = 0.75;

const NOISE = /[^\u4e00-\u9fa5A-Za-z0-9]/g;
// Bigrams this common in plans say nothing about which task a project restates.
const STOP_BIGRAMS = new Set(['到2', '20', '02', '22', '年，', '全市', '加快', '推进', '建设', '全面', '实现', '达到', '以上', '工作', '开展', '加强']);

const bigrams = (text: string): Set<string> => textBigrams(text, STOP_BIGRAMS);

export interface ImplementsLink {
  taskIndex: number;
  score: number;
}

/** Clauses long enough to be restated on their own. */
function clauses(text: string): string[] {
  return text.split(/[。；;，,和]/).filter((c) => c.replace(NOISE, '').length >= CLAUSE_MIN_CHARS);
}

/** The tasks' bigrams as an inverted index, so each clause is scored against all tasks at once. */
export class TaskMatcher {
  private readonly postings = new Map<string, number[]>();
  private readonly scores: Float64Array;

  constructor(taskTexts: readonly string[]) {
    taskTexts.forEach((text, taskIndex) => {
      for (const gram of bigrams(text)) {
        const list = this.postings.get(gram);
        if (list) list.push(taskIndex);
        else this.postings.set(gram, [taskIndex]);
      }
    });
    this.scores = new Float64Array(taskTexts.length);
  }

  /** The task whose text contains the largest share of `piece`'s bigrams (containment). */
  best(piece: string): ImplementsLink | undefined {
    const grams = bigrams(piece);
    if (grams.size === 0) return undefined;
    this.scores.fill(0);
    for (const gram of grams) for (const taskIndex of this.postings.get(gram) ?? []) this.scores[taskIndex]! += 1;
    let top: ImplementsLink | undefined;
    this.scores.forEach((shared, taskIndex) => {
      if (!top || shared > top.score) top = { taskIndex, score: shared };
    });
    return top && { taskIndex: top.taskIndex, score: top.score / grams.size };
  }

  /**
   * The tasks a project restates: the best task for the whole content if it passes the
   * threshold, plus the best task of every clause that passes the clause threshold; the name
   * as a last resort.
   */
  implementedBy(project: { name: string; content: string }, threshold = IMPLEMENTS_THRESHOLD): ImplementsLink[] {
    const links = new Map<number, number>();
    const link = (piece: string, min: number): void => {
      const top = this.best(piece);
      if (top && top.score >= min) links.set(top.taskIndex, Math.max(links.get(top.taskIndex) ?? 0, top.score));
    };
    link(project.content, threshold);
    for (const clause of clauses(project.content)) link(clause, Math.max(threshold, CLAUSE_THRESHOLD));
    if (links.size === 0) link(project.name, Math.max(threshold, NAME_THRESHOLD));
    return [...links].map(([taskIndex, score]) => ({ taskIndex, score: Math.round(score * 1000) / 1000 })).sort((a, b) => a.taskIndex - b.taskIndex);
  }
}
