/**
 * Accepting proposals: the edits that put them on the map. A relation brings
 * the actors it needs, each matched to an actor already on the map (by id,
 * name or alias) before a new one is added; every actor and relation added
 * quotes the article; and all of it is one batch, undone in one step.
 */
import { resolveActorRef } from '../extract';
import type { ActorProposal, ActorRef, Draft, Proposal, RelationProposal } from '../extract';
import { slugOf, type Edit } from '../edit';
import type { Actor, Dataset, Evidence, Relation } from '../model/types';
import { proposalSentence, refOf } from './proposals';

export interface Acceptance {
  /** The edits, in order: actors first, then relations. */
  edits: Edit[];
  /** Each accepted proposal's id → the id it has on the map. */
  accepted: Map<string, string>;
  /** Proposals that could not be accepted (an end the draft does not propose), with why. */
  skipped: { proposal: Proposal; reason: string }[];
  /** What the step did, for the history. */
  label: string;
}

/** Takes ids, unique among the map's and those this acceptance gave already. */
function idMaker(dataset: Pick<Dataset, 'actors' | 'relations'>): (base: string) => string {
  const taken = new Set([...dataset.actors, ...dataset.relations].map((item) => item.id));
  return (base) => {
    let id = slugOf(base);
    for (let n = 2; taken.has(id); n++) id = `${slugOf(base)}-${n}`;
    taken.add(id);
    return id;
  };
}

function quotes(source: string, proposal: Proposal): Evidence[] {
  const spans =
    proposal.type === 'relation' ? [proposal.evidence, ...proposal.alsoIn] : [proposal.evidence];
  const unique = [...new Set(spans.map((q) => q.quote))];
  return unique.map((quote) => ({ source, quote }));
}

function labelOf(proposals: readonly Proposal[], accepted: number): string {
  const [only] = proposals;
  if (accepted === 1 && only) return `Accepted the suggestion “${proposalSentence(only)}”`;
  return `Accepted ${accepted} suggestions`;
}

/**
 * The edits that accept `proposals` (from `draft`, quoting the map's source
 * `source`) into `dataset`. An actor the map has already is used, not
 * added; a person's affiliation is kept when its actor is on the map or
 * comes with this acceptance, and given to a person accepted before it.
 */
export function acceptanceOf(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  source: string,
  draft: Pick<Draft, 'actors'>,
  proposals: readonly Proposal[],
  /** Actor proposals the author accepted as they edited them: what they set is theirs. */
  edited: readonly string[] = [],
): Acceptance {
  const newId = idMaker(dataset);
  const byActor = new Map(draft.actors.map((p) => [p.actor.id, p]));
  /** Proposal actor id → id on the map, for the actors this acceptance adds. */
  const added = new Map<string, string>();
  const actorEdits: { actor: Actor; proposal: ActorProposal }[] = [];
  const relationEdits: Edit[] = [];
  const accepted = new Map<string, string>();
  const skipped: Acceptance['skipped'] = [];

  const actorFor = (ref: ActorRef): string | undefined => {
    const known = resolveActorRef(ref, added, dataset.actors);
    if (known !== undefined) return known;
    const proposal = byActor.get(ref.id);
    if (!proposal) return undefined;
    const { name, kind, aliases, role } = proposal.actor;
    const actor: Actor = { id: newId(proposal.actor.id), name, kind };
    if (aliases.length > 0) actor.aliases = [...aliases];
    if (role) actor.role = role;
    actor.evidence = quotes(source, proposal);
    added.set(ref.id, actor.id);
    actorEdits.push({ actor, proposal });
    return actor.id;
  };

  const known = (ref: ActorRef) =>
    byActor.has(ref.id) || resolveActorRef(ref, added, dataset.actors) !== undefined;

  /** The relation's id on the map, or why it cannot be accepted. */
  const acceptRelation = (proposal: RelationProposal): { id: string } | { reason: string } => {
    const r = proposal.relation;
    if (!known(r.source) || !known(r.target))
      return { reason: 'an actor it joins is not among the proposals' };
    const from = actorFor(r.source) as string;
    const to = actorFor(r.target) as string;
    if (from === to) return { reason: 'both its ends are the same actor of the map' };
    const relation: Relation = {
      id: newId(`${from} ${r.kind} ${to}`),
      kind: r.kind,
      source: from,
      target: to,
      evidence: quotes(source, proposal),
    };
    if (r.date) relation.date = r.date;
    if (r.status) relation.status = r.status;
    const claimants = (r.claimedBy ?? []).filter(known).map((ref) => actorFor(ref) as string);
    if (claimants.length > 0) relation.claimedBy = [...new Set(claimants)];
    relationEdits.push({ type: 'add-relation', relation });
    return { id: relation.id };
  };

  for (const proposal of proposals) {
    const outcome =
      proposal.type === 'actor'
        ? { id: actorFor(refOf(proposal)) as string }
        : acceptRelation(proposal);
    if ('id' in outcome) accepted.set(proposal.id, outcome.id);
    else skipped.push({ proposal, reason: outcome.reason });
  }

  // Affiliations last: the actor a person serves may come later in the list.
  for (const { actor, proposal } of actorEdits) {
    const serves = proposal.actor.affiliation;
    const party = serves === undefined ? undefined : byActor.get(serves);
    const id = party ? resolveActorRef(refOf(party), added, dataset.actors) : undefined;
    if (id !== undefined && id !== actor.id) actor.affiliation = id;
  }

  // A person accepted before the actor they serve ("Blinken spoke with Bazoum" before the
  // United States) is given it now, unless the author gave them another meanwhile.
  const affiliated: Edit[] = [];
  for (const [proposed, id] of added) {
    for (const person of draft.actors) {
      if (person.actor.affiliation !== proposed || edited.includes(person.id)) continue;
      const onMap = resolveActorRef(refOf(person), new Map(), dataset.actors);
      const actor = onMap === undefined ? undefined : dataset.actors.find((a) => a.id === onMap);
      if (actor && actor.affiliation === undefined && actor.id !== id)
        affiliated.push({ type: 'update-actor', actor: { ...actor, affiliation: id } });
    }
  }

  const edits: Edit[] = [
    ...actorEdits.map(({ actor }): Edit => ({ type: 'add-actor', actor })),
    ...affiliated,
    ...relationEdits,
  ];
  return { edits, accepted, skipped, label: labelOf(proposals, accepted.size) };
}

/**
 * The new actors a relation the author edited needs: those of `offered`
 * (actors proposed, not on the map) that it joins or names as claimants,
 * each affiliated only with an actor that is on the map or comes too.
 */
export function actorsNeeded(
  dataset: Pick<Dataset, 'actors'>,
  relation: Pick<Relation, 'source' | 'target' | 'claimedBy'>,
  offered: readonly Actor[],
): Actor[] {
  const wanted = new Set([relation.source, relation.target, ...(relation.claimedBy ?? [])]);
  const onMap = new Set(dataset.actors.map((a) => a.id));
  const coming = offered.filter((a) => wanted.has(a.id) && !onMap.has(a.id));
  const present = new Set([...onMap, ...coming.map((a) => a.id)]);
  return coming.map((actor) => {
    if (actor.affiliation === undefined || present.has(actor.affiliation)) return actor;
    const kept = { ...actor };
    delete kept.affiliation;
    return kept;
  });
}
