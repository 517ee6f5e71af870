/**
 * What attribute names mean to diplomap, in the formats that give a node or
 * an edge a list of named, typed values (GEXF, GraphML, node-link JSON): the
 * names below (compared in lower case) are diplomap's fields, the first of
 * each wins, and every other value is kept as an attribute, typed as
 * declared. `attribute:<name>` is always the attribute <name>: the writers
 * use it for attributes whose name is a field's.
 */
import type { AttributeValue } from '../../model/types';
import type { DatasetBuilder } from './builder';
import { ACTOR_VALUES, RELATION_VALUES } from './field-text';
import type { ActorField, ActorInput, RelationField, RelationInput } from './inputs';
import { freshRecord } from './inputs';
import { relationKindOf } from './kinds';
import { prefixedAttribute } from './lists';
import type { Place } from './types';
import { colorFromChannels, numberOf, typedValue, type ValueType } from './values';

/** A value found on a node or an edge, under the name the file gives it. */
export interface Field {
  name: string;
  value: string;
  type: ValueType;
  place: Place;
}

type NodeName = ActorField | 'x' | 'y' | 'r' | 'g' | 'b';
type EdgeName = RelationField | 'label';

export const NODE_FIELDS: Record<string, NodeName> = {
  label: 'name',
  name: 'name',
  kind: 'kind',
  type: 'kind',
  category: 'kind',
  originalkind: 'originalKind',
  role: 'role',
  description: 'description',
  aliases: 'aliases',
  affiliation: 'affiliation',
  placeholder: 'placeholder',
  evidence: 'evidence',
  color: 'color',
  colour: 'color',
  x: 'x',
  y: 'y',
  r: 'r',
  g: 'g',
  b: 'b',
};

export const EDGE_FIELDS: Record<string, EdgeName> = {
  kind: 'kind',
  type: 'kind',
  relation: 'kind',
  label: 'label',
  originalkind: 'originalKind',
  directed: 'directed',
  date: 'date',
  weight: 'weight',
  quote: 'quote',
  status: 'status',
  claimedby: 'claimedBy',
  note: 'note',
  evidence: 'evidence',
};

/** Whether an attribute of this name would be read as a field (and must be written prefixed). */
export function isFieldName(table: Record<string, string>): (name: string) => boolean {
  return (name) => Object.prototype.hasOwnProperty.call(table, name.trim().toLowerCase());
}

/** The fields of one node or edge, split into those diplomap maps and the attributes kept. */
class Found<N extends string> {
  private readonly mapped = new Map<N, Field>();
  readonly attributes = freshRecord<AttributeValue>();

  constructor(
    fields: readonly Field[],
    table: Record<string, N>,
    private readonly builder: DatasetBuilder,
  ) {
    for (const field of fields) {
      const prefixed = prefixedAttribute(field.name);
      if (prefixed !== undefined) {
        this.keep({ ...field, name: prefixed });
        continue;
      }
      const lower = field.name.trim().toLowerCase();
      const name = Object.prototype.hasOwnProperty.call(table, lower) ? table[lower] : undefined;
      if (name !== undefined && !this.mapped.has(name)) this.mapped.set(name, field);
      else this.keep(field);
    }
  }

  /** Keeps a value as an attribute, typed; a value that does not parse is kept as text. */
  keep(field: Field): void {
    if (field.type !== 'string' && field.value.trim() === '') return;
    let value = typedValue(field.value, field.type);
    if (value === undefined) {
      this.builder.report(
        {
          category: 'bad-value',
          severity: 'warning',
          message: `"${field.value}" is not a${field.type === 'integer' ? 'n' : ''} ${field.type} (attribute "${field.name}"); kept as text`,
        },
        field.place,
      );
      value = field.value;
    }
    this.attributes[field.name] = value;
  }

  /** A mapped value, taken out (so that it is not kept as an attribute too). */
  take(name: N): Field | undefined {
    const field = this.mapped.get(name);
    this.mapped.delete(name);
    return field;
  }

  /** Takes mapped values as text, noting in `places` where each was found. */
  reader<F extends N>(): {
    text: (name: F) => string | undefined;
    places: Partial<Record<F, Place>>;
  } {
    const places: Partial<Record<F, Place>> = {};
    const text = (name: F) => {
      const field = this.take(name);
      if (field) places[name] = field.place;
      return field?.value;
    };
    return { text, places };
  }

