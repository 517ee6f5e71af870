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
import { ACTOR_TEXT, RELATION_TEXT } from '../shared/field-text';
import { attributeName } from '../shared/lists';
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
  ['original_kind', ACTOR_TEXT.originalKind],
  ['role', ACTOR_TEXT.role],
  ['affiliation', ACTOR_TEXT.affiliation],
  ['aliases', ACTOR_TEXT.aliases],
  ['description', ACTOR_TEXT.description],
  ['placeholder', ACTOR_TEXT.placeholder],
  ['evidence', ACTOR_TEXT.evidence],
];

const ACTOR_PLACE: Array<[string, (actor: Actor) => Cell]> = [
  ['x', ACTOR_TEXT.x],
  ['y', ACTOR_TEXT.y],
  ['color', ACTOR_TEXT.color],
];

const RELATION_FIELDS: Array<[string, (relation: Relation) => Cell]> = [
  ['id', (r) => r.id],
  ['source', (r) => r.source],
  ['target', (r) => r.target],
  ['kind', (r) => r.kind],
  ['original_kind', RELATION_TEXT.originalKind],
  ...(['directed', 'date', 'status'] as const).map((name): [string, (r: Relation) => Cell] => [
    name,
    RELATION_TEXT[name],
  ]),
  ['claimed_by', RELATION_TEXT.claimedBy],
  ...(['note', 'weight', 'quote', 'evidence'] as const).map(
    (name): [string, (r: Relation) => Cell] => [name, RELATION_TEXT[name]],
  ),
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
  const actorFields = [...ACTOR_FIELDS, ...optional(dataset.actors, ACTOR_PLACE)];
  return {
    actors: table(dataset.actors, actorFields, NODE_COLUMNS),
    relations: table(dataset.relations, RELATION_FIELDS, EDGE_COLUMNS),
  };
}
