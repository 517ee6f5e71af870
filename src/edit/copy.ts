/**
 * A dataset made ready to edit: every source's text inside it (so that its
 * quotes stay checkable wherever the map goes), and every actor at the place
 * the map shows it. The dataset it is made from is left as it was.
 */
import type { Dataset, Point, Source } from '../model/types';

export function editableCopy(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string>,
  positions: ReadonlyMap<string, Point> = new Map(),
): Dataset {
  const sources = dataset.sources.map((source): Source => {
    const content = source.content ?? sourceTexts.get(source.id);
    if (content === undefined) return { ...source };
    const copy: Source = { ...source, content };
    delete copy.text;
    return copy;
  });
  const actors = dataset.actors.map((actor) => {
    const at = positions.get(actor.id);
    return at ? { ...actor, position: { x: at.x, y: at.y } } : { ...actor };
  });
  const copy: Dataset = {
    ...dataset,
    sources,
    actors,
    relations: dataset.relations.map((r) => ({ ...r })),
  };
  return structuredClone(copy);
}

/** A new, empty map. */
export function emptyDataset(title: string): Dataset {
  return { title, sources: [], actors: [], relations: [] };
}
