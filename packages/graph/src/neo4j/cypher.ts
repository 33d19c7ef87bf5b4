// Every Cypher statement of the Neo4j adapter. Values always travel as parameters; labels and
// relationship types (which Cypher cannot take as parameters) come only from the fixed lists below.

/** Labels of nodes one document owns (deleted with it). */
export const OWNED_LABELS = ['Section', 'Task', 'Project'] as const;
export type OwnedLabel = (typeof OWNED_LABELS)[number];

/** Labels of nodes documents share (kept while some document names them). */
export const SHARED_LABELS = ['Unit', 'Enterprise', 'Place'] as const;
export type SharedLabel = (typeof SHARED_LABELS)[number];

export const ALL_LABELS = ['Document', ...OWNED_LABELS, ...SHARED_LABELS] as const;
export type NodeLabel = (typeof ALL_LABELS)[number];

export const RELATION_TYPES = ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR', 'MENTIONS', 'IMPLEMENTS', 'IN_SECTION', 'PART_OF'] as const;
export type CypherRelationType = (typeof RELATION_TYPES)[number];

function assertOneOf<T extends string>(value: T, allowed: readonly string[]): T {
  // Belt and braces: types already restrict these, but a label is spliced into the text.
  if (!allowed.includes(value)) throw new Error(`cypher: ${value} is not an allowed label or type`);
  return value;
}

/**
 * Schema, created idempotently at start. Every node also carries :DutyNode, whose unique id
 * makes an id used by two kinds of node fail inside the write transaction.
 */
export const SCHEMA: readonly string[] = [
  'CREATE CONSTRAINT dutymap_node_id IF NOT EXISTS FOR (n:DutyNode) REQUIRE n.id IS UNIQUE',
  ...ALL_LABELS.map((label) => `CREATE CONSTRAINT dutymap_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  ...OWNED_LABELS.map((label) => `CREATE INDEX dutymap_${label.toLowerCase()}_document IF NOT EXISTS FOR (n:${label}) ON (n.documentId)`),
  'CREATE INDEX dutymap_unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name)',
];

// ---------------------------------------------------------------- writes (one transaction per document)

/** Existence check before a removal. Params: documentId. */
export const DOCUMENT_EXISTS = 'MATCH (d:Document {id: $documentId}) RETURN count(d) AS n';

/** Deletes one owned label's nodes of a document with their edges. Params: documentId. */
export function deleteOwned(label: OwnedLabel): string {
  return `MATCH (n:${assertOneOf(label, OWNED_LABELS)} {documentId: $documentId}) DETACH DELETE n`;
}

/** Params: documentId. */
export const DELETE_DOCUMENT = 'MATCH (d:Document {id: $documentId}) DETACH DELETE d';

/** Forgets that a document names shared nodes. Params: documentId. */
export const UNLINK_SHARED = `
MATCH (n:Unit|Enterprise|Place)
WHERE $documentId IN n.documentIds
SET n.documentIds = [x IN n.documentIds WHERE x <> $documentId]`;

/** Shared nodes no document names any more. */
export const DELETE_ORPHANS = `
MATCH (n:Unit|Enterprise|Place)
WHERE size(n.documentIds) = 0
DETACH DELETE n`;

/**
 * Params: row {id, title, label, json}. Every node keeps its whole JSON (read back verbatim) plus
 * `kind` and `label`, so traversals fetch a few bytes per node instead of the JSON.
 */
export const MERGE_DOCUMENT = `
MERGE (d:Document {id: $row.id})
ON CREATE SET d:DutyNode
SET d.title = $row.title, d.kind = 'document', d.label = $row.label, d.json = $row.json`;

/** Params: rows [{id, documentId, number, kind, label, json}]. */
export function mergeOwned(label: OwnedLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${assertOneOf(label, OWNED_LABELS)} {id: row.id})
ON CREATE SET n:DutyNode
SET n.documentId = row.documentId, n.number = row.number, n.kind = row.kind, n.label = row.label, n.json = row.json`;
}

/** Params: documentId, rows [{id, name, kind, label, unitKind, json}]. The most recent load's properties win. */
export function mergeShared(label: SharedLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${assertOneOf(label, SHARED_LABELS)} {id: row.id})
ON CREATE SET n:DutyNode, n.documentIds = []
SET n.name = row.name, n.kind = row.kind, n.label = row.label, n.unitKind = row.unitKind, n.json = row.json,
    n.documentIds = CASE WHEN $documentId IN n.documentIds THEN n.documentIds ELSE n.documentIds + $documentId END`;
}

/** Params: rows [{key, from, to, inferred, via, openEnded, score}]. */
export function mergeRelations(type: CypherRelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:DutyNode {id: row.from})
MATCH (b:DutyNode {id: row.to})
MERGE (a)-[r:${assertOneOf(type, RELATION_TYPES)} {key: row.key}]->(b)
SET r.inferred = row.inferred, r.via = row.via, r.openEnded = row.openEnded, r.score = row.score`;
}

