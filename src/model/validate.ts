/**
 * Validating a dataset: turns an untrusted JSON value into a typed
 * {@link Dataset}, collecting every problem on the way (not only the first),
 * each with its JSON path, what is wrong and how to fix it.
 */
import { childPath } from './json-text';
import type { Problem, ProblemCode } from './problems';
import { hasErrors } from './problems';
import { QuoteMatcher, quoteMismatchHint } from './quotes';
import { didYouMean } from './suggest';
import { isValidDate } from './dates';
import type {
  Actor,
  AttributeValue,
  Dataset,
  Evidence,
  Point,
  Relation,
  Source,
  Story,
  StoryOptions,
} from './types';
import {
  ACTOR_KIND_IDS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  STANCES,
  type Stance,
  type RelationKindId,
  RELATION_STATUS_IDS,
  isActorKind,
  isRelationKind,
  isRelationStatus,
} from './vocabulary';

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

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The collector that reads fields and records what is wrong with them. */
class Reader {
  readonly problems: Problem[] = [];

  report(code: ProblemCode, path: string, message: string, hint?: string): void {
    const problem: Problem = { code, severity: 'error', path, message };
    if (hint !== undefined) problem.hint = hint;
    this.problems.push(problem);
  }

  warn(code: ProblemCode, path: string, message: string, hint?: string): void {
    const problem: Problem = { code, severity: 'warning', path, message };
    if (hint !== undefined) problem.hint = hint;
    this.problems.push(problem);
  }

  /** A required, non-empty string field; undefined (and a problem) otherwise. */
  requiredString(object: JsonObject, key: string, path: string): string | undefined {
    const value = own(object, key);
    const at = childPath(path, key);
    if (value === undefined) {
      this.report('missing-field', at, `"${key}" is required`, `add "${key}": "..."`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report('wrong-type', at, `"${key}" must be a string, not ${typeName(value)}`);
      return undefined;
    }
    if (value.trim() === '') {
      this.report('empty-value', at, `"${key}" must not be empty`);
      return undefined;
    }
    return value;
  }

  optionalString(object: JsonObject, key: string, path: string): string | undefined {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.report(
        'wrong-type',
        childPath(path, key),
        `"${key}" must be a string, not ${typeName(value)}`,
      );
      return undefined;
    }
    return value;
  }

