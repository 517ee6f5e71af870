import { describe, expect, it } from 'vitest';
import { buildGraph, type Dataset } from '../../src/model';
import { getRelation } from '../../src/model/graph';
import {
  NO_FILTERS,
  countByKind,
  isFiltering,
  toggleIn,
  visibleElements,
  type Filters,
} from '../../src/state/filters';
import { formatDate, relationSentence, sourceCredit } from '../../src/state/format';
import { suggest } from '../../src/state/search';
import { sortRows, tableRows } from '../../src/state/table';
import { decodeView, encodeView } from '../../src/state/url';
import {
  INITIAL_VIEW,
  clearSelection,
  keepUnchanged,
  resetFilters,
  sameValue,
  select,
  setFilters,
  setLayout,
  stepActor,
  type ViewState,
} from '../../src/state/view';
import { parseBundled } from './_bundled';

const graph = buildGraph(parseBundled().dataset as Dataset);
const RELATIONS = graph.size;

describe('view transitions', () => {
  it('select, clear, filter, reset and layout return new states and leave the old one alone', () => {
    const selected = select(INITIAL_VIEW, { type: 'actor', id: 'russia' });
    expect(selected.selection).toEqual({ type: 'actor', id: 'russia' });
    expect(INITIAL_VIEW.selection).toBeNull();
    expect(clearSelection(selected).selection).toBeNull();
    expect(clearSelection(INITIAL_VIEW)).toBe(INITIAL_VIEW);
    const filtered = setFilters(selected, { ...NO_FILTERS, hiddenStances: [1] });
    expect(filtered.selection).toEqual(selected.selection);
    expect(resetFilters(filtered).filters).toEqual(NO_FILTERS);
    expect(setLayout(filtered, 'grid').layout).toBe('grid');
  });

  it('steps through the shown actors in name order, wrapping around', () => {
    const shown = new Set(['russia', 'armenia', 'turkey']);
    expect(stepActor(graph, shown, null, 1)).toBe('armenia');
    expect(stepActor(graph, shown, null, -1)).toBe('turkey');
    expect(stepActor(graph, shown, { type: 'actor', id: 'armenia' }, 1)).toBe('russia');
    expect(stepActor(graph, shown, { type: 'actor', id: 'turkey' }, 1)).toBe('armenia');
    expect(stepActor(graph, new Set(), null, 1)).toBeUndefined();
  });
});

