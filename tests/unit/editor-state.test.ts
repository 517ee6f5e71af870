import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';
import { Editor } from '../../src/state/editor.svelte';
import { summaryOf, type MapKeeper, type StoredMap } from '../../src/state/map-store';
import { restoredNotice } from '../../src/state/notices';
import { readerText } from '../../src/state/reader';
import { dateFields, dateValue } from '../../src/state/date-input';
import { getActor, hasRelation } from '../../src/model/graph';
import { bundledCopy } from './_edit';

/** Maps kept in memory, as IndexedDB keeps them in the page. */
class MemoryKeeper implements MapKeeper {
  maps = new Map<string, StoredMap>();
  currentId: string | undefined;
  saves = 0;
  list = () => Promise.resolve([...this.maps.values()].map(summaryOf));
  load = (id: string) => Promise.resolve(this.maps.get(id));
  save = (map: StoredMap) => {
    this.saves++;
    this.maps.set(map.id, structuredClone(map));
    return Promise.resolve();
  };
  remove = (id: string) => {
    this.maps.delete(id);
    return Promise.resolve();
  };
  current = () => Promise.resolve(this.currentId);
  setCurrent = (id: string | undefined) => {
    this.currentId = id;
    return Promise.resolve();
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the editor', () => {
  it('edits the open graph in place, saves after every change, and undoes exactly', async () => {
    const app = new AppState();
    const keeper = new MemoryKeeper();
    const editor = new Editor(app, keeper);
    const start = bundledCopy();
    await editor.create(start);
    const graph = app.graph;
    expect(keeper.currentId).toBe(editor.mapId);

    expect(
      editor.apply({ type: 'move-actors', moves: [{ id: 'russia', position: { x: 1, y: 2 } }] }),
    ).toBe(true);
    expect(app.graph).toBe(graph); // the same graph, changed in place
    expect(getActor(graph!, 'russia').position).toEqual({ x: 1, y: 2 });
    expect(app.edits.at(-1)?.touched.actors.has('russia')).toBe(true);
    await settle();
    expect(
      keeper.maps.get(editor.mapId!)?.dataset.actors.find((a) => a.id === 'russia')?.position,
    ).toEqual({ x: 1, y: 2 });

    expect(editor.apply({ type: 'delete-relation', id: 'russia-armenia-alliance' })).toBe(true);
    expect(hasRelation(graph!, 'russia-armenia-alliance')).toBe(false);
    expect(editor.history.done.map((s) => s.label)).toEqual([
      'Move Russia',
      'Delete “Russia has an alliance with Armenia”',
    ]);
    editor.undo();
    editor.undo();
    expect(editor.dataset).toEqual(start);
    expect(hasRelation(graph!, 'russia-armenia-alliance')).toBe(true);
    expect(getActor(graph!, 'russia').position).toBeUndefined();
    editor.redo();
    expect(getActor(graph!, 'russia').position).toEqual({ x: 1, y: 2 });
    await settle();
    expect(keeper.maps.get(editor.mapId!)?.dataset).toEqual(editor.dataset);
  });

  it('refuses an invalid edit with its reason, leaving graph, history and saved map alone', async () => {
    const app = new AppState();
    const keeper = new MemoryKeeper();
    const editor = new Editor(app, keeper);
    await editor.create(bundledCopy());
    await settle();
    const saves = keeper.saves;
    const ok = editor.apply({
      type: 'add-relation',
      relation: { id: 'x', kind: 'call', source: 'russia', target: 'nobody', evidence: [] },
    });
    expect(ok).toBe(false);
    expect(editor.refusal).toMatch(/unknown actor "nobody"/);
    expect(editor.history.done).toHaveLength(0);
    expect(hasRelation(app.graph!, 'x')).toBe(false);
    await settle();
    expect(keeper.saves).toBe(saves);
  });

  it('reopens the map that was open, and says what was restored and when', async () => {
    const keeper = new MemoryKeeper();
    const first = new Editor(new AppState(), keeper);
    await first.create(bundledCopy());
    first.apply({ type: 'set-title', title: 'My copy' });
    await settle();
    const app = new AppState();
    const again = await new Editor(app, keeper).restoreCurrent();
    expect(again?.dataset.title).toBe('My copy');
    expect(app.graph?.getAttribute('title')).toBe('My copy');
    const notice = restoredNotice(again!.dataset, Date.UTC(2026, 11, 4, 14, 3));
    expect(notice).toMatch(
      /^Restored “My copy”, as saved in this browser at \d\d:\d\d on 4 December 2026: 20 actors, 55 relations, 1 article\.$/,
    );
  });
});

describe('what the reader shows', () => {
  it('numbers the quotes in reading order, cuts runs at their edges, and finds what backs nothing', () => {
    const text = 'Russia called Armenia. Nothing here.\n\nTurkey backs Azerbaijan.';
    const reading = readerText(text, 's', {
      actors: [
        {
          id: 'russia',
          name: 'Russia',
          kind: 'state',
          evidence: [{ source: 's', quote: 'Russia' }],
        },
        { id: 'armenia', name: 'Armenia', kind: 'state' },
      ],
      relations: [
        {
          id: 'r',
          kind: 'call',
          source: 'russia',
          target: 'armenia',
          evidence: [
            { source: 's', quote: 'Russia called Armenia.' },
            { source: 'other', quote: 'x' },
          ],
        },
        {
          id: 'q',
          kind: 'support',
          source: 'russia',
          target: 'armenia',
          evidence: [{ source: 's', quote: 'not in the text' }],
        },
      ],
    });
    expect(reading.marks.map((m) => [m.n, m.label, text.slice(m.start, m.end)])).toEqual([
      [1, 'Russia spoke with Armenia', 'Russia called Armenia.'],
      [2, 'Russia', 'Russia'],
    ]);
    expect(reading.missing).toBe(1);
    expect(reading.uncodedCount).toBe(2);
    const first = reading.paragraphs[0]!;
    expect(first.map((run) => [text.slice(run.start, run.end), run.marks, run.uncoded])).toEqual([
      ['Russia', [0, 1], false],
      [' called Armenia.', [0], false],
      [' ', [], false],
      ['Nothing here.', [], true],
    ]);
  });
});

describe('a relation date in the form', () => {
  it.each([
    ['2016-04-05', 'day'],
    ['2016-04', 'month'],
    ['2016', 'year'],
    ['2016-04-02/..', 'interval'],
    [undefined, 'none'],
  ] as const)('%s reads as %s and writes back the same', (value, precision) => {
    const fields = dateFields(value, '2016-04-05');
    expect(fields.precision).toBe(precision);
    expect(dateValue(fields)).toBe(value);
  });
});
