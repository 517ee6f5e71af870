/**
 * The diplomap vocabulary: every kind of actor, relation and status a dataset
 * may use, with how each reads and how it is drawn. This file is the single
 * source of truth: the legend, the filters, the README table, the JSON Schema
 * enum and the sentences of a path all come from here.
 *
 * Colours come from Paul Tol's colour-blind-safe schemes ("vibrant" for
 * relations, "light" for actors): hostile kinds in the warm family,
 * cooperative kinds in the cool family, neutral kinds in greys dark enough to
 * stand out from a white page (3:1 at least). Within a family, kinds differ by
 * width and arrowhead, and a highlighted relation carries its kind as a label.
 */

/** -1 hostile, 0 neutral, +1 cooperative. */
export type Stance = -1 | 0 | 1;

export const STANCES: readonly Stance[] = [1, 0, -1];

/** "cooperative", "neutral" or "hostile". */
export function stanceLabel(stance: Stance): string {
  return stance > 0 ? 'cooperative' : stance < 0 ? 'hostile' : 'neutral';
}

/** Arrowheads (Cytoscape's names): a second channel beside colour for directed kinds. */
export type ArrowShape =
  'none' | 'triangle' | 'vee' | 'tee' | 'circle' | 'diamond' | 'square' | 'chevron';

export interface RelationKind {
  label: string;
  /** What the kind covers, for the legend and the README. */
  description: string;
  /** A directed relation goes from `source` to `target` (a call, a visit, support). */
  directed: boolean;
  stance: Stance;
  /** How the relation reads, "{source}" and "{target}" standing for the actors. */
  sentence: string;
  /** How a directed relation reads from its target's side. */
  reverse?: string;
  /**
   * How it is drawn: stroke colour, width in pixels and, for a directed kind,
   * the arrowhead. Lines are solid; dashes are kept for statuses (planned,
   * claimed...), so that a kind is never mistaken for a status.
   */
  color: string;
  width: number;
  arrow: ArrowShape;
}

