/**
 * Writing XML text: one escaping function for text and attribute values,
 * and start-tag attributes built from pairs.
 */
import { NOT_XML_CHAR } from './parse';

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As character references, so that attribute normalisation keeps them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Text and attribute values for XML: markup characters and quotes as
 * references, tabs and line breaks as character references, characters XML
 * 1.0 does not allow (control characters) left out, as XML cannot hold them.
 */
export function escapeXml(value: string): string {
  let out = '';
  for (const char of value) {
    if (NOT_XML_CHAR.test(char)) continue;
    out += Object.prototype.hasOwnProperty.call(REFERENCES, char) ? REFERENCES[char] : char;
  }
  return out;
}

/** `name="value"` pairs for a start tag; undefined values left out. */
export function xmlAttributes(pairs: Array<[string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}
