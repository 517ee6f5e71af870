import { describe, expect, it } from 'vitest';
import { buildGraph, type Dataset } from '../../src/model';
import {
  autoUnit,
  binStart,
  dayNumber,
  daySpan,
  histogram,
  isoDay,
  nextBin,
  timelineExtent,
} from '../../src/model/timeline';
import { setAnalysis } from '../../src/state/analysis-view';
import { NO_FILTERS, visibleElements, type Filters } from '../../src/state/filters';
import {
  creditWithWindow,
  graphSpans,
  stepBound,
  timeCounts,
  timeWindowLine,
  timelineAxis,
} from '../../src/state/timeline';
import { decodeView, encodeView } from '../../src/state/url';
import { INITIAL_VIEW, setFilters, setLayout } from '../../src/state/view';
import { parseBundled } from './_bundled';

const graph = buildGraph(parseBundled().dataset as Dataset);
const day = (iso: string) => dayNumber(iso);

describe('days and bins', () => {
  it('count days across months and leap years, and back', () => {
    expect(isoDay(day('2016-02-29'))).toBe('2016-02-29');
    expect(day('2016-03-01') - day('2016-02-28')).toBe(2);
    expect(day('1970-01-01')).toBe(0);
  });

  it('start weeks on Monday and months on the first', () => {
    // 5 April 2016 was a Tuesday.
    expect(isoDay(binStart(day('2016-04-05'), 'week'))).toBe('2016-04-04');
    expect(isoDay(binStart(day('2016-04-05'), 'month'))).toBe('2016-04-01');
    expect(isoDay(nextBin(day('2016-12-01'), 'month'))).toBe('2017-01-01');
  });

  it('read a relation date at its precision', () => {
    expect(daySpan(undefined)).toBeNull();
    expect(daySpan('2016-04')).toEqual({ start: day('2016-04-01'), end: day('2016-04-30') });
    expect(daySpan('2015/..')).toEqual({ start: day('2015-01-01') });
  });

  it('choose a unit that keeps the bins readable', () => {
    expect(autoUnit({ start: day('2016-04-02'), end: day('2016-04-10') })).toBe('day');
    expect(autoUnit({ start: day('2016-01-01'), end: day('2016-12-31') })).toBe('week');
    expect(autoUnit({ start: day('1994-01-01'), end: day('2016-04-10') })).toBe('month');
  });
});

