/**
 * The one way every reader turns what it found into a dataset. Readers only
 * translate their format into calls here; the builder reads every value
 * (kinds, dates, numbers, booleans, colours, lists, evidence), reports what
 * it cannot read at the place the reader gave for that field, and keeps what
 * it does not map as attributes. What it returns always passes diplomap's
 * validator: ids unique in one namespace, relation ends that name actors
 * (placeholders otherwise), references that resolve, a source for every quote.
 */
import type { Actor, Dataset, Relation } from '../../model/types';
import { isRelationStatus } from '../../model/vocabulary';
import { actorKindOf, relationKindOf } from './kinds';
import { encodeList, listOf } from './lists';
import {
  attributesFrom,
  freshRecord,
  placeOfField,
  type ActorField,
  type ActorInput,
  type DatasetMeta,
  type FieldPlaces,
  type RelationField,
  type RelationInput,
} from './inputs';
import { IMPORTED_SOURCE, FieldReader } from './field-reader';
import { finishDataset } from './finish';
import {
  warning,
  type BuilderOptions,
  type Gathered,
  type Issue,
  type Reference,
} from './gathered';

import { Tally } from './tally';
import { booleanOf, colorOf, dateOf, directionOf, numberOf } from './values';
import type { ImportFormat, ImportIssue, ImportResult, Place } from './types';

export { warning, type BuilderOptions };

export { IMPORTED_SOURCE };

export class DatasetBuilder {
  private readonly issues: ImportIssue[] = [];
  private readonly tally = new Tally();
  private readonly actors = new Map<string, Actor>();
  private readonly relations = new Map<string, Relation>();
  private readonly places = new Map<Relation, Place>();
  private readonly references: Reference[] = [];
  private actorsRead = 0;
  private relationsRead = 0;
  private meta: DatasetMeta = {};
  private readonly values = new FieldReader(
    (issue, place) => this.report(issue, place),
    (key, issue, place, unit) => this.reportOnce(key, issue, place, unit),
  );
  private metaPlace: Place = {};

  constructor(
    private readonly format: ImportFormat,
    private readonly options: BuilderOptions,
  ) {}

  /** Records a problem the reader found (syntax, structure) at its place. */
  report(issue: Issue, place: Place = {}): void {
    const full: ImportIssue = { ...issue };
    if (place.line !== undefined) full.line = place.line;
    if (place.column !== undefined) full.column = place.column;
    if (place.path !== undefined) full.path = place.path;
    this.issues.push(full);
  }

  /** Records the first of many alike warnings; the count is added when the import finishes. */
  reportOnce(key: string, issue: Issue, place: Place, unit: string): void {
    this.tally.add(key, unit, () => {
      this.report(issue, place);
      return this.issues[this.issues.length - 1] as ImportIssue;
    });
  }

  hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  hasActor(id: string): boolean {
    return this.actors.has(id);
  }

  /** What the file says of the whole dataset (title, description, sources, stories). */
  describe(meta: DatasetMeta, place: Place = {}): void {
    this.meta = { ...this.meta, ...meta };
    this.metaPlace = place;
  }

  /** Counts a relation the reader read but cannot use (a row naming one side only), with one warning for all. */
  skipRelation(message: string, place: Place): void {
    this.relationsRead++;
    this.reportOnce(`skipped:${message}`, warning('missing-field', message), place, 'rows');
  }

