/**
 * Writing GraphML, for yEd, Gephi and NetworkX: the title, description,
 * sources and stories as graph data (the last two as JSON), each actor's
 * label, fields, position (x and y) and colour, each relation's fields,
 * weight and direction, and every attribute, as typed keys. readGraphml
 * reads it back to the same dataset. Direction is a boolean "directed" key
 * rather than the edge's directed attribute: NetworkX refuses a file whose
 * edges disagree with edgedefault.
 */
import type { Actor, Dataset, Relation } from '../../model/types';
import { isDirected } from '../../model/vocabulary';
import { ACTOR_TEXT, RELATION_TEXT } from '../shared/field-text';
import { actorColumns, relationColumns, type Column, type ColumnType } from '../xml/columns';
import { escapeXml, xmlAttributes } from '../xml/escape';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: 'string',
  number: 'double',
  boolean: 'boolean',
};

/** Columns written only when some element has a value for them. */
function present<T>(items: readonly T[], columns: Column<T>[]): Column<T>[] {
  return columns.filter((column) => items.some((item) => column.value(item) !== undefined));
}

const ACTOR_PLACE: Column<Actor>[] = [
  { title: 'x', type: 'number', value: ACTOR_TEXT.x },
  { title: 'y', type: 'number', value: ACTOR_TEXT.y },
  { title: 'color', type: 'string', value: ACTOR_TEXT.color },
];

const RELATION_EXTRAS: Column<Relation>[] = [
  { title: 'weight', type: 'number', value: RELATION_TEXT.weight },
  { title: 'directed', type: 'boolean', value: RELATION_TEXT.directed },
];

export function writeGraphml(dataset: Dataset): string {
  let next = 0;
  const keyLines: string[] = [];
  const declare = (domain: 'graph' | 'node' | 'edge', name: string, type: ColumnType) => {
    const id = `d${next++}`;
    keyLines.push(
      `  <key${xmlAttributes([
        ['id', id],
        ['for', domain],
        ['attr.name', name],
        ['attr.type', GRAPHML_TYPES[type]],
      ])}/>`,
    );
    return id;
  };
  const graphData: Array<[string, string]> = [[declare('graph', 'title', 'string'), dataset.title]];
  if (dataset.description !== undefined)
    graphData.push([declare('graph', 'description', 'string'), dataset.description]);
  if (dataset.sources.length)
    graphData.push([declare('graph', 'sources', 'string'), JSON.stringify(dataset.sources)]);
  if (dataset.stories?.length)
    graphData.push([declare('graph', 'stories', 'string'), JSON.stringify(dataset.stories)]);
  const labelKey = declare('node', 'label', 'string');
  const nodeColumns = [
    ...actorColumns(dataset.actors),
    ...present(dataset.actors, ACTOR_PLACE),
  ].map((column): [string, Column<Actor>] => [declare('node', column.title, column.type), column]);
  const edgeColumns = [
    ...relationColumns(dataset.relations),
    ...present(dataset.relations, RELATION_EXTRAS),
  ].map((column): [string, Column<Relation>] => [
    declare('edge', column.title, column.type),
    column,
  ]);

  const data = (key: string, value: string | undefined, indent: string) =>
    value === undefined ? [] : [`${indent}<data key="${key}">${escapeXml(value)}</data>`];
  const relations = dataset.relations;
  const allDirected = relations.length > 0 && relations.every(isDirected);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...keyLines,
    `  <graph id="G" edgedefault="${allDirected ? 'directed' : 'undirected'}">`,
    ...graphData.flatMap(([key, value]) => data(key, value, '    ')),
  ];
  for (const actor of dataset.actors) {
    lines.push(
      `    <node${xmlAttributes([['id', actor.id]])}>`,
      ...data(labelKey, actor.name, '      '),
      ...nodeColumns.flatMap(([key, column]) => data(key, column.value(actor), '      ')),
      '    </node>',
    );
  }
  for (const relation of relations) {
    lines.push(
      `    <edge${xmlAttributes([
        ['id', relation.id],
        ['source', relation.source],
        ['target', relation.target],
      ])}>`,
      ...edgeColumns.flatMap(([key, column]) => data(key, column.value(relation), '      ')),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
