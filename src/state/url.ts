/**
 * The view in the URL: a link reopens the same selection, filters and layout.
 * Decoding never fails: what it cannot use is dropped and said in `notices`.
 */
import { actorIds, hasActor, hasRelation, nameOf, type DiplomacyGraph } from '../model/graph';
import { isValidDate } from '../model/dates';
import {
  isActorKind,
  isRelationKind,
  isRelationStatus,
  type ActorKindId,
  stanceLabel,
  type RelationKindId,
  type Stance,
} from '../model/vocabulary';
import { closestMatch } from '../model/suggest';
import { NO_FILTERS, type Filters, type StatusFilterId } from './filters';
import { PATH_LIMITS, type PathOptions } from '../model/path-options';
import { decodeAnalysis, encodeAnalysis } from './analysis-view';
import { DEFAULT_LAYOUT, INITIAL_VIEW, isLayoutName, type PathQuery, type ViewState } from './view';

const STANCE_NAMES: Record<string, Stance> = { cooperative: 1, neutral: 0, hostile: -1 };
const stanceName = stanceLabel;

/** Writes the view as query parameters; defaults are left out so links stay short. */
export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.type, view.selection.id);
  const f = view.filters;
  if (f.hiddenRelationKinds.length) params.set('hide', f.hiddenRelationKinds.join(','));
  if (f.hiddenActorKinds.length) params.set('hideActors', f.hiddenActorKinds.join(','));
  if (f.hiddenStances.length) params.set('hideStance', f.hiddenStances.map(stanceName).join(','));
  if (f.hiddenStatuses.length) params.set('hideStatus', f.hiddenStatuses.join(','));
  if (f.from !== undefined) params.set('from', f.from);
  if (f.to !== undefined) params.set('to', f.to);
  if (f.hideUndated) params.set('undated', 'hide');
  if (f.asOf !== undefined) params.set('asOf', f.asOf);
  if (view.layout !== DEFAULT_LAYOUT) params.set('layout', view.layout);
  if (view.path) encodePath(view.path, params);
  encodeAnalysis(view.analysis, params);
  return params;
}

function encodePath(path: PathQuery, params: URLSearchParams): void {
  params.set('path', `${path.from ?? ''},${path.to ?? ''}`);
  const o = path.options;
  if (o.directed) params.set('pathDirected', '1');
  if (o.excludeDirect) params.set('pathIndirect', '1');
  if (o.kinds) params.set('pathKinds', o.kinds.join(','));
  if (o.stances) params.set('pathStances', o.stances.map(stanceName).join(','));
  if (o.maxSteps !== undefined) params.set('pathMax', String(o.maxSteps));
  if (path.shown !== undefined) params.set('pathShown', String(path.shown + 1));
  if (path.story !== undefined) params.set('story', path.story);
}

function decodePath(
  params: URLSearchParams,
  graph: DiplomacyGraph,
  notices: string[],
): PathQuery | null {
  const ends = params.get('path');
  if (ends === null) return null;
  const [from = '', to = ''] = ends.split(',');
  const path: PathQuery = { options: {} };
  for (const [end, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (id === '') continue;
    if (hasActor(graph, id)) path[end] = id;
    else {
      const guess = closestMatch(id, actorIds(graph));
      notices.push(
        `The link asks for a path ${end} an actor "${id}" that this dataset does not have` +
          (guess ? ` (did you mean ${nameOf(graph, guess)}?).` : '.'),
      );
    }
  }
  const options: PathOptions = {};
  if (params.get('pathDirected') === '1') options.directed = true;
  if (params.get('pathIndirect') === '1') options.excludeDirect = true;
  if (params.has('pathKinds')) {
    const kinds = list(params, 'pathKinds');
    const known = kinds.filter(isRelationKind);
    if (known.length < kinds.length)
      notices.push('The link names unknown relation kinds for the path; they were ignored.');
    options.kinds = known;
  }
  if (params.has('pathStances')) {
    const names = list(params, 'pathStances');
    const known = names.filter((name) => Object.prototype.hasOwnProperty.call(STANCE_NAMES, name));
    if (known.length < names.length)
      notices.push('The link names unknown stances for the path; they were ignored.');
    options.stances = known.map((name) => STANCE_NAMES[name] as Stance);
  }
  const max = Number(params.get('pathMax'));
  if (params.has('pathMax')) {
    if (Number.isInteger(max) && max >= 1 && max <= PATH_LIMITS.maxSteps) options.maxSteps = max;
    else
      notices.push(
        `The link's path length "${params.get('pathMax')}" is not a number of steps from 1 to ${PATH_LIMITS.maxSteps}; the default is used.`,
      );
  }
  path.options = options;
  const shown = Number(params.get('pathShown'));
  if (Number.isInteger(shown) && shown >= 1) path.shown = shown - 1;
  const story = params.get('story');
  if (story !== null) {
    if ((graph.getAttribute('stories') ?? []).some((s) => s.id === story)) path.story = story;
    else
      notices.push(
        `The link names a story "${story}" that this dataset does not have; the path is shown without it.`,
      );
  }
  return path;
}

export interface DecodedView {
  view: ViewState;
  /** What in the URL could not be used, in words for the page. */
  notices: string[];
}

function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? value.split(',').filter((item) => item !== '') : [];
}

