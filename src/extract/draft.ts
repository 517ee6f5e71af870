/**
 * From what was read to what the author reviews: actor and relation
 * proposals, each quoting the article by offsets, merged where several
 * sentences state the same thing, and the same proposals as a diplomap
 * dataset whose one source carries the article's text.
 */
import {
  RELATION_KINDS,
  validateDataset,
  type Actor,
  type Dataset,
  type Relation,
  type Source,
} from '../model';
import type {
  ActorProposal,
  ActorRef,
  Draft,
  ExtractInput,
  Quote,
  RelationProposal,
  SentenceSpan,
} from './types';
import { gazetteer } from './gazetteer';
import type { AnalysedSentence } from './nlp';
import type { ActorRecord, ActorRegistry } from './registry';
import type { RelationCandidate } from './relations';
import { sentenceAt } from './sentences';

export const SOURCE_ID = 'article';

export function quoteOf(
  article: string,
  sentences: readonly AnalysedSentence[],
  start: number,
  end: number,
): Quote {
  return { start, end, quote: article.slice(start, end), sentence: sentenceAt(sentences, start) };
}

/** Adds the actors that relations reach only as places ("travel to Yerevan"). */
function completeActors(registry: ActorRegistry, candidates: readonly RelationCandidate[]): void {
  for (const c of candidates) {
    for (const key of [c.source, c.target, ...(c.claimedBy ?? [])]) {
      if (registry.actors.has(key)) continue;
      const entry = gazetteer().byId.get(key);
      const mention = registry.mentions.find((m) => m.key === key);
      if (!entry || !mention) continue;
      registry.add({
        key,
        name: entry.name,
        kind: entry.kind,
        aliases: entry.aliases,
        start: mention.start,
        end: mention.end,
        cue: mention.cue,
        rule: mention.rule,
      });
    }
  }
}

function actorProposal(
  article: string,
  sentences: readonly AnalysedSentence[],
  registry: ActorRegistry,
  actor: ActorRecord,
): ActorProposal {
  const aliases = [...actor.aliases].filter((a) => a !== actor.name);
  const mentions = registry.mentions
    .filter((m) => m.key === actor.key && !m.inner && !m.weak)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, sentence, cue, rule }) => ({ start, end, sentence, cue, rule }));
  const proposal: ActorProposal = {
    type: 'actor',
    id: `actor:${actor.key}`,
    cue: actor.cue,
    rule: actor.rule,
    evidence: quoteOf(article, sentences, actor.start, actor.end),
    actor: { id: actor.key, name: actor.name, kind: actor.kind, aliases },
    mentions,
  };
  if (actor.role) proposal.actor.role = actor.role;
  if (actor.affiliation && registry.actors.has(actor.affiliation))
    proposal.actor.affiliation = actor.affiliation;
  return proposal;
}

function refOf(actor: ActorProposal): ActorRef {
  return { id: actor.actor.id, name: actor.actor.name, aliases: actor.actor.aliases };
}

/** What makes two readings one relation; `dated` false leaves the date out. */
function mergeKey(c: RelationCandidate, dated = true): string {
  const ends = RELATION_KINDS[c.kind].directed ? [c.source, c.target] : [c.source, c.target].sort();
  return [c.kind, ...ends, dated ? (c.date ?? '') : '', c.status ?? ''].join('\u0000');
}

