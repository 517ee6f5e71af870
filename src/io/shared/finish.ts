/**
 * The end of an import: every relation end made an actor (or a placeholder,
 * said so), references checked against the actors, the file's sources and
 * stories kept where they are sound, a stand-in source for every other one
 * the evidence cites, and the counts of the report.
 */
import { isValidDate } from '../../model/dates';
import type { Actor, Dataset, Relation, Source, Story } from '../../model/types';
import { warning, type Gathered } from './gathered';
import { sourceOf, storyOf } from './inputs';
import { stubSource } from './types';

export interface Counts {
  actorsRead: number;
  relationsRead: number;
  placeholders: number;
  selfLoops: number;
}

function endsToActors(g: Gathered): { placeholders: number; actorsRead: number } {
  let placeholders = 0;
  let actorsRead = g.actorsRead;
  for (const relation of g.relations.values()) {
    for (const end of [relation.source, relation.target]) {
      if (g.actors.has(end)) continue;
      if (g.options.endsAreActors) {
        g.actors.set(end, { id: end, name: end, kind: 'other' });
        actorsRead++;
        continue;
      }
      placeholders++;
      g.actors.set(end, { id: end, name: end, kind: 'other', placeholder: true });
      g.report(
        warning(
          'missing-endpoint',
          `edge "${relation.id}" names "${end}", which is no node; a placeholder actor was made for it`,
        ),
        g.places.get(relation),
      );
    }
  }
  return { placeholders, actorsRead };
}

/** Relations whose id an actor took after them (actors made from ends) are renamed. */
function renameClashes(g: Gathered): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  for (const [id, relation] of g.relations) {
    if (!g.actors.has(id)) {
      relations.set(id, relation);
      continue;
    }
    let fresh = `edge-${id}`;
    while (g.actors.has(fresh) || g.relations.has(fresh) || relations.has(fresh)) fresh += '~';
    relation.id = fresh;
    relations.set(fresh, relation);
    g.once(
      'edge-is-node',
      warning('duplicate-id', `edge id "${id}" is also a node id; the edge is kept as "${fresh}"`),
      g.places.get(relation) ?? {},
      'edges',
    );
  }
  return relations;
}

function settleReferences(g: Gathered): void {
  for (const reference of g.references) {
    const known = reference.ids.filter((id) => g.actors.has(id));
    const unknown = reference.ids.filter((id) => !g.actors.has(id));
    for (const id of unknown)
      g.report(
        warning('missing-endpoint', `"${id}" is no node; it is kept as text in the attributes`),
        reference.place(),
      );
    reference.settle(known, unknown);
  }
}

/**
 * The items a file describes (sources, stories), each checked by `read`;
 * one that does not read, or repeats an id, is left out and said.
 */
function described<T extends { id: string }>(
  g: Gathered,
  list: unknown,
  read: (item: unknown) => T | undefined,
  what: string,
): T[] {
  const kept: T[] = [];
  const ids = new Set<string>();
  for (const item of Array.isArray(list) ? (list as unknown[]) : []) {
    const value = read(item);
    if (!value || ids.has(value.id)) {
      g.report(warning('bad-value', `${what}; it is left out`), g.metaPlace);
      continue;
    }
    ids.add(value.id);
    kept.push(value);
  }
  return kept;
}

function sourcesOf(g: Gathered, title: string, cited: Iterable<string>): Source[] {
  const sources = described(
    g,
    g.meta.sources,
    (item) => sourceOf(item, isValidDate),
    'a source the file describes is incomplete or repeated',
  );
  const known = new Set(sources.map((source) => source.id));
  for (const id of cited) {
    if (known.has(id)) continue;
    known.add(id);
    sources.push(stubSource(id, id === 'imported' ? title : id, g.importedOn));
  }
  return sources;
}

function storiesOf(g: Gathered, actors: Map<string, Actor>): Story[] {
  return described(
    g,
    g.meta.stories,
    (item) => storyOf(item, (id) => actors.has(id)),
    'a story the file carries names unknown actors, is malformed or repeated',
  );
}

export function finishDataset(g: Gathered): { dataset: Dataset; counts: Counts } {
  const { placeholders, actorsRead } = endsToActors(g);
  const relations = renameClashes(g);
  settleReferences(g);
  const title = g.meta.title?.trim()
    ? g.meta.title
    : g.options.title.trim()
      ? g.options.title
      : 'Imported graph';
  const cited = new Set<string>();
  for (const actor of g.actors.values()) for (const e of actor.evidence ?? []) cited.add(e.source);
  let selfLoops = 0;
  for (const relation of relations.values()) {
    for (const e of relation.evidence) cited.add(e.source);
    if (relation.source === relation.target) selfLoops++;
  }
  const dataset: Dataset = {
    title,
    sources: sourcesOf(g, title, cited),
    actors: [...g.actors.values()],
    relations: [...relations.values()],
  };
  if (g.meta.description?.trim()) dataset.description = g.meta.description;
  const stories = storiesOf(g, g.actors);
  if (stories.length > 0) dataset.stories = stories;
  return {
    dataset,
    counts: { actorsRead, relationsRead: g.relationsRead, placeholders, selfLoops },
  };
}
