// Every Cypher statement of the Neo4j adapter. Values always travel as parameters; labels, relationship
// types and property names (which Cypher cannot take as parameters) come only from the fixed lists below.
// Reads ask Cypher for the answer (aggregations, top-N, pages with totals) on indexes; what must be fast
// is kept on the nodes at load time, in the load's transaction (see core/derived.ts).
import { NETWORK_VARIANTS, type NetworkVariant } from '../core/derived.js';

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

/** A unit's counts, kept on the Unit node as t_<field> (summed over the documents naming it). */
export const TALLY_FIELDS = ['lead', 'support', 'projects', 'inferredLead', 'inferredSupport', 'inferredProjects', 'tasks'] as const;

/** The document checks whose findings and counts the Document node keeps (h_<check>). */
export const CHECK_FIELDS = ['multiLeadTasks', 'tasksWithoutSupport', 'openEndedLists', 'projectsWithoutTask', 'tasksWithoutProject'] as const;

function assertOneOf<T extends string>(value: T, allowed: readonly string[]): T {
  // Belt and braces: types already restrict these, but a name is spliced into the text.
  if (!allowed.includes(value)) throw new Error(`cypher: ${value} is not an allowed label, type or property`);
  return value;
}

const variant = (v: NetworkVariant) => assertOneOf(v, NETWORK_VARIANTS);

/**
 * Schema, created idempotently at start. Every node also carries :DutyNode, whose unique id makes an
 * id used by two kinds of node fail inside the write transaction.
 */
export const SCHEMA: readonly string[] = [
  'CREATE CONSTRAINT dutymap_node_id IF NOT EXISTS FOR (n:DutyNode) REQUIRE n.id IS UNIQUE',
  ...ALL_LABELS.map((label) => `CREATE CONSTRAINT dutymap_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  'CREATE CONSTRAINT dutymap_unitname_name IF NOT EXISTS FOR (n:UnitName) REQUIRE n.name IS UNIQUE',
  'CREATE CONSTRAINT dutymap_namepair_key IF NOT EXISTS FOR (n:NamePair) REQUIRE n.key IS UNIQUE',
  // One node each; the constraints make concurrent MERGEs of them from several instances meet on one node.
  'CREATE CONSTRAINT dutymap_graphversion_id IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT dutymap_storelock_id IF NOT EXISTS FOR (n:StoreLock) REQUIRE n.id IS UNIQUE',
  ...OWNED_LABELS.map((label) => `CREATE INDEX dutymap_${label.toLowerCase()}_document IF NOT EXISTS FOR (n:${label}) ON (n.documentId)`),
  'CREATE INDEX dutymap_unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name)',
  'CREATE INDEX dutymap_unit_jurisdiction IF NOT EXISTS FOR (n:Unit) ON (n.jurisdiction)',
  // counterparts: the units of every place with one function key ('' for a unit without one).
  'CREATE INDEX dutymap_unit_function IF NOT EXISTS FOR (n:Unit) ON (n.function)',
  'CREATE INDEX dutymap_document_jurisdiction IF NOT EXISTS FOR (n:Document) ON (n.jurisdiction)',
  // A province or city in scope: STARTS WITH its code prefix, on these.
  'CREATE INDEX dutymap_unit_jurisdiction_code IF NOT EXISTS FOR (n:Unit) ON (n.jurisdictionCode)',
  'CREATE INDEX dutymap_document_jurisdiction_code IF NOT EXISTS FOR (n:Document) ON (n.jurisdictionCode)',
  // findUnits: CONTAINS on every name of a unit, lower-cased.
  'CREATE TEXT INDEX dutymap_unit_names IF NOT EXISTS FOR (n:Unit) ON (n.names)',
  // Lists over all units (workloads, support-only units, the network gate) seek these instead of scanning.
  'CREATE INDEX dutymap_unit_lead IF NOT EXISTS FOR (n:Unit) ON (n.t_lead)',
  'CREATE INDEX dutymap_unit_total IF NOT EXISTS FOR (n:Unit) ON (n.t_total)',
  ...NETWORK_VARIANTS.map((v) => `CREATE INDEX dutymap_unit_w_${v.toLowerCase()} IF NOT EXISTS FOR (n:Unit) ON (n.w_${v})`),
  ...NETWORK_VARIANTS.map((v) => `CREATE INDEX dutymap_unitname_w_${v.toLowerCase()} IF NOT EXISTS FOR (n:UnitName) ON (n.w_${v})`),
  ...NETWORK_VARIANTS.map((v) => `CREATE INDEX dutymap_namepair_s_${v.toLowerCase()} IF NOT EXISTS FOR (n:NamePair) ON (n.s_${v})`),
  'CREATE INDEX dutymap_namepair_a IF NOT EXISTS FOR (n:NamePair) ON (n.a)',
];

/** Waits for the indexes above to be online before the first query uses them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// ---------------------------------------------------------------- writes (one transaction per document)

/** What a reload or removal must undo. Params: documentId. */
export const PREVIOUS = `
MATCH (d:Document {id: $documentId})
RETURN d.contribution AS contribution, d.sharedIds AS sharedIds, d.jurisdiction AS jurisdiction`;

/** Deletes one owned label's nodes of a document with their edges. Params: documentId. */
export function deleteOwned(label: OwnedLabel): string {
  return `MATCH (n:${assertOneOf(label, OWNED_LABELS)} {documentId: $documentId}) DETACH DELETE n`;
}

/** Params: documentId. */
export const DELETE_DOCUMENT = 'MATCH (d:Document {id: $documentId}) DETACH DELETE d';

/** Forgets that a document names the shared nodes it named. Params: documentId, rows (ids). */
export const UNLINK_SHARED = `
UNWIND $rows AS id
MATCH (n:DutyNode {id: id})
SET n.documentIds = [x IN n.documentIds WHERE x <> $documentId]`;

/** Shared nodes among `rows` (ids) that no document names any more. Params: rows. */
export const DELETE_ORPHANS = `
UNWIND $rows AS id
MATCH (n:DutyNode {id: id})
WHERE size(n.documentIds) = 0
DETACH DELETE n`;

/**
 * Params: row. Reloading the same content (same sha256) keeps loadedAt. Besides its JSON, the document keeps what lists read without walking it: its summary,
 * section tree, check findings and their counts, what it adds to unit and network tallies, and the
 * shared nodes it names.
 */
export const MERGE_DOCUMENT = `
MERGE (d:Document {id: $row.id})
ON CREATE SET d:DutyNode
SET d.loadedAt = CASE WHEN d.sha256 = $row.sha256 THEN coalesce(d.loadedAt, $row.loadedAt) ELSE $row.loadedAt END
SET d.year = $row.year, d.title = $row.title, d.kind = 'document', d.label = $row.label, d.json = $row.json,
    d.jurisdiction = $row.jurisdiction, d.jurisdictionCode = $row.jurisdictionCode, d.sha256 = $row.sha256, d.summary = $row.summary, d.sections = $row.sections,
    d.findings = $row.findings, d.contribution = $row.contribution, d.sharedIds = $row.sharedIds,
    d.inferredRelations = $row.inferredRelations,
    ${CHECK_FIELDS.map((c) => `d.h_${c} = $row.checks.${c}`).join(', ')}`;

/** Params: rows [{id, documentId, number, kind, label, json, sectionId, sectionPath, chapterId}]. */
export function mergeOwned(label: OwnedLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${assertOneOf(label, OWNED_LABELS)} {id: row.id})
ON CREATE SET n:DutyNode
SET n.documentId = row.documentId, n.number = row.number, n.kind = row.kind, n.label = row.label, n.json = row.json,
    n.sectionId = row.sectionId, n.sectionPath = row.sectionPath, n.chapterId = row.chapterId`;
}

/**
 * Params: documentId, rows [{id, name, kind, label, unitKind, jurisdiction, jurisdictionCode, function, names, json}]
 * (a unit's function is '' when it has none, null for other kinds). The most recent load's properties win.
 */
export function mergeShared(label: SharedLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${assertOneOf(label, SHARED_LABELS)} {id: row.id})
ON CREATE SET n:DutyNode, n.documentIds = []
SET n.name = row.name, n.kind = row.kind, n.label = row.label, n.unitKind = row.unitKind, n.json = row.json,
    n.jurisdiction = row.jurisdiction, n.jurisdictionCode = row.jurisdictionCode, n.function = row.function, n.names = row.names, n.t_total = CASE WHEN row.kind = 'unit' THEN coalesce(n.t_total, 0) END,
    n.documentIds = CASE WHEN $documentId IN n.documentIds THEN n.documentIds ELSE n.documentIds + $documentId END`;
}

/**
 * CREATE, not MERGE: every edge touches a node the document owns, and those were deleted with their
 * edges just before, so none exists; MERGE would search the edges of busy units for nothing.
 * Params: rows [{from, to, inferred, via, openEnded, score}] (unique, see core/relations.ts).
 */
export function createRelations(type: CypherRelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:DutyNode {id: row.from})
MATCH (b:DutyNode {id: row.to})
CREATE (a)-[:${assertOneOf(type, RELATION_TYPES)} {inferred: row.inferred, via: row.via, openEnded: row.openEnded, score: row.score}]->(b)`;
}

