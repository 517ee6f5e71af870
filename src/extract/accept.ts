/**
 * Accepting proposals: a relation's ends are references that the editor
 * resolves to an accepted actor proposal or to an actor already on the map
 * (by name or alias, case and typography folded), so that "Putin" proposed
 * from an article joins the "Vladimir Putin" a map already has.
 */
import type { Actor } from '../model';
import type { ActorRef } from './types';

const fold = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[.\s]+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The id of the actor a relation end stands for: the id its proposal was
 * accepted under (`accepted`: proposal actor id → id on the map), else an
 * actor of the map named like it; undefined when neither.
 */
export function resolveActorRef(
  ref: ActorRef,
  accepted: ReadonlyMap<string, string>,
  existing: readonly Actor[],
): string | undefined {
  const own = accepted.get(ref.id);
  if (own !== undefined) return own;
  const byId = existing.find((a) => a.id === ref.id);
  if (byId) return byId.id;
  const names = new Set([ref.name, ...ref.aliases].map(fold));
  const full = existing.find((a) => names.has(fold(a.name)));
  if (full) return full.id;
  return existing.find((a) => (a.aliases ?? []).some((alias) => names.has(fold(alias))))?.id;
}