export const RELATION_KINDS = {
  alliance: {
    label: 'alliance',
    description: 'A standing defence or political alliance between two actors.',
    directed: false,
    stance: 1,
    sentence: '{source} has an alliance with {target}',
    color: '#0077BB',
    width: 5,
    arrow: 'none',
  },
  support: {
    label: 'support',
    description: 'Backing of one actor by another, of a kind the report does not specify.',
    directed: true,
    stance: 1,
    sentence: '{source} backs {target}',
    reverse: '{target} is backed by {source}',
    color: '#009988',
    width: 3,
    arrow: 'triangle',
  },
  'military-support': {
    label: 'military support',
    description: 'Arms, troops or other military help given by one actor to another.',
    directed: true,
    stance: 1,
    sentence: '{source} gives military support to {target}',
    reverse: '{target} receives military support from {source}',
    color: '#009988',
    width: 4,
    arrow: 'vee',
  },
  'financial-support': {
    label: 'financial support',
    description: 'Money or economic help given by one actor to another.',
    directed: true,
    stance: 1,
    sentence: '{source} gives financial support to {target}',
    reverse: '{target} receives financial support from {source}',
    color: '#009988',
    width: 2,
    arrow: 'circle',
  },
  'political-support': {
    label: 'political support',
    description: "A public stand for another actor's position.",
    directed: true,
    stance: 1,
    sentence: "{source} supports {target}'s position",
    reverse: "{target}'s position is supported by {source}",
    color: '#009988',
    width: 2,
    arrow: 'diamond',
  },
  membership: {
    label: 'membership',
    description: 'An actor is a member of an organization or alliance.',
    directed: true,
    stance: 1,
    sentence: '{source} is a member of {target}',
    reverse: '{target} counts {source} among its members',
    color: '#33BBEE',
    width: 2,
    arrow: 'square',
  },
  'co-chair': {
    label: 'co-chair',
    description: 'An actor is one of the co-chairs of an organization or group.',
    directed: true,
    stance: 1,
    sentence: '{source} co-chairs {target}',
    reverse: '{target} is co-chaired by {source}',
    color: '#33BBEE',
    width: 3,
    arrow: 'diamond',
  },
  'part-of': {
    label: 'part of',
    description: 'A body belongs to a larger organization.',
    directed: true,
    stance: 0,
    sentence: '{source} is part of {target}',
    reverse: '{target} includes {source}',
    color: '#808080',
    width: 2,
    arrow: 'square',
  },
  office: {
    label: 'office',
    description: 'A person holds office in, leads or represents a state or organization.',
    directed: true,
    stance: 0,
    sentence: '{source} holds office in {target}',
    reverse: '{target} is served by {source}',
    color: '#808080',
    width: 2,
    arrow: 'circle',
  },
  envoy: {
    label: 'envoy',
    description: 'A person is posted as ambassador or envoy to a state or organization.',
    directed: true,
    stance: 0,
    sentence: '{source} is envoy to {target}',
    reverse: '{target} receives {source} as envoy',
    color: '#808080',
    width: 2,
    arrow: 'chevron',
  },
  call: {
    label: 'call',
    description: 'One actor spoke with another, at the first one’s initiative.',
    directed: true,
    stance: 0,
    sentence: '{source} spoke with {target}',
    reverse: '{target} was spoken to by {source}',
    color: '#4D4D4D',
    width: 2,
    arrow: 'vee',
  },
  visit: {
    label: 'visit',
    description: 'One actor travels to another (a state, or the seat of an organization).',
    directed: true,
    stance: 0,
    sentence: '{source} visits {target}',
    reverse: '{target} is visited by {source}',
    color: '#4D4D4D',
    width: 2,
    arrow: 'triangle',
  },
  meeting: {
    label: 'meeting',
    description: 'Two actors meet in person.',
    directed: false,
    stance: 0,
    sentence: '{source} meets {target}',
    color: '#4D4D4D',
    width: 2,
    arrow: 'none',
  },
  mediation: {
    label: 'mediation',
    description: 'A third party mediates with one side of a conflict.',
    directed: true,
    stance: 0,
    sentence: '{source} mediates with {target}',
    reverse: '{target} is in talks mediated by {source}',
    color: '#666666',
    width: 3,
    arrow: 'diamond',
  },
  negotiation: {
    label: 'negotiation',
    description: 'Two sides negotiate with each other.',
    directed: false,
    stance: 0,
    sentence: '{source} negotiates with {target}',
    color: '#666666',
    width: 3,
    arrow: 'none',
  },
  statement: {
    label: 'statement',
    description: 'One actor makes a public statement about another.',
    directed: true,
    stance: 0,
    sentence: '{source} makes a statement about {target}',
    reverse: '{target} is the subject of a statement by {source}',
    color: '#666666',
    width: 1,
    arrow: 'chevron',
  },
  'cease-fire': {
    label: 'cease-fire',
    description: 'Two warring sides agree or announce a halt to the fighting.',
    directed: false,
    stance: 0,
    sentence: '{source} and {target} have a cease-fire',
    color: '#666666',
    width: 4,
    arrow: 'none',
  },
  accusation: {
    label: 'accusation',
    description: 'One actor publicly accuses another of wrongdoing.',
    directed: true,
    stance: -1,
    sentence: '{source} accuses {target}',
    reverse: '{target} is accused by {source}',
    color: '#EE3377',
    width: 2,
    arrow: 'chevron',
  },
  sanction: {
    label: 'sanction',
    description: 'One actor imposes sanctions on another.',
    directed: true,
    stance: -1,
    sentence: '{source} imposes sanctions on {target}',
    reverse: '{target} is under sanctions from {source}',
    color: '#EE3377',
    width: 3,
    arrow: 'tee',
  },
  tension: {
    label: 'tension',
    description: 'Strained relations between two actors.',
    directed: false,
    stance: -1,
    sentence: '{source} is in tension with {target}',
    color: '#EE7733',
    width: 4,
    arrow: 'none',
  },
  'territorial-claim': {
    label: 'territorial claim',
    description: 'One actor claims territory that another holds or governs.',
    directed: true,
    stance: -1,
    sentence: '{source} claims the territory of {target}',
    reverse: "{target}'s territory is claimed by {source}",
    color: '#EE7733',
    width: 2,
    arrow: 'square',
  },
  secession: {
    label: 'secession',
    description: 'One actor declares independence from another.',
    directed: true,
    stance: -1,
    sentence: '{source} declared independence from {target}',
    reverse: '{target} saw {source} declare independence from it',
    color: '#EE7733',
    width: 2,
    arrow: 'tee',
  },
  attack: {
    label: 'attack',
    description: 'An attack, offensive or military incident by one actor against another.',
    directed: true,
    stance: -1,
    sentence: '{source} attacks {target}',
    reverse: '{target} is attacked by {source}',
    color: '#CC3311',
    width: 3,
    arrow: 'triangle',
  },
  'cease-fire-violation': {
    label: 'cease-fire violation',
    description: 'One side breaks a cease-fire by firing on the other.',
    directed: true,
    stance: -1,
    sentence: '{source} violates the cease-fire with {target}',
    reverse: '{target} sees the cease-fire violated by {source}',
    color: '#CC3311',
    width: 2,
    arrow: 'vee',
  },
  'armed-conflict': {
    label: 'armed conflict',
    description: 'War or fighting between two actors.',
    directed: false,
    stance: -1,
    sentence: '{source} is in armed conflict with {target}',
    color: '#CC3311',
    width: 6,
    arrow: 'none',
  },
  other: {
    label: 'other',
    description: 'A relation of a kind outside this vocabulary (kept from an imported file).',
    directed: false,
    stance: 0,
    sentence: '{source} is related to {target}',
    color: '#808080',
    width: 1,
    arrow: 'none',
  },
} as const satisfies Record<string, RelationKind>;

