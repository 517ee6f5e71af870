/**
 * What the {@link DatasetBuilder} hands its last step ({@link finishDataset}),
 * and the small pieces both use.
 */
import type { Actor, Relation } from '../../model/types';
import type { DatasetMeta } from './inputs';
import type { ImportFormat, ImportIssue, Place } from './types';

export interface BuilderOptions {
  /** The dataset's title when the file gives none. */
  title: string;
  /** The day of the import (ISO), the date of the stand-in sources; today by default. */
  importedOn?: string | undefined;
  /**
   * Relation ends are the actors (an edge list without a node table, an
   * event table): an end that names no actor becomes one, named as written,
   * without a warning. Otherwise it becomes a placeholder, with one.
   */
  endsAreActors?: boolean;
}

export type Issue = Omit<ImportIssue, 'line' | 'column' | 'path'>;
export const warning = (category: ImportIssue['category'], message: string): Issue => ({
  category,
  severity: 'warning',
  message,
});

/** A reference the builder checks once every actor is known. */
export interface Reference {
  ids: string[];
  /** Where the reference is (found only when it is reported). */
  place: () => Place;
  /** Keeps the ids that name actors; the others are reported and kept as an attribute. */
  settle: (known: string[], unknown: string[]) => void;
}

/** What the builder gathered, for finishDataset. */
export interface Gathered {
  format: ImportFormat;
  options: BuilderOptions;
  importedOn: string;
  actors: Map<string, Actor>;
  relations: Map<string, Relation>;
  places: Map<Relation, Place>;
  references: Reference[];
  meta: DatasetMeta;
  metaPlace: Place;
  actorsRead: number;
  relationsRead: number;
  report: (issue: Issue, place?: Place) => void;
  once: (key: string, issue: Issue, place: Place, unit: string) => void;
}
