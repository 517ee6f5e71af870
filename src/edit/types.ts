/**
 * Edits: what an author does to a map, as data. Each one compiles against the
 * dataset it is applied to into a patch of primitive changes (patch.ts), which
 * is how it is applied, undone and redone exactly.
 */
import type { Actor, Evidence, Point, Relation, Source } from '../model/types';
import type { Patch } from './patch';

/** An existing actor the author confirmed a new article names, with the words it uses. */
export interface ArticleMatch {
  actor: string;
  /** The span of the new article that names the actor (verbatim). */
  quote: string;
}

export type Edit =
  | { type: 'add-actor'; actor: Actor }
  /** Replaces the actor that has this actor's id. */
  | { type: 'update-actor'; actor: Actor }
  /** Deletes the actor, its relations, and every reference to it. */
  | { type: 'delete-actor'; id: string }
  /** Folds `absorb` into `keep`: names, aliases, evidence and relations combined, references repointed. */
  | { type: 'merge-actors'; keep: string; absorb: string }
  | { type: 'add-relation'; relation: Relation }
  /** Replaces the relation that has this relation's id. */
  | { type: 'update-relation'; relation: Relation }
  | { type: 'delete-relation'; id: string }
  /** Adds a quote to an actor or a relation (a second article stating it, say). */
  | { type: 'add-evidence'; target: { type: 'actor' | 'relation'; id: string }; evidence: Evidence }
  /** Puts actors at new places on the map (a drag, or a layout the author chose). */
  | { type: 'move-actors'; moves: readonly { id: string; position: Point }[]; label?: string }
  /** Adds an article (its text inside, as `content`) and the actors it was confirmed to name. */
  | { type: 'add-article'; source: Source; matches: readonly ArticleMatch[] }
  /** Replaces the source that has this source's id (its details, or its text attached). */
  | { type: 'update-source'; source: Source }
  | { type: 'set-title'; title: string }
  /** Several edits as one step: accepted suggestions, say. */
  | { type: 'batch'; label: string; edits: readonly Edit[] };

/** An edit compiled against a dataset: its primitive changes and what it did, in words. */
export interface Compiled {
  patch: Patch;
  label: string;
}

/** Why an edit could not be made: the first line of what the author reads. */
export class EditRefused extends Error {
  override name = 'EditRefused';
}
