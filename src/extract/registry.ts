/**
 * The actors found so far in one article, and every place each is named.
 * Recognisers add to it; the relation rules read it.
 */
import type { ActorKindId, RelationStatusId } from '../model';

export interface ActorRecord {
  key: string;
  name: string;
  kind: ActorKindId;
  aliases: Set<string>;
  role?: string;
  affiliation?: string;
  /** The span that best names it, and why it was taken for an actor. */
  start: number;
  end: number;
  cue: string;
  rule: string;
}

export interface ActorMention {
  key: string;
  start: number;
  end: number;
  sentence: number;
  cue: string;
  rule: string;
  /** Named as a place ("in Moscow"), not as an actor: only a destination reads it. */
  place?: boolean;
  /** A demonym before a word that is not its government ("Turkish goods"): an object for a few cues only. */
  weak?: boolean;
  /** Part of a longer name already read as an actor ("Russian" in "Russian President Putin"). */
  inner?: boolean;
}

/** A relation an actor's own description states: an office, an envoy's post, a body's organisation. */
export interface ActorFact {
  kind: 'office' | 'envoy' | 'membership' | 'part-of';
  /** "former President X": an office held in the past. */
  status?: RelationStatusId;
  source: string;
  target: string;
  start: number;
  end: number;
  sentence: number;
  cue: string;
  rule: string;
}

export class ActorRegistry {
  readonly actors = new Map<string, ActorRecord>();
  readonly mentions: ActorMention[] = [];
  readonly facts: ActorFact[] = [];

  /** Adds an actor, or returns the one with that key (the first description is kept). */
  add(record: Omit<ActorRecord, 'aliases'> & { aliases?: Iterable<string> }): ActorRecord {
    const known = this.actors.get(record.key);
    if (known) {
      if (!known.role && record.role) known.role = record.role;
      if (!known.affiliation && record.affiliation) known.affiliation = record.affiliation;
      return known;
    }
    const actor: ActorRecord = { ...record, aliases: new Set(record.aliases ?? []) };
    this.actors.set(actor.key, actor);
    return actor;
  }

  mention(mention: ActorMention): void {
    this.mentions.push(mention);
  }

  fact(fact: ActorFact): void {
    this.facts.push(fact);
  }

  /** Whether a span is already read as (part of) a mention. */
  covered(start: number, end: number): boolean {
    return this.mentions.some((m) => m.start < end && start < m.end);
  }

  /** The mentions in text order, the longer first where two start together. */
  sortedMentions(): ActorMention[] {
    return [...this.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** An actor key from a name: "Sergei Lavrov" → "sergei-lavrov". */
export function keyOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'actor'
  );
}
