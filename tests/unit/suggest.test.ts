// Suggestions from the article: grouping them by sentence, telling them in the map's words,
// turning the accepted ones into edits, and keeping out of the list what the map has already.
import { describe, expect, it } from 'vitest';
import { applyEdit, type Edit } from '../../src/edit';
import type { Dataset, Source } from '../../src/model/types';
import { acceptanceOf, actorsNeeded } from '../../src/state/accept-proposals';
import {
  NO_DECISIONS,
  groupBySentence,
  isOnMap,
  proposalFacts,
  proposalSentence,
  stillToDecide,
  unreadSentences,
} from '../../src/state/proposals';
import { rejectionKey } from '../../src/state/rejections.svelte';
import { readerText } from '../../src/state/reader';
import { draftOf } from './_extract';

const ARTICLE = [
  'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday.',
  '',
  'Russia accused Turkey of supporting Islamic State. Scholz will travel to Belgrade next week.',
].join('\n');
const PUBLISHED = '2026-03-04';
const SOURCE: Source = {
  id: 'wire',
  title: 'Talks',
  publisher: 'Test Wire',
  published: PUBLISHED,
  content: ARTICLE,
};
const draft = draftOf(ARTICLE, PUBLISHED);
const empty: Dataset = { title: 'Talks', sources: [SOURCE], actors: [], relations: [] };
const relation = (kind: string) => draft.relations.find((r) => r.relation.kind === kind)!;

/** Applies edits as the editor does (one batch), failing the test when refused. */
function applied(dataset: Dataset, edits: readonly Edit[]): Dataset {
  const outcome = applyEdit(dataset, { type: 'batch', label: 'test', edits });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.dataset;
}

describe('suggestions: in words and by sentence', () => {
  it('an allegation reads as one, naming who alleges it', () => {
    const support = relation('support');
    expect(support.relation.status).toBe('alleged');
    expect(proposalSentence(support)).toBe('Russia alleges that Turkey backs Islamic State');
    expect(proposalFacts(support)).toContain('alleged by Russia');
  });

  it('a relation tells its kind, its direction, its status and its date', () => {
    expect(proposalSentence(relation('call'))).toBe('Emmanuel Macron spoke with Olaf Scholz');
    expect(proposalFacts(relation('call'))).toEqual([
      'call',
      'Emmanuel Macron → Olaf Scholz',
      'reported as fact',
      '2 March 2026',
    ]);
    expect(proposalFacts(relation('visit'))).toContain('planned');
  });

  it('groups proposals by the sentence they quote, in the article’s order, relations first', () => {
    const groups = groupBySentence(draft.sentences, [...draft.actors, ...draft.relations]);
    expect(groups.map((g) => ARTICLE.slice(g.start, g.end).slice(0, 20))).toEqual([
      'French President Emm',
      'Russia accused Turke',
      'Scholz will travel t',
    ]);
    for (const group of groups) {
      const types = group.proposals.map((p) => p.type);
      expect(types).toEqual([...types].sort((a, b) => (a === b ? 0 : a === 'relation' ? -1 : 1)));
      for (const p of group.proposals) {
        expect(p.evidence.start).toBeGreaterThanOrEqual(group.start);
        expect(p.evidence.end).toBeLessThanOrEqual(group.end);
      }
    }
  });

  it('an empty list makes no groups', () => {
    expect(groupBySentence(draft.sentences, [])).toEqual([]);
  });
});

