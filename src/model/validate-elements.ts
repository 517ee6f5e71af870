/**
 * The actors and relations of a dataset, each field checked, and the two
 * summaries a big imported graph needs instead of a warning per relation
 * (unsourced relations, relations from an actor to itself).
 */
import { childPath } from './json-text';
import type { Actor, Evidence, Relation } from './types';
import {
  ACTOR_KIND_IDS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  RELATION_STATUS_IDS,
  isActorKind,
  isRelationKind,
  isRelationStatus,
} from './vocabulary';
import {
  Reader,
  importedExtras,
  kindHint,
  readStringList,
  type JsonObject,
} from './validate-reader';

export function readActor(
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

export function readRelation(
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
export function summarise(r: Reader, relations: ReadonlyArray<[Relation, string, boolean]>): void {
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
