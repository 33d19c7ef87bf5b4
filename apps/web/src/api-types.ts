// The response shapes the UI reads from the API (a subset of each; the API may send more).
import type { LineRange, Provenance, UnitKind } from '@dutymap/model';

export type { UnitKind, Provenance };

export interface List<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface UnitRef {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface SectionRef {
  id: string;
  number: string;
  title: string;
  kind: 'annex' | 'chapter' | 'group' | 'category';
  level: number;
}

export interface TaskRef {
  id: string;
  documentId: string;
  number: number;
  text: string;
}

export interface UnitMatch extends UnitRef {
  counts: { lead: number; support: number; projects: number };
  aliases: string[];
  fullName: string | null;
  nameEn: string | null;
}

export interface Partner {
  unit: UnitRef;
  shared: number;
  leadLead: number;
  leadSupport: number;
  supportLead: number;
  supportSupport: number;
  project: number;
  weight: number;
}

export interface UnitDetail {
  unit: UnitRef & { nameEn?: string; fullName?: string; aliases: string[]; predecessors: string[]; jurisdiction: string };
  counts: { lead: number; support: number; projects: number };
  partners: Partner[];
}

export type TaskRole = 'lead' | 'support';
export type Role = TaskRole | 'any';

export interface Involvement {
  unit: UnitRef;
  role: TaskRole | 'responsible';
  inferred: boolean;
  via: string | null;
  openEnded: boolean;
}

export interface TaskOfUnit {
  role: TaskRole;
  inferred: boolean;
  section: SectionRef;
  chapter: SectionRef | null;
  coUnits: Involvement[];
  provenance: Provenance;
  task: TaskRef & { sectionId: string; years: number[]; deadline: string | null };
}

export interface ProjectInfo {
  id: string;
  number: number;
  name: string;
  content: string;
  deadline: string | null;
  sectionId: string;
}

export interface ProjectOfUnit {
  project: ProjectInfo;
  section: SectionRef;
  coUnits: Involvement[];
}

export interface Workload {
  unit: UnitRef;
  tasksLed: number;
  tasksSupported: number;
  projects: number;
  shareOfTasks: number;
  chapters: SectionRef[];
  bridgeScore: number;
}

export interface NetworkElements {
  nodes: Array<{ data: { id: string; label: string; kind: UnitKind; works: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; shared: number; weight: number } }>;
}

export type GraphNodeKind = 'unit' | 'task' | 'project' | 'enterprise' | 'place' | 'section' | 'document';

export interface Neighbourhood {
  nodes: Array<{ data: { id: string; label: string; kind: GraphNodeKind; depth: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; type: string; inferred: boolean } }>;
  truncated: boolean;
}

export interface SectionNode {
  section: SectionRef & { documentId: string; parentId: string; lines: LineRange; annex: number };
  taskCount: number;
  projectCount: number;
  children: SectionNode[];
}

export interface DocumentSections {
  document: { id: string; title: string; jurisdiction: string; sourceName: string; taskCount: number; projectCount: number };
  sections: SectionNode[];
}

export interface TaskDetail {
  task: TaskRef & { years: number[]; deadline: string | null };
  document: { id: string; title: string };
  section: SectionRef;
  chapter: SectionRef | null;
  leads: Involvement[];
  supports: Involvement[];
  mentions: { enterprises: Array<{ id: string; name: string }>; places: Array<{ id: string; name: string }> };
  implementedBy: Array<{ id: string; number: number; name: string }>;
  provenance: Provenance;
}

export interface ProjectDetail {
  project: ProjectInfo;
  document: { id: string; title: string };
  section: SectionRef;
  responsible: Involvement[];
  responsibleEnterprises: Array<{ id: string; name: string }>;
  implements: TaskRef[];
  mentions: { enterprises: Array<{ id: string; name: string }>; places: Array<{ id: string; name: string }> };
  provenance: Provenance;
}

export interface MentionedIn {
  tasks: TaskRef[];
  projects: Array<{ id: string; number: number; name: string }>;
}

export interface EnterpriseDetail {
  enterprise: { id: string; name: string; aliases: string[]; unitId?: string | null };
  unit: UnitRef | null;
  mentionedIn: MentionedIn;
}

export interface PlaceDetail {
  place: { id: string; name: string; kind: string; jurisdiction: string };
  mentionedIn: MentionedIn;
}

export type SearchType = 'task' | 'project' | 'unit' | 'enterprise' | 'place' | 'section';

export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  /** HTML-escaped text in which only <mark> … </mark> is markup. */
  snippet: string;
  score: number;
}

export interface Facet {
  value: string;
  count: number;
  label: string;
}

export interface SearchResponse extends List<SearchHit> {
  facets: { type: Facet[]; chapter: Facet[]; unit: Facet[]; year: Facet[] };
}

export interface Citation {
  workId: string;
  kind: 'task' | 'project';
  number: number;
  sourceName: string;
  lines: LineRange;
}

export interface Explanation {
  a: UnitRef;
  b: UnitRef;
  kind: string;
  summary: { zh: string; en: string };
  sentences: Array<{ zh: string; en: string; citation: Citation }>;
}

export interface PathNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
}

export interface Connections {
  hops: number;
  pathCount: number;
  paths: Array<{ nodes: PathNode[]; edges: Array<{ type: string; inferred: boolean }> }>;
}

export interface Hygiene {
  multiLeadTasks: Array<{ task: TaskRef; leads: UnitRef[] }>;
  tasksWithoutSupport: TaskRef[];
  supportOnlyUnits: Array<{ unit: UnitRef; supports: number; projects: number }>;
  openEndedLists: Array<{ workId: string; kind: 'task' | 'project'; number: number; role: string }>;
  projectsWithoutTask: Array<{ id: string; number: number; name: string }>;
  tasksWithoutProject: TaskRef[];
}

export interface Stats {
  documents: number;
  tasks: number;
  projects: number;
  units: number;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
