/**
 * Reading a parsed XML document, the same way whichever parser made it:
 * child elements by local name and namespace, attributes, own text, the
 * place of an element, and the typed values GEXF and GraphML declare.
 */
import type { Place } from '../shared/types';
import type { ValueType } from '../shared/values';

/** An element's position: line and column from xmldom (browsers give none), and a path. */
export function placeOf(element: Element, path: string): Place {
  const located = element as unknown as { lineNumber?: unknown; columnNumber?: unknown };
  const place: Place = { path };
  if (typeof located.lineNumber === 'number' && located.lineNumber > 0) {
    place.line = located.lineNumber;
    if (typeof located.columnNumber === 'number' && located.columnNumber > 0) {
      place.column = located.columnNumber;
    }
  }
  return place;
}

/** Child elements, optionally of one local name, in the given namespace (undefined: any). */
export function childElements(
  parent: Element,
  localName?: string,
  namespace?: string | null,
): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (localName !== undefined && element.localName !== localName) continue;
    if (namespace !== undefined && (element.namespaceURI ?? null) !== namespace) continue;
    out.push(element);
  }
  return out;
}

/** An attribute's value, or undefined when the element does not have it. */
export function attributeOf(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? '') : undefined;
}

/** The text directly inside an element (not inside its child elements). */
export function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return text;
}

/** A GEXF or GraphML type name as one of the four kinds of value diplomap keeps. */
export function valueTypeOf(declared: string | undefined): ValueType {
  switch ((declared ?? '').trim().toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      return 'integer';
    case 'float':
    case 'double':
    case 'bigdecimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}
