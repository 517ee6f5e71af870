/**
 * Reading GEXF, Gephi's format, versions 1.2 and 1.3 (or no namespace at
 * all). Nodes become actors (label → name, an attribute titled kind, type or
 * category → kind, viz:position and viz:color → position and colour), edges
 * become relations (an attribute titled kind, type or relation, else the
 * GEXF kind or the label → kind; start/end or spells → date; weight; the
 * edge's type or the graph's defaultedgetype → direction); every other
 * attribute value is kept, typed as declared. Hierarchical nodes are read
 * flat.
 *
 * Gephi's y axis points up and diplomap's down: y is flipped both ways.
 */
import { ACTOR_KINDS } from '../../model/vocabulary';
import { DatasetBuilder } from '../shared/builder';
import { actorKindOf } from '../shared/kinds';
import { colorFromChannels, colorOf, dateOf, flipY, numberOf } from '../shared/values';
import type { ImportResult, ReadOptions } from '../shared/types';
import type { ValueType } from '../shared/values';
import { attributeOf, childElements, placeOf, valueTypeOf } from '../xml/dom';
import { edgeInput, nodeInput, type Field, type NodeExtras } from '../shared/fields';
import { openGraphs } from '../xml/open';

interface Declared {
  title: string;
  type: ValueType;
  default?: string;
}

/** The <attributes class="node|edge"> declarations, by attribute id. */
function declarations(
  graph: Element,
  ns: string | null,
): Record<'node' | 'edge', Map<string, Declared>> {
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  for (const group of childElements(graph, 'attributes', ns)) {
    const kind = (attributeOf(group, 'class') ?? 'node').trim().toLowerCase();
    if (kind !== 'node' && kind !== 'edge') continue;
    for (const attribute of childElements(group, 'attribute', ns)) {
      const id = attributeOf(attribute, 'id') ?? attributeOf(attribute, 'title');
      if (id === undefined) continue;
      const entry: Declared = {
        title: attributeOf(attribute, 'title') ?? id,
        type: valueTypeOf(attributeOf(attribute, 'type')),
      };
      const fallback = childElements(attribute, 'default', ns)[0];
      if (fallback) entry.default = fallback.textContent ?? '';
      declared[kind].set(id, entry);
    }
  }
  return declared;
}

/** The attvalues of a node or an edge, then the declared defaults of those it lacks. */
function fieldsOf(
  element: Element,
  ns: string | null,
  declared: Map<string, Declared>,
  path: string,
  builder: DatasetBuilder,
): Field[] {
  const fields: Field[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const group of childElements(element, 'attvalues', ns)) {
    for (const attvalue of childElements(group, 'attvalue', ns)) {
      index++;
      const place = placeOf(attvalue, `${path}/attvalues/attvalue[${index}]`);
      const key = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id');
      if (key === undefined) {
        builder.report(
          {
            category: 'missing-field',
            severity: 'warning',
            message: 'an attvalue names no attribute (no "for"); it is dropped',
          },
          place,
        );
        continue;
      }
      // A dynamic attribute repeats its attvalue once per period: the first is kept.
      if (seen.has(key)) continue;
      seen.add(key);
      const declaration = declared.get(key);
      if (!declaration) {
        builder.report(
          {
            category: 'bad-value',
            severity: 'warning',
            message: `attvalue for "${key}" refers to no declared attribute; kept as text under that name`,
          },
          place,
        );
      }
      fields.push({
        name: declaration?.title ?? key,
        value: attributeOf(attvalue, 'value') ?? '',
        type: declaration?.type ?? 'string',
        place,
      });
    }
  }
  for (const [key, declaration] of declared) {
    if (seen.has(key) || declaration.default === undefined) continue;
    fields.push({
      name: declaration.title,
      value: declaration.default,
      type: declaration.type,
      place: placeOf(element, path),
    });
  }
  return fields;
}

/** A GEXF start/end pair as a diplomap date or interval ("2016-04-02/2016-04-05", "2015/.."). */
export function spanOf(start: string | undefined, end: string | undefined): string | undefined {
  const from = start?.trim() ? (dateOf(start) ?? start.trim()) : undefined;
  const to = end?.trim() ? (dateOf(end) ?? end.trim()) : undefined;
  if (from !== undefined && to !== undefined) return from === to ? from : `${from}/${to}`;
  if (from !== undefined) return `${from}/..`;
  if (to !== undefined) return `../${to}`;
  return undefined;
}

const period = (element: Element) =>
  spanOf(
    attributeOf(element, 'start') ?? attributeOf(element, 'startopen'),
    attributeOf(element, 'end') ?? attributeOf(element, 'endopen'),
  );

