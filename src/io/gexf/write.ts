/**
 * Writing GEXF 1.3, for Gephi: diplomap's fields and the attributes as
 * declared attributes (see xml/columns.ts), positions and colours as
 * viz:position and viz:color (an actor without a colour of its own gets its
 * kind's, and relations theirs, so that Gephi shows the map's colours), the
 * direction as each edge's type. readGexf reads it back to the same actors
 * and relations. GEXF has no place for the sources or the stories.
 */
import type { Dataset } from '../../model/types';
import { ACTOR_KINDS, RELATION_KINDS, isDirected } from '../../model/vocabulary';
import { channelsOf, flipY } from '../shared/values';
import { writtenKind } from '../shared/field-text';
import { actorColumns, relationColumns, type Column, type ColumnType } from '../xml/columns';
import { escapeXml, xmlAttributes } from '../xml/escape';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

const GEXF_TYPES: Record<ColumnType, string> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
};

function declare<T>(columns: Column<T>[], kind: 'node' | 'edge', prefix: string): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (column, index) =>
        `      <attribute${xmlAttributes([
          ['id', `${prefix}${index}`],
          ['title', column.title],
          ['type', GEXF_TYPES[column.type]],
        ])}/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(item: T, columns: Column<T>[], prefix: string, indent: string): string[] {
  const values = columns.flatMap((column, index) => {
    const value = column.value(item);
    return value === undefined
      ? []
      : [
          `${indent}  <attvalue${xmlAttributes([
            ['for', `${prefix}${index}`],
            ['value', value],
          ])}/>`,
        ];
  });
  return values.length ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

function vizColor(hex: string): string {
  const [r, g, b] = channelsOf(hex);
  return `<viz:color r="${String(r)}" g="${String(g)}" b="${String(b)}"/>`;
}

/** The dataset as GEXF 1.3; readGexf reads it back to the same actors and relations. */
export function writeGexf(dataset: Dataset): string {
  const nodeColumns = actorColumns(dataset.actors);
  const edgeColumns = relationColumns(dataset.relations);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    '  <meta>',
    '    <creator>diplomap</creator>',
    `    <description>${escapeXml(dataset.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare(nodeColumns, 'node', 'n'),
    ...declare(edgeColumns, 'edge', 'e'),
    '    <nodes>',
  ];
  for (const actor of dataset.actors) {
    const position = actor.position;
    lines.push(
      `      <node${xmlAttributes([
        ['id', actor.id],
        ['label', actor.name],
      ])}>`,
      ...attvalues(actor, nodeColumns, 'n', '        '),
      `        ${vizColor(actor.color ?? ACTOR_KINDS[actor.kind].color)}`,
      ...(position
        ? [
            `        <viz:position${xmlAttributes([
              ['x', String(position.x)],
              ['y', String(flipY(position.y))],
            ])}/>`,
          ]
        : []),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relation of dataset.relations) {
    const kind = writtenKind(relation);
    lines.push(
      `      <edge${xmlAttributes([
        ['id', relation.id],
        ['source', relation.source],
        ['target', relation.target],
        ['type', isDirected(relation) ? 'directed' : 'undirected'],
        ['label', kind === relation.kind ? RELATION_KINDS[relation.kind].label : kind],
        ['weight', relation.weight === undefined ? undefined : String(relation.weight)],
      ])}>`,
      ...attvalues(relation, edgeColumns, 'e', '        '),
      `        ${vizColor(RELATION_KINDS[relation.kind].color)}`,
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
