/**
 * Which column of an event table holds what, guessed from the header names
 * ACLED, UCDP GED, ICEWS and GDELT-like exports use; the page offers the
 * guess in its column step, and the command line uses it unless told.
 */
import type { ColumnMapping } from '../shared/types';
import { normaliseName } from './table';

/** Header names that usually hold each part of an event, best first (ACLED, UCDP, ICEWS...). */
const CANDIDATES: Record<keyof ColumnMapping, readonly string[]> = {
  source: [
    'actor1',
    'actor_1',
    'side_a',
    'source_name',
    'source',
    'source_actor',
    'from',
    'actor_a',
    'initiator',
  ],
  target: [
    'actor2',
    'actor_2',
    'side_b',
    'target_name',
    'target',
    'target_actor',
    'to',
    'actor_b',
    'recipient',
  ],
  kind: [
    'event_type',
    'sub_event_type',
    'event_text',
    'kind',
    'type',
    'relation',
    'interaction',
    'event',
    'cameo_code',
  ],
  date: ['event_date', 'date', 'date_start', 'day', 'time', 'start'],
  quote: ['notes', 'quote', 'text', 'evidence', 'description', 'source_headline', 'summary'],
};

/** A column mapping guessed from the header, or undefined when no source and target columns stand out. */
export function suggestColumns(header: readonly string[]): ColumnMapping | undefined {
  const normal = header.map(normaliseName);
  const taken = new Set<number>();
  const find = (role: keyof ColumnMapping): string | undefined => {
    for (const name of CANDIDATES[role]) {
      const index = normal.findIndex((cell, i) => cell === name && !taken.has(i));
      if (index !== -1) {
        taken.add(index);
        return header[index];
      }
    }
    return undefined;
  };
  const source = find('source');
  const target = find('target');
  if (source === undefined || target === undefined) return undefined;
  const mapping: ColumnMapping = { source, target };
  for (const role of ['kind', 'date', 'quote'] as const) {
    const column = find(role);
    if (column !== undefined) mapping[role] = column;
  }
  return mapping;
}
