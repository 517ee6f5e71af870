/**
 * The format of a file, told from its content (never from its name): XML by
 * its root element, JSON by its shape, delimited text by its header.
 */
import type { ImportFormat } from './types';

/** Header names that mark an event table (who did what to whom, when). */
const EVENT_COLUMNS =
  /^(event[_ ]?(type|date|id)|sub[_ ]?event[_ ]?type|actor[_ ]?1|actor[_ ]?2|side[_ ]?a|side[_ ]?b)$/i;

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

export function detectFormat(text: string): ImportFormat | undefined {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 65_536);
  if (head === '') return undefined;
  if (head.startsWith('<')) {
    // Skip the XML declaration, comments and processing instructions to the root element.
    const root = /<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head);
    const name = root?.[2]?.toLowerCase();
    if (name === 'gexf') return 'gexf';
    if (name === 'graphml') return 'graphml';
    return undefined;
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    // Small enough to look at whole: decide by the top-level shape.
    if (text.length <= 5_000_000) {
      try {
        const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
        if (Array.isArray(value)) return 'cytoscape';
        if (typeof value === 'object' && value !== null) {
          const keys = Object.keys(value);
          if (keys.includes('elements')) return 'cytoscape';
          return 'diplomap';
        }
      } catch {
        // Not valid JSON: the reader chosen below reports where it breaks.
      }
    }
    if (/^\s*\{\s*"(format_version|generated_by|elements)"/.test(head)) return 'cytoscape';
    if (/"actors"\s*:/.test(head) && /"relations"\s*:/.test(head)) return 'diplomap';
    if (/"elements"\s*:/.test(head) || /"data"\s*:/.test(head)) return 'cytoscape';
    return head.startsWith('{') ? 'diplomap' : 'cytoscape';
  }
  const header = firstLine(head);
  const delimiter = header.includes('\t')
    ? '\t'
    : header.includes(';') && !header.includes(',')
      ? ';'
      : ',';
  const cells = header.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (cells.length < 2) return undefined;
  if (cells.filter((cell) => EVENT_COLUMNS.test(cell)).length >= 2) return 'events';
  return delimiter === '\t' ? 'tsv' : 'csv';
}
