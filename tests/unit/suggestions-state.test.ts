// The suggestions panel's state: what the assistant proposes reaches the map only through the
// editor, one undoable step per decision, and a failure changes nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { AppState } from '../../src/state/app-state.svelte';
import { Editor } from '../../src/state/editor.svelte';
import type { MapKeeper } from '../../src/state/map-store';
import { Suggestions } from '../../src/state/suggestions.svelte';
import { draftOf } from './_extract';

const run = vi.hoisted(() => ({ fn: vi.fn() }));
vi.mock('../../src/state/extracting', () => ({
  runExtraction: (...args: unknown[]) => run.fn(...args),
  ExtractionCancelled: class extends Error {},
}));

const ARTICLE =
  'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday. Serbia accused Kosovo of provoking violence.';
const dataset: Dataset = {
  title: 'Talks',
  sources: [
    { id: 'wire', title: 'Talks', publisher: 'Wire', published: '2026-03-04', content: ARTICLE },
  ],
  actors: [],
  relations: [],
};

const keeper: MapKeeper = {
  list: () => Promise.resolve([]),
  load: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  current: () => Promise.resolve(undefined),
  setCurrent: () => Promise.resolve(),
};

async function setUp(
  map: Dataset = dataset,
): Promise<{ editor: Editor; suggestions: Suggestions }> {
  const editor = new Editor(new AppState(), keeper);
  await editor.create(structuredClone(map));
  return { editor, suggestions: new Suggestions(editor) };
}

describe('suggestions', () => {
  beforeEach(() => {
    run.fn = vi.fn();
  });

  it('lists the proposals, and nothing is on the map until accepted', async () => {
    run.fn.mockResolvedValue({ draft: draftOf(ARTICLE, '2026-03-04'), ms: 1 });
    const { editor, suggestions } = await setUp();
    await suggestions.run('wire');
    expect(run.fn.mock.calls[0]?.[0]).toMatchObject({ text: ARTICLE, published: '2026-03-04' });
    expect(suggestions.status).toBe('done');
    expect(suggestions.pending.length).toBeGreaterThan(0);
    expect(editor.dataset?.actors).toEqual([]);
    expect(editor.history.done).toHaveLength(0);
  });

  it('accepting all is one step of the history, and undoing it brings the list back', async () => {
    run.fn.mockResolvedValue({ draft: draftOf(ARTICLE, '2026-03-04'), ms: 1 });
    const { editor, suggestions } = await setUp();
    await suggestions.run('wire');
    const all = suggestions.pending;
    expect(suggestions.accept(all)).toBe(true);
    expect(editor.history.done).toHaveLength(1);
    expect(editor.dataset?.relations.length).toBeGreaterThan(0);
    expect(suggestions.pending).toEqual([]);
    editor.undo();
    expect(editor.dataset?.actors).toEqual([]);
    expect(suggestions.pending).toHaveLength(all.length);
  });

  it('a rejected proposal leaves the list and the map never sees it', async () => {
    run.fn.mockResolvedValue({ draft: draftOf(ARTICLE, '2026-03-04'), ms: 1 });
    const { editor, suggestions } = await setUp();
    await suggestions.run('wire');
    const call = suggestions.pending.find(
      (p) => p.type === 'relation' && p.relation.kind === 'call',
    )!;
    suggestions.reject([call]);
    expect(suggestions.pending).not.toContain(call);
    suggestions.accept(suggestions.pending);
    expect(editor.dataset?.relations.some((r) => r.kind === 'call')).toBe(false);
  });

  it('a failure says what went wrong and changes nothing', async () => {
    const { editor, suggestions } = await setUp();
    run.fn.mockImplementation(() => {
      throw new Error('the worker stopped');
    });
    await suggestions.run('wire');
    expect(suggestions.status).toBe('failed');
    expect(suggestions.error).toBe(
      'The assistant could not read “Talks”: the worker stopped. Nothing was changed.',
    );
    expect(suggestions.pending).toEqual([]);
    expect(editor.dataset).toEqual(dataset);
  });

  it('an article whose text is not in the map is not read', async () => {
    const { suggestions } = await setUp();
    await suggestions.run('nowhere');
    expect(run.fn).not.toHaveBeenCalled();
    expect(suggestions.error).toMatch(/text is not in the map/);
  });
});