/** Adds (sign 1) or takes away (sign -1) units' tallies. Params: sign, rows [{id, tally: UnitTally}]. */
export const ADD_UNIT_TALLIES = `
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
SET ${TALLY_FIELDS.map((f) => `u.t_${f} = coalesce(u.t_${f}, 0) + $sign * row.tally.${f}`).join(', ')},
    ${NETWORK_VARIANTS.map((v) => `u.w_${v} = coalesce(u.w_${v}, 0) + $sign * row.tally.works.${v}`).join(', ')}
SET u.t_total = u.t_lead + u.t_support + u.t_projects`;

/** Unit-name tallies of the merged network; a name with no work left goes. Params: sign, rows [NameTally]. */
export const ADD_NAME_TALLIES = `
UNWIND $rows AS row
MERGE (n:UnitName {name: row.name})
SET n.kind = CASE WHEN $sign > 0 THEN row.kind ELSE n.kind END,
    ${NETWORK_VARIANTS.map((v) => `n.w_${v} = coalesce(n.w_${v}, 0) + $sign * row.works.${v}`).join(', ')}
WITH n WHERE n.w_anyInferred <= 0
DETACH DELETE n`;

/**
 * Name pairs of the merged network, as nodes keyed by both names (a unique index finds one at once; an
 * edge between two names every city uses would be searched among thousands). A pair sharing nothing any
 * more goes. Params: sign, rows [NamePair].
 */
export const ADD_NAME_PAIRS = `
UNWIND $rows AS row
MERGE (p:NamePair {key: row.a + '\u0000' + row.b})
ON CREATE SET p.a = row.a, p.b = row.b
SET ${NETWORK_VARIANTS.map((v) => `p.s_${v} = coalesce(p.s_${v}, 0) + $sign * row.shared.${v}, p.x_${v} = coalesce(p.x_${v}, 0.0) + $sign * row.weight.${v}`).join(',\n    ')}
WITH p WHERE p.s_anyInferred <= 0
DELETE p`;

/** A jurisdiction's written unit network, to score bridges. Params: jurisdiction. */
export const JURISDICTION_UNITS = `
MATCH (u:Unit {jurisdiction: $jurisdiction})
RETURN u.id AS id, coalesce(u.w_any, 0) > 0 AS working`;

