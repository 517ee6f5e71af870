/**
 * The path search as the page runs it: under the map's filters. It loads
 * when a path is first asked for (see AppState.pathResult).
 */
import type { DiplomacyGraph } from '../model/graph';
import { findPaths, type PathResult } from '../model/paths';
import type { Visible } from './filters';
import type { PathQuery } from './view';

/** Runs a complete path question over what the filters show; null while an end is missing. */
export function runPathQuery(
  graph: DiplomacyGraph,
  query: PathQuery | null,
  visible: Visible,
): PathResult | null {
  if (!query || query.from === undefined || query.to === undefined) return null;
  return findPaths(graph, query.from, query.to, query.options, (relation) =>
    visible.relations.has(relation.id),
  );
}