describe('suggestions: accepted into the map', () => {
  it('accepting all puts every proposal on the map, quoting the article verbatim, as one valid step', () => {
    const all = [...draft.relations, ...draft.actors];
    const acceptance = acceptanceOf(empty, SOURCE.id, draft, all);
    expect(acceptance.skipped).toEqual([]);
    expect(acceptance.label).toBe(`Accepted ${all.length} suggestions`);
    const next = applied(empty, acceptance.edits);
    expect(next.actors).toHaveLength(draft.actors.length);
    expect(next.relations).toHaveLength(draft.relations.length);
    for (const item of [...next.actors, ...next.relations])
      for (const e of item.evidence ?? []) {
        expect(e.source).toBe(SOURCE.id);
        expect(ARTICLE).toContain(e.quote);
      }
    const call = next.relations.find((r) => r.kind === 'call')!;
    expect(call.evidence[0]!.quote).toBe(
      'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz',
    );
    expect(call.date).toBe('2026-03-02');
    // Nothing is left to decide, and nothing is proposed twice.
    expect(stillToDecide(draft, next, SOURCE.id, NO_DECISIONS)).toEqual([]);
  });

  it('a relation brings the actors it needs, and the person keeps the state they serve when it comes too', () => {
    const call = acceptanceOf(empty, SOURCE.id, draft, [relation('call')]);
    const added = call.edits.flatMap((e) => (e.type === 'add-actor' ? [e.actor.name] : []));
    expect(added).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
    // Their states are not on the map and not accepted: no affiliation to an actor not there.
    expect(applied(empty, call.edits).actors.every((a) => a.affiliation === undefined)).toBe(true);
    const france = draft.actors.find((a) => a.actor.name === 'France')!;
    const both = acceptanceOf(empty, SOURCE.id, draft, [relation('call'), france]);
    const macron = applied(empty, both.edits).actors.find((a) => a.name === 'Emmanuel Macron')!;
    expect(macron.affiliation).toBe('france');
  });

  it('gives a person accepted first the state they serve when that state is accepted later', () => {
    const first = applied(empty, acceptanceOf(empty, SOURCE.id, draft, [relation('call')]).edits);
    const france = draft.actors.find((a) => a.actor.name === 'France')!;
    const later = applied(first, acceptanceOf(first, SOURCE.id, draft, [france]).edits);
    expect(later.actors.find((a) => a.name === 'Emmanuel Macron')?.affiliation).toBe('france');
    // Not Scholz: Germany is still not on the map.
    expect(later.actors.find((a) => a.name === 'Olaf Scholz')?.affiliation).toBeUndefined();
    // An affiliation the author gave meanwhile is theirs.
    const given: Dataset = {
      ...first,
      actors: [
        ...first.actors.map((a) =>
          a.name === 'Emmanuel Macron' ? { ...a, affiliation: 'eu' } : a,
        ),
        { id: 'eu', name: 'European Union', kind: 'international-organization' },
      ],
    };
    const kept = applied(given, acceptanceOf(given, SOURCE.id, draft, [france]).edits);
    expect(kept.actors.find((a) => a.name === 'Emmanuel Macron')?.affiliation).toBe('eu');
    // And so is none, when the author accepted the person as they edited them.
    const macron = draft.actors.find((a) => a.actor.name === 'Emmanuel Macron')!;
    const edited = applied(
      first,
      acceptanceOf(first, SOURCE.id, draft, [france], [macron.id]).edits,
    );
    expect(edited.actors.find((a) => a.name === 'Emmanuel Macron')?.affiliation).toBeUndefined();
  });

  it('matches an actor already on the map by name or alias instead of adding it again', () => {
    const map: Dataset = {
      ...empty,
      actors: [{ id: 'scholz', name: 'Scholz', kind: 'person', aliases: ['Olaf Scholz'] }],
    };
    const acceptance = acceptanceOf(map, SOURCE.id, draft, [relation('call'), relation('visit')]);
    const next = applied(map, acceptance.edits);
    expect(next.actors.map((a) => a.name).sort()).toEqual(['Emmanuel Macron', 'Scholz', 'Serbia']);
    expect(next.relations.map((r) => [r.kind, r.source, r.target])).toEqual([
      ['call', 'emmanuel-macron', 'scholz'],
      ['visit', 'scholz', 'serbia'],
    ]);
  });

  it('gives ids no other actor or relation of the map has', () => {
    const once = applied(empty, acceptanceOf(empty, SOURCE.id, draft, [relation('call')]).edits);
    // The same call again, as if the map's were another (its kind changed, its words not the same).
    const other: Dataset = {
      ...once,
      relations: once.relations.map((r) => ({ ...r, kind: 'meeting' as const, evidence: [] })),
    };
    const next = applied(other, acceptanceOf(other, SOURCE.id, draft, [relation('call')]).edits);
    const ids = [...next.actors, ...next.relations].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(next.actors).toHaveLength(2);
    expect(next.relations.map((r) => r.id)).toEqual([
      'emmanuel-macron-call-olaf-scholz',
      'emmanuel-macron-call-olaf-scholz-2',
    ]);
  });

  it('a relation whose actor is not proposed is skipped, with why', () => {
    const call = relation('call');
    const orphan = {
      ...call,
      relation: { ...call.relation, target: { id: 'nobody', name: 'Nobody', aliases: [] } },
    };
    const acceptance = acceptanceOf(empty, SOURCE.id, draft, [orphan]);
    expect(acceptance.edits).toEqual([]);
    expect(acceptance.skipped[0]?.reason).toMatch(/not among the proposals/);
  });
});

