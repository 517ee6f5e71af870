/**
 * Short cycles of the signed graph, told in words: every triangle (three
 * actors each tied to the others) and every square without a diagonal
 * (four actors in a ring). A cycle is balanced when it has an even number of
 * hostile ties: the friend of a friend is a friend, the enemy of an enemy a
 * friend. A balanced map is one whose every cycle is.
 */
import { getRelation, nameOf, type DiplomacyGraph } from './graph';
import { sentenceFrom } from './path-meaning';
import { carriers, pairKey, type SignedTie } from './signed';

export interface SignedCycle {
  /** The actors in order round the cycle. */
  actors: string[];
  /** ties[i] joins actors[i] and actors[(i + 1) % length]. */
  ties: SignedTie[];
  balanced: boolean;
}

export interface CycleCensus {
  /** The cycles listed: unbalanced ones first, at most `limit`. */
  cycles: SignedCycle[];
  triangles: { balanced: number; unbalanced: number };
  squares: { balanced: number; unbalanced: number };
  /** Whether there were more cycles than listed (or the squares were not looked for). */
  truncated: boolean;
}

/** Squares are looked for up to this many signed ties (their number grows fast). */
export const SQUARES_UP_TO = 3000;

/** The triangles and squares of the signed ties (mixed ties left out). */
export function signedCycles(ties: readonly SignedTie[], limit = 200): CycleCensus {
  const signed = ties.filter((tie) => tie.sign !== 0);
  const byPair = new Map(signed.map((tie) => [pairKey(tie.a, tie.b), tie]));
  const neighbours = new Map<string, string[]>();
  const add = (x: string, y: string) => {
    const list = neighbours.get(x);
    if (list) list.push(y);
    else neighbours.set(x, [y]);
  };
  for (const { a, b } of signed) {
    add(a, b);
    add(b, a);
  }
  // Each cycle is found once, from its first actor in this order.
  const order = [...neighbours.keys()].sort(
    (x, y) => neighbours.get(y)!.length - neighbours.get(x)!.length || (x < y ? -1 : 1),
  );
  const rank = new Map(order.map((id, i) => [id, i]));
  const later = (x: string, than: string) => rank.get(x)! > rank.get(than)!;
  const tie = (x: string, y: string) => byPair.get(pairKey(x, y));
  // Unbalanced cycles are listed first: kept apart so that balanced ones cannot crowd them out.
  const found: { balanced: SignedCycle[]; unbalanced: SignedCycle[] } = {
    balanced: [],
    unbalanced: [],
  };
  const census: CycleCensus = {
    cycles: [],
    triangles: { balanced: 0, unbalanced: 0 },
    squares: { balanced: 0, unbalanced: 0 },
    truncated: false,
  };
  const keep = (actors: string[], count: { balanced: number; unbalanced: number }) => {
    const cycleTies = actors.map((x, i) => tie(x, actors[(i + 1) % actors.length]!)!);
    const hostile = cycleTies.filter((t) => t.sign < 0).length;
    const balanced = hostile % 2 === 0;
    if (balanced) count.balanced++;
    else count.unbalanced++;
    const into = balanced ? found.balanced : found.unbalanced;
    if (into.length < limit) into.push({ actors, ties: cycleTies, balanced });
    else census.truncated = true;
  };
  for (const x of order) {
    const around = neighbours.get(x)!.filter((y) => later(y, x));
    const near = new Set(around);
    for (const y of around) {
      for (const z of neighbours.get(y)!) {
        if (later(z, y) && near.has(z)) keep([x, y, z], census.triangles);
      }
    }
  }
  if (signed.length <= SQUARES_UP_TO) {
    // x first in order, x–y–w–z–x, with y before z and no diagonal x–w or y–z.
    for (const x of order) {
      const around = neighbours.get(x)!.filter((y) => later(y, x));
      for (const y of around) {
        for (const w of neighbours.get(y)!) {
          if (!later(w, x) || tie(x, w)) continue;
          for (const z of neighbours.get(w)!) {
            if (z === y || !later(z, y) || !tie(z, x) || tie(y, z)) continue;
            keep([x, y, w, z], census.squares);
          }
        }
      }
    }
  } else census.truncated = true;
  const listed = [...found.unbalanced, ...found.balanced];
  if (listed.length > limit) census.truncated = true;
  census.cycles = listed.slice(0, limit);
  return census;
}

/** Each tie of a cycle told from the actor before it: "Russia has an alliance with Armenia". */
export function cycleSteps(graph: DiplomacyGraph, cycle: SignedCycle): string[] {
  return cycle.ties.map((tie, i) =>
    sentenceFrom(graph, getRelation(graph, carriers(tie)[0]!), cycle.actors[i]!),
  );
}

const list = (names: string[]): string =>
  names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** What a cycle says about the sides, in a sentence. */
export function cycleVerdict(graph: DiplomacyGraph, cycle: SignedCycle): string {
  const name = (id: string) => nameOf(graph, id);
  const names = cycle.actors.map(name);
  const hostile = cycle.ties.filter((t) => t.sign < 0).length;
  const k = cycle.actors.length;
  if (k === 3) {
    if (hostile === 0) return `Balanced: ${list(names)} are all on one side.`;
    if (hostile === 3)
      return `Unbalanced: ${list(names)} are all enemies, and two of them must share a side.`;
    const odd = cycle.ties.findIndex((t) => (hostile === 1 ? t.sign < 0 : t.sign > 0));
    const [x, y] = [names[odd]!, names[(odd + 1) % 3]!].sort((p, q) => p.localeCompare(q));
    const z = names[(odd + 2) % 3]!;
    return hostile === 2
      ? `Balanced: ${x} and ${y} are friends with a common enemy, ${z}.`
      : `Unbalanced: ${z} is a friend of both ${x} and ${y}, who are enemies.`;
  }
  if (hostile % 2 === 0)
    return hostile === 0
      ? `Balanced: ${list(names)} are all on one side.`
      : `Balanced: going round, ${list(names)} split into two sides that agree with every tie.`;
  return `Unbalanced: going round ${list(names)}, one tie always contradicts the others, whatever the sides.`;
}