export const JURISDICTION_PAIRS = `
MATCH (u:Unit {jurisdiction: $jurisdiction})-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)<-[r2:LEADS|SUPPORTS|RESPONSIBLE_FOR]-(x:Unit)
WHERE NOT r.inferred AND NOT r2.inferred AND u.id < x.id
RETURN DISTINCT u.id AS a, x.id AS b`;

/** Params: rows [{id, score}]. */
export const SET_BRIDGES = `
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
SET u.bridge = row.score`;

/**
 * Units a version before counterparts stored (no function property, not even ''), a batch at a time: start-up
 * gives them their function key and code from their JSON. Params: limit.
 */
export const UNITS_WITHOUT_FUNCTION = `
MATCH (u:Unit) WHERE u.function IS NULL
RETURN u.id AS id, u.json AS json LIMIT $limit`;

/** Params: rows [{id, function, jurisdictionCode}]. */
export const SET_FUNCTIONS = `
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
SET u.function = row.function, u.jurisdictionCode = row.jurisdictionCode`;

// ---------------------------------------------------------------- reads

/** A page of plans bound to d, in core/plans.ts comparePlans' order, each with the units it names. Params: offset, limit. */
const PLANS_PAGE = `
WITH d ORDER BY d.jurisdictionCode IS NULL, d.jurisdictionCode, d.jurisdiction, d.year IS NULL, d.year DESC, d.title, d.id
WITH collect(d) AS found
RETURN size(found) AS total, [d IN found[$offset..($offset + $limit)] | {
  summary: d.summary, document: d.json, loadedAt: d.loadedAt,
  units: size([id IN d.sharedIds WHERE EXISTS { MATCH (:Unit {id: id}) }])
}] AS items`;

/** Every plan (a few thousand at most: sorted whole). Params: offset, limit. */
export const DOCUMENTS = `
MATCH (d:Document) WHERE d.id IS NOT NULL
${PLANS_PAGE}`;

/** Places that issued plans: plans and units of each (sorted and paged by the caller: a few thousand divisions at most). */
export const JURISDICTIONS = `
MATCH (d:Document) WHERE d.id IS NOT NULL
WITH d ORDER BY d.id
WITH d.jurisdiction AS name, collect(d.jurisdictionCode) AS codes, count(*) AS documents
RETURN name, head(codes) AS code, documents, COUNT { MATCH (u:Unit {jurisdiction: name}) } AS units`;

/** Units of each place named (the provinces and cities above the places with plans). Params: names. */
export const UNITS_OF_PLACES = `
UNWIND $names AS name
RETURN name, COUNT { MATCH (u:Unit {jurisdiction: name}) } AS units`;

// Scope (core/scope.ts): params jurisdictions, codePrefixes and documentIds, each null or a list.
/** A place (x.jurisdiction, x.jurisdictionCode) among the places in scope: named, or its code under a code in scope (placeInScope). */
const PLACE_IN_SCOPE = (x: string) =>
  `($jurisdictions IS NULL AND $codePrefixes IS NULL OR ${x}.jurisdiction IN coalesce($jurisdictions, []) OR any(p IN coalesce($codePrefixes, []) WHERE ${x}.jurisdictionCode STARTS WITH p))`;
const DOCUMENT_IN_SCOPE = (d: string) => `${PLACE_IN_SCOPE(d)} AND ($documentIds IS NULL OR ${d}.id IN $documentIds)`;
const UNIT_IN_SCOPE = (u: string) => `${PLACE_IN_SCOPE(u)} AND ($documentIds IS NULL OR any(x IN ${u}.documentIds WHERE x IN $documentIds))`;
/** No place filter: the plans named by id are the scope. */
const NO_PLACE = '$jurisdictions IS NULL AND $codePrefixes IS NULL';

/** The first branches of a scope: the nodes of the places named, then of the places under its codes; each seeks its index. */
const IN_PLACES = (label: 'Document' | 'Unit', x: string, inScope: (x: string) => string) => `
  MATCH (${x}:${label}) WHERE ${x}.jurisdiction IN $jurisdictions AND ${inScope(x)}
  RETURN ${x}
  UNION
  UNWIND coalesce($codePrefixes, []) AS prefix
  MATCH (${x}:${label}) WHERE ${x}.jurisdictionCode STARTS WITH prefix AND ${inScope(x)}
  RETURN ${x}`;

/** Binds d: the plans in scope, from the jurisdiction indexes (name, code prefix) or by id. */
const DOCUMENTS_IN_SCOPE = `
CALL () {${IN_PLACES('Document', 'd', DOCUMENT_IN_SCOPE)}
  UNION
  UNWIND CASE WHEN ${NO_PLACE} THEN coalesce($documentIds, []) ELSE [] END AS did
  MATCH (d:Document {id: did})
  RETURN d
}`;

/** The plans in scope. Params: jurisdictions, codePrefixes, documentIds (not all null), offset, limit. */
export const DOCUMENTS_SCOPED = `
${DOCUMENTS_IN_SCOPE}
${PLANS_PAGE}`;

/** Binds u: the units in scope (not the whole store), from the jurisdiction index or the ids the plans name. */
const UNITS_IN_SCOPE = `
CALL () {${IN_PLACES('Unit', 'u', UNIT_IN_SCOPE)}
  UNION
  UNWIND CASE WHEN ${NO_PLACE} THEN coalesce($documentIds, []) ELSE [] END AS did
  MATCH (d:Document {id: did})
  UNWIND d.sharedIds AS sid
  MATCH (u:Unit {id: sid})
  RETURN u
}`;

export const DOCUMENT_HASHES = `
MATCH (d:Document) WHERE d.id IS NOT NULL
RETURN d.id AS id, d.sha256 AS sha256 ORDER BY d.id`;