  /** Adds an actor; returns its id, or undefined when it was dropped (no id, or a repeated one). */
  addActor(input: ActorInput, place: Place, fields?: FieldPlaces<ActorField>): string | undefined {
    this.actorsRead++;
    // Places are found only when there is something to report: a table finds a cell by scanning its row.
    const at = (field: ActorField) => () => placeOfField(fields, field, place);
    const id = input.id;
    if (id.trim() === '') {
      this.report(
        { category: 'missing-field', severity: 'error', message: 'a node has no id' },
        at('id')(),
      );
      return undefined;
    }
    if (this.actors.has(id)) {
      this.report(
        warning('duplicate-id', `node id "${id}" appears again; the later node is dropped`),
        at('id')(),
      );
      return undefined;
    }
    const attributes = attributesFrom(input.attributes);
    const name = input.name !== undefined && input.name.trim() !== '' ? input.name : id;
    const actor: Actor = { id, name, kind: 'other' };
    const kind = this.values.kindOf(input, actorKindOf, 'node', at('kind'));
    if (kind.kind) actor.kind = kind.kind;
    if (kind.original !== undefined) actor.originalKind = kind.original;
    if (input.aliases !== undefined) {
      const aliases = listOf(input.aliases);
      if (aliases.length > 0) actor.aliases = aliases;
    }
    if (input.role !== undefined) actor.role = input.role;
    if (input.description !== undefined) actor.description = input.description;
    if (input.placeholder !== undefined && booleanOf(input.placeholder) === true)
      actor.placeholder = true;
    else if (input.placeholder !== undefined && booleanOf(input.placeholder) === undefined)
      this.values.badValue(
        'placeholder',
        String(input.placeholder),
        'true or false',
        at('placeholder'),
        attributes,
      );
    if (input.evidence !== undefined) {
      const evidence = this.values.evidenceOf(
        input.evidence,
        undefined,
        at('evidence'),
        attributes,
      );
      if (evidence.length > 0) actor.evidence = evidence;
    }
    if (input.position !== undefined) {
      const x = numberOf(input.position.x);
      const y = numberOf(input.position.y);
      if (x !== undefined && y !== undefined) actor.position = { x, y };
      else
        this.report(
          warning(
            'bad-value',
            `the position (${String(input.position.x)}, ${String(input.position.y)}) is not two numbers; it is left out`,
          ),
          at('position')(),
        );
    }
    if (input.color !== undefined && input.color.trim() !== '') {
      const color = colorOf(input.color);
      if (color) actor.color = color;
      else
        this.values.badValue(
          'color',
          input.color,
          'a colour such as #0077bb',
          at('color'),
          attributes,
        );
    }
    if (Object.keys(attributes).length > 0) actor.attributes = attributes;
    this.actors.set(id, actor);
    if (input.affiliation !== undefined && input.affiliation !== '') {
      const affiliation = input.affiliation;
      this.references.push({
        ids: [affiliation],
        place: at('affiliation'),
        settle: (known) => {
          if (known[0] !== undefined && known[0] !== id) actor.affiliation = known[0];
          else (actor.attributes ??= freshRecord())['affiliation'] = affiliation;
        },
      });
    }
    return id;
  }

