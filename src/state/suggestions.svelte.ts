/**
 * "Suggest from the article": the assistant reads one of the map's articles
 * in its worker, and the author decides on each proposal. Nothing enters the
 * map but through the editor (one undoable step per decision); what the map
 * has already, and what was accepted or rejected, leaves the list. What was
 * rejected stays rejected when the article is read again ("Suggest again"),
 * until the author shows it again.
 */
import type { Draft, Proposal } from '../extract';
import type { Actor, Relation } from '../model/types';
import type { RelationKindId } from '../model/vocabulary';
import type { Edit } from '../edit';
import { acceptanceOf, actorsNeeded } from './accept-proposals';
import type { Editor } from './editor.svelte';
import { ExtractionCancelled, runExtraction } from './extracting';
import {
  groupBySentence,
  proposalSentence,
  rejectedIn,
  stillToDecide,
  unreadSentences,
  type Decisions,
  type UnreadSentence,
} from './proposals';
import { Rejections } from './rejections.svelte';
import { plural } from './notices';

/** A proposal's words in the article, for the reader to mark. */
export interface ProposalMark {
  id: string;
  start: number;
  end: number;
  label: string;
}

/** A relation the form starts from: a suggestion's, or a sentence's with its kind to choose. */
export type DraftRelation = Omit<Relation, 'kind'> & { kind?: RelationKindId };

/** A proposal opened in the editor's form, to be accepted as the author changes it. */
export interface ProposalDraft {
  /** What the form adds: the relation (or actor) as accepting it would. */
  relation?: DraftRelation;
  actor?: Actor;
  /** Actors the proposal brings that are not on the map yet (the form offers them). */
  actors: Actor[];
  /** The edits that put the relation as the author changed it on the map, with the new actors it needs. */
  edits: (relation: Relation) => Edit[];
  /** Told once the author accepted it, with the id it has on the map. */
  accepted: (id: string) => void;
  /** The form's heading, its button, and the step's name in the history, when not a suggestion's. */
  heading?: string;
  action?: string;
  label?: string;
}

export type SuggestStatus = 'idle' | 'running' | 'done' | 'failed';

export class Suggestions {
  status: SuggestStatus = $state('idle');
  /** The stage of the work, in words, while it runs. */
  stage = $state('');
  /** What went wrong, when it failed. */
  error = $state('');
  /** The map's source the proposals quote. */
  source: string | null = $state(null);
  draft: Draft | null = $state.raw(null);
  /** The proposal shown in the reader. */
  focus: string | null = $state(null);
  /** The proposal chosen from its words in the reader, to bring into view in the list. */
  revealed: string | null = $state(null);
  /** What the last decision did, for the page to announce. */
  said = $state('');

