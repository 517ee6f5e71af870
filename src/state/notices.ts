/** Messages about the author's maps. */
import type { Dataset } from '../model/types';

/** "1 actor", "2 actors". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Restored “Talks”, as saved at 14:03 on 4 December 2026: 12 actors, 10 relations, 1 article." */
export function restoredNotice(dataset: Dataset, savedAt: number): string {
  const at = new Date(savedAt);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `Restored “${dataset.title}”, as saved in this browser at ${time} on ${day}: ${plural(dataset.actors.length, 'actor')}, ${plural(dataset.relations.length, 'relation')}, ${plural(dataset.sources.length, 'article')}.`;
}
