/**
 * A dataset as two CSV files (RFC 4180, CRLF, no BOM), its actors and its
 * relations, that read back to the same actors and relations: every field
 * has its column, lists and evidence are encoded in one cell (see
 * shared/lists.ts), attribute keys that would read as a field are written
 * `attribute:<key>`, a field that is empty is written `""` and one that is
 * absent is left empty, and a cell a spreadsheet would run is neutralised.
 * CSV has no place for the title, the sources or the stories.
 */
import type { Actor, AttributeValue, Dataset, Relation } from '../../model/types';
import { isDirected } from '../../model/vocabulary';
import { attributeName, encodeEvidence, encodeList } from '../shared/lists';
import { EDGE_COLUMNS, NODE_COLUMNS, isFieldColumn } from './columns';
import { neutralise } from './scan';

/** A cell: text, or undefined for a value the element does not have. */
type Cell = string | undefined;

function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (value === '') return '""';
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvText(rows: Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Attribute keys in order of first use, each with the column name that reads back as it. */
function attributeHeader(
  items: ReadonlyArray<{ attributes?: Record<string, AttributeValue> }>,
  names: Record<string, readonly string[]>,
): Array<[string, string]> {
  const keys = new Set<string>();
  for (const item of items)
    if (item.attributes) for (const key of Object.keys(item.attributes)) keys.add(key);
  const isField = isFieldColumn(names);
  return [...keys].map((key) => [key, attributeName(key, isField)]);
}

function attributeCells(
  item: { attributes?: Record<string, AttributeValue> },
  keys: ReadonlyArray<[string, string]>,
): Cell[] {
  const attributes = item.attributes;
  return keys.map(([key]) =>
    attributes && Object.prototype.hasOwnProperty.call(attributes, key)
      ? String(attributes[key])
      : undefined,
  );
}

/** Columns written only when some element has a value for them. */
function optional<T>(items: readonly T[], columns: Array<[string, (item: T) => Cell]>) {
  return columns.filter(([, value]) => items.some((item) => value(item) !== undefined));
}

const ACTOR_FIELDS: Array<[string, (actor: Actor) => Cell]> = [
  ['id', (a) => a.id],
  ['name', (a) => a.name],
  ['kind', (a) => a.kind],
  ['original_kind', (a) => a.originalKind],
  ['role', (a) => a.role],
  ['affiliation', (a) => a.affiliation],
  ['aliases', (a) => (a.aliases?.length ? encodeList(a.aliases) : undefined)],
  ['description', (a) => a.description],
  ['placeholder', (a) => (a.placeholder ? 'true' : undefined)],
  ['evidence', (a) => (a.evidence?.length ? encodeEvidence(a.evidence) : undefined)],
];

const ACTOR_EXTRAS: Array<[string, (actor: Actor) => Cell]> = [
  ['x', (a) => (a.position ? String(a.position.x) : undefined)],
  ['y', (a) => (a.position ? String(a.position.y) : undefined)],
  ['color', (a) => a.color],
];

const RELATION_FIELDS: Array<[string, (relation: Relation) => Cell]> = [
  ['id', (r) => r.id],
  ['source', (r) => r.source],
  ['target', (r) => r.target],
  ['kind', (r) => r.kind],
  ['original_kind', (r) => r.originalKind],
  ['directed', (r) => String(isDirected(r))],
  ['date', (r) => r.date],
  ['status', (r) => r.status],
  ['claimed_by', (r) => (r.claimedBy?.length ? encodeList(r.claimedBy) : undefined)],
  ['note', (r) => r.note],
  ['weight', (r) => (r.weight === undefined ? undefined : String(r.weight))],
  // The first quote for people and other tools; the evidence cell is what diplomap reads.
  ['quote', (r) => r.evidence[0]?.quote],
  ['evidence', (r) => (r.evidence.length ? encodeEvidence(r.evidence) : undefined)],
];

function table<T extends { attributes?: Record<string, AttributeValue> }>(
  items: readonly T[],
  fields: Array<[string, (item: T) => Cell]>,
  names: Record<string, readonly string[]>,
): string {
  const keys = attributeHeader(items, names);
  const rows: Cell[][] = [[...fields.map(([name]) => name), ...keys.map(([, column]) => column)]];
  for (const item of items)
    rows.push([...fields.map(([, value]) => value(item)), ...attributeCells(item, keys)]);
  return csvText(rows);
}

/** Writes a dataset as its actors' and its relations' CSV files. */
export function writeCsv(dataset: Dataset): { actors: string; relations: string } {
  const actorFields = [...ACTOR_FIELDS, ...optional(dataset.actors, ACTOR_EXTRAS)];
  return {
    actors: table(dataset.actors, actorFields, NODE_COLUMNS),
    relations: table(dataset.relations, RELATION_FIELDS, EDGE_COLUMNS),
  };
}
