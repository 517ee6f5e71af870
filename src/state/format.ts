/**
 * Words for the page: dates, source credits, relation sentences. Built from
 * the vocabulary and the data only.
 */
import { nameOf, type DiplomacyGraph } from '../model/graph';
import { parseDate } from '../model/dates';
import type { Relation, Source } from '../model/types';
import { RELATION_KINDS } from '../model/vocabulary';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2016-04-05" → "5 April 2016", "2016-04" → "April 2016", "2016" → "2016". */
export function formatDay(value: string): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A relation's date in words: "5 April 2016", "2 to 5 April 2016", "from 2015". */
export function formatDate(value: string | undefined): string {
  if (value === undefined) return 'undated';
  if (parseDate(value) === null) return value;
  const [from, to] = value.split('/');
  if (to === undefined) return formatDay(value);
  if (from === '..') return `until ${formatDay(to)}`;
  if (to === '..') return `from ${formatDay(from as string)}`;
  const [fy, fm] = (from as string).split('-');
  const [ty, tm] = to.split('-');
  if (fy === ty && fm === tm && (from as string).length === 10 && to.length === 10) {
    return `${Number((from as string).slice(8))} to ${formatDay(to)}`;
  }
  return `${formatDay(from as string)} to ${formatDay(to)}`;
}

/** Sources by id, for credits. */
export function indexSources(sources: readonly Source[]): ReadonlyMap<string, Source> {
  return new Map(sources.map((source) => [source.id, source]));
}

/** "The Washington Post, 5 April 2016". */
export function sourceCredit(source: Source | undefined): string {
  if (!source) return 'unknown source';
  return `${source.publisher}, ${formatDay(source.published)}`;
}

/** The relation told as a sentence from the vocabulary: "Russia has an alliance with Armenia". */
export function relationSentence(graph: DiplomacyGraph, relation: Relation): string {
  if (relation.kind === 'other' && relation.originalKind) {
    return `${nameOf(graph, relation.source)} – ${relation.originalKind} – ${nameOf(graph, relation.target)}`;
  }
  return RELATION_KINDS[relation.kind].sentence
    .replace('{source}', () => nameOf(graph, relation.source))
    .replace('{target}', () => nameOf(graph, relation.target));
}

/** "outgoing" etc. as a short arrow for lists. */
export function directionArrow(direction: 'outgoing' | 'incoming' | 'mutual'): string {
  return direction === 'outgoing' ? '→' : direction === 'incoming' ? '←' : '↔';
}
