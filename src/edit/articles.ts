/** Adding an article to a map, changing a source, naming the map: as patches. */
import type { Actor, Dataset, Source } from '../model/types';
import { actorIndex, sourceIndex } from './lookup';
import type { Op } from './patch';
import { unionEvidence } from './relations';
import { EditRefused, type ArticleMatch, type Compiled } from './types';

/**
 * Adds an article with its text, and for each actor the author confirmed it
 * names, the words it uses: as a quote of the actor from this article, and as
 * an alias when they are not already its name or one of its aliases.
 */
export function addArticle(
  dataset: Dataset,
  source: Source,
  matches: readonly ArticleMatch[],
): Compiled {
  if (dataset.sources.some((have) => have.id === source.id))
    throw new EditRefused(`The map already has an article with the id "${source.id}".`);
  if (source.content === undefined || source.content.trim() === '')
    throw new EditRefused('The article has no text: paste it or open its file.');
  const patch: Op[] = [
    { op: 'insert', list: 'sources', index: dataset.sources.length, item: source },
  ];
  const changed = new Map<number, Actor>();
  for (const match of matches) {
    const index = actorIndex(dataset, match.actor);
    const before = changed.get(index) ?? (dataset.actors[index] as Actor);
    const after: Actor = {
      ...before,
      evidence: unionEvidence(before.evidence ?? [], [{ source: source.id, quote: match.quote }]),
    };
    const words = match.quote.trim();
    if (words !== before.name && !(before.aliases ?? []).includes(words))
      after.aliases = [...(before.aliases ?? []), words];
    changed.set(index, after);
  }
  for (const [index, after] of [...changed].sort((a, b) => a[0] - b[0]))
    patch.push({
      op: 'replace',
      list: 'actors',
      index,
      before: dataset.actors[index] as Actor,
      after,
    });
  const named =
    changed.size === 0
      ? ''
      : `, naming ${changed.size} actor${changed.size > 1 ? 's' : ''} of the map`;
  return { patch, label: `Add the article “${source.title}”${named}` };
}

export function updateSource(dataset: Dataset, source: Source): Compiled {
  const index = sourceIndex(dataset, source.id);
  const before = dataset.sources[index] as Source;
  const attached = before.content === undefined && source.content !== undefined;
  return {
    patch: [{ op: 'replace', list: 'sources', index, before, after: source }],
    label: attached ? `Attach the text of “${source.title}”` : `Edit the article “${source.title}”`,
  };
}

export function setTitle(dataset: Dataset, title: string): Compiled {
  return {
    patch: [{ op: 'field', field: 'title', before: dataset.title, after: title }],
    label: `Name the map “${title}”`,
  };
}
