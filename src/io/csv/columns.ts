/**
 * The column names an edge list and a node table read as diplomap's fields,
 * each field's own name first (the one diplomap writes), then the names
 * other tools use. Every other column is an attribute.
 */
import { normaliseName } from './table';

export const EDGE_COLUMNS = {
  id: ['id'],
  source: ['source', 'from', 'actor1', 'source_actor', 'actor_1', 'source_name'],
  target: ['target', 'to', 'actor2', 'target_actor', 'actor_2', 'target_name'],
  kind: ['kind', 'type', 'relation', 'interaction', 'label'],
  originalKind: ['original_kind'],
  directed: ['directed'],
  date: ['date', 'time', 'start'],
  status: ['status'],
  claimedBy: ['claimed_by'],
  note: ['note'],
  weight: ['weight', 'value'],
  quote: ['quote', 'text'],
  evidence: ['evidence'],
} as const;

export const NODE_COLUMNS = {
  id: ['id'],
  name: ['name', 'label'],
  kind: ['kind', 'type'],
  originalKind: ['original_kind'],
  role: ['role'],
  affiliation: ['affiliation'],
  aliases: ['aliases', 'alias'],
  description: ['description'],
  placeholder: ['placeholder'],
  evidence: ['evidence'],
  x: ['x'],
  y: ['y'],
  color: ['color', 'colour'],
} as const;

export type EdgeRole = keyof typeof EDGE_COLUMNS;
export type NodeRole = keyof typeof NODE_COLUMNS;

/** Whether a column of this name would be read as a field (so an attribute of that name needs the prefix). */
export function isFieldColumn(names: Record<string, readonly string[]>): (name: string) => boolean {
  const reserved = new Set(Object.values(names).flat());
  return (name) => reserved.has(normaliseName(name));
}
