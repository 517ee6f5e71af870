/**
 * What the assistant proposes from an article: a draft the author reviews
 * proposal by proposal. Every proposal quotes the article by offsets into
 * its text (the quote is the text's own slice, never rebuilt), names the
 * sentence it stands in, the words that cued it and the rule that read them.
 */
import type { ActorKindId, Dataset, RelationKindId, RelationStatusId, Source } from '../model';

/** The article to read, with what is known of it. */
export interface ExtractInput {
  /** The article's text, as pasted or read from a file. */
  text: string;
  /** Its date of publication, "YYYY-MM-DD": relative dates ("on Tuesday") are read against it. */
  published: string;
  title?: string;
  publisher?: string;
  url?: string;
}

/** A span of the article: `text.slice(start, end)` is `quote`, by construction. */
export interface Quote {
  start: number;
  end: number;
  /** The article's own characters between start and end. */
  quote: string;
  /** Index of the sentence the span lies in (see {@link Draft.sentences}). */
  sentence: number;
}

/** Why something was proposed: the words that cued it and the rule that read them. */
export interface Reason {
  /** The cue as the article words it ("spoke with", "Russian Foreign Minister"). */
  cue: string;
  /** The rule's id, `family.name` ("call.spoke-with", "actor.title-before-name"). */
  rule: string;
}

/** One place the article names an actor, and how it was recognised. */
export interface Mention extends Reason {
  start: number;
  end: number;
  sentence: number;
}

/** The fields an accepted actor takes, as the dataset format has them. */
export interface ProposedActor {
  id: string;
  name: string;
  kind: ActorKindId;
  aliases: string[];
  role?: string;
  /** Id of the proposed actor (state or organisation) a person serves. */
  affiliation?: string;
  description?: string;
}

/** How a relation names an actor: the proposal, and what to match an existing actor by. */
export interface ActorRef {
  /** Id of the {@link ActorProposal} (also the actor's id when it is accepted as proposed). */
  id: string;
  name: string;
  aliases: string[];
}

/** The fields an accepted relation takes, its ends still references to proposals. */
export interface ProposedRelation {
  kind: RelationKindId;
  source: ActorRef;
  target: ActorRef;
  date?: string;
  status?: RelationStatusId;
  claimedBy?: ActorRef[];
}

export interface ActorProposal extends Reason {
  type: 'actor';
  /** Stable within a draft: "actor:russia". */
  id: string;
  /** The span that best names it (a title with the name, the first full name). */
  evidence: Quote;
  actor: ProposedActor;
  /** Every place the article names it, in text order. */
  mentions: Mention[];
}

export interface RelationProposal extends Reason {
  type: 'relation';
  /** Stable within a draft: "relation:call:putin:aliyev". */
  id: string;
  /** The smallest span that states it. */
  evidence: Quote;
  /** Other sentences that state the same relation, if any. */
  alsoIn: Quote[];
  relation: ProposedRelation;
}

export type Proposal = ActorProposal | RelationProposal;

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/** Stages of the work, for a progress display. */
export type ExtractStage = 'reading' | 'actors' | 'relations' | 'draft';

/** What the page asks the assistant's worker: an article to read. */
export interface ExtractRequest {
  id: number;
  input: ExtractInput;
}

/**
 * What the page asks a worker it starts ahead of any article: read the assistant's own sample,
 * so that the first article does not pay the library's first-use cost. Nothing is answered.
 */
export interface WarmUpRequest {
  warmUp: true;
}

/** What the worker answers: its stage as it goes, then the draft or what went wrong. */
export type ExtractReply =
  | { id: number; type: 'progress'; stage: ExtractStage }
  | { id: number; type: 'done'; draft: Draft; ms: number }
  /** `input`: the article could not be read (the message says why), rather than a fault. */
  | { id: number; type: 'error'; message: string; input: boolean };

/** Everything the assistant read from one article. */
export interface Draft {
  /** The source the quotes are taken from; its `content` is the article's text. */
  source: Source;
  sentences: SentenceSpan[];
  actors: ActorProposal[];
  relations: RelationProposal[];
  /** The proposals as a valid diplomap dataset, every one of them accepted. */
  dataset: Dataset;
}
