/**
 * The camps as the map reads them: each actor's side by map id, and the camps in a word to
 * tell whether they changed. Apart from the camps layout itself (camps-layout.ts), which loads
 * with the layouts' code, since the page needs these from its start.
 */
import type { Camps } from '../model/camps';
import { actorKey } from './ids';

/** Each actor's side by map id: +1 left, −1 right; absent for neither. */
export type SideMap = ReadonlyMap<string, number>;

/** Each actor's side by map id, from the camps (none when they are not known yet). */
export function campSides(camps: Camps | undefined): Map<string, number> {
  return new Map([...(camps?.side ?? [])].map(([id, side]) => [actorKey(id), side]));
}

/** The camps in a word, to tell whether they changed (and the camps layout with them). */
export function campsSignature(camps: Camps | undefined): string {
  if (!camps) return '';
  return [...camps.side]
    .map(([id, side]) => `${side > 0 ? '+' : '-'}${id}`)
    .sort()
    .join('\u0000');
}
