/**
 * Words for the page: dates, source credits, relation sentences. Built from
 * the vocabulary and the data only.
 */
import { nameOf, type DiplomacyGraph } from '../model/graph';
import { parseDate } from '../model/dates';
import type { Relation, Source } from '../model/types';
import {
  RELATION_KINDS,
  RELATION_STATUSES,
  STATUS_GROUP_IDS,
  type RelationStatus,
  type StatusGroupId,
} from '../model/vocabulary';

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

/** "Russia", "Armenia and Nagorno-Karabakh", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The relation as the report vouches for it: its sentence with its status
 * and who says so, "Russia alleges that Turkey backs Islamic State",
 * "Planned: Medvedev visits Armenia"; a plain fact is its sentence.
 */
export function statusSentence(graph: DiplomacyGraph, relation: Relation): string {
  return withStatus(graph, relation, relationSentence(graph, relation));
}

/** A sentence that tells a relation (`fact`), put as the report vouches for it (see statusSentence). */
export function withStatus(graph: DiplomacyGraph, relation: Relation, fact: string): string {
  return statusPhrase(relation, (id) => nameOf(graph, id), fact);
}

/** withStatus, the parties named by `name` (for relations not in a graph yet: proposals). */
export function statusPhrase(
  relation: Pick<Relation, 'status' | 'claimedBy'>,
  name: (id: string) => string,
  fact: string,
): string {
  if (relation.status === undefined) return fact;
  const status: RelationStatus = RELATION_STATUSES[relation.status];
  const parties = (relation.claimedBy ?? []).map(name);
  const template = parties.length > 0 && status.verb ? status.sentence : status.unattributed;
  return template
    .replace('{parties}', () => joinNames(parties))
    .replace('{verb}', () => status.verb?.[parties.length > 1 ? 1 : 0] ?? '')
    .replace('{fact}', () => fact);
}

/** "alleged by Russia", "planned", "" for a plain fact: a status in a few words, for lists and tables. */
export function statusWords(graph: DiplomacyGraph, relation: Relation): string {
  return statusLabel(relation, (id) => nameOf(graph, id));
}

/** statusWords, the parties named by `name`. */
export function statusLabel(
  relation: Pick<Relation, 'status' | 'claimedBy'>,
  name: (id: string) => string,
): string {
  if (relation.status === undefined) return '';
  const label = RELATION_STATUSES[relation.status].label;
  const parties = (relation.claimedBy ?? []).map(name);
  return parties.length > 0 ? `${label} by ${joinNames(parties)}` : label;
}

/** The status groups a graph's relations use, in vocabulary order (for its legend). */
export function statusGroupsOf(graph: DiplomacyGraph): StatusGroupId[] {
  const groups = new Set<StatusGroupId>();
  graph.forEachEdge((_, relation) => {
    if (relation.status) groups.add(RELATION_STATUSES[relation.status].group);
  });
  return STATUS_GROUP_IDS.filter((group) => groups.has(group));
}