export type RelationKindId = keyof typeof RELATION_KINDS;

export type NodeShape =
  'ellipse' | 'round-rectangle' | 'hexagon' | 'octagon' | 'triangle' | 'barrel' | 'diamond';

export interface ActorKind {
  label: string;
  description: string;
  /** How it is drawn: node shape and fill colour. */
  shape: NodeShape;
  color: string;
}

export const ACTOR_KINDS = {
  person: {
    label: 'person',
    description: 'A head of state, minister, ambassador, official or expert.',
    shape: 'ellipse',
    color: '#FFAABB',
  },
  state: {
    label: 'state',
    description: 'A recognized sovereign state.',
    shape: 'round-rectangle',
    color: '#77AADD',
  },
  'de-facto-state': {
    label: 'de facto state',
    description: 'An unrecognized or breakaway republic with its own government.',
    shape: 'hexagon',
    color: '#EEDD88',
  },
  'international-organization': {
    label: 'international organization',
    description:
      'An organization of states, or one of its bodies (the OSCE, its Minsk Group, NATO).',
    shape: 'octagon',
    color: '#44BB99',
  },
  group: {
    label: 'armed or political group',
    description: 'A non-state armed or political group.',
    shape: 'triangle',
    color: '#EE8866',
  },
  'think-tank': {
    label: 'think tank or NGO',
    description: 'A research centre or non-governmental organization.',
    shape: 'barrel',
    color: '#BBCC33',
  },
  other: {
    label: 'other',
    description: 'An actor of a kind outside this vocabulary, or one named only by a relation.',
    shape: 'diamond',
    color: '#DDDDDD',
  },
} as const satisfies Record<string, ActorKind>;

export type ActorKindId = keyof typeof ACTOR_KINDS;

/**
 * How much the report vouches for a relation, in three groups drawn three
 * ways: what is intended (planned, pledged) dashed; what a party asserts
 * (claimed, alleged) dotted, lighter, with a hollow ring at its middle; what
 * is over (historical) solid and faint. Line pattern and ring read in
 * greyscale and for every colour vision; a plain reported fact is solid.
 */
export type StatusGroupId = 'intended' | 'asserted' | 'past';

export interface StatusGroup {
  /** The statuses of the group, for the legend. */
  label: string;
  /**
   * Dash and gap lengths, in pixels at zoom 1 (as Cytoscape and SVG take
   * them); a solid line has none. A dot is a dash of almost no length drawn
   * with round caps, as wide as the line.
   */
  dashes?: readonly [number, number];
  /** How the ends of each dash are drawn. */
  cap: 'butt' | 'round';
  /** The line's opacity (a reported fact's is 0.9). */
  opacity: number;
  /** A hollow ring at the middle of the line: "said by someone", readable at a glance. */
  ring: boolean;
}

