/**
 * Cytoscape keeps elements in plain objects keyed by id, so a model id such
 * as "__proto__", "constructor" or "toString" breaks it (elements that cannot
 * be removed, layouts that fail). Every element therefore gets a prefixed id
 * on the map; the model's own id is recovered by dropping the prefix.
 */
export const actorKey = (id: string): string => `a:${id}`;
export const relationKey = (id: string): string => `r:${id}`;

/** The model id of a map element. */
export const modelId = (key: string): string => key.slice(2);

/** The map id of a selection (an actor or a relation). */
export function selectionKey(selection: { type: 'actor' | 'relation'; id: string }): string {
  return selection.type === 'actor' ? actorKey(selection.id) : relationKey(selection.id);
}