describe('filters', () => {
  it('show everything by default', () => {
    const visible = visibleElements(graph, NO_FILTERS);
    expect(visible.actors.size).toBe(graph.order);
    expect(visible.relations.size).toBe(RELATIONS);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('hide by stance: hostile only', () => {
    const filters: Filters = { ...NO_FILTERS, hiddenStances: [1, 0] };
    const { relations } = visibleElements(graph, filters);
    expect(relations.size).toBeGreaterThan(0);
    expect(relations.size).toBeLessThan(RELATIONS);
    for (const id of relations)
      expect([
        'accusation',
        'sanction',
        'tension',
        'territorial-claim',
        'secession',
        'attack',
        'cease-fire-violation',
        'armed-conflict',
      ]).toContain(getRelation(graph, id).kind);
  });

  it('hide by kind, status and actor kind (a relation needs both its actors)', () => {
    expect(
      visibleElements(graph, { ...NO_FILTERS, hiddenRelationKinds: ['office'] }).relations.size,
    ).toBe(RELATIONS - (countByKind(graph).get('office') ?? 0));
    const noPlanned = visibleElements(graph, { ...NO_FILTERS, hiddenStatuses: ['planned'] });
    for (const id of noPlanned.relations) expect(getRelation(graph, id).status).not.toBe('planned');
    const noPeople = visibleElements(graph, { ...NO_FILTERS, hiddenActorKinds: ['person'] });
    expect(noPeople.actors.has('putin')).toBe(false);
    expect(noPeople.relations.has('putin-calls-aliyev')).toBe(false);
    expect(noPeople.relations.has('russia-armenia-alliance')).toBe(true);
  });

  it('filter by date range, keeping undated standing ties unless asked', () => {
    const tuesday = visibleElements(graph, { ...NO_FILTERS, from: '2016-04-05', to: '2016-04-05' });
    expect(tuesday.relations.has('putin-calls-aliyev')).toBe(true);
    expect(tuesday.relations.has('fighting-2016')).toBe(true); // 2 to 5 April overlaps
    expect(tuesday.relations.has('medvedev-visits-armenia')).toBe(false); // Thursday
    expect(tuesday.relations.has('turkey-downs-russian-jet')).toBe(false); // 2015
    expect(tuesday.relations.has('russia-armenia-alliance')).toBe(true); // undated
    const strict = visibleElements(graph, {
      ...NO_FILTERS,
      from: '2016-04-05',
      to: '2016-04-05',
      hideUndated: true,
    });
    expect(strict.relations.has('russia-armenia-alliance')).toBe(false);
    const since2016 = visibleElements(graph, { ...NO_FILTERS, from: '2016-01-01' });
    expect(since2016.relations.has('russia-turkey-tension')).toBe(true); // 2015/.. is still open
  });

  it('count relations by kind', () => {
    const counts = countByKind(graph);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(RELATIONS);
    expect(counts.get('alliance')).toBe(1);
  });

  it('toggle values in hidden lists without repeats', () => {
    expect(toggleIn(['a'], 'a', true)).toEqual(['a']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleIn([], 'c', true)).toEqual(['c']);
  });
});

describe('the view in the URL', () => {
  const view: ViewState = {
    selection: { type: 'actor', id: 'russia' },
    layout: 'concentric',
    filters: {
      hiddenRelationKinds: ['office', 'call'],
      hiddenActorKinds: ['person'],
      hiddenStances: [0],
      hiddenStatuses: ['planned', 'plain'],
      from: '2016-04-01',
      to: '2016-04-07',
      hideUndated: true,
    },
    path: {
      from: 'russia',
      to: 'turkey',
      options: {
        directed: true,
        excludeDirect: true,
        kinds: ['alliance', 'support'],
        stances: [1, -1],
        maxSteps: 5,
      },
      shown: 2,
      story: 'russia-turkey-drawn-in',
    },
  };

  it('round-trips selection, filters and layout', () => {
    const params = encodeView(view);
    expect(decodeView(new URLSearchParams(params.toString()), graph)).toEqual({
      view,
      notices: [],
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeView(INITIAL_VIEW).toString()).toBe('');
    expect(decodeView(new URLSearchParams(''), graph)).toEqual({ view: INITIAL_VIEW, notices: [] });
  });

  it('round-trips a relation selection and odd ids', () => {
    const withRelation: ViewState = {
      ...INITIAL_VIEW,
      selection: { type: 'relation', id: 'russia-armenia-alliance' },
    };
    expect(decodeView(encodeView(withRelation), graph).view).toEqual(withRelation);
  });

  it('says what it could not use, and keeps the rest', () => {
    const { view: decoded, notices } = decodeView(
      new URLSearchParams(
        'actor=putn&hide=office,friendship&layout=spiral&from=April&hideStance=angry',
      ),
      graph,
    );
    expect(decoded.selection).toBeNull();
    expect(decoded.filters.hiddenRelationKinds).toEqual(['office']);
    expect(decoded.layout).toBe('fcose');
    expect(notices).toHaveLength(4);
    expect(notices[0]).toContain('Vladimir Putin');
  });

  it('drops a story the dataset does not have, and says so', () => {
    const { view: decoded, notices } = decodeView(
      new URLSearchParams('path=russia,turkey&story=bogus'),
      graph,
    );
    expect(decoded.path).toEqual({ from: 'russia', to: 'turkey', options: {} });
    expect(notices).toHaveLength(1);
  });

  it('forgets which listed path was shown when the filters change the list', () => {
    const view = { ...INITIAL_VIEW, path: { from: 'russia', to: 'turkey', options: {}, shown: 3 } };
    expect(setFilters(view, { ...NO_FILTERS, hiddenStances: [0] }).path).toEqual({
      from: 'russia',
      to: 'turkey',
      options: {},
    });
    expect(resetFilters(view).path?.shown).toBeUndefined();
  });

  it('Back and Forward keep the parts of the view that did not change, so nothing follows from them again', () => {
    // The filters and the selection as the page holds them, then a link that adds a path question.
    const open = decodeView(encodeView({ ...view, path: null }), graph).view;
    const asked = keepUnchanged(open, decodeView(encodeView(view), graph).view);
    expect(asked).toEqual(view);
    expect(asked.filters).toBe(open.filters);
    expect(asked.selection).toBe(open.selection);
    expect(asked.path).not.toBe(open.path);
    // The same address again changes nothing; another filter is a new one.
    const again = keepUnchanged(asked, decodeView(encodeView(view), graph).view);
    expect(again.path).toBe(asked.path);
    const other = { ...view, filters: { ...view.filters, hideUndated: false } };
    const changed = keepUnchanged(asked, decodeView(encodeView(other), graph).view);
    expect(changed.filters).not.toBe(asked.filters);
    expect(changed.filters.hideUndated).toBeFalsy();
  });

  it('compares views part by part, whatever the order of their keys', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
  });

  it('does not take inherited names for ids', () => {
    const { view: decoded, notices } = decodeView(
      new URLSearchParams('actor=constructor&hideStance=toString'),
      graph,
    );
    expect(decoded.selection).toBeNull();
    expect(decoded.filters.hiddenStances).toEqual([]);
    expect(notices).toHaveLength(2);
  });
});

describe('search', () => {
  it('finds actors by name and alias, ignoring case and accents, best matches first', () => {
    expect(suggest(graph, 'lavrov').map((s) => s.id)).toEqual(['lavrov']);
    expect(suggest(graph, 'LAVR')[0]?.id).toBe('lavrov');
    expect(suggest(graph, 'Çavuşoğlu')[0]?.id).toBe('cavusoglu');
    expect(suggest(graph, 'kremlin')[0]).toMatchObject({ id: 'russia', alias: 'Kremlin' });
    expect(suggest(graph, 'minsk')[0]?.id).toBe('minsk-group');
    expect(suggest(graph, 'russia')[0]?.id).toBe('russia');
    expect(suggest(graph, '')).toEqual([]);
    expect(suggest(graph, 'zzzz')).toEqual([]);
    expect(suggest(graph, 'a', 3)).toHaveLength(3);
  });
});

describe('table and words', () => {
  it('sorts rows by date with undated last, and by actors', () => {
    const rows = sortRows(tableRows(graph, new Set(graph.mapEdges((_, r) => r.id))), {
      key: 'date',
      ascending: true,
    });
    expect(rows[0]?.relation.id).toBe('cease-fire-1994');
    expect(rows.at(-1)?.relation.date).toBeUndefined();
    const descending = sortRows(rows, { key: 'date', ascending: false });
    expect(descending[0]?.relation.date).toBe('2016-04-07');
    expect(descending.at(-1)?.relation.date).toBeUndefined();
    const bySource = sortRows(rows, { key: 'source', ascending: false });
    expect(bySource[0]!.source >= bySource.at(-1)!.source).toBe(true);
  });

  it('formats dates and credits', () => {
    expect(formatDate('2016-04-05')).toBe('5 April 2016');
    expect(formatDate('2016-04-02/2016-04-05')).toBe('2 to 5 April 2016');
    expect(formatDate('2015/..')).toBe('from 2015');
    expect(formatDate('1994')).toBe('1994');
    expect(formatDate(undefined)).toBe('undated');
    expect(sourceCredit(graph.getAttribute('sources')[0])).toBe(
      'The Washington Post, 5 April 2016',
    );
  });

  it('tells a relation in words from the vocabulary', () => {
    expect(relationSentence(graph, getRelation(graph, 'russia-armenia-alliance'))).toBe(
      'Russia has an alliance with Armenia',
    );
    expect(relationSentence(graph, getRelation(graph, 'armenia-backs-nk'))).toBe(
      'Armenia backs Nagorno-Karabakh',
    );
  });
});
