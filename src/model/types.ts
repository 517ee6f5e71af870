/**
 * The diplomap dataset: what a file holds once it has been parsed and
 * validated. Field names are the contract documented in the README and in
 * data/dataset.schema.json.
 */
import type { ActorKindId, RelationKindId, RelationStatusId, Stance } from './vocabulary';

/** A document the evidence is taken from (a news report, a statement...). */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** ISO date of publication, e.g. "2016-04-05". */
  published: string;
  url?: string;
  /** Path of the source's text, relative to the dataset file, when it ships with it. */
  text?: string;
  /**
   * The source's whole text, inside the dataset (an article pasted into the
   * editor): its quotes are checked against it wherever the file goes.
   */
  content?: string;
}

/** A verbatim span of a source that supports an actor or a relation. */
export interface Evidence {
  /** Id of a {@link Source}. */
  source: string;
  /** Verbatim text of the source (curly quotes and line breaks may be folded). */
  quote: string;
}

/** A value kept from an imported file whose meaning diplomap does not map. */
export type AttributeValue = string | number | boolean;

/** A place on the map, in model coordinates (the map's own units, y downwards). */
export interface Point {
  x: number;
  y: number;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKindId;
  /** The kind as the imported file named it, when it is outside the vocabulary (kind is then "other"). */
  originalKind?: string;
  /** Made up by an import for a relation end that named no actor. */
  placeholder?: boolean;
  /** Attributes kept from an imported file, shown in the details panel. */
  attributes?: Record<string, AttributeValue>;
  aliases?: string[];
  /** What the actor is, in the report's words: "President of Russia". */
  role?: string;
  /** Id of the state or organization a person serves or an organization belongs to. */
  affiliation?: string;
  description?: string;
  /** Quotes that name the actor or say what it is. */
  evidence?: Evidence[];
  /** Where the actor was placed on the map when the dataset was saved (kept by every layout-free view). */
  position?: Point;
  /** A fill colour (`#rrggbb`) the dataset gives the actor, as Gephi or Cytoscape saved it; the kind's colour otherwise. */
  color?: string;
}

export interface Relation {
  id: string;
  kind: RelationKindId;
  /**
   * Whether a relation of kind "other" goes from source to target (an
   * imported file said so); the vocabulary decides for every other kind.
   */
  directed?: boolean;
  /** The actor a directed relation goes from; for an undirected one, either end. */
  source: string;
  target: string;
  /**
   * When: an ISO 8601 date ("2016-04-05", "2016-04", "2016") or an interval of
   * two such dates separated by "/" where either end may be ".." (open).
   */
  date?: string;
  /** Absent for a plain reported fact. */
  status?: RelationStatusId;
  /** For a claimed or alleged relation: the actors who make the claim. */
  claimedBy?: string[];
  /** A short note in the report's terms, shown beside the kind ("shuttle diplomacy"). */
  note?: string;
  /** The kind as the imported file named it, when it is outside the vocabulary (kind is then "other"). */
  originalKind?: string;
  /** A weight from an imported file. */
  weight?: number;
  /** Attributes kept from an imported file, shown in the details panel. */
  attributes?: Record<string, AttributeValue>;
  /**
   * Verbatim quotes behind the relation. Empty for an unsourced relation (a
   * graph imported from a tool that keeps no quotes): the file may leave the
   * field out, and the page says "no evidence" rather than inventing any.
   */
  evidence: Evidence[];
}

/** How a path question searches (see findPaths). */
export interface StoryOptions {
  directed?: boolean;
  kinds?: RelationKindId[];
  stances?: Stance[];
  excludeDirect?: boolean;
  maxSteps?: number;
}

/** A named path question a dataset carries: "how does this reach that?". */
export interface Story {
  id: string;
  title: string;
  from: string;
  to: string;
  description?: string;
  options?: StoryOptions;
}

export interface Dataset {
  title: string;
  description?: string;
  sources: Source[];
  actors: Actor[];
  relations: Relation[];
  stories?: Story[];
}
