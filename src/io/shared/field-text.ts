/**
 * Each of diplomap's fields as the text a cell or an attribute holds, for
 * every writer whose format holds only text there (CSV, GEXF, GraphML);
 * undefined for a field the element does not have. Lists and evidence are
 * encoded as every reader decodes them (lists.ts).
 */
import type { Actor, Relation } from '../../model/types';
import { isDirected } from '../../model/vocabulary';
import { encodeEvidence, encodeList } from './lists';

type Text<T> = (item: T) => string | undefined;

export const ACTOR_TEXT = {
  originalKind: (a) => a.originalKind,
  role: (a) => a.role,
  affiliation: (a) => a.affiliation,
  aliases: (a) => (a.aliases?.length ? encodeList(a.aliases) : undefined),
  description: (a) => a.description,
  placeholder: (a) => (a.placeholder ? 'true' : undefined),
  evidence: (a) => (a.evidence?.length ? encodeEvidence(a.evidence) : undefined),
  x: (a) => (a.position ? String(a.position.x) : undefined),
  y: (a) => (a.position ? String(a.position.y) : undefined),
  color: (a) => a.color,
} satisfies Record<string, Text<Actor>>;

export const RELATION_TEXT = {
  originalKind: (r) => r.originalKind,
  directed: (r) => String(isDirected(r)),
  date: (r) => r.date,
  status: (r) => r.status,
  claimedBy: (r) => (r.claimedBy?.length ? encodeList(r.claimedBy) : undefined),
  note: (r) => r.note,
  weight: (r) => (r.weight === undefined ? undefined : String(r.weight)),
  // The first quote for people and other tools; the evidence is what diplomap reads.
  quote: (r) => r.evidence[0]?.quote,
  evidence: (r) => (r.evidence.length ? encodeEvidence(r.evidence) : undefined),
} satisfies Record<string, Text<Relation>>;

/** The fields GEXF and GraphML carry as values, beside the kind (the rest each format places itself). */
export const ACTOR_VALUES = [
  'originalKind',
  'role',
  'description',
  'aliases',
  'affiliation',
  'placeholder',
  'evidence',
] as const;
export const RELATION_VALUES = [
  'originalKind',
  'date',
  'status',
  'claimedBy',
  'note',
  'quote',
  'evidence',
] as const;

/** The kind an element is written with: its vocabulary kind, or the file's own word for "other". */
export function writtenKind(item: { kind: string; originalKind?: string }): string {
  return item.kind === 'other' && item.originalKind ? item.originalKind : item.kind;
}
