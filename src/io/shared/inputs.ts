/**
 * What a reader hands the {@link DatasetBuilder}: every diplomap field, as
 * the file wrote it (text where the format has only text), and where each
 * one was found. The builder does all the reading of values and all the
 * reporting, the same way for every format.
 */
import type { AttributeValue, Evidence, Source, Story } from '../../model/types';
import { STANCES, isRelationKind, type Stance } from '../../model/vocabulary';
import type { Place } from './types';

export interface ActorInput {
  id: string;
  /** The label; the id when absent or blank. */
  name?: string;
  /** Any spelling of an actor kind ("country", "State"); kept as "other" with its own name when unknown. */
  kind?: string;
  /** A diplomap-written file's own record of the kind's name (with kind "other"). */
  originalKind?: string;
  /** A list, or its text as {@link encodeList} writes it. */
  aliases?: readonly string[] | string;
  role?: string;
  /** The id of the actor this one serves; must name an actor of the file. */
  affiliation?: string;
  description?: string;
  placeholder?: boolean | string;
  /** A list of { source, quote }, or its JSON text. */
  evidence?: readonly Evidence[] | string;
  position?: { x: number | string; y: number | string };
  /** "#rrggbb", "#rgb" or "rgb(r, g, b)". */
  color?: string;
  attributes?: Record<string, AttributeValue>;
}

export interface RelationInput {
  /** A fresh id is made when absent or blank. */
  id?: string;
  source: string;
  target: string;
  /** Any spelling of a relation kind; kept as "other" with its own name when unknown. */
  kind?: string;
  originalKind?: string;
  /** Whether the file says the relation goes from source to target (used for kind "other"). */
  directed?: boolean | string;
  /** ISO, "2016/04/05", a timestamp, or "5 April 2016". */
  date?: string;
  status?: string;
  /** A list of actor ids, or its text as {@link encodeList} writes it. */
  claimedBy?: readonly string[] | string;
  note?: string;
  weight?: number | string;
  /** A quote the file gives without naming its source (credited to a stand-in source). */
  quote?: string;
  /** A list of { source, quote }, or its JSON text (which wins over `quote`). */
  evidence?: readonly Evidence[] | string;
  attributes?: Record<string, AttributeValue>;
}

export type ActorField = Exclude<keyof ActorInput, 'attributes'>;
export type RelationField = Exclude<keyof RelationInput, 'attributes'>;

/** Where each field was found, when the reader knows better than the element's place. */
export type FieldPlaces<F extends string> =
  Partial<Record<F, Place>> | ((field: F) => Place | undefined);

/** What a file says of the whole dataset, when it says it. */
export interface DatasetMeta {
  title?: string;
  description?: string;
  /** Sources as a diplomap-written file carries them (checked, the invalid ones reported). */
  sources?: unknown;
  stories?: unknown;
}

export function placeOfField<F extends string>(
  fields: FieldPlaces<F> | undefined,
  field: F,
  fallback: Place,
): Place {
  const place = typeof fields === 'function' ? fields(field) : fields?.[field];
  return place ?? fallback;
}

/** Attribute values as diplomap keeps them: text, finite numbers, booleans. */
export function attributeValueOf(value: unknown): AttributeValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return JSON.stringify(value);
}

/** A copy of given attributes with only the values diplomap keeps, in a record without a prototype. */
export function attributesFrom(
  given: Record<string, AttributeValue> | undefined,
): Record<string, AttributeValue> {
  const attributes = freshRecord<AttributeValue>();
  if (!given) return attributes;
  for (const key of Object.keys(given)) {
    const value = attributeValueOf(given[key]);
    if (value !== undefined) attributes[key] = value;
  }
  return attributes;
}

/** A record without a prototype, so that any key ("__proto__" too) is an ordinary one. */
export function freshRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A source as a diplomap-written file carries it, when it is one diplomap can open. */
export function sourceOf(value: unknown, isDate: (text: string) => boolean): Source | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const item = value as Record<string, unknown>;
  const text = (key: string) =>
    Object.prototype.hasOwnProperty.call(item, key) && typeof item[key] === 'string'
      ? item[key]
      : undefined;
  const [id, title, publisher, published] = ['id', 'title', 'publisher', 'published'].map(text);
  if (!id?.trim() || !title?.trim() || !publisher?.trim() || !published || !isDate(published))
    return undefined;
  const source: Source = { id, title, publisher, published };
  const url = text('url');
  if (url !== undefined && /^https?:\/\//i.test(url)) source.url = url;
  const path = text('text');
  if (path !== undefined) source.text = path;
  const content = text('content');
  if (content !== undefined) source.content = content;
  return source;
}

/** A story as a diplomap-written file carries it, when its actors are known. */
export function storyOf(value: unknown, isActor: (id: string) => boolean): Story | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const item = value as Record<string, unknown>;
  const { id, title, from, to, description, options } = item;
  if (typeof id !== 'string' || !id.trim() || typeof title !== 'string' || !title.trim())
    return undefined;
  if (typeof from !== 'string' || typeof to !== 'string' || from === to) return undefined;
  if (!isActor(from) || !isActor(to)) return undefined;
  const story: Story = { id, title, from, to };
  if (typeof description === 'string') story.description = description;
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
    // Kept as written only when every option is valid.
    const o = options as Record<string, unknown>;
    const flags = ['directed', 'excludeDirect'].every(
      (key) => o[key] === undefined || typeof o[key] === 'boolean',
    );
    const steps =
      o['maxSteps'] === undefined ||
      (typeof o['maxSteps'] === 'number' &&
        Number.isInteger(o['maxSteps']) &&
        o['maxSteps'] >= 1 &&
        o['maxSteps'] <= 12);
    const kinds = o['kinds'];
    const stances = o['stances'];
    const lists =
      (kinds === undefined ||
        (Array.isArray(kinds) &&
          kinds.every((kind) => typeof kind === 'string' && isRelationKind(kind)))) &&
      (stances === undefined ||
        (Array.isArray(stances) && stances.every((stance) => STANCES.includes(stance as Stance))));
    if (flags && steps && lists) story.options = o as Story['options'] & object;
  }
  return story;
}