describe('suggestions: what stays in the list', () => {
  const all = [...draft.relations, ...draft.actors];

  it('a rejected proposal leaves the list; the others stay', () => {
    const call = relation('call');
    const left = stillToDecide(draft, empty, SOURCE.id, {
      rejected: [rejectionKey(call)],
      accepted: {},
    });
    expect(left).toHaveLength(all.length - 1);
    expect(left).not.toContain(call);
  });

  it('an accepted proposal leaves the list while what it became is on the map (an undo brings it back)', () => {
    const call = relation('call');
    const decisions = {
      rejected: [],
      accepted: { [call.id]: 'macron-meets-scholz' },
    };
    expect(stillToDecide(draft, empty, SOURCE.id, decisions)).toContain(call);
    const map: Dataset = {
      ...empty,
      actors: [
        { id: 'a', name: 'A', kind: 'state' },
        { id: 'b', name: 'B', kind: 'state' },
      ],
      relations: [
        { id: 'macron-meets-scholz', kind: 'meeting', source: 'a', target: 'b', evidence: [] },
      ],
    };
    expect(stillToDecide(draft, map, SOURCE.id, decisions)).not.toContain(call);
  });

  it('a relation the map has (same kind, or same words between the same actors) is not proposed again', () => {
    const call = relation('call');
    const once = applied(empty, acceptanceOf(empty, SOURCE.id, draft, [call]).edits);
    expect(isOnMap(once, SOURCE.id, call)).toBe(true);
    // The author made it a meeting before accepting: its words still tie it to the proposal.
    const edited: Dataset = {
      ...once,
      relations: once.relations.map((r) => ({ ...r, kind: 'meeting' as const })),
    };
    expect(isOnMap(edited, SOURCE.id, call)).toBe(true);
    expect(isOnMap(edited, 'another-article', call)).toBe(false);
    expect(isOnMap(empty, SOURCE.id, call)).toBe(false);
  });
});

