/**
 * The path question as the page shows it: the result of the search under
 * the map's filters, which paths are listed, and what the map highlights.
 */
import type { Path, PathResult } from '../model/paths';
import { stepLead } from '../model/step-lead';
import type { Story } from '../model/types';
import type { PathQuery } from './view';

/** Every listed path: the shortest first, then the alternatives. */
export function listedPaths(result: PathResult | null): Path[] {
  return result ? [...result.shortest, ...result.alternatives] : [];
}

export interface Highlight {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** The two ends of the question. */
  ends: readonly string[];
  /** The relation each step is named by on the map: the one the Paths panel leads with. */
  named: ReadonlySet<string>;
}

/** The index of the path shown, or undefined for all shortest (an index past the list counts as none). */
export function shownIndex(
  result: PathResult | null,
  shown: number | undefined,
): number | undefined {
  return shown !== undefined && shown < listedPaths(result).length ? shown : undefined;
}

/** What the map brightens: the path shown, or every shortest path. */
export function pathHighlight(
  result: PathResult | null,
  shown: number | undefined,
): Highlight | null {
  if (!result) return null;
  const listed = listedPaths(result);
  const index = shownIndex(result, shown);
  const paths = index !== undefined ? [listed[index] as Path] : result.shortest;
  if (paths.length === 0) return null;
  const actors = new Set<string>();
  const relations = new Set<string>();
  const named = new Set<string>();
  for (const path of paths) {
    for (const actor of path.actors) actors.add(actor);
    for (const step of path.steps) {
      for (const relation of step.relations) relations.add(relation.id);
      if (step.relations.length > 0) named.add(stepLead(step).id);
    }
  }
  return { actors, relations, ends: [result.from, result.to], named };
}

/** The question a story asks. */
export function storyQuery(story: Story): PathQuery {
  return { from: story.from, to: story.to, options: { ...story.options }, story: story.id };
}