  /** An array field: required ones report when absent; every item is passed on with its path. */
  array(object: JsonObject, key: string, path: string, required: boolean): unknown[] | undefined {
    const value = own(object, key);
    const at = childPath(path, key);
    if (value === undefined) {
      if (required) this.report('missing-field', at, `"${key}" is required`, `add "${key}": []`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.report('wrong-type', at, `"${key}" must be an array, not ${typeName(value)}`);
      return undefined;
    }
    return value;
  }

  object(value: unknown, path: string, what: string): JsonObject | undefined {
    if (isObject(value)) return value;
    this.report('wrong-type', path, `${what} must be an object, not ${typeName(value)}`);
    return undefined;
  }

  optionalBoolean(object: JsonObject, key: string, path: string): boolean | undefined {
    const value = own(object, key);
    if (value === undefined || typeof value === 'boolean') return value;
    this.report(
      'wrong-type',
      childPath(path, key),
      `"${key}" must be true or false, not ${typeName(value)}`,
    );
    return undefined;
  }

  optionalNumber(object: JsonObject, key: string, path: string): number | undefined {
    const value = own(object, key);
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.report(
      'wrong-type',
      childPath(path, key),
      `"${key}" must be a number, not ${typeName(value)}`,
    );
    return undefined;
  }

  /** Kept foreign attributes: an object of strings, numbers and booleans. */
  attributes(object: JsonObject, path: string): Record<string, AttributeValue> | undefined {
    const value = own(object, 'attributes');
    if (value === undefined) return undefined;
    const at = childPath(path, 'attributes');
    if (!isObject(value)) {
      this.report('wrong-type', at, `"attributes" must be an object, not ${typeName(value)}`);
      return undefined;
    }
    const kept: Record<string, AttributeValue> = Object.create(null) as Record<
      string,
      AttributeValue
    >;
    for (const [key, item] of Object.entries(value)) {
      if (
        typeof item === 'string' ||
        typeof item === 'boolean' ||
        (typeof item === 'number' && Number.isFinite(item))
      ) {
        kept[key] = item;
      } else {
        this.report(
          'wrong-type',
          childPath(at, key),
          `attribute "${key}" must be a string, number or boolean, not ${typeName(item)}`,
        );
      }
    }
    return kept;
  }

  /** An optional place on the map: `{ "x": number, "y": number }`. */
  point(object: JsonObject, key: string, path: string): Point | undefined {
    const value = own(object, key);
    if (value === undefined) return undefined;
    const at = childPath(path, key);
    if (!isObject(value)) {
      this.report(
        'wrong-type',
        at,
        `"${key}" must be an object, not ${typeName(value)}`,
        'write { "x": 120, "y": -40 }',
      );
      return undefined;
    }
    const x = this.optionalNumber(value, 'x', at);
    const y = this.optionalNumber(value, 'y', at);
    if (x === undefined || y === undefined) {
      if (own(value, 'x') === undefined || own(value, 'y') === undefined)
        this.report(
          'missing-field',
          at,
          `"${key}" needs both "x" and "y"`,
          'write { "x": 120, "y": -40 }',
        );
      return undefined;
    }
    return { x, y };
  }

  /** An optional colour written `#rrggbb`. */
  color(object: JsonObject, key: string, path: string): string | undefined {
    const value = this.optionalString(object, key, path);
    if (value === undefined) return undefined;
    if (/^#[0-9a-fA-F]{6}$/.test(value)) return value;
    this.report(
      'invalid-value',
      childPath(path, key),
      `"${value}" is not a colour`,
      'write it as "#" and six hexadecimal digits, such as "#0077bb"',
    );
    return undefined;
  }

  date(object: JsonObject, key: string, path: string, required: boolean): string | undefined {
    const value = required
      ? this.requiredString(object, key, path)
      : this.optionalString(object, key, path);
    if (value === undefined) return undefined;
    if (!isValidDate(value)) {
      this.report(
        'invalid-date',
        childPath(path, key),
        `"${value}" is not a valid date`,
        'use an ISO date such as "2016-04-05", "2016-04" or "2016", or an interval "2016-04-02/2016-04-05" ("2015/.." when open)',
      );
      return undefined;
    }
    return value;
  }
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

function readSources(r: Reader, root: JsonObject): Source[] {
  const sources: Source[] = [];
  const seen = new Map<string, string>();
  for (const [index, item] of (r.array(root, 'sources', '', true) ?? []).entries()) {
    const path = childPath('sources', index);
    const raw = r.object(item, path, `sources[${index}]`);
    if (!raw) continue;
    const id = r.requiredString(raw, 'id', path);
    const title = r.requiredString(raw, 'title', path);
    const publisher = r.requiredString(raw, 'publisher', path);
    const published = r.date(raw, 'published', path, true);
    const url = r.optionalString(raw, 'url', path);
    if (url !== undefined && !/^https?:\/\//i.test(url)) {
      r.report(
        'invalid-value',
        childPath(path, 'url'),
        `"${url}" is not a web address`,
        'use an address that starts with https:// or http://',
      );
    }
    const text = r.optionalString(raw, 'text', path);
    const content = r.optionalString(raw, 'content', path);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      r.report(
        'duplicate-id',
        childPath(path, 'id'),
        `source id "${id}" is already used at ${first}`,
        'give each source its own id',
      );
      continue;
    }
    seen.set(id, path);
    if (title === undefined || publisher === undefined || published === undefined) continue;
    const source: Source = { id, title, publisher, published };
    if (url !== undefined && /^https?:\/\//i.test(url)) source.url = url;
    if (text !== undefined) source.text = text;
    if (content !== undefined) source.content = content;
    sources.push(source);
  }
  return sources;
}

function sourceMatchers(
  r: Reader,
  sources: readonly Source[],
  texts: ReadonlyMap<string, string> | undefined,
): Map<string, QuoteMatcher> {
  const matchers = new Map<string, QuoteMatcher>();
  for (const [index, source] of sources.entries()) {
    // The text inside the dataset, else one supplied from beside it.
    const text = source.content ?? texts?.get(source.id);
    if (text !== undefined) matchers.set(source.id, new QuoteMatcher(text));
    else if (source.text !== undefined)
      r.warn(
        'source-text-missing',
        childPath(childPath('sources', index), 'text'),
        `the text of source "${source.id}" (${source.text}) was not supplied, so its quotes were not checked`,
        'keep the text file beside the dataset at the path given',
      );
  }
  return matchers;
}

function readEvidence(
  r: Reader,
  list: unknown[],
  path: string,
  sourceIds: ReadonlySet<string>,
  matchers: ReadonlyMap<string, QuoteMatcher>,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const [index, item] of list.entries()) {
    const at = childPath(path, index);
    const raw = r.object(item, at, 'evidence');
    if (!raw) continue;
    const source = r.requiredString(raw, 'source', at);
    const quote = r.requiredString(raw, 'quote', at);
    if (source !== undefined && !sourceIds.has(source)) {
      r.report(
        'unknown-source',
        childPath(at, 'source'),
        `unknown source "${source}"`,
        didYouMean(source, sourceIds, 'add it to "sources" or correct the id'),
      );
      continue;
    }
    if (source === undefined || quote === undefined) continue;
    const matcher = matchers.get(source);
    if (matcher) {
      const check = matcher.check(quote);
      if (!check.found) {
        r.report(
          'quote-not-found',
          childPath(at, 'quote'),
          `the quote is not a verbatim span of source "${source}"`,
          quoteMismatchHint(quote, check),
        );
        continue;
      }
    }
    evidence.push({ source, quote });
  }
  return evidence;
}

function readStringList(
  r: Reader,
  raw: JsonObject,
  key: string,
  path: string,
): string[] | undefined {
  const list = r.array(raw, key, path, false);
  if (list === undefined) return undefined;
  const strings: string[] = [];
  for (const [index, item] of list.entries()) {
    if (typeof item === 'string') strings.push(item);
    else
      r.report(
        'wrong-type',
        childPath(childPath(path, key), index),
        `each of "${key}" must be a string, not ${typeName(item)}`,
      );
  }
  return strings;
}

function kindHint(value: string, ids: readonly string[]): string {
  const normalised = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (ids.includes(normalised)) return `did you mean "${normalised}"?`;
  return didYouMean(value, ids, `use one of: ${ids.join(', ')}`);
}

function readActor(
  r: Reader,
  raw: JsonObject,
  path: string,
  checkActorRef: (id: string, path: string) => boolean,
  evidenceOf: (list: unknown[], path: string) => Evidence[],
): Actor | undefined {
  const id = r.requiredString(raw, 'id', path);
  const name = r.requiredString(raw, 'name', path);
  const kind = r.requiredString(raw, 'kind', path);
  if (kind !== undefined && !isActorKind(kind))
    r.report(
      'unknown-kind',
      childPath(path, 'kind'),
      `unknown actor kind "${kind}"`,
      kindHint(kind, ACTOR_KIND_IDS),
    );
  const aliases = readStringList(r, raw, 'aliases', path);
  const role = r.optionalString(raw, 'role', path);
  const affiliation = r.optionalString(raw, 'affiliation', path);
  const description = r.optionalString(raw, 'description', path);
  if (affiliation !== undefined) {
    checkActorRef(affiliation, childPath(path, 'affiliation'));
    if (affiliation === id)
      r.report(
        'self-relation',
        childPath(path, 'affiliation'),
        `actor "${id}" is given as its own affiliation`,
        'name the state or organization it serves',
      );
  }
  const evidenceList = r.array(raw, 'evidence', path, false);
  const evidence = evidenceList && evidenceOf(evidenceList, childPath(path, 'evidence'));
  const extras = importedExtras(r, raw, path);
  const placeholder = r.optionalBoolean(raw, 'placeholder', path);
  if (placeholder !== undefined) extras.placeholder = placeholder;
  const position = r.point(raw, 'position', path);
  const color = r.color(raw, 'color', path);

  if (id === undefined || name === undefined || kind === undefined || !isActorKind(kind))
    return undefined;
  const actor: Actor = { id, name, kind };
  if (aliases !== undefined) actor.aliases = aliases;
  if (role !== undefined) actor.role = role;
  if (affiliation !== undefined) actor.affiliation = affiliation;
  if (description !== undefined) actor.description = description;
  if (evidence !== undefined) actor.evidence = evidence;
  if (position !== undefined) actor.position = position;
  if (color !== undefined) actor.color = color;
  Object.assign(actor, extras);
  return actor;
}

function readRelation(
  r: Reader,
  raw: JsonObject,
  path: string,
  checkActorRef: (id: string, path: string) => boolean,
  evidenceOf: (list: unknown[], path: string) => Evidence[],
): Relation | undefined {
  const id = r.requiredString(raw, 'id', path);
  const kind = r.requiredString(raw, 'kind', path);
  if (kind !== undefined && !isRelationKind(kind))
    r.report(
      'unknown-kind',
      childPath(path, 'kind'),
      `unknown relation kind "${kind}"`,
      kindHint(kind, RELATION_KIND_IDS),
    );
  const source = r.requiredString(raw, 'source', path);
  const target = r.requiredString(raw, 'target', path);
  const sourceKnown = source !== undefined && checkActorRef(source, childPath(path, 'source'));
  const targetKnown = target !== undefined && checkActorRef(target, childPath(path, 'target'));
  const date = r.date(raw, 'date', path, false);
  const status = r.optionalString(raw, 'status', path);
  if (status !== undefined && !isRelationStatus(status))
    r.report(
      'unknown-kind',
      childPath(path, 'status'),
      `unknown status "${status}"`,
      kindHint(status, RELATION_STATUS_IDS),
    );
  const claimedBy = readStringList(r, raw, 'claimedBy', path);
  claimedBy?.forEach((actor, index) =>
    checkActorRef(actor, childPath(childPath(path, 'claimedBy'), index)),
  );
  if (
    (status === 'claimed' || status === 'alleged') &&
    (claimedBy === undefined || claimedBy.length === 0)
  )
    r.warn(
      'missing-field',
      childPath(path, 'claimedBy'),
      `a ${status} relation should say who makes the claim`,
      'add "claimedBy": ["actor-id"]',
    );
  const note = r.optionalString(raw, 'note', path);
  const directed = r.optionalBoolean(raw, 'directed', path);
  if (directed !== undefined && kind !== undefined && kind !== 'other' && isRelationKind(kind)) {
    if (directed !== RELATION_KINDS[kind].directed)
      r.warn(
        'invalid-value',
        childPath(path, 'directed'),
        `a relation of kind "${kind}" is ${RELATION_KINDS[kind].directed ? 'directed' : 'undirected'} by the vocabulary; "directed" is ignored`,
        'leave "directed" out, or use kind "other" for a relation of your own',
      );
  }
  // Evidence may be absent (an unsourced relation, as imported graphs have).
  const evidenceList = r.array(raw, 'evidence', path, false) ?? [];
  const evidence = evidenceOf(evidenceList, childPath(path, 'evidence'));
  const extras = importedExtras(r, raw, path);
  const weight = r.optionalNumber(raw, 'weight', path);
  if (weight !== undefined) extras.weight = weight;

  if (
    id === undefined ||
    kind === undefined ||
    !isRelationKind(kind) ||
    !sourceKnown ||
    !targetKnown
  )
    return undefined;
  const relation: Relation = {
    id,
    kind,
    source: source as string,
    target: target as string,
    evidence,
  };
  if (kind === 'other' && directed !== undefined) relation.directed = directed;
  if (date !== undefined) relation.date = date;
  if (status !== undefined && isRelationStatus(status)) relation.status = status;
  if (claimedBy !== undefined) relation.claimedBy = claimedBy;
  if (note !== undefined) relation.note = note;
  Object.assign(relation, extras);
  return relation;
}

/**
 * One warning each for relations without evidence and for relations from an
 * actor to itself: both are kept (an imported graph has thousands of the
 * first and often some of the second), so a warning per relation would bury
 * everything else; the count and the first one's place say enough.
 */
function summarise(r: Reader, relations: ReadonlyArray<[Relation, string, boolean]>): void {
  // Unsourced as written: a relation whose quotes were all refused has errors of its own.
  const unsourced = relations.filter(([, , none]) => none);
  const first = unsourced[0];
  if (first) {
    const count = unsourced.length;
    r.warn(
      'empty-evidence',
      first[1],
      `${count === 1 ? '1 relation has' : `${count} relations have`} no evidence (unsourced, the first here): ${count === 1 ? 'it is' : 'they are'} kept and shown as "no evidence"`,
      'where a report states the relation, add { "source": "...", "quote": "..." } quoting it verbatim',
    );
  }
  const loops = relations.filter(([relation]) => relation.source === relation.target);
  const loop = loops[0];
  if (loop) {
    const count = loops.length;
    r.warn(
      'self-relation',
      childPath(loop[1], 'target'),
      `${count === 1 ? '1 relation goes' : `${count} relations go`} from an actor to itself (the first here, "${loop[0].source}"): ${count === 1 ? 'it is' : 'they are'} kept and drawn as a loop, and left out of paths`,
      'a domestic event is such a relation; otherwise correct the target',
    );
  }
}

/** Longest path a story may ask for (the path search's own hard limit). */
const MAX_STORY_STEPS = 12;

function readStories(
  r: Reader,
  root: JsonObject,
  checkActorRef: (id: string, path: string) => boolean,
): Story[] | undefined {
  const items = r.array(root, 'stories', '', false);
  if (items === undefined) return undefined;
  const stories: Story[] = [];
  const seen = new Map<string, string>();
  for (const [index, item] of items.entries()) {
    const path = childPath('stories', index);
    const raw = r.object(item, path, `stories[${index}]`);
    if (!raw) continue;
    const id = r.requiredString(raw, 'id', path);
    const title = r.requiredString(raw, 'title', path);
    const from = r.requiredString(raw, 'from', path);
    const to = r.requiredString(raw, 'to', path);
    const description = r.optionalString(raw, 'description', path);
    const fromKnown = from !== undefined && checkActorRef(from, childPath(path, 'from'));
    const toKnown = to !== undefined && checkActorRef(to, childPath(path, 'to'));
    if (fromKnown && from === to)
      r.report(
        'self-relation',
        childPath(path, 'to'),
        `the story goes from "${from}" to itself`,
        'a path question joins two different actors',
      );
    const optionsValue = own(raw, 'options');
    const options =
      optionsValue === undefined
        ? undefined
        : readStoryOptions(r, optionsValue, childPath(path, 'options'));
    if (id !== undefined && seen.has(id)) {
      r.report(
        'duplicate-id',
        childPath(path, 'id'),
        `story id "${id}" is already used at ${seen.get(id)}`,
        'give each story its own id',
      );
      continue;
    }
    if (id !== undefined) seen.set(id, path);
    if (id === undefined || title === undefined || !fromKnown || !toKnown) continue;
    const story: Story = { id, title, from: from as string, to: to as string };
    if (description !== undefined) story.description = description;
    if (options !== undefined) story.options = options;
    stories.push(story);
  }
  return stories;
}

function readStoryOptions(r: Reader, value: unknown, path: string): StoryOptions | undefined {
  const raw = r.object(value, path, 'options');
  if (!raw) return undefined;
  const options: StoryOptions = {};
  for (const flag of ['directed', 'excludeDirect'] as const) {
    const v = own(raw, flag);
    if (v === undefined) continue;
    if (typeof v === 'boolean') options[flag] = v;
    else
      r.report(
        'wrong-type',
        childPath(path, flag),
        `"${flag}" must be true or false, not ${typeName(v)}`,
      );
  }
  const kinds = readStringList(r, raw, 'kinds', path);
  if (kinds !== undefined) {
    const known: RelationKindId[] = [];
    kinds.forEach((kind, index) => {
      if (isRelationKind(kind)) known.push(kind);
      else
        r.report(
          'unknown-kind',
          childPath(childPath(path, 'kinds'), index),
          `unknown relation kind "${kind}"`,
          kindHint(kind, RELATION_KIND_IDS),
        );
    });
    options.kinds = known;
  }
  const stances = r.array(raw, 'stances', path, false);
  if (stances !== undefined) {
    const valid: Stance[] = [];
    stances.forEach((stance, index) => {
      if ((STANCES as readonly unknown[]).includes(stance)) valid.push(stance as Stance);
      else
        r.report(
          'invalid-value',
          childPath(childPath(path, 'stances'), index),
          `stance ${JSON.stringify(stance)} is not 1, 0 or -1`,
          'use 1 for cooperative, 0 for neutral, -1 for hostile',
        );
    });
    options.stances = valid;
  }
  const maxSteps = own(raw, 'maxSteps');
  if (maxSteps !== undefined) {
    if (
      typeof maxSteps === 'number' &&
      Number.isInteger(maxSteps) &&
      maxSteps >= 1 &&
      maxSteps <= MAX_STORY_STEPS
    )
      options.maxSteps = maxSteps;
    else
      r.report(
        'invalid-value',
        childPath(path, 'maxSteps'),
        `"maxSteps" must be a whole number from 1 to ${MAX_STORY_STEPS}`,
      );
  }
  return options;
}

/** Fields an import fills in: the original kind and the attributes kept from the file. */
function importedExtras(
  r: Reader,
  raw: JsonObject,
  path: string,
): {
  originalKind?: string;
  attributes?: Record<string, AttributeValue>;
  placeholder?: boolean;
  weight?: number;
} {
  const extras: {
    originalKind?: string;
    attributes?: Record<string, AttributeValue>;
    placeholder?: boolean;
    weight?: number;
  } = {};
  const originalKind = r.optionalString(raw, 'originalKind', path);
  if (originalKind !== undefined) extras.originalKind = originalKind;
  const attributes = r.attributes(raw, path);
  if (attributes !== undefined) extras.attributes = attributes;
  return extras;
}
