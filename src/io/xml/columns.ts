/**
 * The values GEXF and GraphML writers declare and fill for every actor and
 * relation: diplomap's fields under the names the readers map back (see
 * fields.ts), then one column per attribute key, typed as number or boolean
 * when every value is. Lists and evidence are encoded as in every format
 * (shared/lists.ts); an empty field is written empty and an absent one not
 * at all, so that the round trip is exact.
 */
import type { Actor, AttributeValue, Relation } from '../../model/types';
import { attributeName, encodeEvidence, encodeList } from '../shared/lists';
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

/** The kind an element is written with: its vocabulary kind, or the file's own word for "other". */
export function writtenKind(item: { kind: string; originalKind?: string }): string {
  return item.kind === 'other' && item.originalKind ? item.originalKind : item.kind;
}

/** The node columns of a dataset (the name, positions and colours are left to each format). */
export function actorColumns(actors: readonly Actor[]): Column<Actor>[] {
  const fields: Column<Actor>[] = [
    { title: 'kind', type: 'string', value: writtenKind },
    { title: 'originalKind', type: 'string', value: (a) => a.originalKind },
    { title: 'role', type: 'string', value: (a) => a.role },
    { title: 'description', type: 'string', value: (a) => a.description },
    {
      title: 'aliases',
      type: 'string',
      value: (a) => (a.aliases?.length ? encodeList(a.aliases) : undefined),
    },
    { title: 'affiliation', type: 'string', value: (a) => a.affiliation },
    { title: 'placeholder', type: 'boolean', value: (a) => (a.placeholder ? 'true' : undefined) },
    {
      title: 'evidence',
      type: 'string',
      value: (a) => (a.evidence?.length ? encodeEvidence(a.evidence) : undefined),
    },
  ];
  return [...used(fields, actors), ...attributeColumns(actors, isFieldName(NODE_FIELDS))];
}

/** The edge columns of a dataset (weight and direction are left to each format). */
export function relationColumns(relations: readonly Relation[]): Column<Relation>[] {
  const fields: Column<Relation>[] = [
    { title: 'kind', type: 'string', value: writtenKind },
    { title: 'originalKind', type: 'string', value: (r) => r.originalKind },
    { title: 'date', type: 'string', value: (r) => r.date },
    { title: 'status', type: 'string', value: (r) => r.status },
    {
      title: 'claimedBy',
      type: 'string',
      value: (r) => (r.claimedBy?.length ? encodeList(r.claimedBy) : undefined),
    },
    { title: 'note', type: 'string', value: (r) => r.note },
    // The first quote for people and other tools; the evidence is what diplomap reads.
    { title: 'quote', type: 'string', value: (r) => r.evidence[0]?.quote },
    {
      title: 'evidence',
      type: 'string',
      value: (r) => (r.evidence.length ? encodeEvidence(r.evidence) : undefined),
    },
  ];
  return [...used(fields, relations), ...attributeColumns(relations, isFieldName(EDGE_FIELDS))];
}
