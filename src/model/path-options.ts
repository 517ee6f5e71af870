/**
 * What a path question may ask, its defaults and its hard limits: apart from
 * the search (paths.ts), so that a link can be read without loading it.
 */
import type { RelationKindId, Stance } from './vocabulary';

export interface PathOptions {
  /** Follow relations only along their direction (undirected ones both ways). Default false. */
  directed?: boolean;
  /** Relation kinds a step may use; all when absent. */
  kinds?: readonly RelationKindId[];
  /** Stances a step may use; all when absent. */
  stances?: readonly Stance[];
  /** Leave out the relations directly between the two actors. Default false. */
  excludeDirect?: boolean;
  /** Longest path considered, in steps. Default 6. */
  maxSteps?: number;
  /** Most paths listed (shortest and alternatives together). Default 12. */
  maxPaths?: number;
}

export const PATH_DEFAULTS = { maxSteps: 6, maxPaths: 12 } as const;
/** Hard limits whatever the options say: steps, paths listed, actors visited, paths ranked per length. */
export const PATH_LIMITS = {
  maxSteps: 12,
  maxPaths: 100,
  maxVisits: 200_000,
  perLength: 2000,
} as const;
