/**
 * The signed graph of a diplomacy map: who stands with whom and against
 * whom, read from the stances of the relations. Balance and camps
 * (balance.ts) and the cycles told in words (cycles.ts) work on it.
 *
 * The rules, stated once:
 * - a cooperative relation counts +1, a hostile one −1, a neutral one
 *   (a call, a visit, a mediation...) is left out;
 * - direction does not matter: support from A to B puts A and B on the
 *   same side, an attack of A on B on opposite sides;
 * - parallel relations between two actors make one tie whose sign is the
 *   sign of their sum (three hostile relations and one cooperative make a
 *   hostile tie); a pair with as many cooperative as hostile relations is
 *   "mixed": it is left out of the balance and listed apart;
 * - claimed and alleged relations (unproven) count only when asked.
 */
import type { RelationCore } from './compact-graph';
import { RELATION_KINDS, type RelationStatusId } from './vocabulary';

/** Statuses of relations that a party asserts and the report does not confirm. */
export const UNPROVEN_STATUSES: readonly RelationStatusId[] = ['claimed', 'alleged'];

export interface SignedTie {
  /** The two actors' ids, `a` before `b` in code-point order. */
  a: string;
  b: string;
  /** +1 cooperative, −1 hostile, 0 mixed (as many of each: left out of the balance). */
  sign: 1 | -1 | 0;
  /** Ids of the relations behind the tie, cooperative and hostile, in graph order. */
  cooperative: string[];
  hostile: string[];
}

export interface SignedOptions {
  /** Count claimed and alleged relations too. Default false. */
  unproven?: boolean;
}

/** Whether a relation takes part in the signed graph, and with which sign (0: it does not). */
export function relationSign(relation: RelationCore, options: SignedOptions = {}): 1 | -1 | 0 {
  if (!options.unproven && relation.status !== undefined) {
    if (UNPROVEN_STATUSES.includes(relation.status)) return 0;
  }
  if (relation.source === relation.target) return 0;
  return RELATION_KINDS[relation.kind].stance;
}

/** The key of an unordered pair of actors. */
export const pairKey = (a: string, b: string): string =>
  a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;

/**
 * One tie per pair of actors with at least one signed relation among
 * `relations`, in the order their first relation comes.
 */
export function signedTies(
  relations: Iterable<RelationCore>,
  options: SignedOptions = {},
): SignedTie[] {
  const ties = new Map<string, SignedTie>();
  for (const relation of relations) {
    const sign = relationSign(relation, options);
    if (sign === 0) continue;
    const key = pairKey(relation.source, relation.target);
    let tie = ties.get(key);
    if (!tie) {
      const [a, b] =
        relation.source < relation.target
          ? [relation.source, relation.target]
          : [relation.target, relation.source];
      tie = { a, b, sign: 0, cooperative: [], hostile: [] };
      ties.set(key, tie);
    }
    (sign > 0 ? tie.cooperative : tie.hostile).push(relation.id);
  }
  for (const tie of ties.values()) {
    tie.sign = Math.sign(tie.cooperative.length - tie.hostile.length) as 1 | -1 | 0;
  }
  return [...ties.values()];
}

/** The other end of a tie. */
export const otherEnd = (tie: SignedTie, id: string): string => (tie.a === id ? tie.b : tie.a);

/** The relations that carry a tie's sign (for a mixed tie, all of them). */
export function carriers(tie: SignedTie): string[] {
  if (tie.sign > 0) return tie.cooperative;
  if (tie.sign < 0) return tie.hostile;
  return [...tie.cooperative, ...tie.hostile];
}