describe('rejections across readings of the article', () => {
  const isCall = (p: { type: string; relation?: { kind: string } }) =>
    p.type === 'relation' && p.relation?.kind === 'call';

  beforeEach(() => {
    // Each reading is a new draft, as the worker sends one.
    run.fn = vi.fn(({ text, published }: { text: string; published: string }) =>
      Promise.resolve({ draft: draftOf(text, published), ms: 1 }),
    );
  });

  it('"Suggest again" does not bring back what the author rejected; they can show it again', async () => {
    const { suggestions } = await setUp();
    await suggestions.run('wire');
    const total = suggestions.pending.length;
    suggestions.reject(suggestions.pending.filter(isCall));
    await suggestions.run('wire');
    expect(run.fn).toHaveBeenCalledTimes(2);
    expect(suggestions.pending.some(isCall)).toBe(false);
    expect(suggestions.pending).toHaveLength(total - 1);
    expect(suggestions.hidden.map((p) => p.id)).toEqual([
      suggestions.draft!.relations.find(isCall)!.id,
    ]);
    expect(suggestions.said).toMatch(/ 1 suggestion you rejected before is hidden\.$/);

    suggestions.showRejected();
    expect(suggestions.hidden).toEqual([]);
    expect(suggestions.pending).toHaveLength(total);
    // Shown again, it stays to decide at the next reading too.
    await suggestions.run('wire');
    expect(suggestions.pending.some(isCall)).toBe(true);
  });

  it('are kept per article, and when the panel’s proposals are forgotten', async () => {
    const other = { ...dataset.sources[0]!, id: 'other', title: 'Other' };
    const { editor, suggestions } = await setUp({
      ...dataset,
      sources: [...dataset.sources, other],
    });
    await suggestions.run('wire');
    suggestions.reject(suggestions.pending.filter(isCall));
    await suggestions.run('other');
    expect(suggestions.pending.some(isCall)).toBe(true);
    expect(suggestions.hidden).toEqual([]);
    // A new panel state for the same map (as after opening another map and back) remembers.
    const again = new Suggestions(editor);
    await again.run('wire');
    expect(again.pending.some(isCall)).toBe(false);
    expect(again.hidden).toHaveLength(1);
  });
});

describe('suggestions of an article since replaced', () => {
  it('are not offered: their words are no longer the article’s', async () => {
    run.fn.mockResolvedValue({ draft: draftOf(ARTICLE, '2026-03-04'), ms: 1 });
    const { editor, suggestions } = await setUp();
    await suggestions.run('wire');
    expect(suggestions.pending.length).toBeGreaterThan(0);
    const source = editor.dataset!.sources[0]!;
    expect(
      editor.apply({
        type: 'update-source',
        source: { ...source, content: 'Another text altogether.' },
      }),
    ).toBe(true);
    expect(suggestions.stale).toBe(true);
    expect(suggestions.pending).toEqual([]);
  });
});

