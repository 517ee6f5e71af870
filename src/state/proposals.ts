/**
 * The assistant's proposals as the author reviews them: which are still to
 * decide (not on the map already, not accepted or rejected), grouped by the
 * sentence that states them, and told in the words the map uses.
 */
import { resolveActorRef } from '../extract';
import type { ActorProposal, ActorRef, Draft, Proposal, RelationProposal } from '../extract';
import { QuoteLocator } from '../edit/quote-spans';
import type { Dataset } from '../model/types';
import { ACTOR_KINDS, RELATION_KINDS } from '../model/vocabulary';
import { formatDate, statusLabel, statusPhrase } from './format';
import { rejectionKey } from './rejections.svelte';

/** For the ui, which does not import extract. */
export type { Proposal };

/** The proposals of one sentence of the article, relations first, each in text order. */
export interface SentenceGroup {
  sentence: number;
  /** Offsets of the sentence in the article. */
  start: number;
  end: number;
  proposals: Proposal[];
}

const NONE: ReadonlyMap<string, string> = new Map();

/** The actor of the map a proposal's actor (or a relation's end) stands for, if any. */
export function actorOnMap(dataset: Pick<Dataset, 'actors'>, ref: ActorRef): string | undefined {
  return resolveActorRef(ref, NONE, dataset.actors);
}

export function refOf(proposal: ActorProposal): ActorRef {
  const { id, name, aliases } = proposal.actor;
  return { id, name, aliases };
}

/**
 * Whether the map already has what a proposal proposes: the actor (by id,
 * name or alias); the relation between the same two actors, of the same
 * kind or quoting the same words of the article (an accepted proposal the
 * author edited first).
 */
export function isOnMap(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  source: string,
  proposal: Proposal,
): boolean {
  if (proposal.type === 'actor') return actorOnMap(dataset, refOf(proposal)) !== undefined;
  const { kind } = proposal.relation;
  const from = actorOnMap(dataset, proposal.relation.source);
  const to = actorOnMap(dataset, proposal.relation.target);
  if (from === undefined || to === undefined) return false;
  const quotes = new Set([proposal.evidence, ...proposal.alsoIn].map((q) => q.quote));
  return dataset.relations.some((r) => {
    const forward = r.source === from && r.target === to;
    const backward = r.source === to && r.target === from;
    const sameKind = r.kind === kind && (forward || (backward && !RELATION_KINDS[kind].directed));
    const sameWords =
      (forward || backward) && r.evidence.some((e) => e.source === source && quotes.has(e.quote));
    return sameKind || sameWords;
  });
}

/**
 * What the author decided: proposals rejected (by {@link rejectionKey}), and those accepted
 * with the id each has on the map.
 */
export interface Decisions {
  rejected: readonly string[];
  accepted: Readonly<Record<string, string>>;
}

export const NO_DECISIONS: Decisions = { rejected: [], accepted: {} };

/**
 * The proposals of a draft still to decide, relations first: not rejected,
 * not accepted (while what they were accepted as is on the map: an undo
 * brings them back), and not on the map already.
 */
export function stillToDecide(
  draft: Pick<Draft, 'actors' | 'relations'>,
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  source: string,
  decisions: Decisions,
): Proposal[] {
  const present = new Set([...dataset.actors, ...dataset.relations].map((item) => item.id));
  return [...draft.relations, ...draft.actors].filter((p) => {
    const id = decisions.accepted[p.id];
    if (decisions.rejected.includes(rejectionKey(p)) || (id !== undefined && present.has(id)))
      return false;
    return !isOnMap(dataset, source, p);
  });
}

/** The proposals of a draft the author rejected, hidden from the list (and not on the map since). */
export function rejectedIn(
  draft: Pick<Draft, 'actors' | 'relations'>,
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  source: string,
  decisions: Decisions,
): Proposal[] {
  return [...draft.relations, ...draft.actors].filter(
    (p) => decisions.rejected.includes(rejectionKey(p)) && !isOnMap(dataset, source, p),
  );
}

/** Proposals by the sentence their quote stands in, in the article's order. */
export function groupBySentence(
  sentences: Draft['sentences'],
  proposals: readonly Proposal[],
): SentenceGroup[] {
  const groups = new Map<number, SentenceGroup>();
  for (const proposal of proposals) {
    const index = proposal.evidence.sentence;
    let group = groups.get(index);
    if (!group) {
      const span = sentences.find((s) => s.index === index);
      group = {
        sentence: index,
        start: span?.start ?? proposal.evidence.start,
        end: span?.end ?? proposal.evidence.end,
        proposals: [],
      };
      groups.set(index, group);
    }
    group.proposals.push(proposal);
  }
  const rank = (p: Proposal) => (p.type === 'relation' ? 0 : 1);
  for (const group of groups.values())
    group.proposals.sort((a, b) => rank(a) - rank(b) || a.evidence.start - b.evidence.start);
  return [...groups.values()].sort((a, b) => a.start - b.start);
}

/**
 * A sentence that names two actors or more, from which the assistant drew no
 * relation: the words it could not read, for the author to read.
 */
