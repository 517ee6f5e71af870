/**
 * What other tools call diplomap's kinds: common spellings of relation and
 * actor kinds mapped onto the vocabulary ("Armed Conflict", "armed_conflict"
 * and "war" are all armed-conflict). Anything else is kept under its own
 * name as "other" by the builder.
 */
import {
  isActorKind,
  isRelationKind,
  type ActorKindId,
  type RelationKindId,
} from '../../model/vocabulary';

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
  // CAMEO event texts as ICEWS writes them, where one kind says the same.
  'make-a-visit': 'visit',
  'host-a-visit': 'visit',
  'discuss-by-telephone': 'call',
  'make-statement': 'statement',
  'engage-in-negotiation': 'negotiation',
  mediate: 'mediation',
  'meet-at-a-third-location': 'meeting',
  accuse: 'accusation',
  'impose-embargo,-boycott,-or-sanctions': 'sanction',
  'declare-ceasefire': 'cease-fire',
  'provide-military-aid': 'military-support',
  'provide-economic-aid': 'financial-support',
  'fight-with-artillery-and-tanks': 'armed-conflict',
  'use-conventional-military-force': 'armed-conflict',
  'fight-with-small-arms-and-light-weapons': 'armed-conflict',
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

/** Own entry of a table (never one inherited from Object.prototype). */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A kind as written, compared: trimmed, lower case, spaces and "_" as "-". */
export function kindKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** "Armed Conflict", "armed_conflict", "war" → "armed-conflict"; unknown → undefined. */
export function relationKindOf(value: string): RelationKindId | undefined {
  const key = kindKey(value);
  return isRelationKind(key) ? key : own(RELATION_SYNONYMS, key);
}

export function actorKindOf(value: string): ActorKindId | undefined {
  const key = kindKey(value);
  return isActorKind(key) ? key : own(ACTOR_SYNONYMS, key);
}

/** ACLED event and sub-event types that are vocabulary kinds. */
const EVENT_KINDS: Record<string, RelationKindId> = {
  battles: 'armed-conflict',
  'armed-clash': 'armed-conflict',
  'government-regains-territory': 'armed-conflict',
  'non-state-actor-overtakes-territory': 'armed-conflict',
  'violence-against-civilians': 'attack',
  'explosions/remote-violence': 'attack',
  'shelling/artillery/missile-attack': 'attack',
  'air/drone-strike': 'attack',
  'remote-explosive/landmine/ied': 'attack',
  'suicide-bomb': 'attack',
  grenade: 'attack',
  'abduction/forced-disappearance': 'attack',
  'sexual-violence': 'attack',
};

/** An event table's type ("Battles", "Air/drone strike") as a vocabulary kind, when it is one. */
export function eventKindOf(value: string): RelationKindId | undefined {
  return own(EVENT_KINDS, kindKey(value));
}