// ---------------------------------------------------------------- reads

export const DOCUMENTS = `
MATCH (d:Document)
RETURN d.json AS json,
       COUNT { MATCH (t:Task) WHERE t.documentId = d.id } AS taskCount,
       COUNT { MATCH (p:Project) WHERE p.documentId = d.id } AS projectCount
ORDER BY d.id`;

/** Every node of one label, as stored JSON. */
export function allOf(label: NodeLabel): string {
  return `MATCH (n:${assertOneOf(label, ALL_LABELS)}) RETURN n.json AS json ORDER BY n.id`;
}

export const ALL_RESPONSIBILITY = `
MATCH (u:Unit)-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
RETURN w.id AS workId, u.id AS unitId, type(r) AS type, r.inferred AS inferred, r.via AS via, r.openEnded AS openEnded`;

export const ALL_IMPLEMENTS = `
MATCH (p:Project)-[r:IMPLEMENTS]->(t:Task)
RETURN p.id AS projectId, t.id AS taskId, r.score AS score`;

export const COUNT_LABELS = `
RETURN COUNT { MATCH (e:Enterprise) } AS enterprises, COUNT { MATCH (p:Place) } AS places`;

export const RELATION_COUNTS = `
MATCH ()-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR|MENTIONS|IMPLEMENTS|IN_SECTION|PART_OF]->()
RETURN type(r) AS type, count(r) AS n, sum(CASE WHEN r.inferred THEN 1 ELSE 0 END) AS inferred`;

/** The units asked for. Params: unitIds. */
export const UNITS_BY_ID = `
MATCH (u:Unit) WHERE u.id IN $unitIds
RETURN u.json AS json, u.documentIds AS documentIds`;

/**
 * The tasks/projects some units are on, each with every unit on it. Params: unitIds.
 * One round trip: the per-unit reads (tasksOfUnit, partners, sharedWork) need nothing else but sections.
 */
export const WORK_AROUND_UNITS = `
MATCH (u:Unit) WHERE u.id IN $unitIds
MATCH (u)-[:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
WITH DISTINCT w
MATCH (x:Unit)-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
RETURN w.id AS workId, w:Task AS isTask, w.json AS workJson, w.documentId AS documentId,
       collect({unitId: x.id, type: type(r), inferred: r.inferred, via: r.via, openEnded: r.openEnded, unitJson: x.json}) AS links`;

/** Params: documentIds. */
export const SECTIONS_OF_DOCUMENTS = `
MATCH (s:Section) WHERE s.documentId IN $documentIds
RETURN s.json AS json`;

/** Params: id. */
export const NODE = `
MATCH (n:DutyNode {id: $id})
RETURN n.id AS id, n.kind AS kind, n.label AS label, n.unitKind AS unitKind`;

const EDGE_RETURN = `
RETURN type(r) AS type,
       startNode(r).id AS fromId, startNode(r).kind AS fromKind, startNode(r).label AS fromLabel, startNode(r).unitKind AS fromUnitKind,
       endNode(r).id AS toId, endNode(r).kind AS toKind, endNode(r).label AS toLabel, endNode(r).unitKind AS toUnitKind,
       r.inferred AS inferred, r.via AS via, r.openEnded AS openEnded`;

/** Every edge touching the given nodes. Params: ids. */
export const EDGES_AROUND = `
UNWIND $ids AS id
MATCH (n:DutyNode {id: id})-[r]-()
${EDGE_RETURN}`;

/** (:Unit)-[LEADS|SUPPORTS|RESPONSIBLE_FOR]->() edges touching the given nodes. Params: ids. */
export const RESPONSIBILITY_AROUND = `
UNWIND $ids AS id
MATCH (n:DutyNode {id: id})-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]-()
WHERE startNode(r):Unit
${EDGE_RETURN}`;

/** One node with all its edges and the whole node at the other end. Params: id. */
export function around(label: NodeLabel): string {
  return `
MATCH (n:${assertOneOf(label, ALL_LABELS)} {id: $id})
OPTIONAL MATCH (n)-[r]-(m)
RETURN n.json AS json, n.documentId AS documentId,
       collect(CASE WHEN r IS NULL THEN null ELSE
         {type: type(r), out: startNode(r) = n, inferred: r.inferred, via: r.via, openEnded: r.openEnded,
          score: r.score, labels: labels(m), json: m.json} END) AS rows`;
}

/** Params: documentId. */
export const DOCUMENT_JSON = 'MATCH (d:Document {id: $documentId}) RETURN d.json AS json';

/** Test and benchmark helper: empties the database of this package's nodes. */
export const DELETE_ALL = 'MATCH (n:DutyNode) DETACH DELETE n';
