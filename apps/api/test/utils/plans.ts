// Tiny plans in the TAB text layout, for uploads: a title, the four standard columns, one row per task.

export interface PlanRow {
  text: string;
  lead: string;
  support: string;
}

/** A plan titled 衢州市<name>实施方案 whose tasks are numbered from 1. */
export function planText(name: string, rows: readonly PlanRow[]): string {
  return [
    `衢州市${name}实施方案工作任务责任分解表`,
    '\t序号\n\t工作任务\n\t牵头单位\n\t配合单位',
    ...rows.map((row, i) => `\t${i + 1}\n\t${row.text}\n\t${row.lead}\n\t${row.support}`),
  ].join('\n\n');
}

/** A plan of `count` generated tasks: large enough to keep a parser busy. */
export function largePlan(name: string, count: number): string {
  const units = ['市发改委', '市经信局', '市生态环境局', '市住建局', '市水利局', '市交通运输局', '市农业农村局', '市自然资源和规划局'];
  return planText(
    name,
    Array.from({ length: count }, (_, i) => ({
      text: `到2025年，完成第${i + 1}项测试任务，推进燃煤锅炉淘汰和污水零直排区建设。`,
      lead: units[i % units.length]!,
      support: `${units[(i + 3) % units.length]}、${units[(i + 5) % units.length]}、各县（市、区）政府`,
    })),
  );
}