export interface UnreadSentence {
  sentence: number;
  /** Offsets of its words in the article, space around them left out. */
  start: number;
  end: number;
  /** Its words, the article's own: what a relation drawn from it quotes. */
  quote: string;
  /**
   * The actors it names, in the order it first names them, those it names as the holder of an
   * office of another it names last ("German Chancellor Friedrich Merz": Germany first).
   */
  actors: ActorProposal[];
}

const sentencesOf = (proposal: RelationProposal) =>
  [proposal.evidence, ...proposal.alsoIn].map((q) => q.sentence);

/**
 * The sentences of a draft that name two actors or more (a person and the state whose office
 * the sentence gives them count as one) and state no relation the assistant proposed other than
 * such an office, whatever the author decided of its proposals; in the article's order. A
 * sentence leaves the list once the map has a relation other than an office quoting words of it,
 * or once the author set it aside (`setAside`: the words of the sentences set aside).
 */
export function unreadSentences(
  draft: Pick<Draft, 'source' | 'sentences' | 'actors' | 'relations'>,
  dataset: Pick<Dataset, 'relations'>,
  source: string,
  setAside: readonly string[],
): UnreadSentence[] {
  const text = draft.source.content ?? '';
  const offices = draft.relations.filter((r) => r.relation.kind === 'office');
  const read = new Set(
    draft.relations.filter((r) => r.relation.kind !== 'office').flatMap(sentencesOf),
  );
  const locator = new QuoteLocator(text);
  // An office the map has (a title accepted) does not read the rest of its sentence either.
  const quoted = dataset.relations
    .filter((r) => r.kind !== 'office')
    .flatMap((r) =>
      r.evidence.flatMap((e) => (e.source === source ? [locator.locate(e.quote)] : [])),
    );
  const unread: UnreadSentence[] = [];
  for (const span of draft.sentences) {
    if (read.has(span.index)) continue;
    const named = draft.actors
      .map((actor) => ({
        actor,
        at: actor.mentions.find((m) => m.sentence === span.index)?.start,
      }))
      .filter((n): n is { actor: ActorProposal; at: number } => n.at !== undefined)
      .sort((a, b) => a.at - b.at)
      .map((n) => n.actor);
    const ids = new Set(named.map((a) => a.actor.id));
    const holders = new Set(
      offices
        .filter((o) => sentencesOf(o).includes(span.index) && ids.has(o.relation.target.id))
        .map((o) => o.relation.source.id),
    );
    if (named.length - holders.size < 2) continue;
    const words = text.slice(span.start, span.end);
    const start = span.start + (words.length - words.trimStart().length);
    const end = span.end - (words.length - words.trimEnd().length);
    const quote = text.slice(start, end);
    if (setAside.includes(quote)) continue;
    if (quoted.some((q) => q !== null && q.start < end && q.end > start)) continue;
    const holder = (a: ActorProposal) => (holders.has(a.actor.id) ? 1 : 0);
    const actors = [...named].sort((a, b) => holder(a) - holder(b));
    unread.push({ sentence: span.index, start, end, quote, actors });
  }
  return unread;
}

function namesOf(proposal: RelationProposal): (id: string) => string {
  const { source, target, claimedBy = [] } = proposal.relation;
  const names = new Map([source, target, ...claimedBy].map((ref) => [ref.id, ref.name]));
  return (id) => names.get(id) ?? id;
}

/**
 * A proposal in words, as the map would tell it: "Russia alleges that Turkey
 * backs Islamic State" for a relation (its status and who says so included),
 * "Olaf Scholz, person" for an actor.
 */
export function proposalSentence(proposal: Proposal): string {
  if (proposal.type === 'actor') {
    const { name, kind, role } = proposal.actor;
    return `${name}, ${role ?? ACTOR_KINDS[kind].label}`;
  }
  const { kind, source, target } = proposal.relation;
  const fact = RELATION_KINDS[kind].sentence
    .replace('{source}', () => source.name)
    .replace('{target}', () => target.name);
  const relation = {
    status: proposal.relation.status,
    claimedBy: proposal.relation.claimedBy?.map((ref) => ref.id),
  };
  return statusPhrase(relation, namesOf(proposal), fact);
}

/** The facts of a proposal in a few words: "call · directed · planned · 2 March 2026". */
export function proposalFacts(proposal: Proposal): string[] {
  if (proposal.type === 'actor') {
    const { kind, aliases } = proposal.actor;
    const facts = ['new actor', ACTOR_KINDS[kind].label];
    if (aliases.length > 0) facts.push(`also ${aliases.join(', ')}`);
    return facts;
  }
  const { kind, date, status, claimedBy, source, target } = proposal.relation;
  const words = RELATION_KINDS[kind];
  const facts = [
    words.label,
    words.directed ? `${source.name} → ${target.name}` : `${source.name} ↔ ${target.name}`,
  ];
  const said = statusLabel({ status, claimedBy: claimedBy?.map((r) => r.id) }, namesOf(proposal));
  facts.push(said || 'reported as fact');
  if (date) facts.push(formatDate(date));
  return facts;
}