const SECTIONS_PAGE = `
WITH d ORDER BY d.id
WITH collect(d) AS found
RETURN size(found) AS total, [d IN found[$offset..($offset + $limit)] | {summary: d.summary, sections: d.sections}] AS items`;

/** Every document's section tree, by document id. Params: offset, limit. */
export const SECTIONS = `
MATCH (d:Document) WHERE d.id IS NOT NULL
${SECTIONS_PAGE}`;

/** The section trees of the plans in scope. Params: jurisdictions, codePrefixes, documentIds (not all null), offset, limit. */
export const SECTIONS_SCOPED = `
${DOCUMENTS_IN_SCOPE}
${SECTIONS_PAGE}`;

const TALLY_RETURN = `u.json AS json, u.documentIds AS documentIds, ${TALLY_FIELDS.map((f) => `coalesce(u.t_${f}, 0) AS ${f}`).join(', ')}`;

/** Params: id. */
export const UNIT = `
MATCH (u:Unit {id: $id})
RETURN ${TALLY_RETURN}, u.function AS function`;

/** The units asked for. Params: unitIds. */
export const UNITS_BY_ID = `
UNWIND $unitIds AS id
MATCH (u:Unit {id: id})
RETURN u.json AS json`;

const FIND_UNITS_PAGE = `
WITH u ORDER BY u.t_total DESC, u.name, u.id
WITH collect(u) AS found
RETURN size(found) AS total, [u IN found[$offset..($offset + $limit)] | {json: u.json, lead: u.t_lead, support: u.t_support, projects: u.t_projects}] AS items`;

/** Params: q (lower case), kind (or null), jurisdictions, codePrefixes, documentIds, offset, limit. */
export const FIND_UNITS_BY_NAME = `
MATCH (u:Unit) WHERE u.names CONTAINS $q AND ($kind IS NULL OR u.unitKind = $kind) AND ${UNIT_IN_SCOPE('u')}
${FIND_UNITS_PAGE}`;

/** The units in scope. Params: kind (or null), jurisdictions, documentIds (not both null), offset, limit. */
export const FIND_UNITS_IN_SCOPE = `
${UNITS_IN_SCOPE}
WITH u WHERE $kind IS NULL OR u.unitKind = $kind
${FIND_UNITS_PAGE}`;

/** Params: kind (or null), offset, limit. Every unit has a t_total (0 until it has work): the index covers them all. */
export const FIND_UNITS = `
MATCH (u:Unit) WHERE u.t_total >= 0 AND ($kind IS NULL OR u.unitKind = $kind)
${FIND_UNITS_PAGE}`;

/** Binds `plans`: the Document nodes naming unit `u`, by year (none last), title, id. */
const PLANS_NAMING = (u: string) => `
CALL (${u}) {
  UNWIND ${u}.documentIds AS did
  MATCH (d:Document {id: did})
  WITH d ORDER BY d.year IS NULL, d.year, d.title, d.id
  RETURN collect(d) AS plans
}`;

/**
 * A page of the units of other places with the unit's function, by code (none last), place, name, id; each
 * with the first `cap` plans naming it and its tallies. No row for an unknown unit. Params: unitId, offset, limit, cap.
 */
export const COUNTERPARTS = `
MATCH (u:Unit {id: $unitId})
CALL (u) {
  MATCH (c:Unit {function: u.function}) WHERE u.function <> '' AND c.jurisdiction <> u.jurisdiction
  WITH c ORDER BY c.jurisdictionCode IS NULL, c.jurisdictionCode, c.jurisdiction, c.name, c.id
  RETURN collect(c) AS found
}
WITH size(found) AS total, found[$offset..($offset + $limit)] AS page
CALL (page) {
  UNWIND page AS c
  ${PLANS_NAMING('c')}
  RETURN collect({json: c.json, plans: [d IN plans[0..$cap] | d.json], planTotal: size(plans), lead: coalesce(c.t_lead, 0), support: coalesce(c.t_support, 0), projects: coalesce(c.t_projects, 0)}) AS items
}
RETURN total, items`;

/**
 * A page of the plans naming a unit, and the unit's written counts in each (distinct works per role, as the
 * tallies count them), read from its own edges once. No row for an unknown unit. Params: unitId, offset, limit.
 */
export const UNIT_PLANS = `
MATCH (u:Unit {id: $unitId})
${PLANS_NAMING('u')}
WITH u, size(plans) AS total, plans[$offset..($offset + $limit)] AS page
CALL (u, page) {
  OPTIONAL MATCH (u)-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
  WHERE NOT r.inferred AND w.documentId IN [d IN page | d.id]
  WITH w.documentId AS documentId,
    count(DISTINCT CASE WHEN type(r) = 'LEADS' THEN w END) AS lead,
    count(DISTINCT CASE WHEN type(r) = 'SUPPORTS' THEN w END) AS support,
    count(DISTINCT CASE WHEN type(r) = 'RESPONSIBLE_FOR' THEN w END) AS projects
  RETURN collect({documentId: documentId, lead: lead, support: support, projects: projects}) AS counts
}
RETURN total, [d IN page | d.json] AS items, counts`;

/** Orders a unit's edges on one work by preference: written before inferred, lead, support, responsible, then by via. */
const PREFERRED = (r: string) => `${r}.inferred, CASE type(${r}) WHEN 'LEADS' THEN 0 WHEN 'SUPPORTS' THEN 1 ELSE 2 END, coalesce(${r}.via, '')`;

const CO_UNITS = (work: string) => `[(x:Unit)-[r2:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(${work}) WHERE x <> u AND ($includeInferred OR NOT r2.inferred) |
         {json: x.json, type: type(r2), inferred: r2.inferred, via: r2.via, openEnded: r2.openEnded}]`;