describe('a suggestion opened in the form', () => {
  it('offers every actor the article brings, and adds the one the author gives it to', async () => {
    const text =
      'Kenyan President William Ruto offered to mediate between Ethiopia and Somalia. Somalia accused Ethiopia of provocations.';
    const map: Dataset = {
      ...dataset,
      sources: [{ ...dataset.sources[0]!, content: text }],
    };
    run.fn.mockResolvedValue({ draft: draftOf(text, '2026-03-04'), ms: 1 });
    const { editor, suggestions } = await setUp(map);
    await suggestions.run('wire');
    const mediation = suggestions.pending.find(
      (p) =>
        p.type === 'relation' &&
        p.relation.kind === 'mediation' &&
        p.relation.target.id === 'ethiopia',
    );
    expect(mediation?.type === 'relation' && mediation.relation.source.id).toBe('kenya');
    const form = suggestions.draftOf(mediation!)!;
    // Its own ends first, and the article's other actors beside them.
    expect(form.actors.map((a) => a.id)).toEqual(['kenya', 'ethiopia', 'william-ruto', 'somalia']);
    const changed = { ...form.relation!, kind: form.relation!.kind!, source: 'william-ruto' };
    expect(editor.apply({ type: 'batch', label: 'edited', edits: form.edits(changed) })).toBe(true);
    const added = editor.dataset!.actors;
    expect(added.map((a) => a.id).sort()).toEqual(['ethiopia', 'william-ruto']);
    // Ruto serves Kenya, which is not on the map: no affiliation to an actor that is not there.
    expect(added.find((a) => a.id === 'william-ruto')?.affiliation).toBeUndefined();
    expect(editor.dataset!.relations).toMatchObject([
      { kind: 'mediation', source: 'william-ruto', target: 'ethiopia' },
    ]);
  });

  it('a sentence with no suggestion is listed, a relation is drawn from it as one undoable step, or it is set aside', async () => {
    const text =
      'French President Emmanuel Macron spoke with German Chancellor Olaf Scholz on Monday. Guyana has asked the International Court of Justice to block the vote.';
    const map: Dataset = { ...dataset, sources: [{ ...dataset.sources[0]!, content: text }] };
    run.fn.mockResolvedValue({ draft: draftOf(text, '2026-03-04'), ms: 1 });
    const { editor, suggestions } = await setUp(map);
    await suggestions.run('wire');
    const quote = 'Guyana has asked the International Court of Justice to block the vote.';
    expect(suggestions.unread.map((u) => u.quote)).toEqual([quote]);
    expect(suggestions.said).toContain('1 sentence naming actors drew no suggestion');

    const form = suggestions.fromSentence(suggestions.unread[0]!)!;
    // Between the two actors it names, quoting it whole, the kind left to the author.
    expect(form.relation).toMatchObject({
      source: 'guyana',
      target: 'icj',
      evidence: [{ source: 'wire', quote }],
    });
    expect(form.relation?.kind).toBeUndefined();
    expect(form.heading).toBe('Relation from the sentence');
    const chosen = { ...form.relation!, id: 'asked', kind: 'statement' as const };
    expect(editor.apply({ type: 'batch', label: form.label!, edits: form.edits(chosen) })).toBe(
      true,
    );
    expect(editor.dataset!.actors.map((a) => a.id).sort()).toEqual(['guyana', 'icj']);
    expect(editor.dataset!.relations).toMatchObject([
      { kind: 'statement', source: 'guyana', target: 'icj', evidence: [{ quote }] },
    ]);
    // Drawn: it leaves the list; undone: it is back, and so is the map as it was.
    expect(suggestions.unread).toEqual([]);
    editor.undo();
    expect(editor.dataset!.relations).toEqual([]);
    expect(suggestions.unread.map((u) => u.quote)).toEqual([quote]);

    // Set aside, for this article, until shown again, even after reading it anew.
    suggestions.setAside(suggestions.unread[0]!);
    expect(suggestions.unread).toEqual([]);
    expect(suggestions.setAsideSentences.map((u) => u.quote)).toEqual([quote]);
    await suggestions.run('wire');
    expect(suggestions.unread).toEqual([]);
    suggestions.showSetAside();
    expect(suggestions.unread.map((u) => u.quote)).toEqual([quote]);
    expect(suggestions.setAsideSentences).toEqual([]);
    // Set aside, then drawn from the reader: no longer counted as hidden.
    suggestions.setAside(suggestions.unread[0]!);
    expect(editor.apply({ type: 'batch', label: form.label!, edits: form.edits(chosen) })).toBe(
      true,
    );
    expect(suggestions.setAsideSentences).toEqual([]);
  });

  it('draws from a sentence between two actors that are two on the map', async () => {
    const text =
      'Guyana has asked the International Court of Justice to block the vote, and Brazil agreed.';
    const map: Dataset = {
      ...dataset,
      sources: [{ ...dataset.sources[0]!, content: text }],
      // The court is known on this map by another name of Guyana's own (made up for the test).
      actors: [
        { id: 'gy', name: 'Guyana', kind: 'state', aliases: ['International Court of Justice'] },
      ],
    };
    run.fn.mockResolvedValue({ draft: draftOf(text, '2026-03-04'), ms: 1 });
    const { suggestions } = await setUp(map);
    await suggestions.run('wire');
    const [unread] = suggestions.unread;
    expect(unread?.actors.map((a) => a.actor.id)).toEqual(['guyana', 'icj', 'brazil']);
    expect(suggestions.fromSentence(unread!)?.relation).toMatchObject({
      source: 'gy',
      target: 'brazil',
    });
  });

  it('keeps a sentence listed after accepting all, when what it gave was a title’s office', async () => {
    const text =
      'Kenya and Ethiopia reopened the border. President Hassan Sheikh Mohamud said Mogadishu would raise the matter at the AU.';
    const map: Dataset = { ...dataset, sources: [{ ...dataset.sources[0]!, content: text }] };
    run.fn.mockResolvedValue({ draft: draftOf(text, '2026-03-04'), ms: 1 });
    const { suggestions } = await setUp(map);
    await suggestions.run('wire');
    const listed = suggestions.unread.map((u) => u.sentence);
    expect(listed).toContain(1);
    expect(suggestions.accept(suggestions.pending)).toBe(true);
    expect(suggestions.unread.map((u) => u.sentence)).toEqual(listed);
  });
});