  /** The article's text changed since it was read (attached anew): its proposals no longer fit it. */
  readonly stale: boolean = $derived.by(() => {
    const { draft, source } = this;
    if (!draft || source === null) return false;
    const text = this.#editor.dataset?.sources.find((s) => s.id === source)?.content;
    return text !== draft.source.content;
  });
  /** Rejected (remembered per article), and accepted (each with its id on the map): gone from the list. */
  readonly decisions: Decisions = $derived.by(() => ({
    rejected: this.#rejections.of(this.#editor.mapId, this.source ?? ''),
    accepted: this.#accepted,
  }));
  readonly pending: Proposal[] = $derived.by(() => {
    const { draft, source } = this;
    const dataset = this.#editor.dataset;
    if (!draft || !dataset || source === null || this.stale) return [];
    return stillToDecide(draft, dataset, source, this.decisions);
  });
  /** The proposals the author rejected, now or before "Suggest again", hidden from the list. */
  readonly hidden: Proposal[] = $derived.by(() => {
    const { draft, source } = this;
    const dataset = this.#editor.dataset;
    if (!draft || !dataset || source === null || this.stale) return [];
    return rejectedIn(draft, dataset, source, this.decisions);
  });
  /** Sentences that name two actors or more and drew no suggestion, those set aside included. */
  readonly #candidates: UnreadSentence[] = $derived.by(() => {
    const { draft, source } = this;
    const dataset = this.#editor.dataset;
    if (!draft || !dataset || source === null || this.stale) return [];
    return unreadSentences(draft, dataset, source, []);
  });
  /** The same, less those the author set aside: for the author to read. */
  readonly #setAsideQuotes: readonly string[] = $derived.by(() =>
    this.#rejections.setAsideIn(this.#editor.mapId, this.source ?? ''),
  );
  readonly unread: UnreadSentence[] = $derived(
    this.#candidates.filter((u) => !this.#setAsideQuotes.includes(u.quote)),
  );
  /** Those the author set aside (and that would be listed otherwise). */
  readonly setAsideSentences: UnreadSentence[] = $derived(
    this.#candidates.filter((u) => this.#setAsideQuotes.includes(u.quote)),
  );
  readonly groups = $derived(groupBySentence(this.draft?.sentences ?? [], this.pending));
  readonly marks: ProposalMark[] = $derived(
    this.pending.map((p) => ({
      id: p.id,
      start: p.evidence.start,
      end: p.evidence.end,
      label: proposalSentence(p),
    })),
  );

  readonly #editor: Editor;
  readonly #rejections: Rejections;
  /** The proposals of this draft accepted, each with the id it has on the map. */
  #accepted: Readonly<Record<string, string>> = $state.raw({});
  #abort: AbortController | null = null;

  #dispose: () => void = () => {};

  constructor(editor: Editor) {
    this.#editor = editor;
    this.#rejections = editor.rejections ??= new Rejections();
  }

  /**
   * The suggestions of the editor's map, made on first use and kept while the map is open:
   * their derived lists belong to a root of their own, not to the panel that first showed
   * them (a panel closed and opened again would read stale lists).
   */
  static of(editor: Editor): Suggestions {
    if (editor.suggestions) return editor.suggestions;
    const made: Suggestions[] = [];
    const dispose = $effect.root(() => {
      made.push(new Suggestions(editor));
    });
    const suggestions = made[0] as Suggestions;
    suggestions.#dispose = dispose;
    editor.suggestions = suggestions;
    return suggestions;
  }

  /** Reads the source `id` of the map (its text inside) and lists what it proposes. */
  async run(id: string): Promise<void> {
    const source = this.#editor.dataset?.sources.find((s) => s.id === id);
    if (source?.content === undefined) {
      this.status = 'failed';
      this.error = 'This article’s text is not in the map, so there is nothing to read.';
      return;
    }
    this.cancel();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'running';
    this.stage = 'Starting the assistant…';
    this.error = '';
    try {
      const { draft } = await runExtraction(
        {
          text: source.content,
          published: source.published,
          title: source.title,
          publisher: source.publisher,
        },
        (_stage, label) => {
          if (this.#abort === abort) this.stage = label;
        },
        abort.signal,
      );
      if (this.#abort !== abort) return;
      this.source = id;
      this.draft = draft;
      this.#accepted = {};
      this.focus = null;
      this.status = 'done';
      const hidden = this.hidden.length;
      const rejected =
        hidden === 0
          ? ''
          : ` ${plural(hidden, 'suggestion')} you rejected before ${hidden === 1 ? 'is' : 'are'} hidden.`;
      const unread = this.unread.length;
      const left =
        unread === 0
          ? ''
          : ` ${plural(unread, 'sentence')} naming actors drew no suggestion: ${unread === 1 ? 'it is' : 'they are'} listed after the suggestions.`;
      this.said = `${plural(this.pending.length, 'suggestion')} from “${source.title}”.${rejected}${left}`;
    } catch (error) {
      if (this.#abort !== abort) return;
      if (error instanceof ExtractionCancelled) {
        this.status = this.draft ? 'done' : 'idle';
        this.said = 'Cancelled: nothing was changed.';
      } else {
        this.status = 'failed';
        this.error = `The assistant could not read “${source.title}”: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      }
    } finally {
      if (this.#abort === abort) this.#abort = null;
    }
  }

  /** Shows a proposal in the reader; `reveal`: in the list too (it was chosen in the reader). */
  show(id: string, reveal = false): void {
    this.focus = id;
    this.revealed = reveal ? id : null;
  }

  cancel(): void {
    const abort = this.#abort;
    this.#abort = null;
    abort?.abort();
    if (abort && this.status === 'running') {
      this.status = this.draft ? 'done' : 'idle';
      this.said = 'Cancelled: nothing was changed.';
    }
  }

  /** Puts the proposals on the map in one undoable step; false when the editor refused. */
  accept(proposals: readonly Proposal[]): boolean {
    const dataset = this.#editor.dataset;
    const draft = this.draft;
    if (!dataset || !draft || this.source === null || proposals.length === 0) return false;
    const acceptance = acceptanceOf(dataset, this.source, draft, proposals, this.#edited);
    if (acceptance.edits.length === 0 && acceptance.accepted.size === 0) {
      this.said = `Not done: ${acceptance.skipped[0]?.reason ?? 'nothing to accept'}.`;
      return false;
    }
    const [only] = acceptance.edits;
    const ok =
      acceptance.edits.length === 0 ||
      this.#editor.apply(
        acceptance.edits.length === 1 && only
          ? only
          : { type: 'batch', label: acceptance.label, edits: acceptance.edits },
      );
    if (!ok) return false;
    this.#record(Object.fromEntries(acceptance.accepted));
    const skipped = acceptance.skipped.length;
    this.said = `${acceptance.label}.${skipped > 0 ? ` ${skipped} could not be: ${acceptance.skipped[0]?.reason}.` : ''}`;
    return true;
  }

  reject(proposals: readonly Proposal[]): void {
    if (this.source === null) return;
    this.#rejections.add(this.#editor.mapId, this.source, proposals);
    if (proposals.some((p) => p.id === this.focus)) this.focus = null;
    this.said =
      proposals.length === 1 && proposals[0]
        ? `Rejected “${proposalSentence(proposals[0])}”.`
        : `Rejected ${proposals.length} suggestions.`;
  }

  /** Brings the rejected proposals of this article back into the list, to decide again. */
  showRejected(): void {
    const hidden = this.hidden;
    if (this.source === null || hidden.length === 0) return;
    this.#rejections.forget(this.#editor.mapId, this.source, hidden);
    this.said =
      hidden.length === 1
        ? 'The rejected suggestion is back in the list.'
        : `The ${hidden.length} rejected suggestions are back in the list.`;
  }

  /** The proposal as the editor's form would add it, for the author to change first. */
  draftOf(proposal: Proposal): ProposalDraft | undefined {
    const dataset = this.#editor.dataset;
    const draft = this.draft;
    if (!dataset || !draft || this.source === null) return undefined;
    // A relation's form offers every actor the article brings, not only its own two: the
    // author may give it to another ("Ruto offered to mediate", drafted as Kenya's). Its own
    // come first, so they have the ids accepting it alone would give them.
    const acceptance = acceptanceOf(
      dataset,
      this.source,
      draft,
      proposal.type === 'relation' ? [proposal, ...draft.actors] : [proposal],
    ).edits;
    const actors = acceptance.flatMap((e) => (e.type === 'add-actor' ? [e.actor] : []));
    const relation = acceptance.find((e) => e.type === 'add-relation')?.relation;
    const accepted = (id: string) => {
      if (proposal.type === 'actor') this.#edited = [...this.#edited, proposal.id];
      this.#record({ [proposal.id]: id });
      this.said = `Accepted the edited suggestion “${proposalSentence(proposal)}”.`;
    };
    const edits = this.#editsWith(actors);
    // The history says which suggestion was accepted, as Accept does.
    const label = `Accepted the edited suggestion “${proposalSentence(proposal)}”`;
    if (proposal.type === 'relation')
      return relation ? { relation, actors, edits, accepted, label } : undefined;
    const [actor] = actors;
    return actor ? { actor, actors: [], edits, accepted, label } : undefined;
  }

  /**
   * A relation to draw from a sentence with no suggestion: between the first two actors it
   * names that are two on the map (the author chooses the kind, and may choose other ends),
   * quoting the whole sentence, dated as a new relation is (the article's day).
   */
  fromSentence(unread: UnreadSentence): ProposalDraft | undefined {
    const dataset = this.#editor.dataset;
    const draft = this.draft;
    const source = this.source;
    if (!dataset || !draft || source === null || this.stale) return undefined;
    // The sentence's actors first, so that they take the ids accepting them alone would.
    const others = draft.actors.filter((a) => !unread.actors.includes(a));
    const acceptance = acceptanceOf(dataset, source, draft, [...unread.actors, ...others]);
    const actors = acceptance.edits.flatMap((e) => (e.type === 'add-actor' ? [e.actor] : []));
    const ends = unread.actors.map((a) => acceptance.accepted.get(a.id) ?? '');
    const [from = '', to = ''] = ends.filter((id, i) => id !== '' && ends.indexOf(id) === i);
    const published = dataset.sources.find((s) => s.id === source)?.published;
    const relation: DraftRelation = {
      id: '',
      source: from,
      target: to,
      evidence: [{ source, quote: unread.quote }],
      ...(published ? { date: published } : {}),
    };
    const accepted = () => {
      this.said = 'Added a relation from a sentence with no suggestion.';
    };
    return {
      relation,
      actors,
      edits: this.#editsWith(actors),
      accepted,
      heading: 'Relation from the sentence',
      action: 'Add the relation',
      label: 'Added a relation from a sentence',
    };
  }

  /** The edits that add a relation as the author changed it, with the new actors it joins. */
  #editsWith(actors: readonly Actor[]): (changed: Relation) => Edit[] {
    return (changed) => [
      ...actorsNeeded(this.#editor.dataset ?? { actors: [] }, changed, actors).map(
        (actor): Edit => ({ type: 'add-actor', actor }),
      ),
      { type: 'add-relation', relation: changed },
    ];
  }

  /** Leaves a sentence with no suggestion out of the list, for this article (until shown again). */
  setAside(unread: UnreadSentence): void {
    if (this.source === null) return;
    this.#rejections.setAside(this.#editor.mapId, this.source, unread.quote);
    this.said = 'Set the sentence aside.';
  }

  /** Brings the sentences set aside back into the list. */
  showSetAside(): void {
    const count = this.setAsideSentences.length;
    if (this.source === null || count === 0) return;
    this.#rejections.bringBack(this.#editor.mapId, this.source);
    this.said =
      count === 1
        ? 'The sentence set aside is back in the list.'
        : `The ${count} sentences set aside are back in the list.`;
  }

  close(): void {
    this.cancel();
    this.focus = null;
  }

  /** Ends the work and the derived lists, once the editor forgets these proposals. */
  destroy(): void {
    this.close();
    this.#dispose();
  }

  /** Actor proposals accepted as the author edited them (see acceptanceOf). */
  #edited: readonly string[] = [];

  #record(accepted: Readonly<Record<string, string>>): void {
    this.#accepted = { ...this.#accepted, ...accepted };
    if (this.focus !== null && this.focus in accepted) this.focus = null;
  }
}