/**
 * One page of a unit's tasks with the total, each with its section, chapter and co-units.
 * Params: unitId, role, sectionId (or null), includeInferred, jurisdictions, codePrefixes, documentIds, offset, limit.
 */
export const TASKS_OF_UNIT = `
MATCH (u:Unit {id: $unitId})
CALL (u) {
  MATCH (u)-[r:LEADS|SUPPORTS]->(t:Task)
  WHERE ($includeInferred OR NOT r.inferred) AND ($sectionId IS NULL OR $sectionId IN t.sectionPath)
    AND (${NO_PLACE} AND $documentIds IS NULL OR EXISTS { MATCH (d:Document {id: t.documentId}) WHERE ${DOCUMENT_IN_SCOPE('d')} })
  WITH t, r ORDER BY ${PREFERRED('r')}
  WITH t, head(collect(r)) AS best
  WHERE $role = 'any' OR (type(best) = 'LEADS') = ($role = 'lead')
  WITH t, best ORDER BY t.documentId, t.number, t.id
  RETURN collect({t: t, best: best}) AS rows
}
WITH u, size(rows) AS total, rows[$offset..($offset + $limit)] AS page
CALL (u, page) {
  UNWIND page AS row
  WITH row.t AS t, row.best AS best
  OPTIONAL MATCH (s:Section {id: t.sectionId})
  OPTIONAL MATCH (c:Section {id: t.chapterId})
  RETURN collect({json: t.json, type: type(best), inferred: best.inferred, via: best.via, section: s.json, chapter: c.json,
    co: ${CO_UNITS('t')}}) AS items
}
RETURN total, items`;

/** One page of a unit's projects. Params: unitId, includeInferred, offset, limit. */
export const PROJECTS_OF_UNIT = `
MATCH (u:Unit {id: $unitId})
CALL (u) {
  MATCH (u)-[r:RESPONSIBLE_FOR]->(p:Project)
  WHERE $includeInferred OR NOT r.inferred
  WITH p, r ORDER BY ${PREFERRED('r')}
  WITH p, head(collect(r)) AS best ORDER BY p.documentId, p.number, p.id
  RETURN collect({p: p, best: best}) AS rows
}
WITH u, size(rows) AS total, rows[$offset..($offset + $limit)] AS page
CALL (u, page) {
  UNWIND page AS row
  WITH row.p AS p, row.best AS best
  OPTIONAL MATCH (s:Section {id: p.sectionId})
  RETURN collect({json: p.json, inferred: best.inferred, via: best.via, section: s.json, co: ${CO_UNITS('p')}}) AS items
}
RETURN total, items`;

/**
 * Every unit sharing work with this one, with counts by role pair and Σ 1/(units on the work − 1).
 * Bounded by the unit's own work. Params: unitId, includeInferred.
 */
export const PARTNERS = `
MATCH (u:Unit {id: $unitId})
CALL (u) {
  MATCH (u)-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
  WHERE $includeInferred OR NOT r.inferred
  WITH w, r ORDER BY ${PREFERRED('r')}
  WITH w, head(collect(r)) AS mine
  MATCH (x:Unit)-[r2:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
  WHERE $includeInferred OR NOT r2.inferred
  WITH w, mine, x, r2 ORDER BY ${PREFERRED('r2')}
  WITH w, mine, x, head(collect(r2)) AS their
  WITH w, mine, collect({x: x, their: type(their)}) AS onWork
  WHERE size(onWork) > 1
  WITH type(mine) AS a, [o IN onWork WHERE o.x.id <> $unitId] AS others, 1.0 / (size(onWork) - 1) AS weight
  UNWIND others AS o
  WITH o.x AS x, a, o.their AS b, weight
  RETURN x.json AS json, count(*) AS shared, sum(weight) AS weight,
    sum(CASE WHEN a <> 'RESPONSIBLE_FOR' AND b <> 'RESPONSIBLE_FOR' AND a = 'LEADS' AND b = 'LEADS' THEN 1 ELSE 0 END) AS leadLead,
    sum(CASE WHEN a <> 'RESPONSIBLE_FOR' AND b <> 'RESPONSIBLE_FOR' AND a = 'LEADS' AND b <> 'LEADS' THEN 1 ELSE 0 END) AS leadSupport,
    sum(CASE WHEN a <> 'RESPONSIBLE_FOR' AND b <> 'RESPONSIBLE_FOR' AND a <> 'LEADS' AND b = 'LEADS' THEN 1 ELSE 0 END) AS supportLead,
    sum(CASE WHEN a <> 'RESPONSIBLE_FOR' AND b <> 'RESPONSIBLE_FOR' AND a <> 'LEADS' AND b <> 'LEADS' THEN 1 ELSE 0 END) AS supportSupport,
    sum(CASE WHEN a = 'RESPONSIBLE_FOR' OR b = 'RESPONSIBLE_FOR' THEN 1 ELSE 0 END) AS project
}
RETURN json, shared, weight, leadLead, leadSupport, supportLead, supportSupport, project`;

/** Params: unitA, unitB, includeInferred. Two MATCHes, so a unit shares its work with itself. */
export const SHARED_WORK = `
MATCH (a:Unit {id: $unitA}), (b:Unit {id: $unitB})
CALL (a, b) {
  MATCH (a)-[ra:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
  WHERE $includeInferred OR NOT ra.inferred
  WITH b, w, ra ORDER BY ${PREFERRED('ra')}
  WITH b, w, head(collect(ra)) AS ra
  MATCH (b)-[rb:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
  WHERE $includeInferred OR NOT rb.inferred
  WITH w, ra, rb ORDER BY ${PREFERRED('rb')}
  WITH w, ra, head(collect(rb)) AS rb
  RETURN collect({json: w.json, isTask: w:Task, a: type(ra), b: type(rb), inferred: ra.inferred OR rb.inferred}) AS works
}
RETURN a.json AS a, b.json AS b, works`;

