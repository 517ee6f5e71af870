/**
 * Camps: the two sides that leave the fewest ties of the signed graph
 * (signed.ts) broken, and the ties they break. Each connected part of the
 * signed graph is split on its own (frustration.ts): parts with no signed
 * path between them have no reason to line up, and say so.
 */
import { frustration, type SignedEdge } from './frustration';
import { signedTies, type SignedOptions, type SignedTie } from './signed';
import type { RelationCore } from './compact-graph';

/** +1 the left side, −1 the right one. */
export type Side = 1 | -1;

export interface CampPart {
  /** Actor ids on each side, most ties first; `left` holds the part's actor with the most ties. */
  left: string[];
  right: string[];
  /** Ties of the part, and those its sides break. */
  ties: number;
  frustration: number;
  lowerBound: number;
  exact: boolean;
}

export interface Camps {
  /** Each actor with a signed tie: its side within its part. */
  side: ReadonlyMap<string, Side>;
  /** Each actor with a signed tie: its part, 0 the largest. */
  part: ReadonlyMap<string, number>;
  parts: CampPart[];
  /** Ties the sides break: cooperative across the sides, or hostile within one. */
  broken: SignedTie[];
  /** Ties with as many cooperative as hostile relations: left out of the balance. */
  mixed: SignedTie[];
  /** All signed ties, mixed ones included. */
  ties: SignedTie[];
  frustration: number;
  lowerBound: number;
  /** Whether `frustration` is proven minimal in every part. */
  exact: boolean;
}

export interface CampsOptions extends SignedOptions {
  exactUpTo?: number;
  budget?: number;
  /**
   * Actors in a fixed order (the dataset's, say): each part's left side holds
   * its first actor in it, so that the sides keep their places while the
   * filters or the time window change the ties. By most ties when absent.
   */
  order?: readonly string[];
}

/** The camps of the signed graph these relations make. */
export function findCamps(relations: Iterable<RelationCore>, options: CampsOptions = {}): Camps {
  const ties = signedTies(relations, options);
  const signed = ties.filter((tie) => tie.sign !== 0);
  const ids: string[] = [];
  const index = new Map<string, number>();
  const at = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  const edges: SignedEdge[] = signed.map((tie) => ({
    u: at(tie.a),
    v: at(tie.b),
    sign: tie.sign as 1 | -1,
  }));
  const degree = new Int32Array(ids.length);
  for (const { u, v } of edges) {
    degree[u]!++;
    degree[v]!++;
  }
  const solved = frustration({ n: ids.length, edges }, options);
  const broken = signed.filter((_, e) => {
    const { u, v, sign } = edges[e]!;
    return (solved.sides[u] === solved.sides[v]) !== sign > 0;
  });

  // Parts, largest first, their actors by most ties (then by id); each
  // oriented so that its first actor in `order` (else its best tied) is on the left.
  const rank = (i: number, j: number) => degree[j]! - degree[i]! || (ids[i]! < ids[j]! ? -1 : 1);
  const place = new Map(options.order?.map((id, i) => [id, i]));
  const anchor = (members: number[]) =>
    members.reduce((best, i) =>
      (place.get(ids[i]!) ?? Infinity) < (place.get(ids[best]!) ?? Infinity) ? i : best,
    );
  const side = new Map<string, Side>();
  const part = new Map<string, number>();
  const parts: CampPart[] = solved.parts
    .map((found) => ({ ...found, members: [...found.members].sort(rank) }))
    .sort((x, y) => y.members.length - x.members.length || rank(x.members[0]!, y.members[0]!))
    .map(({ members, ties: count, frustration: broken, lowerBound, exact }, p) => {
      const flip = solved.sides[anchor(members)]!;
      const entry: CampPart = {
        left: [],
        right: [],
        ties: count,
        frustration: broken,
        lowerBound,
        exact,
      };
      for (const i of members) {
        const s = (solved.sides[i]! * flip) as Side;
        side.set(ids[i]!, s);
        part.set(ids[i]!, p);
        (s > 0 ? entry.left : entry.right).push(ids[i]!);
      }
      return entry;
    });
  return {
    side,
    part,
    parts,
    broken,
    mixed: ties.filter((tie) => tie.sign === 0),
    ties,
    frustration: solved.frustration,
    lowerBound: solved.lowerBound,
    exact: solved.exact,
  };
}
