/**
 * The values GEXF and GraphML writers declare and fill for every actor and
 * relation: diplomap's fields under the names the readers map back (see
 * fields.ts), then one column per attribute key, typed as number or boolean
 * when every value is. Lists and evidence are encoded as in every format
 * (shared/lists.ts); an empty field is written empty and an absent one not
 * at all, so that the round trip is exact.
 */
import type { Actor, AttributeValue, Relation } from '../../model/types';
import {
  ACTOR_TEXT,
  ACTOR_VALUES,
  RELATION_TEXT,
  RELATION_VALUES,
  writtenKind,
} from '../shared/field-text';
import { attributeName } from '../shared/lists';
import { EDGE_FIELDS, NODE_FIELDS, isFieldName } from '../shared/fields';

export type ColumnType = 'string' | 'number' | 'boolean';

/** One value a writer declares and fills for every actor or relation. */
export interface Column<T> {
  /** The title (GEXF) or attr.name (GraphML). */
  title: string;
  type: ColumnType;
  value: (item: T) => string | undefined;
}

type WithAttributes = { attributes?: Record<string, AttributeValue> };

function ownValue(item: WithAttributes, key: string): AttributeValue | undefined {
  const record = item.attributes;
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const TYPES: Record<string, ColumnType> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
};

/**
 * One column per attribute key and type of value: a key whose values are
 * all numbers is one number column, and a key whose values mix text and
 * numbers has a column of each type under the same name (each element fills
 * the one of its value's type), so that every value reads back as it was.
 */
function attributeColumns<T extends WithAttributes>(
  items: readonly T[],
  isField: (name: string) => boolean,
): Column<T>[] {
  const types = new Map<string, Set<ColumnType>>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.attributes ?? {})) {
      const seen = types.get(key) ?? new Set<ColumnType>();
      seen.add(TYPES[typeof value] ?? 'string');
      types.set(key, seen);
    }
  }
  return [...types].flatMap(([key, seen]) =>
    [...seen].sort().map((type) => ({
      title: attributeName(key, isField),
      type,
      value: (item: T) => {
        const value = ownValue(item, key);
        return value === undefined || (TYPES[typeof value] ?? 'string') !== type
          ? undefined
          : String(value);
      },
    })),
  );
}

/** Drops the columns no item has a value for. */
function used<T>(columns: Column<T>[], items: readonly T[]): Column<T>[] {
  return columns.filter((column) => items.some((item) => column.value(item) !== undefined));
}

const column =
  <T>(texts: Record<string, (item: T) => string | undefined>) =>
  (title: string): Column<T> => ({
    title,
    type: title === 'placeholder' ? 'boolean' : 'string',
    value: texts[title] as (item: T) => string | undefined,
  });

/** The node columns of a dataset (the name, positions and colours are left to each format). */
export function actorColumns(actors: readonly Actor[]): Column<Actor>[] {
  const fields: Column<Actor>[] = [
    { title: 'kind', type: 'string', value: writtenKind },
    ...ACTOR_VALUES.map(column<Actor>(ACTOR_TEXT)),
  ];
  return [...used(fields, actors), ...attributeColumns(actors, isFieldName(NODE_FIELDS))];
}

/** The edge columns of a dataset (weight and direction are left to each format). */
export function relationColumns(relations: readonly Relation[]): Column<Relation>[] {
  const fields: Column<Relation>[] = [
    { title: 'kind', type: 'string', value: writtenKind },
    ...RELATION_VALUES.map(column<Relation>(RELATION_TEXT)),
  ];
  return [...used(fields, relations), ...attributeColumns(relations, isFieldName(EDGE_FIELDS))];
}
