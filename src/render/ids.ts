/**
 * Map ids are the graph's keys (see model/graph.ts): an actor's id behind
 * "a:", a relation's behind "r:", so that an id such as "__proto__" or
 * "constructor" is an ordinary key to Cytoscape's plain objects too.
 */
import { actorKey, idOfKey, relationKey } from '../model/graph';

export { actorKey, relationKey };

/** The model id of a map element. */
export const modelId = idOfKey;

/** The map id of a selection (an actor or a relation). */
export function selectionKey(selection: { type: 'actor' | 'relation'; id: string }): string {
  return selection.type === 'actor' ? actorKey(selection.id) : relationKey(selection.id);
}
