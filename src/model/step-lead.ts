/**
 * Which relation tells a step of a path, and the stance the step carries: what the Paths
 * panel names first, and the map labels (apart from path-meaning.ts, which loads with the
 * panel, since the map's highlight needs these from the page's start).
 */
import type { PathStep } from './paths';
import type { Relation } from './types';
import { RELATION_KINDS, type Stance } from './vocabulary';

/** The stance a step carries: its relations' shared sign, 0 if none has one, 'mixed' if they disagree. */
export function stepStance(step: PathStep): Stance | 'mixed' {
  const signs = new Set(
    step.relations.map((r) => RELATION_KINDS[r.kind].stance).filter((s) => s !== 0),
  );
  if (signs.size === 0) return 0;
  if (signs.size > 1) return 'mixed';
  return [...signs][0] as Stance;
}

/**
 * The relation that tells a step: the strongest one carrying the step's
 * stance, so the sentence shown agrees with what the chain is said to mean.
 */
export function stepLead(step: PathStep): Relation {
  const stance = stepStance(step);
  if (stance === 1 || stance === -1) {
    const carrier = step.relations.find((r) => RELATION_KINDS[r.kind].stance === stance);
    if (carrier) return carrier;
  }
  return step.relations[0] as Relation;
}
