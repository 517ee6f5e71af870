/**
 * The format of a file, told from its content (never from its name): XML by
 * its root element, JSON by its shape, delimited text by its header.
 */
import { detectDelimiter, headerOf } from './csv/scan';
import { nodeLinkFormat } from './json/node-link-format';
import type { ImportFormat } from './shared/types';

/** Header names that mark an event table (who did what to whom, when). */
const EVENT_COLUMNS =
  /^(event[_ ]?(type|date|id|text)|sub[_ ]?event[_ ]?type|actor[_ ]?1|actor[_ ]?2|side[_ ]?a|side[_ ]?b|cameo[_ ]?code)$/i;

/** JSON documents up to this size are parsed whole to look at their shape; larger ones by their head. */
const WHOLE_JSON = 5_000_000;

function jsonFormat(text: string, head: string): ImportFormat {
  if (text.length <= WHOLE_JSON) {
    try {
      const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
      if (Array.isArray(value)) return 'cytoscape';
      if (typeof value === 'object' && value !== null) {
        if (Object.prototype.hasOwnProperty.call(value, 'elements')) return 'cytoscape';
        return nodeLinkFormat(value) ?? 'diplomap';
      }
    } catch {
      // Not valid JSON: the reader chosen below reports where it breaks.
    }
  }
  if (/^\s*\{\s*"(format_version|generated_by|elements)"/.test(head)) return 'cytoscape';
  if (/"type"\s*:\s*"gephi-lite"/.test(head)) return 'gephi-lite';
  if (/"actors"\s*:/.test(head) && /"relations"\s*:/.test(head)) return 'diplomap';
  if (/"elements"\s*:/.test(head)) return 'cytoscape';
  if (/"links"\s*:/.test(head) && /"nodes"\s*:/.test(head)) return 'networkx';
  if (/"nodes"\s*:\s*\[\s*\{\s*"key"/.test(head)) return 'graphology';
  if (/"data"\s*:/.test(head)) return 'cytoscape';
  return head.startsWith('{') ? 'diplomap' : 'cytoscape';
}

/** The format of a text; undefined when it is none diplomap reads (or the text is empty). */
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
  if (head.startsWith('{') || head.startsWith('[')) return jsonFormat(text, head);
  const delimiter = detectDelimiter(head);
  // A header the scanner refuses is split plainly: the reader then says where it breaks.
  const parsed = headerOf(head, delimiter);
  const cells = (parsed.length ? parsed : (head.split(/\r?\n|\r/)[0] ?? '').split(delimiter)).map(
    (cell) => cell.trim(),
  );
  if (cells.length < 2) return undefined;
  if (cells.filter((cell) => EVENT_COLUMNS.test(cell)).length >= 2) return 'events';
  return delimiter === '\t' ? 'tsv' : 'csv';
}