/** A unit's workload: its tallies, bridge score, chapters; all tasks from the count store. Params: id. */
export const WORKLOAD_OF = (unit: string) => `
CALL (${unit}) {
  OPTIONAL MATCH (${unit})-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
  WHERE NOT r.inferred AND w.chapterId IS NOT NULL
  WITH DISTINCT w.chapterId AS chapterId
  OPTIONAL MATCH (c:Section {id: chapterId})
  RETURN collect(c.json) AS chapters
}`;

export const WORKLOAD = `
MATCH (u:Unit {id: $id})
${WORKLOAD_OF('u')}
RETURN ${TALLY_RETURN}, coalesce(u.bridge, 0.0) AS bridge, chapters, COUNT { MATCH (t:Task) } AS allTasks`;

/** Units with any work, most tasks led first. Params: offset, limit. */
export const WORKLOADS = `
MATCH (u:Unit) WHERE u.w_anyInferred > 0
WITH u ORDER BY u.t_lead DESC, u.name, u.id
WITH collect(u) AS found
WITH size(found) AS total, found[$offset..($offset + $limit)] AS page
CALL (page) {
  UNWIND page AS u
  ${WORKLOAD_OF('u')}
  RETURN collect({${TALLY_FIELDS.map((f) => `${f}: u.t_${f}`).join(', ')}, json: u.json, bridge: coalesce(u.bridge, 0.0), chapters: chapters}) AS items
}
RETURN total, items, COUNT { MATCH (t:Task) } AS allTasks`;

/** Label and relationship counts come from Neo4j's count store; inferred edges from the documents. */
export const STATS = `
OPTIONAL MATCH (d:Document) WHERE d.id IS NOT NULL
WITH count(d) AS documents, sum(d.inferredRelations) AS inferredRelations
RETURN documents, inferredRelations,
  ${OWNED_LABELS.map((l) => `COUNT { MATCH (n:${l}) } AS ${l}`).join(', ')},
  ${SHARED_LABELS.map((l) => `COUNT { MATCH (n:${l}) } AS ${l}`).join(', ')},
  ${RELATION_TYPES.map((t) => `COUNT { MATCH ()-[r:${t}]->() } AS ${t}`).join(', ')}`;

/** Each document's number of findings per check, by id (the checks are paged across documents). Params: jurisdictions, codePrefixes, documentIds. */
export const CHECK_COUNTS = `
MATCH (d:Document) WHERE d.id IS NOT NULL AND ${DOCUMENT_IN_SCOPE('d')}
RETURN d.id AS id, ${CHECK_FIELDS.map((c) => `d.h_${c} AS ${c}`).join(', ')}
ORDER BY d.id`;

/** Params: ids. */
export const FINDINGS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.findings AS findings`;

const SUPPORT_ONLY_PAGE = `
WITH u ORDER BY u.name, u.id
WITH collect(u) AS found
RETURN size(found) AS total, [u IN found[$offset..($offset + $limit)] | {json: u.json, supports: u.t_support, projects: u.t_projects}] AS items`;

/** Units that support tasks and lead none, by name. Params: offset, limit. */
export const SUPPORT_ONLY_UNITS = `
MATCH (u:Unit) WHERE u.t_lead = 0 AND u.t_support > 0
${SUPPORT_ONLY_PAGE}`;

/** The same among the units in scope. Params: jurisdictions, codePrefixes, documentIds (not all null), offset, limit. */
export const SUPPORT_ONLY_UNITS_IN_SCOPE = `
${UNITS_IN_SCOPE}
WITH u WHERE u.t_lead = 0 AND u.t_support > 0
${SUPPORT_ONLY_PAGE}`;

/**
 * Counts of the plans in scope (their relation counts are in each plan's contribution), the units in
 * scope, and the enterprises and places the plans name. Params: jurisdictions, codePrefixes, documentIds (not all null).
 */
export const STATS_IN_SCOPE = `
CALL () {
  ${DOCUMENTS_IN_SCOPE}
  RETURN count(d) AS documents, collect(d.contribution) AS contributions, collect(d.summary) AS summaries,
    sum(COUNT { MATCH (s:Section {documentId: d.id}) }) AS sections
}
CALL () {
  ${DOCUMENTS_IN_SCOPE}
  UNWIND d.sharedIds AS sid
  MATCH (n:DutyNode {id: sid})
  WITH DISTINCT n
  RETURN count(CASE WHEN n:Enterprise THEN 1 END) AS enterprises, count(CASE WHEN n:Place THEN 1 END) AS places
}
CALL () {
  ${UNITS_IN_SCOPE}
  RETURN count(u) AS units
}
RETURN documents, contributions, summaries, sections, enterprises, places, units`;

/**
 * The co-responsibility network of some works, as Cypher aggregates it: per unit its works, per pair
 * the works shared and Σ 1/(units on the work − 1). `works` is a MATCH that binds `w`.
 * Params: types, includeInferred, minShared (and what `works` needs).
 */
function networkOf(works: string): string {
  return `