describe('suggestions: sentences it could not read', () => {
  // The second sentence names two actors and a third names three; the assistant reads no
  // relation in either. The last names one actor alone.
  const text = [
    'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday.',
    '  Guyana has asked the International Court of Justice to block the vote.',
    'The United States, Brazil and Colombia also criticised the raid. Macron flew home.',
  ].join('\n');
  const read = draftOf(text, PUBLISHED);
  const source: Source = { ...SOURCE, content: text };
  const map: Dataset = { ...empty, sources: [source] };

  it('lists each sentence naming two actors or more with no proposal, its words and its actors in order', () => {
    const unread = unreadSentences(read, map, 'wire', []);
    expect(unread.map((u) => u.quote)).toEqual([
      'Guyana has asked the International Court of Justice to block the vote.',
      'The United States, Brazil and Colombia also criticised the raid.',
    ]);
    expect(unread.map((u) => u.actors.map((a) => a.actor.id))).toEqual([
      ['guyana', 'icj'],
      ['united-states', 'brazil', 'colombia'],
    ]);
    // The words are the article's own, space around them left out.
    for (const u of unread) expect(text.slice(u.start, u.end)).toBe(u.quote);
  });

  it('a sentence the assistant drew a relation from is not listed, whatever was decided of it', () => {
    const first = read.sentences[0]!;
    expect(read.relations.some((r) => r.evidence.sentence === first.index)).toBe(true);
    const unread = unreadSentences(read, map, 'wire', []);
    expect(unread.some((u) => u.sentence === first.index)).toBe(false);
  });

  it('lists a sentence that gave only a title’s office, its holder last; not one naming the holder and the state alone', () => {
    const words =
      'German Chancellor Friedrich Merz told the Bundestag that Germany would station a brigade in Lithuania. Kenyan President William Ruto spoke on Monday.';
    const titled = draftOf(words, PUBLISHED);
    expect(titled.relations.map((r) => r.relation.kind)).toEqual(['office', 'office']);
    const unread = unreadSentences(titled, empty, 'wire', []);
    expect(unread.map((u) => u.actors.map((a) => a.actor.id))).toEqual([
      ['germany', 'lithuania', 'friedrich-merz'],
    ]);
  });

  it('leaves the list once the map has a relation quoting words of it, or once set aside', () => {
    const drawn: Dataset = {
      ...map,
      actors: [
        { id: 'guyana', name: 'Guyana', kind: 'state' },
        { id: 'icj', name: 'International Court of Justice', kind: 'international-organization' },
      ],
      relations: [
        {
          id: 'r1',
          kind: 'statement',
          source: 'guyana',
          target: 'icj',
          // Folded as a quote may be: straight quotes, line breaks.
          evidence: [
            { source: 'wire', quote: 'Guyana has asked the International\nCourt of Justice' },
          ],
        },
      ],
    };
    expect(unreadSentences(read, drawn, 'wire', []).map((u) => u.actors[0]?.actor.id)).toEqual([
      'united-states',
    ]);
    // Words across two sentences leave both.
    const across: Dataset = {
      ...drawn,
      relations: [
        {
          ...drawn.relations[0]!,
          evidence: [{ source: 'wire', quote: 'block the vote.\nThe United States, Brazil' }],
        },
      ],
    };
    expect(unreadSentences(read, across, 'wire', [])).toEqual([]);
    // Words of another article are not this one's.
    const elsewhere: Dataset = {
      ...drawn,
      relations: drawn.relations.map((r) => ({
        ...r,
        evidence: r.evidence.map((e) => ({ ...e, source: 'other' })),
      })),
    };
    expect(unreadSentences(read, elsewhere, 'wire', [])).toHaveLength(2);
    const setAside = ['The United States, Brazil and Colombia also criticised the raid.'];
    expect(unreadSentences(read, map, 'wire', setAside).map((u) => u.actors[0]?.actor.id)).toEqual([
      'guyana',
    ]);
  });
});

describe('suggestions: edited before accepting', () => {
  const offered = acceptanceOf(empty, SOURCE.id, draft, [relation('call')]).edits.flatMap((e) =>
    e.type === 'add-actor' ? [e.actor] : [],
  );

  it('brings only the new actors the edited relation joins', () => {
    const [macron, scholz] = offered;
    const needed = actorsNeeded(
      { actors: [{ id: 'x', name: 'X', kind: 'state' }] },
      { source: macron!.id, target: 'x' },
      offered,
    );
    expect(needed.map((a) => a.id)).toEqual([macron!.id]);
    expect(needed).not.toContain(scholz);
  });

  it('drops an affiliation to an actor that neither is on the map nor comes', () => {
    const person = { id: 'p', name: 'P', kind: 'person' as const, affiliation: 'q' };
    const state = { id: 'q', name: 'Q', kind: 'state' as const };
    expect(actorsNeeded({ actors: [] }, { source: 'p', target: 'r' }, [person, state])).toEqual([
      { id: 'p', name: 'P', kind: 'person' },
    ]);
    expect(
      actorsNeeded({ actors: [] }, { source: 'p', target: 'q' }, [person, state]).map(
        (a) => a.affiliation,
      ),
    ).toEqual(['q', undefined]);
  });
});

describe('suggestions: marked in the reader', () => {
  it('cuts the text at a proposal’s words, and only those runs carry it', () => {
    const call = relation('call');
    const reading = readerText(ARTICLE, SOURCE.id, empty, [
      { id: call.id, start: call.evidence.start, end: call.evidence.end },
    ]);
    const runs = reading.paragraphs.flat();
    const marked = runs.filter((r) => r.proposed.includes(call.id));
    expect(marked.map((r) => ARTICLE.slice(r.start, r.end)).join('')).toBe(call.evidence.quote);
    expect(runs.filter((r) => !r.proposed.length).length).toBeGreaterThan(0);
    expect(
      readerText(ARTICLE, SOURCE.id, empty)
        .paragraphs.flat()
        .every((r) => !r.proposed.length),
    ).toBe(true);
  });
});
