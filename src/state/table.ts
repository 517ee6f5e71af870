/**
 * Rows of the relation table, and their sorting (by date, kind or actors).
 */
import { nameOf, type DiplomacyGraph } from '../model/graph';
import { parseDate } from '../model/dates';
import { RELATION_KINDS, RELATION_STATUSES } from '../model/vocabulary';
import type { Relation } from '../model/types';

export type SortKey = 'date' | 'kind' | 'source' | 'target' | 'status';
export interface Sort {
  key: SortKey;
  ascending: boolean;
}

export interface Row {
  relation: Relation;
  kind: string;
  source: string;
  target: string;
  status: string;
  /** Sort key for dates: the first day covered (undated rows always go last). */
  dateKey: string;
}

const UNDATED = '~';

export function tableRows(graph: DiplomacyGraph, visible: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  graph.forEachEdge((_, relation) => {
    if (!visible.has(relation.id)) return;
    const span = relation.date === undefined ? null : parseDate(relation.date);
    rows.push({
      relation,
      kind: RELATION_KINDS[relation.kind].label,
      source: nameOf(graph, relation.source),
      target: nameOf(graph, relation.target),
      status: relation.status ? RELATION_STATUSES[relation.status].label : '',
      dateKey: span ? (span.start ?? '0000') + (span.end ?? '9999') : UNDATED,
    });
  });
  return rows;
}

/** Date keys compare by code point: ISO dates sort as text. */
function compareKeys(key: SortKey, a: Row, b: Row): number {
  if (key === 'date') return a.dateKey < b.dateKey ? -1 : a.dateKey > b.dateKey ? 1 : 0;
  return a[key].localeCompare(b[key]);
}

export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const sign = sort.ascending ? 1 : -1;
  const undated = (row: Row) => (sort.key === 'date' && row.dateKey === UNDATED ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      undated(a) - undated(b) ||
      sign * compareKeys(sort.key, a, b) ||
      a.source.localeCompare(b.source) ||
      a.relation.id.localeCompare(b.relation.id),
  );
}
