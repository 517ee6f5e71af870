/**
 * Search over actors' names and aliases: case and accents do not matter;
 * whole-name matches come first, then matches at the start of a word, then
 * anywhere.
 */
import type { DiplomacyGraph } from '../model/graph';
import type { ActorKindId } from '../model/vocabulary';

export interface Suggestion {
  id: string;
  name: string;
  kind: ActorKindId;
  /** The alias that matched, when it was not the name. */
  alias?: string;
}

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function score(candidate: string, query: string): number {
  const text = normalise(candidate);
  if (text === query) return 3;
  if (text.startsWith(query) || text.includes(` ${query}`) || text.includes(`-${query}`)) return 2;
  if (text.includes(query)) return 1;
  return 0;
}

export function suggest(graph: DiplomacyGraph, query: string, limit = 8): Suggestion[] {
  const q = normalise(query);
  if (q === '') return [];
  const scored: Array<{ suggestion: Suggestion; score: number }> = [];
  graph.forEachNode((_, actor) => {
    const { id } = actor;
    let best = score(actor.name, q);
    let alias: string | undefined;
    for (const candidate of actor.aliases ?? []) {
      const s = score(candidate, q);
      if (s > best) {
        best = s;
        alias = candidate;
      }
    }
    if (best === 0) return;
    const suggestion: Suggestion = { id, name: actor.name, kind: actor.kind };
    if (alias !== undefined) suggestion.alias = alias;
    scored.push({ suggestion, score: best });
  });
  scored.sort((a, b) => b.score - a.score || a.suggestion.name.localeCompare(b.suggestion.name));
  return scored.slice(0, limit).map((s) => s.suggestion);
}