/** The date of an edge: start/end (or the open forms), a timestamp, or its first spell. */
function edgeDate(edge: Element, ns: string | null): string | undefined {
  const own = period(edge);
  if (own !== undefined) return own;
  const timestamp = attributeOf(edge, 'timestamp');
  if (timestamp?.trim()) return timestamp.trim();
  const spell = childElements(edge, 'spells', ns).flatMap((spells) =>
    childElements(spells, 'spell', ns),
  )[0];
  return spell ? period(spell) : undefined;
}

/** viz:position and viz:color of a node (any viz namespace: 1.2draft and 1.3 differ). */
function vizOf(node: Element, ns: string | null, kind: string | undefined): NodeExtras {
  const extras: NodeExtras = {};
  const viz = (name: string) =>
    childElements(node, name).find((element) => (element.namespaceURI ?? null) !== ns);
  const position = viz('position');
  const x = numberOf(attributeOf(position ?? node, 'x') ?? '');
  const y = numberOf(attributeOf(position ?? node, 'y') ?? '');
  if (position && x !== undefined && y !== undefined) extras.position = { x, y: flipY(y) };
  const color = viz('color');
  if (color) {
    const hex = attributeOf(color, 'hex');
    const [r, g, b] = ['r', 'g', 'b'].map((c) => numberOf(attributeOf(color, c) ?? '') ?? NaN);
    const value = hex ? colorOf(hex) : colorFromChannels(r as number, g as number, b as number);
    // The kind's own colour (as diplomap writes it) is the kind's, not the actor's.
    const own = kind === undefined ? undefined : actorKindOf(kind);
    const kindColor = ACTOR_KINDS[own ?? 'other'].color.toLowerCase();
    if (value && value !== kindColor) extras.color = value;
  }
  return extras;
}

export function readGexf(text: string, options: ReadOptions = {}): ImportResult {
  const opened = openGraphs(text, options.parseXml, 'gexf');
  if ('refused' in opened) return opened.refused;
  const { root, ns } = opened;
  const graph = opened.graphs[0];
  const meta = childElements(root, 'meta', ns)[0];
  const description = meta && childElements(meta, 'description', ns)[0]?.textContent?.trim();
  const builder = new DatasetBuilder('gexf', {
    title: options.title ?? 'Imported GEXF',
    importedOn: options.importedOn,
  });
  if (description) builder.describe({ title: description });
  const declared = declarations(graph, ns);

  // Hierarchical GEXF nests nodes in nodes: walked in document order with a stack, however deep.
  const nodesIn = (container: Element) =>
    childElements(container, 'nodes', ns).flatMap((group) => childElements(group, 'node', ns));
  const stack = nodesIn(graph).reverse();
  for (let nodeIndex = 1; stack.length > 0; nodeIndex++) {
    const node = stack.pop() as Element;
    const path = `nodes/node[${nodeIndex}]`;
    const place = placeOf(node, path);
    const fields = fieldsOf(node, ns, declared.node, path, builder);
    for (const name of ['start', 'end', 'pid']) {
      const value = attributeOf(node, name);
      if (value !== undefined) fields.push({ name, value, type: 'string', place });
    }
    const kind = fields.find((f) => /^(kind|type|category)$/i.test(f.name.trim()))?.value;
    const label = attributeOf(node, 'label');
    const extras = { ...vizOf(node, ns, kind), ...(label !== undefined ? { label } : {}) };
    const { input, places } = nodeInput(attributeOf(node, 'id') ?? '', fields, extras, builder);
    builder.addActor(input, place, places);
    stack.push(...nodesIn(node).reverse());
  }

  const defaultType = (attributeOf(graph, 'defaultedgetype') ?? 'undirected').trim().toLowerCase();
  let edgeIndex = 0;
  for (const group of childElements(graph, 'edges', ns)) {
    for (const edge of childElements(group, 'edge', ns)) {
      edgeIndex++;
      const path = `edges/edge[${edgeIndex}]`;
      const place = placeOf(edge, path);
      const type = (attributeOf(edge, 'type') ?? defaultType).trim().toLowerCase();
      const fields = fieldsOf(edge, ns, declared.edge, path, builder);
      const extras = {
        source: attributeOf(edge, 'source') ?? '',
        target: attributeOf(edge, 'target') ?? '',
        directed: type === 'directed',
      };
      for (const name of ['id', 'label', 'kind', 'weight'] as const) {
        const value = attributeOf(edge, name);
        if (value !== undefined) Object.assign(extras, { [name]: value });
      }
      const date = edgeDate(edge, ns);
      const { input, places } = edgeInput(
        fields,
        date === undefined ? extras : { ...extras, date },
        place,
        builder,
      );
      builder.addRelation(input, place, places);
    }
  }
  return builder.finish();
}