describe('the histogram', () => {
  const extent = { start: day('2016-04-01'), end: day('2016-04-03') };

  it('is empty bins for no relation, and counts undated ones apart', () => {
    const empty = histogram([], extent, 'day');
    expect(empty.bins.map((bin) => bin.within + bin.spanning)).toEqual([0, 0, 0]);
    expect(histogram([null, null], extent, 'day').undated).toBe(2);
  });

  it('puts a day in its bin, and a month or an interval across the bins it spans', () => {
    const counts = histogram(
      [daySpan('2016-04-02'), daySpan('2016-04'), daySpan('2016-04-02/2016-04-03')],
      extent,
      'day',
    );
    expect(counts.bins.map(({ within, spanning }) => [within, spanning])).toEqual([
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    // By month, all three fall within April.
    const byMonth = histogram(
      [daySpan('2016-04-02'), daySpan('2016-04'), daySpan('2016-04-02/2016-04-03')],
      extent,
      'month',
    );
    expect(byMonth.bins).toHaveLength(1);
    expect(byMonth.bins[0]).toMatchObject({ within: 3, spanning: 0 });
  });

  it('counts what is over before the extent, or starts after it, at the ends', () => {
    const counts = histogram(
      [daySpan('1994'), daySpan('2015/..'), daySpan('2016-04-07')],
      extent,
      'day',
    );
    expect([counts.earlier, counts.later]).toEqual([1, 1]);
    // The open interval "from 2015" spans every bin.
    expect(counts.bins.every((bin) => bin.spanning === 1)).toBe(true);
  });
});

describe('the timeline of the bundled dataset', () => {
  const spans = graphSpans(graph);
  const axis = timelineAxis(spans, undefined)!;

  it('spans the days of the precise dates, by day, with 1994 and 2015 earlier', () => {
    expect(isoDay(axis.extent.start)).toBe('2016-04-02');
    expect(isoDay(axis.extent.end)).toBe('2016-04-10');
    expect(axis.unit).toBe('day');
    expect(timelineExtent([null])).toBeUndefined();
    const counts = timeCounts(graph, spans, axis, NO_FILTERS, visibleElements(graph, NO_FILTERS));
    expect(counts.histogram.earlier).toBe(2);
    expect(counts.dated + counts.undated).toBe(graph.size);
    expect(counts.datedShown).toBe(counts.dated);
  });

  it('says how many dated relations a window hides', () => {
    const filters: Filters = { ...NO_FILTERS, from: '2016-04-02', to: '2016-04-05' };
    const counts = timeCounts(graph, spans, axis, filters, visibleElements(graph, filters));
    // 1994's cease-fire, 2015's downed jet and Thursday's planned visit.
    expect(counts.dated - counts.datedShown).toBe(3);
  });

  it('shows, as of a day, only what had begun by then', () => {
    const asOf = visibleElements(graph, { ...NO_FILTERS, asOf: '2016-04-03' });
    expect(asOf.relations.has('fighting-2016')).toBe(true); // 2 to 5 April
    expect(asOf.relations.has('cease-fire-2016')).toBe(false); // 5 April
    expect(asOf.relations.has('russia-armenia-alliance')).toBe(true); // standing tie
    const later = visibleElements(graph, { ...NO_FILTERS, asOf: '2016-04-05' });
    expect(later.relations.has('cease-fire-2016')).toBe(true);
  });

  it('hides the standing ties when asked, with or without a window', () => {
    const hidden = visibleElements(graph, { ...NO_FILTERS, hideUndated: true });
    expect(hidden.relations.has('russia-armenia-alliance')).toBe(false);
    expect(hidden.relations.has('cease-fire-2016')).toBe(true);
  });
});

describe('moving and naming the window', () => {
  it('steps by a unit, to the start or the end of a bin', () => {
    expect(stepBound('2016-04-05', 'day', 1, 'start')).toBe('2016-04-06');
    expect(stepBound('2016-04-05', 'week', 1, 'start')).toBe('2016-04-11');
    expect(stepBound('2016-04-05', 'month', -1, 'end')).toBe('2016-03-31');
  });

  it('names the window for a figure, standing ties included', () => {
    expect(timeWindowLine(NO_FILTERS)).toBeUndefined();
    expect(timeWindowLine({ ...NO_FILTERS, from: '2016-04-02', to: '2016-04-05' })).toBe(
      'Relations dated 2 to 5 April 2016; standing ties (undated) shown',
    );
    expect(
      timeWindowLine({ ...NO_FILTERS, from: '2016-04-02', asOf: '2016-04-03', hideUndated: true }),
    ).toBe(
      'Relations dated from 2 April 2016, as of 3 April 2016; standing ties (undated) left out',
    );
    expect(creditWithWindow('Source: The Washington Post, 5 April 2016', NO_FILTERS)).toBe(
      'Source: The Washington Post, 5 April 2016',
    );
  });
});

describe('the analysis and the time in the URL', () => {
  it('round-trips the as-of day, the measure, the colour, the camps option and the unit', () => {
    let view = setFilters(INITIAL_VIEW, { ...NO_FILTERS, from: '2016-04-02', asOf: '2016-04-04' });
    view = setAnalysis(view, {
      sizeBy: 'betweenness',
      colourBy: 'community',
      unproven: true,
      timeUnit: 'week',
    });
    view = setLayout(view, 'camps');
    const params = encodeView(view);
    expect(params.get('asOf')).toBe('2016-04-04');
    expect(params.get('size')).toBe('betweenness');
    const decoded = decodeView(params, graph);
    expect(decoded.notices).toEqual([]);
    expect(decoded.view).toEqual(view);
  });

  it('leaves the defaults out of links, and an emptied analysis view out of the state', () => {
    const view = setAnalysis(setAnalysis(INITIAL_VIEW, { sizeBy: 'pagerank' }), {
      sizeBy: undefined,
    });
    expect(view).toEqual(INITIAL_VIEW);
    expect(encodeView(view).toString()).toBe('');
  });

  it('drops what it cannot use, and says so', () => {
    const { view, notices } = decodeView(
      new URLSearchParams('size=fame&colour=kind&timeUnit=year&asOf=yesterday'),
      graph,
    );
    expect(view.analysis).toBeUndefined();
    expect(view.filters.asOf).toBeUndefined();
    expect(notices).toHaveLength(4);
  });
});