  /**
   * Adds a relation; returns the id it is kept under (made up when the file
   * gives none, renamed when the id is taken), or undefined when it was dropped.
   */
  addRelation(
    input: RelationInput,
    place: Place,
    fields?: FieldPlaces<RelationField>,
  ): string | undefined {
    this.relationsRead++;
    const at = (field: RelationField) => () => placeOfField(fields, field, place);
    for (const end of ['source', 'target'] as const) {
      if (input[end].trim() !== '') continue;
      this.report(
        { category: 'missing-field', severity: 'error', message: `an edge has no ${end}` },
        at(end)(),
      );
      return undefined;
    }
    const id = this.relationId(input.id, at('id'));
    const attributes = attributesFrom(input.attributes);
    const relation: Relation = {
      id,
      kind: 'other',
      source: input.source,
      target: input.target,
      evidence: [],
    };
    const kind = this.values.kindOf(input, relationKindOf, 'relation', at('kind'));
    if (kind.kind) relation.kind = kind.kind;
    if (kind.original !== undefined) relation.originalKind = kind.original;
    if (input.directed !== undefined && relation.kind === 'other') {
      const directed = directionOf(input.directed);
      // Undirected is the default: only a directed relation records it.
      if (directed === true) relation.directed = true;
      else if (directed === undefined)
        this.values.badValue(
          'directed',
          String(input.directed),
          'true or false',
          at('directed'),
          attributes,
        );
    }
    if (input.date !== undefined && input.date.trim() !== '') {
      const date = dateOf(input.date);
      if (date !== undefined) relation.date = date;
      else this.values.badValue('date', input.date, 'an ISO date', at('date'), attributes);
    }
    if (input.status !== undefined && input.status.trim() !== '') {
      const status = input.status.trim().toLowerCase();
      if (isRelationStatus(status)) relation.status = status;
      else
        this.values.badValue(
          'status',
          input.status,
          "one of diplomap's statuses",
          at('status'),
          attributes,
        );
    }
    if (input.note !== undefined) relation.note = input.note;
    if (input.weight !== undefined && input.weight !== '') {
      const weight = numberOf(input.weight);
      if (weight !== undefined) relation.weight = weight;
      else
        this.values.badValue('weight', String(input.weight), 'a number', at('weight'), attributes);
    }
    if (input.evidence !== undefined || input.quote !== undefined)
      relation.evidence = this.values.evidenceOf(
        input.evidence,
        input.quote,
        at('evidence'),
        attributes,
      );
    if (Object.keys(attributes).length > 0) relation.attributes = attributes;
    if (input.claimedBy !== undefined) {
      const claimedBy = listOf(input.claimedBy);
      this.references.push({
        ids: claimedBy,
        place: at('claimedBy'),
        settle: (known, unknown) => {
          if (known.length > 0) relation.claimedBy = known;
          if (unknown.length > 0)
            (relation.attributes ??= freshRecord())['claimedBy'] = encodeList(unknown);
        },
      });
    }
    this.relations.set(id, relation);
    this.places.set(relation, place);
    return id;
  }

  /** Ends the import: actors for the ends, references checked, and the all-or-nothing verdict. */
  finish(): ImportResult {
    const gathered: Gathered = {
      format: this.format,
      options: this.options,
      importedOn: this.options.importedOn ?? new Date().toISOString().slice(0, 10),
      actors: this.actors,
      relations: this.relations,
      places: this.places,
      references: this.references,
      meta: this.meta,
      metaPlace: this.metaPlace,
      actorsRead: this.actorsRead,
      relationsRead: this.relationsRead,
      report: (issue, place) => this.report(issue, place),
      once: (key, issue, place, unit) => this.reportOnce(key, issue, place, unit),
    };
    const { dataset, counts } = finishDataset(gathered);
    this.tally.close();
    const report = { format: this.format, ...counts, issues: this.issues };
    const ok = !this.hasErrors();
    return { dataset: ok ? (dataset as Dataset) : null, report };
  }

  /** The id a relation is kept under: its own, a fresh one, or a renamed one when taken. */
  private relationId(given: string | undefined, place: () => Place): string {
    const n = this.relationsRead;
    if (given === undefined || given.trim() === '') {
      let id = `e${n}`;
      while (this.relations.has(id) || this.actors.has(id)) id = `${id}~`;
      return id;
    }
    if (this.relations.has(given)) {
      let id = `${given}~${n}`;
      while (this.relations.has(id) || this.actors.has(id)) id = `${id}~`;
      this.report(
        warning(
          'duplicate-id',
          `edge id "${given}" appears again; the later edge is kept as "${id}"`,
        ),
        place(),
      );
      return id;
    }
    if (this.actors.has(given)) {
      // Tools such as Gephi number nodes and edges alike; on the map they share one namespace.
      let id = `edge-${given}`;
      while (this.relations.has(id) || this.actors.has(id)) id = `${id}~`;
      this.reportOnce(
        'edge-is-node',
        warning(
          'duplicate-id',
          `edge id "${given}" is also a node id; the edge is kept as "${id}"`,
        ),
        place(),
        'edges',
      );
      return id;
    }
    return given;
  }
}