  /** Keeps every mapped value not taken as an attribute. */
  rest(): Record<string, AttributeValue> {
    for (const field of this.mapped.values()) this.keep(field);
    this.mapped.clear();
    return this.attributes;
  }
}

/** What the markup of a node says beside its values (GEXF label and viz, yEd drawing). */
export interface NodeExtras {
  label?: string;
  /** A label drawn on the node (yEd), used when no value names the node. */
  drawnLabel?: string;
  position?: { x: number; y: number };
  color?: string;
}

/** A node as the builder takes it, with where each field was. */
export function nodeInput(
  id: string,
  fields: readonly Field[],
  extras: NodeExtras,
  builder: DatasetBuilder,
): { input: ActorInput; places: Partial<Record<ActorField, Place>> } {
  const found = new Found(fields, NODE_FIELDS, builder);
  const { text, places } = found.reader<ActorField>();
  const input: ActorInput = { id };
  const name = text('name');
  input.name = extras.label ?? (name?.trim() ? name : undefined) ?? extras.drawnLabel;
  for (const key of ['kind', ...ACTOR_VALUES] as const) {
    const value = text(key);
    if (value !== undefined) input[key] = value;
  }
  const [x, y] = [found.take('x'), found.take('y')];
  if (x && y) {
    input.position = { x: x.value, y: y.value };
    places.position = x.place;
  } else {
    for (const field of [x, y]) if (field) found.keep(field);
    if (extras.position) input.position = extras.position;
  }
  input.color = text('color') ?? channels(found) ?? extras.color;
  input.attributes = found.rest();
  return { input, places };
}

/** Gephi's GraphML export gives a node's colour as three values r, g and b. */
function channels(found: Found<NodeName>): string | undefined {
  const [r, g, b] = [found.take('r'), found.take('g'), found.take('b')];
  if (r && g && b) {
    const color = colorFromChannels(
      numberOf(r.value) ?? NaN,
      numberOf(g.value) ?? NaN,
      numberOf(b.value) ?? NaN,
    );
    if (color) return color;
  }
  for (const field of [r, g, b]) if (field) found.keep(field);
  return undefined;
}

/** What the markup of an edge says beside its values. */
export interface EdgeExtras {
  id?: string;
  source: string;
  target: string;
  /** A label (GEXF label, yEd edge label): the kind when no value names one. */
  label?: string;
  /** GEXF 1.3's kind attribute. */
  kind?: string;
  weight?: string;
  /** From GEXF start/end, timestamp or spells. */
  date?: string;
  directed?: boolean;
}

function sameKind(label: string, kind: string): boolean {
  const mapped = relationKindOf(kind);
  return mapped !== undefined ? relationKindOf(label) === mapped : label.trim() === kind.trim();
}

/** An edge as the builder takes it, with where each field was. */
export function edgeInput(
  fields: readonly Field[],
  extras: EdgeExtras,
  place: Place,
  builder: DatasetBuilder,
): { input: RelationInput; places: Partial<Record<RelationField, Place>> } {
  const found = new Found(fields, EDGE_FIELDS, builder);
  const { text, places } = found.reader<RelationField>();
  const input: RelationInput = { source: extras.source, target: extras.target };
  if (extras.id !== undefined) input.id = extras.id;
  const fieldKind = text('kind');
  const labelField = found.take('label');
  const label = extras.label?.trim() ? extras.label : labelField?.value;
  const markupKind = extras.kind?.trim() ? extras.kind : undefined;
  const kind = fieldKind ?? markupKind ?? label;
  if (kind !== undefined) input.kind = kind;
  if (fieldKind !== undefined && markupKind !== undefined)
    found.keep({ name: 'kind', value: markupKind, type: 'string', place });
  if (label !== undefined && kind !== undefined && label !== kind && !sameKind(label, kind))
    found.keep({ name: 'label', value: label, type: 'string', place: labelField?.place ?? place });
  for (const key of RELATION_VALUES) {
    const value = text(key);
    if (value !== undefined) input[key] = value;
  }
  input.date ??= extras.date;
  const weight = extras.weight?.trim() ? extras.weight : text('weight');
  if (weight !== undefined) input.weight = weight;
  input.directed = text('directed') ?? extras.directed;
  input.attributes = found.rest();
  return { input, places };
}
