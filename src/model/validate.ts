/**
 * Validating a dataset: turns an untrusted JSON value into a typed
 * {@link Dataset}, collecting every problem on the way (not only the first),
 * each with its JSON path, what is wrong and how to fix it. The fields are
 * read by validate-reader.ts; sources and evidence, actors and relations,
 * and stories each have their file.
 */
import { childPath } from './json-text';
import { type Problem, hasErrors } from './problems';
import { didYouMean } from './suggest';
import type { Actor, Dataset, Evidence, Relation } from './types';
import { Reader, isObject, own } from './validate-reader';
import { readEvidence, readSources, sourceMatchers } from './validate-sources';
import { readActor, readRelation, summarise } from './validate-elements';
import { readStories } from './validate-stories';

export interface ValidateOptions {
  /** The texts of the dataset's sources, by source id, for checking quotes. */
  sourceTexts?: ReadonlyMap<string, string>;
}

export interface ValidationResult {
  /** The typed dataset, or null when there is any error. */
  dataset: Dataset | null;
  /** Every error and warning, in document order. */
  problems: Problem[];
}

/** Validates a parsed JSON value as a diplomap dataset. */
export function validateDataset(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const r = new Reader();
  const root = r.object(value, '', 'the dataset');
  if (!root) return { dataset: null, problems: r.problems };

  const title = r.requiredString(root, 'title', '');
  const description = r.optionalString(root, 'description', '');
  const sources = readSources(r, root);
  const sourceIds = new Set(sources.map((s) => s.id));
  const matchers = sourceMatchers(r, sources, options.sourceTexts);
  const evidenceOf = (list: unknown[], path: string): Evidence[] =>
    readEvidence(r, list, path, sourceIds, matchers);

  const ids = new Map<string, string>(); // actor and relation ids share one namespace
  const claimId = (id: string, path: string): void => {
    const first = ids.get(id);
    if (first === undefined) ids.set(id, path);
    else
      r.report(
        'duplicate-id',
        childPath(path, 'id'),
        `id "${id}" is already used at ${first}`,
        'give each actor and relation its own id (actors and relations share one set of ids)',
      );
  };

  const actorItems = r.array(root, 'actors', '', true) ?? [];
  const actorIds = new Set<string>();
  for (const item of actorItems) {
    const id = isObject(item) ? own(item, 'id') : undefined;
    if (typeof id === 'string' && id.trim() !== '') actorIds.add(id);
  }
  const checkActorRef = (id: string, path: string): boolean => {
    if (actorIds.has(id)) return true;
    r.report(
      'unknown-actor',
      path,
      `unknown actor "${id}"`,
      didYouMean(id, actorIds, 'add the actor to "actors" or correct the id'),
    );
    return false;
  };

  const actors: Actor[] = [];
  for (const [index, item] of actorItems.entries()) {
    const path = childPath('actors', index);
    const raw = r.object(item, path, `actors[${index}]`);
    if (!raw) continue;
    const actor = readActor(r, raw, path, checkActorRef, evidenceOf);
    if (actor) {
      claimId(actor.id, path);
      actors.push(actor);
    }
  }

  const relations: Relation[] = [];
  const read: Array<[Relation, string, boolean]> = [];
  const relationItems = r.array(root, 'relations', '', true) ?? [];
  for (const [index, item] of relationItems.entries()) {
    const path = childPath('relations', index);
    const raw = r.object(item, path, `relations[${index}]`);
    if (!raw) continue;
    const relation = readRelation(r, raw, path, checkActorRef, evidenceOf);
    if (relation) {
      claimId(relation.id, path);
      relations.push(relation);
      const quotes = own(raw, 'evidence');
      read.push([relation, path, !Array.isArray(quotes) || quotes.length === 0]);
    }
  }

  summarise(r, read);
  const stories = readStories(r, root, checkActorRef);

  if (hasErrors(r.problems) || title === undefined) return { dataset: null, problems: r.problems };
  const dataset: Dataset = { title, sources, actors, relations };
  if (stories !== undefined) dataset.stories = stories;
  if (description !== undefined) dataset.description = description;
  return { dataset, problems: r.problems };
}
