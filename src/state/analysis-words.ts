/**
 * The analysis in words for the page: measures' values, the camps' verdict,
 * the sides' names.
 */
import type { Camps, CampPart } from '../model/camps';
import { nameOf, type DiplomacyGraph } from '../model/graph';
import { EXACT_UP_TO } from '../model/frustration';
import type { MeasureId } from '../model/measure-ids';
import { MEASURES } from '../model/measure-labels';

/** "12", "34.5%" (a share of chains, of PageRank), "0.62" (closeness). */
export function formatMeasure(id: MeasureId, value: number): string {
  if (MEASURES[id].counts) return String(value);
  if (id === 'closeness') return value.toFixed(2);
  return `${(value * 100).toFixed(1)}%`;
}

/** "Azerbaijan's side": a side named by its actor with the most ties (listed first). */
export function sideName(graph: DiplomacyGraph, members: readonly string[]): string {
  const first = members[0];
  return first === undefined ? 'an empty side' : `${nameOf(graph, first)}’s side`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How well the camps fit the map, and how sure that is. */
export function campsVerdict(camps: Camps): string {
  const ties = camps.ties.length - camps.mixed.length;
  if (ties === 0) return 'No cooperative or hostile relation is shown: there are no camps to find.';
  const actors = camps.side.size;
  if (camps.frustration === 0)
    return `Balanced: the ${plural(ties, 'tie')} between ${actors} actors split into two camps with none broken.`;
  if (camps.exact)
    return `${camps.frustration} of ${plural(ties, 'tie')} break any split into two camps: the fewest possible (exact, by branch and bound).`;
  return `${camps.frustration} of ${plural(ties, 'tie')} broken by the best split found; the fewest possible is at least ${camps.lowerBound}. A part of more than ${EXACT_UP_TO} actors was split by a heuristic.`;
}

/** Parts after the first, in words: "Turkey, NATO against Islamic State". */
export function otherPart(graph: DiplomacyGraph, part: CampPart): string {
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(graph, id)).join(', ');
  return part.right.length > 0
    ? `${names(part.left)} against ${names(part.right)}`
    : `${names(part.left)}, on one side`;
}
