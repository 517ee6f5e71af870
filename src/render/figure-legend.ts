/**
 * A figure's legend: the kinds of actor and relation, and the status groups,
 * that stand out in it, each drawn as the figure draws it.
 */
import type { CollectionReturnValue, SingularElementArgument } from 'cytoscape';
import {
  ACTOR_KINDS,
  ACTOR_KIND_IDS,
  RELATION_KINDS,
  RELATION_KIND_IDS,
  STATUS_GROUPS,
  STATUS_GROUP_IDS,
  type ActorKindId,
  type ArrowShape,
  type RelationKindId,
  type StatusGroupId,
} from '../model/vocabulary';
import { element, ringMark, textWidth } from './figure-svg';
import { LABEL_FONT } from './style';
import { arrowPath, isOpenArrow, nodeShapePath } from './shapes';
import type { ViewClass } from './view-classes';

/** Whether an element bears a class of the view (see focus-layer.ts). */
export type Marked = (element: SingularElementArgument, name: ViewClass) => boolean;

/**
 * The kinds and status groups that stand out in the figure, in vocabulary
 * order: those of the elements drawn and not faded (a path's, a selection's,
 * or all when nothing is marked).
 */
function kindsShown(
  drawn: CollectionReturnValue,
  has: Marked,
): {
  actors: ActorKindId[];
  relations: RelationKindId[];
  statuses: Array<StatusGroupId | 'reported'>;
} {
  const actors = new Set<string>();
  const relations = new Set<string>();
  const statuses = new Set<string>();
  drawn.nodes().forEach((n) => {
    if (!has(n, 'faded')) actors.add(String(n.data('kind')));
  });
  drawn.edges().forEach((e) => {
    if (has(e, 'faded')) return;
    relations.add(String(e.data('kind')));
    statuses.add(String(e.data('status')));
  });
  return {
    actors: ACTOR_KIND_IDS.filter((k) => actors.has(k)),
    relations: RELATION_KIND_IDS.filter((k) => relations.has(k)),
    statuses: (['reported', ...STATUS_GROUP_IDS] as const).filter((k) => statuses.has(k)),
  };
}

export function drawLegend(
  drawn: CollectionReturnValue,
  x: number,
  y: number,
  has: Marked,
): { group: SVGGElement; height: number; width: number } {
  const group = element('g', { class: 'legend' });
  const kinds = kindsShown(drawn, has);
  let row = y;
  const heading = (text: string) => {
    group.append(
      element(
        'text',
        {
          x,
          y: row + 14,
          'font-family': LABEL_FONT,
          'font-size': 14,
          'font-weight': 'bold',
          fill: '#1a1a1a',
        },
        text,
      ),
    );
    row += 22;
  };
  let widest = 0;
  const label = (text: string, at: number) => {
    widest = Math.max(widest, 44 + textWidth(text, 13));
    group.append(
      element(
        'text',
        { x: x + 44, y: at + 13, 'font-family': LABEL_FONT, 'font-size': 13, fill: '#1a1a1a' },
        text,
      ),
    );
  };
  heading('Actors');
  for (const kind of kinds.actors) {
    const { shape, color } = ACTOR_KINDS[kind];
    group.append(
      element('path', {
        d: nodeShapePath(shape, x + 16, row + 8, 16, 16),
        fill: color,
        stroke: '#333333',
      }),
    );
    label(ACTOR_KINDS[kind].label, row);
    row += 20;
  }
  row += 6;
  heading('Relations');
  const swatch = (kind: RelationKindId, status: StatusGroupId | 'reported') => {
    const { color, width, arrow, directed } = RELATION_KINDS[kind];
    const look = status === 'reported' ? undefined : STATUS_GROUPS[status];
    const head: ArrowShape = directed ? arrow : 'none';
    const line = element('path', {
      d: `M${x},${row + 8} L${x + (head === 'none' ? 34 : 26)},${row + 8}`,
      stroke: color,
      'stroke-width': Math.min(width, 5),
      'stroke-opacity': look?.opacity ?? 0.9,
      fill: 'none',
    });
    if (look && 'dashes' in look) {
      line.setAttribute('stroke-dasharray', look.dashes.join(' '));
      line.setAttribute('stroke-linecap', look.cap);
    }
    group.append(line);
    if (look?.ring) group.append(ringMark(x + 17, row + 8, 2, color));
    if (head !== 'none') {
      const open = isOpenArrow(head);
      group.append(
        element('path', {
          d: arrowPath(head, x + 34, row + 8, 0, 9),
          fill: open ? 'none' : color,
          stroke: color,
          'stroke-width': open ? 2 : 1,
        }),
      );
    }
  };
  for (const kind of kinds.relations) {
    swatch(kind, 'reported');
    label(RELATION_KINDS[kind].label, row);
    row += 20;
  }
  // How sure the report is: explained for the statuses the figure shows.
  if (kinds.statuses.some((status) => status !== 'reported')) {
    row += 6;
    heading('Status');
    for (const status of kinds.statuses) {
      swatch('meeting', status);
      label(status === 'reported' ? 'reported as fact' : STATUS_GROUPS[status].label, row);
      row += 20;
    }
  }
  return { group, height: row - y, width: Math.max(widest, 120) };
}