/** Reads a view from query parameters, checking names against the graph. */
export function decodeView(params: URLSearchParams, graph: DiplomacyGraph): DecodedView {
  const notices: string[] = [];
  const view: ViewState = { ...INITIAL_VIEW, filters: { ...NO_FILTERS } };

  const actor = params.get('actor');
  const relation = params.get('relation');
  if (actor !== null) {
    if (hasActor(graph, actor)) view.selection = { type: 'actor', id: actor };
    else {
      const guess = closestMatch(actor, actorIds(graph));
      notices.push(
        `The link names an actor "${actor}" that this dataset does not have` +
          (guess ? ` (did you mean ${nameOf(graph, guess)}?).` : '.'),
      );
    }
  } else if (relation !== null) {
    if (hasRelation(graph, relation)) view.selection = { type: 'relation', id: relation };
    else notices.push(`The link names a relation "${relation}" that this dataset does not have.`);
  }

  const filters: Filters = { ...NO_FILTERS };
  const unknown: string[] = [];
  const relationKinds: RelationKindId[] = [];
  for (const kind of list(params, 'hide')) {
    if (isRelationKind(kind)) relationKinds.push(kind);
    else unknown.push(kind);
  }
  const actorKinds: ActorKindId[] = [];
  for (const kind of list(params, 'hideActors')) {
    if (isActorKind(kind)) actorKinds.push(kind);
    else unknown.push(kind);
  }
  const stances: Stance[] = [];
  for (const name of list(params, 'hideStance')) {
    const stance = Object.prototype.hasOwnProperty.call(STANCE_NAMES, name)
      ? STANCE_NAMES[name]
      : undefined;
    if (stance !== undefined) stances.push(stance);
    else unknown.push(name);
  }
  const statuses: StatusFilterId[] = [];
  for (const status of list(params, 'hideStatus')) {
    if (status === 'plain' || isRelationStatus(status)) statuses.push(status);
    else unknown.push(status);
  }
  filters.hiddenRelationKinds = relationKinds;
  filters.hiddenActorKinds = actorKinds;
  filters.hiddenStances = stances;
  filters.hiddenStatuses = statuses;
  for (const bound of ['from', 'to', 'asOf'] as const) {
    const value = params.get(bound);
    if (value === null) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValidDate(value)) filters[bound] = value;
    else
      notices.push(
        `The link's "${bound}" date "${value}" is not a date like 2016-04-05; it was ignored.`,
      );
  }
  if (params.get('undated') === 'hide') filters.hideUndated = true;
  if (unknown.length)
    notices.push(
      `The link's filters name unknown kinds (${unknown.join(', ')}); they were ignored.`,
    );
  view.filters = filters;

  view.path = decodePath(params, graph, notices);
  const analysis = decodeAnalysis(params, notices);
  if (analysis) view.analysis = analysis;

  const layout = params.get('layout');
  if (layout !== null) {
    if (isLayoutName(layout)) view.layout = layout;
    else
      notices.push(
        `The link asks for a layout "${layout}" that diplomap does not have; the default is used.`,
      );
  }
  return { view, notices };
}
