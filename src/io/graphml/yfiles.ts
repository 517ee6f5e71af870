/**
 * yEd's drawings inside GraphML: not data, but where they hold a node's or
 * an edge's label, its place and its fill, those are read.
 *
 * - yEd desktop declares its drawing keys with `yfiles.type` (nodegraphics,
 *   edgegraphics...): labels in <y:NodeLabel>/<y:EdgeLabel>, the box in
 *   <y:Geometry x y width height>, the colour in <y:Fill color>.
 * - yEd Live and yFiles for HTML declare them by name and URI (NodeLabels,
 *   NodeGeometry, NodeStyle...): labels in <y:Label.Text> (or a Text
 *   attribute), the box in <y:RectD X Y Width Height>, the colour in a
 *   style's `fill` attribute, written #AARRGGBB.
 *
 * A node's place is the centre of its box, y downwards as on the page.
 */
import { colorOf, numberOf } from '../shared/values';
import { attributeOf, ownText } from '../xml/dom';

/**
 * Whether a key declares drawings rather than data: yEd's `yfiles.type`, or
 * a yFiles for HTML key whose attribute URI is in yWorks' namespace.
 */
export function isDrawingKey(key: Element): boolean {
  if (attributeOf(key, 'yfiles.type') !== undefined) return true;
  for (let i = 0; i < key.attributes.length; i++) {
    const attribute = key.attributes[i];
    if (
      attribute?.localName === 'attr.uri' &&
      /^https?:\/\/www\.yworks\.com\//.test(attribute.value)
    )
      return true;
  }
  return false;
}

/** Every element under a root, in document order (walked without recursion, however deep). */
function elementsUnder(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (element !== root) found.push(element);
    for (let node = element.lastChild; node; node = node.previousSibling)
      if (node.nodeType === 1) stack.push(node as Element);
  }
  return found;
}

const descendants = (root: Element, localName: string) =>
  elementsUnder(root).filter((element) => element.localName === localName);

/** The first non-empty label a drawing holds (yEd desktop or yEd Live). */
export function drawnLabel(data: Element): string | undefined {
  for (const name of ['NodeLabel', 'EdgeLabel', 'Label.Text', 'Label']) {
    for (const label of descendants(data, name)) {
      const text = (name === 'Label' ? (attributeOf(label, 'Text') ?? '') : ownText(label)).trim();
      if (text !== '') return text;
    }
  }
  return undefined;
}

/** The centre of the box a drawing gives a node. */
export function drawnPosition(data: Element): { x: number; y: number } | undefined {
  const box = descendants(data, 'Geometry')[0] ?? descendants(data, 'RectD')[0];
  if (!box) return undefined;
  // yEd writes x, y, width, height; yFiles for HTML X, Y, Width, Height.
  const read = (name: string) =>
    numberOf(
      attributeOf(box, name) ?? attributeOf(box, name[0]!.toUpperCase() + name.slice(1)) ?? '',
    );
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map(read);
  if (x === undefined || y === undefined) return undefined;
  return { x: x + (width ?? 0) / 2, y: y + (height ?? 0) / 2 };
}

/** The fill of a node's drawing: yEd's <y:Fill color>, or a yFiles style's fill (#AARRGGBB). */
export function drawnColor(data: Element): string | undefined {
  const fill = descendants(data, 'Fill')[0];
  const yed = fill && attributeOf(fill, 'color');
  if (yed) return colorOf(yed);
  for (const element of elementsUnder(data)) {
    const value = attributeOf(element, 'fill');
    if (value === undefined) continue;
    const argb = /^#([0-9a-f]{2})([0-9a-f]{6})$/i.exec(value.trim());
    return argb ? colorOf(`#${argb[2] as string}`) : colorOf(value);
  }
  return undefined;
}