export const STATUS_GROUPS = {
  intended: {
    label: 'planned or pledged',
    dashes: [9, 5],
    cap: 'butt',
    opacity: 0.9,
    ring: false,
  },
  asserted: {
    label: 'claimed or alleged by a party',
    dashes: [0.1, 7],
    cap: 'round',
    opacity: 0.6,
    ring: true,
  },
  past: { label: 'historical (over)', cap: 'butt', opacity: 0.45, ring: false },
} as const satisfies Record<StatusGroupId, StatusGroup>;

export const STATUS_GROUP_IDS = Object.keys(STATUS_GROUPS) as StatusGroupId[];

export interface RelationStatus {
  label: string;
  description: string;
  /** How it is drawn (see STATUS_GROUPS). */
  group: StatusGroupId;
  /**
   * How a relation of this status reads, "{fact}" standing for its sentence
   * and "{parties}" for the actors who say so (when the dataset names them).
   */
  sentence: string;
  /** The sentence when the dataset names no party, or the status has none. */
  unattributed: string;
  /** The verb for one party, and for several ("alleges", "allege"). */
  verb?: readonly [string, string];
}

/** The status of a relation that is not a plain reported fact. */
export const RELATION_STATUSES = {
  planned: {
    label: 'planned',
    description: 'Announced or prepared, not yet happened when reported.',
    group: 'intended',
    sentence: 'Planned: {fact}',
    unattributed: 'Planned: {fact}',
  },
  pledged: {
    label: 'pledged',
    description: 'An actor has said it will do this.',
    group: 'intended',
    sentence: 'Pledged: {fact}',
    unattributed: 'Pledged: {fact}',
  },
  claimed: {
    label: 'claimed',
    description:
      'Asserted by one of the parties (the dataset says who); the report does not confirm it.',
    group: 'asserted',
    sentence: '{parties} {verb} that {fact}',
    unattributed: 'It is claimed that {fact}',
    verb: ['claims', 'claim'],
  },
  alleged: {
    label: 'alleged',
    description: 'An accusation made by one of the parties (the dataset says who); unproven.',
    group: 'asserted',
    sentence: '{parties} {verb} that {fact}',
    unattributed: 'It is alleged that {fact}',
    verb: ['alleges', 'allege'],
  },
  historical: {
    label: 'historical',
    description: 'Held or happened in the past and is over.',
    group: 'past',
    sentence: 'In the past: {fact}',
    unattributed: 'In the past: {fact}',
  },
} as const satisfies Record<string, RelationStatus>;

export type RelationStatusId = keyof typeof RELATION_STATUSES;

export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as RelationKindId[];
export const ACTOR_KIND_IDS = Object.keys(ACTOR_KINDS) as ActorKindId[];
export const RELATION_STATUS_IDS = Object.keys(RELATION_STATUSES) as RelationStatusId[];

/** Own-property membership test: "constructor" or "__proto__" are not kinds. */
function hasOwn<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

export function isRelationKind(value: string): value is RelationKindId {
  return hasOwn(RELATION_KINDS, value);
}

export function isActorKind(value: string): value is ActorKindId {
  return hasOwn(ACTOR_KINDS, value);
}

export function isRelationStatus(value: string): value is RelationStatusId {
  return hasOwn(RELATION_STATUSES, value);
}

export function relationKind(id: RelationKindId): RelationKind {
  return RELATION_KINDS[id];
}

export function actorKind(id: ActorKindId): ActorKind {
  return ACTOR_KINDS[id];
}

/** The arrowhead of a relation of kind "other" that its file said was directed. */
export const OTHER_DIRECTED_ARROW: ArrowShape = 'triangle';

/**
 * Whether a relation goes from its source to its target: the vocabulary
 * decides, but for kind "other", where the relation's own `directed` flag
 * (kept from an imported file) does.
 */
export function isDirected(relation: { kind: RelationKindId; directed?: boolean }): boolean {
  return relation.kind === 'other'
    ? relation.directed === true
    : RELATION_KINDS[relation.kind].directed;
}