function relationProposals(
  article: string,
  sentences: readonly AnalysedSentence[],
  candidates: readonly RelationCandidate[],
  actors: ReadonlyMap<string, ActorProposal>,
): RelationProposal[] {
  const merged = new Map<string, RelationProposal>();
  const undated = new Map<string, RelationProposal>();
  const ids = new Set<string>();
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    const source = actors.get(c.source);
    const target = actors.get(c.target);
    if (!source || !target) continue;
    const key = mergeKey(c);
    const quote = quoteOf(article, sentences, c.start, c.end);
    // A reading without a date is the same relation as a dated one, and the other way
    // round: the undated reading takes the date.
    const loose = undated.get(mergeKey(c, false));
    const known =
      merged.get(key) ??
      (c.date === undefined || loose?.relation.date === undefined ? loose : undefined);
    if (known) {
      if (c.date && !known.relation.date) known.relation.date = c.date;
      const same = (q: Quote) => q.start === quote.start && q.end === quote.end;
      if (!same(known.evidence) && !known.alsoIn.some(same)) known.alsoIn.push(quote);
      continue;
    }
    let id = `${c.source}-${c.kind}-${c.target}`;
    for (let n = 2; ids.has(id) || actors.has(id); n++)
      id = `${c.source}-${c.kind}-${c.target}-${n}`;
    ids.add(id);
    const proposal: RelationProposal = {
      type: 'relation',
      id: `relation:${id}`,
      cue: c.cue,
      rule: c.rule,
      evidence: quote,
      alsoIn: [],
      relation: { kind: c.kind, source: refOf(source), target: refOf(target) },
    };
    if (c.date) proposal.relation.date = c.date;
    if (c.status) proposal.relation.status = c.status;
    const claimants = (c.claimedBy ?? [])
      .map((k) => actors.get(k))
      .filter((a): a is ActorProposal => !!a);
    if (claimants.length > 0) proposal.relation.claimedBy = claimants.map(refOf);
    merged.set(key, proposal);
    if (!undated.has(mergeKey(c, false))) undated.set(mergeKey(c, false), proposal);
  }
  return [...merged.values()];
}

/** The proposals as a dataset, every one accepted. */
export function proposalsToDataset(
  source: Source,
  actors: readonly ActorProposal[],
  relations: readonly RelationProposal[],
): Dataset {
  const evidence = (q: Quote) => ({ source: source.id, quote: q.quote });
  const datasetActors: Actor[] = actors.map((p) => {
    const actor: Actor = {
      id: p.actor.id,
      name: p.actor.name,
      kind: p.actor.kind,
      evidence: [evidence(p.evidence)],
      attributes: { cue: p.cue, rule: p.rule },
    };
    if (p.actor.aliases.length > 0) actor.aliases = p.actor.aliases;
    if (p.actor.role) actor.role = p.actor.role;
    if (p.actor.affiliation) actor.affiliation = p.actor.affiliation;
    return actor;
  });
  const datasetRelations: Relation[] = relations.map((p) => {
    const r = p.relation;
    const relation: Relation = {
      id: p.id.replace(/^relation:/, ''),
      kind: r.kind,
      source: r.source.id,
      target: r.target.id,
      evidence: [p.evidence, ...p.alsoIn].map(evidence),
      attributes: { cue: p.cue, rule: p.rule },
    };
    if (r.date) relation.date = r.date;
    if (r.status) relation.status = r.status;
    if (r.claimedBy) relation.claimedBy = r.claimedBy.map((a) => a.id);
    return relation;
  });
  return {
    title: source.title,
    description: `Drafted by diplomap's assistant from “${source.title}”: every actor and relation is a proposal that quotes the article.`,
    sources: [source],
    actors: datasetActors,
    relations: datasetRelations,
  };
}

export function assembleDraft(
  input: ExtractInput,
  sentences: readonly AnalysedSentence[],
  registry: ActorRegistry,
  candidates: readonly RelationCandidate[],
): Draft {
  const article = input.text;
  completeActors(registry, candidates);
  const used = new Set(registry.mentions.filter((m) => !m.place && !m.weak).map((m) => m.key));
  for (const c of candidates) for (const k of [c.source, c.target]) used.add(k);
  const actors = new Map<string, ActorProposal>();
  for (const actor of registry.actors.values())
    if (used.has(actor.key))
      actors.set(actor.key, actorProposal(article, sentences, registry, actor));
  const relations = relationProposals(article, sentences, candidates, actors);
  const source: Source = {
    id: SOURCE_ID,
    title: input.title?.trim() || 'Article',
    publisher: input.publisher?.trim() || 'Unknown publisher',
    published: input.published,
    content: article,
  };
  if (input.url) source.url = input.url;
  const dataset = proposalsToDataset(source, [...actors.values()], relations);
  const check = validateDataset(dataset);
  if (!check.dataset) {
    const first = check.problems.find((p) => p.severity === 'error');
    throw new Error(`the draft is not a valid dataset (${first?.path}: ${first?.message})`);
  }
  const spans: SentenceSpan[] = sentences.map(({ index, start, end }) => ({ index, start, end }));
  return {
    source,
    sentences: spans,
    actors: [...actors.values()],
    relations,
    dataset: check.dataset,
  };
}
