/**
 * The one way every reader turns what it found into a dataset: foreign
 * fields mapped where their meaning is clear (label or name, type or kind,
 * date, weight) and kept as attributes where it is not; kinds outside the
 * vocabulary kept under their own name as "other"; relation ends that name
 * no node kept as placeholder actors; duplicate ids reported. Readers feed
 * it and report syntax problems; it reports the rest the same way for all.
 */
import { isValidDate } from '../model/dates';
import type { Actor, AttributeValue, Dataset, Relation } from '../model/types';
import {
  isActorKind,
  isRelationKind,
  type ActorKindId,
  type RelationKindId,
} from '../model/vocabulary';
import { stubSource, type ImportFormat, type ImportIssue, type ImportResult } from './types';

/** Where something was found, for the report. */
export interface Place {
  line?: number;
  column?: number;
  path?: string;
}

/** Common spellings of relation kinds in other tools' files. */
const RELATION_SYNONYMS: Record<string, RelationKindId> = {
  ally: 'alliance',
  allies: 'alliance',
  allied: 'alliance',
  backs: 'support',
  backing: 'support',
  supports: 'support',
  member: 'membership',
  'member-of': 'membership',
  cochair: 'co-chair',
  phone: 'call',
  'phone-call': 'call',
  'telephone-call': 'call',
  visits: 'visit',
  meets: 'meeting',
  met: 'meeting',
  mediates: 'mediation',
  negotiates: 'negotiation',
  accuses: 'accusation',
  sanctions: 'sanction',
  conflict: 'armed-conflict',
  war: 'armed-conflict',
  fighting: 'armed-conflict',
  ceasefire: 'cease-fire',
  truce: 'cease-fire',
  attacks: 'attack',
  'military-incident': 'attack',
};

const ACTOR_SYNONYMS: Record<string, ActorKindId> = {
  country: 'state',
  nation: 'state',
  'de-facto': 'de-facto-state',
  'unrecognized-state': 'de-facto-state',
  organization: 'international-organization',
  organisation: 'international-organization',
  'international-organisation': 'international-organization',
  io: 'international-organization',
  ngo: 'think-tank',
  'armed-group': 'group',
  'political-group': 'group',
  individual: 'person',
  people: 'person',
};

function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** "Armed Conflict", "armed_conflict", "war" → "armed-conflict"; unknown → undefined. */
export function relationKindOf(value: string): RelationKindId | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (isRelationKind(key)) return key;
  return own(RELATION_SYNONYMS, key);
}

export function actorKindOf(value: string): ActorKindId | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (isActorKind(key)) return key;
  return own(ACTOR_SYNONYMS, key);
}

/** An ISO date or interval as diplomap reads them; also "2016/04/05" and a timestamp's day. */
export function dateOf(value: string): string | undefined {
  const text = value.trim();
  if (isValidDate(text)) return text;
  const slashed = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(text);
  if (slashed) {
    const day = `${slashed[1]}-${slashed[2]}-${slashed[3]}`;
    return isValidDate(day) ? day : undefined;
  }
  const stamp = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (stamp && isValidDate(stamp[1] as string)) return stamp[1];
  return undefined;
}

export interface ActorInput {
  id: string;
  name?: string;
  kind?: string;
  aliases?: string[];
  role?: string;
  description?: string;
  attributes?: Record<string, AttributeValue>;
}

export interface RelationInput {
  id?: string;
  source: string;
  target: string;
  kind?: string;
  /** For a file that says whether each edge is directed: used when the kind is unknown. */
  directed?: boolean;
  date?: string;
  weight?: string | number;
  quote?: string;
  attributes?: Record<string, AttributeValue>;
}

export class DatasetBuilder {
  readonly issues: ImportIssue[] = [];
  private readonly actors = new Map<string, Actor>();
  private readonly relations = new Map<string, Relation>();
  private actorsRead = 0;
  private relationsRead = 0;
  private placeholders = 0;
  private readonly pending: Array<{ relation: Relation; place: Place }> = [];

  constructor(
    private readonly format: ImportFormat,
    private readonly title: string,
    /** The day of the import, credited for quotes read from the file. */
    private readonly importedOn = new Date().toISOString().slice(0, 10),
  ) {}

  report(issue: Omit<ImportIssue, 'line' | 'column' | 'path'>, place: Place = {}): void {
    const full: ImportIssue = { ...issue };
    if (place.line !== undefined) full.line = place.line;
    if (place.column !== undefined) full.column = place.column;
    if (place.path !== undefined) full.path = place.path;
    this.issues.push(full);
  }

  addActor(input: ActorInput, place: Place = {}): void {
    this.actorsRead++;
    const id = input.id.trim() === '' ? '' : input.id;
    if (id === '') {
      this.report(
        { category: 'missing-field', severity: 'error', message: 'a node has no id' },
        place,
      );
      return;
    }
    if (this.actors.has(id)) {
      this.report(
        {
          category: 'duplicate-id',
          severity: 'warning',
          message: `node id "${id}" appears again; the later node is dropped`,
        },
        place,
      );
      return;
    }
    const actor: Actor = { id, name: input.name?.trim() || id, kind: 'other' };
    if (input.kind !== undefined && input.kind.trim() !== '') {
      const kind = actorKindOf(input.kind);
      if (kind) actor.kind = kind;
      else {
        actor.originalKind = input.kind;
        this.report(
          {
            category: 'unknown-kind',
            severity: 'warning',
            message: `node kind "${input.kind}" is not in the vocabulary; kept as "other"`,
          },
          place,
        );
      }
    }
    if (input.aliases?.length) actor.aliases = input.aliases;
    if (input.role) actor.role = input.role;
    if (input.description) actor.description = input.description;
    if (input.attributes && Object.keys(input.attributes).length)
      actor.attributes = input.attributes;
    this.actors.set(id, actor);
  }

