/**
 * A seeded generator of diplomacy-like datasets, for benchmarks and tests of
 * scale: clusters of states, each with its leaders, ministers and envoys, a
 * few shared organizations, groups and think tanks, and relations of every
 * kind with dates and statuses. The same seed always gives the same dataset.
 */
import type { Actor, Dataset, Relation } from './types';
import {
  RELATION_KIND_IDS,
  RELATION_KINDS,
  type ActorKindId,
  type RelationKindId,
  type RelationStatusId,
} from './vocabulary';

export interface GenerateOptions {
  actors: number;
  /** Relations per actor on average; the dataset has round(actors × this). Default 3. */
  relationsPerActor?: number;
  seed?: number;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The share of each actor kind (the rest are people). */
export const GENERATED_MIX: Record<Exclude<ActorKindId, 'person' | 'other'>, number> = {
  state: 0.12,
  'de-facto-state': 0.02,
  'international-organization': 0.04,
  group: 0.04,
  'think-tank': 0.03,
};

const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Ambassador'];
const STATUSES: Array<RelationStatusId | undefined> = [
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  'planned',
  'claimed',
  'alleged',
  'pledged',
  'historical',
];
const SOURCE_ID = 'generated';

export function generateDataset({
  actors: count,
  relationsPerActor = 3,
  seed = 1,
}: GenerateOptions): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const actors: Actor[] = [];
  const byKind = new Map<ActorKindId, string[]>();
  const add = (actor: Actor) => {
    actors.push(actor);
    const list = byKind.get(actor.kind);
    if (list) list.push(actor.id);
    else byKind.set(actor.kind, [actor.id]);
  };

  // Kinds in fixed proportions; people take what is left and serve the states.
  for (const [kind, share] of Object.entries(GENERATED_MIX) as Array<[ActorKindId, number]>) {
    const n = Math.max(1, Math.round(count * share));
    for (let i = 0; i < n && actors.length < count - 1; i++) {
      add({ id: `${kind}-${i}`, name: `${kind.replace(/-/g, ' ')} ${i}`, kind });
    }
  }
  const states = byKind.get('state') ?? [];
  for (let i = 0; actors.length < count; i++) {
    const state = states[i % states.length] as string;
    add({
      id: `person-${i}`,
      name: `Person ${i}`,
      kind: 'person',
      role: `${ROLES[i % ROLES.length]} of ${state}`,
      affiliation: state,
    });
  }

  // Clusters: each state belongs to a bloc; allies inside a bloc, rivals across.
  const blocs = Math.max(2, Math.round(Math.sqrt(states.length)));
  const blocOf = new Map(states.map((id, i) => [id, i % blocs]));
  const people = byKind.get('person') ?? [];
  const relations: Relation[] = [];
  const target = Math.round(count * relationsPerActor);
  const relation = (kind: RelationKindId, source: string, targetId: string): void => {
    if (source === targetId || relations.length >= target) return;
    const r: Relation = {
      id: `r${relations.length}`,
      kind,
      source,
      target: targetId,
      evidence: [{ source: SOURCE_ID, quote: `generated ${kind} ${relations.length}` }],
    };
    const year = 2010 + Math.floor(random() * 7);
    const month = 1 + Math.floor(random() * 12);
    if (random() < 0.8) r.date = `${year}-${String(month).padStart(2, '0')}`;
    const status = pick(STATUSES);
    if (status) r.status = status;
    if (status === 'claimed' || status === 'alleged') r.claimedBy = [source];
    relations.push(r);
  };

  // Every person holds an office in their state.
  for (const actor of actors)
    if (actor.affiliation) relation('office', actor.id, actor.affiliation);
  const everyone = actors.map((a) => a.id);
  const hostile = RELATION_KIND_IDS.filter((k) => RELATION_KINDS[k].stance < 0);
  const friendly = RELATION_KIND_IDS.filter((k) => RELATION_KINDS[k].stance > 0);
  const neutral = RELATION_KIND_IDS.filter(
    (k) => RELATION_KINDS[k].stance === 0 && k !== 'office' && k !== 'other',
  );
  while (relations.length < target) {
    const a = pick(states);
    const b = pick(states);
    const roll = random();
    if (roll < 0.35) {
      const kind = blocOf.get(a) === blocOf.get(b) ? pick(friendly) : pick(hostile);
      relation(kind, a, b);
    } else if (roll < 0.7) {
      relation(pick(neutral), pick(people), pick(random() < 0.5 ? people : states));
    } else {
      relation(pick([...friendly, ...hostile, ...neutral]), pick(everyone), pick(everyone));
    }
  }

  return {
    title: `Generated network of ${count} actors (seed ${seed})`,
    sources: [
      {
        id: SOURCE_ID,
        title: 'Generated',
        publisher: 'diplomap generator',
        published: '2016-01-01',
      },
    ],
    actors,
    relations,
  };
}
