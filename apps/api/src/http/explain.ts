// How two units are linked, in sentences (Chinese and English), each clause citing its source row.
import type { GraphStore } from '@dutymap/graph';
import type { Citation, ConnectionPath, Explanation, Provenance } from '@dutymap/model';

const ROLE_ZH = { lead: '牵头', support: '配合', responsible: '负责' } as const;
const ROLE_EN = { lead: 'leads', support: 'supports', responsible: 'is responsible for' } as const;
const EDGE_ROLE = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' } as const;

/** At most this many shared tasks/projects are spelled out. */
const MAX_SHARED = 5;

function cite(kind: 'task' | 'project', id: string, number: number, provenance: Provenance): Citation {
  return { workId: id, kind, number, documentId: provenance.documentId, sourceName: provenance.sourceName, lines: provenance.lines };
}
const whereZh = (c: Citation) => `〔${c.sourceName} 第${c.lines.start}–${c.lines.end}行〕`;
const whereEn = (c: Citation) => `[${c.sourceName}, lines ${c.lines.start}–${c.lines.end}]`;
const workZh = (c: Citation) => (c.kind === 'task' ? `任务${c.number}` : `重点项目${c.number}`);
const workEn = (c: Citation) => `${c.kind} ${c.number}`;

export async function explainLink(graph: GraphStore, a: string, b: string, maxHops = 6): Promise<Explanation> {
  const shared = await graph.sharedWork(a, b);
  const [A, B] = [shared.a, shared.b];
  const sentences: Explanation['sentences'] = [];
  if (shared.tasks.length + shared.projects.length > 0) {
    for (const item of shared.tasks.slice(0, MAX_SHARED)) {
      const detail = await graph.task(item.task.id);
      const c = cite('task', item.task.id, item.task.number, detail.provenance);
      sentences.push({
        zh: `${A.name}与${B.name}共同承担${workZh(c)}（${A.name}${ROLE_ZH[item.roleA]}，${B.name}${ROLE_ZH[item.roleB]}）：${item.task.text}${whereZh(c)}`,
        en: `${A.name} and ${B.name} share ${workEn(c)} (${A.name} ${ROLE_EN[item.roleA]}, ${B.name} ${ROLE_EN[item.roleB]}) ${whereEn(c)}`,
        citation: c,
      });
    }
    for (const item of shared.projects.slice(0, Math.max(0, MAX_SHARED - sentences.length))) {
      const detail = await graph.project(item.project.id);
      const c = cite('project', item.project.id, item.project.number, detail.provenance);
      sentences.push({
        zh: `${A.name}与${B.name}共同负责${workZh(c)}「${item.project.name}」${whereZh(c)}`,
        en: `${A.name} and ${B.name} are both responsible for ${workEn(c)} (${item.project.name}) ${whereEn(c)}`,
        citation: c,
      });
    }
    const n = shared.tasks.length;
    const m = shared.projects.length;
    return {
      a: A,
      b: B,
      kind: 'shared',
      summary: {
        zh: `${A.name}与${B.name}共同承担${n}项任务${m ? `、${m}个重点项目` : ''}。`,
        en: `${A.name} and ${B.name} share ${n} task${n === 1 ? '' : 's'}${m ? ` and ${m} key project${m === 1 ? '' : 's'}` : ''}.`,
      },
      sentences,
    };
  }

  const connections = await graph.connections(a, b, { maxHops, limit: 1 });
  const path: ConnectionPath | undefined = connections.paths[0];
  if (!path || connections.hops === null) {
    return {
      a: A,
      b: B,
      kind: 'none',
      summary: { zh: `${A.name}与${B.name}在${maxHops}步之内没有联系。`, en: `${A.name} and ${B.name} are not linked within ${maxHops} steps.` },
      sentences: [],
    };
  }
  // The path alternates unit, work, unit, …: each work links the unit before it and the one after.
  for (let i = 1; i < path.nodes.length - 1; i += 2) {
    const work = path.nodes[i]!;
    const [left, right] = [path.nodes[i - 1]!, path.nodes[i + 1]!];
    const roleLeft = EDGE_ROLE[path.edges[i - 1]!.type as keyof typeof EDGE_ROLE];
    const roleRight = EDGE_ROLE[path.edges[i]!.type as keyof typeof EDGE_ROLE];
    const detail = work.kind === 'task' ? await graph.task(work.id) : await graph.project(work.id);
    const number = 'task' in detail ? detail.task.number : detail.project.number;
    const c = cite(work.kind === 'task' ? 'task' : 'project', work.id, number, detail.provenance);
    sentences.push({
      zh: `${left.label}${ROLE_ZH[roleLeft]}${workZh(c)}，${right.label}${ROLE_ZH[roleRight]}${whereZh(c)}`,
      en: `${left.label} ${ROLE_EN[roleLeft]} ${workEn(c)}, which ${right.label} ${roleRight === 'lead' ? 'leads' : roleRight === 'support' ? 'supports' : 'is also responsible for'} ${whereEn(c)}`,
      citation: c,
    });
  }
  const via = path.nodes.filter((n, i) => n.kind === 'unit' && i > 0 && i < path.nodes.length - 1).map((n) => n.label);
  return {
    a: A,
    b: B,
    kind: 'path',
    summary: {
      zh: `${A.name}与${B.name}没有共同任务，经由${via.join('、')}相联系（${connections.pathCount}条最短路径）。`,
      en: `${A.name} and ${B.name} share no task; they are linked through ${via.join(', ')} (${connections.pathCount} shortest path${connections.pathCount === 1 ? '' : 's'}).`,
    },
    sentences,
  };
}