${works}
MATCH (u:Unit)-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
WHERE type(r) IN $types AND ($includeInferred OR NOT r.inferred)
WITH w, u ORDER BY u.id
WITH w, collect(DISTINCT u) AS units
WITH collect(units) AS groups
CALL (groups) {
  UNWIND groups AS g
  UNWIND g AS u
  WITH u, count(*) AS works
  RETURN collect({id: u.id, name: u.name, kind: u.unitKind, jurisdiction: u.jurisdiction, code: u.jurisdictionCode, works: works}) AS nodes
}
CALL (groups) {
  UNWIND groups AS g
  WITH g WHERE size(g) > 1
  UNWIND range(0, size(g) - 2) AS i
  UNWIND range(i + 1, size(g) - 1) AS j
  WITH g[i].id AS source, g[j].id AS target, 1.0 / (size(g) - 1) AS weight
  WITH source, target, count(*) AS shared, sum(weight) AS weight
  WHERE shared >= $minShared
  RETURN collect({source: source, target: target, shared: shared, weight: weight}) AS edges
}
RETURN nodes, edges`;
}

/** The works of one document at or below a section (or the document itself), when the document is in scope. Params: sectionId, jurisdictions, codePrefixes, documentIds. */
export const SECTION_NETWORK = networkOf(`
MATCH (s:DutyNode {id: $sectionId})
WITH CASE WHEN s:Document THEN s.id ELSE s.documentId END AS documentId
MATCH (d:Document {id: documentId}) WHERE ${DOCUMENT_IN_SCOPE('d')}
CALL (documentId) {
  MATCH (w:Task {documentId: documentId}) RETURN w
  UNION
  MATCH (w:Project {documentId: documentId}) RETURN w
}
WITH w WHERE $sectionId IN w.sectionPath`);

/** The works of the plans in scope. Params: jurisdictions, codePrefixes, documentIds (not all null). */
export const SCOPED_NETWORK = networkOf(`
${DOCUMENTS_IN_SCOPE}
CALL (d) {
  MATCH (w:Task {documentId: d.id}) RETURN w
  UNION
  MATCH (w:Project {documentId: d.id}) RETURN w
}
WITH w`);

/** Whether the units with work in a variant number at most `cap` (read no further than cap + 1). Params: cap. */
export function unitsWithWork(v: NetworkVariant): string {
  return `MATCH (u:Unit) WHERE u.w_${variant(v)} > 0 WITH u LIMIT $cap + 1 RETURN count(u) AS n`;
}

/** The whole network, when its units are few enough (see unitsWithWork). */
export function fullNetwork(v: NetworkVariant): string {
  return networkOf(`
MATCH (x:Unit) WHERE x.w_${variant(v)} > 0
MATCH (x)-[:LEADS|SUPPORTS|RESPONSIBLE_FOR]->(w)
WITH DISTINCT w`);
}

/** How many names and name pairs the merged network has (index range scans, nothing returned). Params: minShared. */
export function namedNetworkSize(v: NetworkVariant): string {
  const w = variant(v);
  return `
CALL () { MATCH (n:UnitName) WHERE n.w_${w} > 0 RETURN count(n) AS nodes }
CALL () { MATCH (p:NamePair) WHERE p.s_${w} > 0 AND p.s_${w} >= $minShared RETURN count(p) AS edges }
RETURN nodes, edges`;
}

/**
 * The merged network's busiest names (`limit`, ORDER BY works DESC, name: the order core/network.ts keeps)
 * and the pairs between them, found from each name by index. Ids are the names (boundNetwork marks them).
 * Params: limit, minShared.
 */
export function namedNetwork(v: NetworkVariant): string {
  const w = variant(v);
  return `
MATCH (n:UnitName) WHERE n.w_${w} > 0
WITH n ORDER BY n.w_${w} DESC, n.name LIMIT $limit
WITH collect({id: n.name, name: n.name, kind: n.kind, jurisdiction: '', code: null, works: n.w_${w}}) AS nodes
CALL (nodes) {
  WITH [n IN nodes | n.name] AS names
  UNWIND names AS a
  MATCH (p:NamePair {a: a}) WHERE p.b IN names AND p.s_${w} > 0 AND p.s_${w} >= $minShared
  RETURN collect({source: p.a, target: p.b, shared: p.s_${w}, weight: p.x_${w}}) AS edges
}
RETURN nodes, edges`;
}

/** Params: id. */
export const NODE = `
MATCH (n:DutyNode {id: $id})
RETURN n.id AS id, n.kind AS kind, n.label AS label, n.unitKind AS unitKind, n.jurisdiction AS jurisdiction`;

const EDGE_RETURN = `
RETURN type(r) AS type,
       startNode(r).id AS fromId, startNode(r).kind AS fromKind, startNode(r).label AS fromLabel, startNode(r).unitKind AS fromUnitKind, startNode(r).jurisdiction AS fromJurisdiction,
       endNode(r).id AS toId, endNode(r).kind AS toKind, endNode(r).label AS toLabel, endNode(r).unitKind AS toUnitKind, endNode(r).jurisdiction AS toJurisdiction,
       r.inferred AS inferred, r.via AS via, r.openEnded AS openEnded`;

/** (:Unit)-[LEADS|SUPPORTS|RESPONSIBLE_FOR]->() edges touching the given nodes. Params: ids. */
export const RESPONSIBILITY_AROUND = `
UNWIND $ids AS id
MATCH (n:DutyNode {id: id})-[r:LEADS|SUPPORTS|RESPONSIBLE_FOR]-()
WHERE startNode(r):Unit
${EDGE_RETURN}`;

const LAYER_EDGES = `
UNWIND $frontier AS id
MATCH (n:DutyNode {id: id})-[r]-(m:DutyNode)
WHERE $includeInferred OR NOT coalesce(r.inferred, false)`;

/** The first `take` nodes next to a frontier that are not known yet, by id. Params: frontier, known, take, includeInferred. */
export const LAYER_FRESH = `
${LAYER_EDGES} AND NOT m.id IN $known
WITH DISTINCT m ORDER BY m.id LIMIT $take
RETURN m.id AS id, m.kind AS kind, m.label AS label, m.unitKind AS unitKind, m.jurisdiction AS jurisdiction`;

/** Edges from a frontier to the given nodes. Params: frontier, ends, includeInferred. */
export const LAYER_EDGES_TO = `
${LAYER_EDGES} AND m.id IN $ends
${EDGE_RETURN}`;

/** A task or project with all its edges (a few) and the whole node at the other end. Params: id. */
export function around(label: 'Task' | 'Project'): string {
  return `