  addRelation(input: RelationInput, place: Place = {}): void {
    this.relationsRead++;
    for (const end of ['source', 'target'] as const) {
      if (input[end].trim() === '') {
        this.report(
          { category: 'missing-field', severity: 'error', message: `an edge has no ${end}` },
          place,
        );
        return;
      }
    }
    let id = input.id?.trim() ? input.id : `e${this.relationsRead}`;
    if (this.relations.has(id)) {
      this.report(
        {
          category: 'duplicate-id',
          severity: 'warning',
          message: `edge id "${id}" appears again; the later edge is kept as "${id}~${this.relationsRead}"`,
        },
        place,
      );
      id = `${id}~${this.relationsRead}`;
    }
    const relation: Relation = {
      id,
      kind: 'other',
      source: input.source,
      target: input.target,
      evidence: [],
    };
    if (input.kind !== undefined && input.kind.trim() !== '') {
      const kind = relationKindOf(input.kind);
      if (kind) relation.kind = kind;
      else {
        relation.originalKind = input.kind;
        this.report(
          {
            category: 'unknown-kind',
            severity: 'warning',
            message: `relation kind "${input.kind}" is not in the vocabulary; kept as "other"`,
          },
          place,
        );
      }
    }
    if (input.date !== undefined && input.date.trim() !== '') {
      const date = dateOf(input.date);
      if (date) relation.date = date;
      else {
        this.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `date "${input.date}" is not an ISO date; kept as the attribute "date"`,
          },
          place,
        );
        relation.attributes = { ...relation.attributes, date: input.date };
      }
    }
    if (input.weight !== undefined && input.weight !== '') {
      const weight = typeof input.weight === 'number' ? input.weight : Number(input.weight);
      if (Number.isFinite(weight)) relation.weight = weight;
      else {
        this.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `weight "${input.weight}" is not a number; kept as the attribute "weight"`,
          },
          place,
        );
        relation.attributes = { ...relation.attributes, weight: String(input.weight) };
      }
    }
    if (input.quote?.trim()) relation.evidence = [{ source: 'imported', quote: input.quote }];
    if (input.attributes && Object.keys(input.attributes).length) {
      relation.attributes = { ...relation.attributes, ...input.attributes };
    }
    if (relation.source === relation.target) {
      this.report(
        {
          category: 'bad-value',
          severity: 'warning',
          message: `edge "${id}" goes from "${relation.source}" to itself; it is dropped`,
        },
        place,
      );
      return;
    }
    this.relations.set(id, relation);
    this.pending.push({ relation, place });
  }

  /** Ends the import: placeholders for dangling ends, and the all-or-nothing verdict. */
  finish(): ImportResult {
    for (const { relation, place } of this.pending) {
      for (const end of [relation.source, relation.target]) {
        if (this.actors.has(end)) continue;
        this.placeholders++;
        this.actors.set(end, { id: end, name: end, kind: 'other', placeholder: true });
        this.report(
          {
            category: 'missing-endpoint',
            severity: 'warning',
            message: `edge "${relation.id}" names "${end}", which is no node; a placeholder actor was made for it`,
          },
          place,
        );
      }
    }
    // Actor and relation ids share one namespace on the map; tools such as Gephi
    // number nodes and edges alike, so a clashing relation is renamed.
    const renamed: string[] = [];
    for (const [id, relation] of [...this.relations]) {
      if (!this.actors.has(id)) continue;
      let fresh = `edge-${id}`;
      for (let n = 2; this.actors.has(fresh) || this.relations.has(fresh); n++)
        fresh = `edge-${id}-${n}`;
      this.relations.delete(id);
      relation.id = fresh;
      this.relations.set(fresh, relation);
      renamed.push(id);
    }
    if (renamed.length > 0) {
      this.report({
        category: 'duplicate-id',
        severity: 'warning',
        message: `${renamed.length} edge ${renamed.length === 1 ? 'id is' : 'ids are'} also node ids (${renamed.slice(0, 5).join(', ')}${renamed.length > 5 ? ', …' : ''}); those edges were renamed "edge-<id>"`,
      });
    }
    const report = {
      format: this.format,
      actorsRead: this.actorsRead,
      relationsRead: this.relationsRead,
      placeholders: this.placeholders,
      issues: this.issues,
    };
    if (this.issues.some((issue) => issue.severity === 'error')) return { dataset: null, report };
    const usesImported = [...this.relations.values()].some((r) => r.evidence.length > 0);
    const dataset: Dataset = {
      title: this.title,
      sources: usesImported ? [stubSource('imported', this.title, this.importedOn)] : [],
      actors: [...this.actors.values()],
      relations: [...this.relations.values()],
    };
    return { dataset, report };
  }
}