MATCH (n:${assertOneOf(label, ALL_LABELS)} {id: $id})
OPTIONAL MATCH (n)-[r]-(m)
RETURN n.json AS json, n.documentId AS documentId,
       collect(CASE WHEN r IS NULL THEN null ELSE
         {type: type(r), out: startNode(r) = n, inferred: r.inferred, via: r.via, openEnded: r.openEnded,
          score: r.score, labels: labels(m), json: m.json} END) AS rows`;
}

/**
 * An enterprise or place: the first `cap` tasks and projects naming it (and projects an enterprise is
 * responsible for), by document then number, and how many there are. Params: id, cap.
 */
export function named(label: 'Enterprise' | 'Place'): string {
  const first = (pattern: string, node: string) => `
CALL (n) {
  MATCH ${pattern}
  WITH ${node} ORDER BY ${node}.documentId, ${node}.number, ${node}.id LIMIT $cap
  RETURN collect(${node}.json) AS list
}`;
  return `
MATCH (n:${assertOneOf(label, ALL_LABELS)} {id: $id})
CALL (n) { ${first('(n)<-[:MENTIONS]-(t:Task)', 't')} RETURN list AS tasks }
CALL (n) { ${first('(n)<-[:MENTIONS]-(p:Project)', 'p')} RETURN list AS projects }
CALL (n) { ${first('(n)-[:RESPONSIBLE_FOR]->(p:Project)', 'p')} RETURN list AS responsibleFor }
RETURN n.json AS json, tasks, projects, responsibleFor,
  COUNT { (n)<-[:MENTIONS]-(:Task) } AS taskTotal, COUNT { (n)<-[:MENTIONS]-(:Project) } AS projectTotal,
  COUNT { (n)-[:RESPONSIBLE_FOR]->(:Project) } AS responsibleForTotal`;
}

/** Params: documentId. */
export const SECTIONS_OF_DOCUMENT = `
MATCH (s:Section {documentId: $documentId})
RETURN s.json AS json`;

/** Params: documentId. */
/** The plans of one side of a comparison: one by id, or every plan a place issued. Params: key. */
export const COMPARE_PLANS = {
  document: 'MATCH (d:Document {id: $key}) RETURN d.json AS json, d.summary AS summary',
  // A place's own plans, and with its code ($codePrefix) those of the places under it; each branch seeks its index.
  jurisdiction: `
CALL {
  MATCH (d:Document {jurisdiction: $key}) RETURN d
  UNION
  MATCH (d:Document) WHERE $codePrefix IS NOT NULL AND d.jurisdictionCode STARTS WITH $codePrefix RETURN d
}
RETURN d.json AS json, d.summary AS summary`,
} as const;

/**
 * The tasks of a side's plans with the written lead and support edges of the units the side counts (a place
 * counts only its own, and with its code those of the places under it), by unit id: a unit on many tasks travels
 * once (COMPARE_UNITS). Params: documentIds, jurisdiction and codePrefix (null for a plan, codePrefix null without a code).
 */
export const COMPARE_TASKS = `
UNWIND $documentIds AS documentId
MATCH (t:Task {documentId: documentId})
RETURN t.json AS json,
  [(u:Unit)-[r:LEADS|SUPPORTS]->(t) WHERE NOT r.inferred AND ($jurisdiction IS NULL OR u.jurisdiction = $jurisdiction OR ($codePrefix IS NOT NULL AND u.jurisdictionCode STARTS WITH $codePrefix)) | {id: u.id, lead: type(r) = 'LEADS'}] AS roles`;

/** Params: ids. */
export const COMPARE_UNITS = 'UNWIND $ids AS id MATCH (u:Unit {id: id}) RETURN u.json AS json';

export const DOCUMENT_JSON = 'MATCH (d:Document {id: $documentId}) RETURN d.json AS json';

// ---------------------------------------------------------------- version and lock (shared by instances)

/** Adds one to the graph version; run inside every load and remove that changes something. Returns version. */
export const BUMP_VERSION = `
MERGE (v:GraphVersion {id: 'graph'})
SET v.value = coalesce(v.value, 0) + 1
RETURN v.value AS version`;

export const GRAPH_VERSION = "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.value, 0) AS version";

/**
 * First statement of acquireLock: takes the node's write lock (held to the end of the transaction), so
 * the check that follows reads what the last holder committed and no other instance checks meanwhile.
 */
export const CLAIM_LOCK = "MERGE (l:StoreLock {id: 'startup-and-changes'}) SET l.claimedAt = timestamp()";

/** Params: owner, ttlMs. Free, expired or the owner's own: taken (renewed). Times are the server's clock, the same for every instance. */
export const TAKE_LOCK = `
MATCH (l:StoreLock {id: 'startup-and-changes'})
WITH l, l.owner IS NULL OR l.owner = $owner OR l.expires < timestamp() AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expires = CASE WHEN free THEN timestamp() + $ttlMs ELSE l.expires END
RETURN free`;

/** Params: owner. */
export const RELEASE_LOCK = "MATCH (l:StoreLock {id: 'startup-and-changes', owner: $owner}) SET l.owner = null, l.expires = null";

/**
 * Test and benchmark helper: empties the database of this package's nodes, a few thousand per
 * transaction (a province's plans in one would exceed the server's transaction memory). Run it
 * auto-committed (session.run), as IN TRANSACTIONS requires.
 */
export const DELETE_ALL = 'MATCH (n) WHERE n:DutyNode OR n:UnitName OR n:NamePair OR n:GraphVersion OR n:StoreLock CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS';
