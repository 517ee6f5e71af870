/**
 * Reading the values of a field the builder is given: a kind from the
 * file's word for it, evidence from a list or its JSON text, and a value
 * that does not read, reported at its field's place and kept as an
 * attribute. The builder's part that knows values, not ids.
 */
import type { AttributeValue, Evidence } from '../../model/types';
import { warning, type Issue } from './gathered';
import { decodeEvidence } from './lists';
import type { Place } from './types';

/** The stand-in source of quotes a file gives without naming their source. */
export const IMPORTED_SOURCE = 'imported';

export class FieldReader {
  constructor(
    private readonly report: (issue: Issue, place: Place) => void,
    private readonly reportOnce: (key: string, issue: Issue, place: Place, unit: string) => void,
  ) {}

  /**
   * A kind from the file's word for it: a vocabulary kind, or "other" with
   * the word kept (and said). A diplomap-written file names the original
   * word itself: with it, "other" (or the word again) is no news.
   */
  kindOf<K extends string>(
    input: { kind?: string | undefined; originalKind?: string | undefined },
    lookUp: (text: string) => K | undefined,
    what: 'node' | 'relation',
    place: () => Place,
  ): { kind?: K; original?: string } {
    const text = input.kind?.trim() ? input.kind : undefined;
    const original = input.originalKind;
    if (original !== undefined && (text === undefined || text === 'other' || text === original))
      return { original };
    if (text === undefined) return {};
    const kind = lookUp(text);
    if (kind) return original === undefined ? { kind } : { kind, original };
    this.unknownKind(what, text, place);
    return { original: text };
  }

  private unknownKind(what: 'node' | 'relation', kind: string, place: () => Place): void {
    this.reportOnce(
      `${what}-kind:${kind}`,
      warning(
        'unknown-kind',
        `${what} kind "${kind}" is not in the vocabulary; kept under its own name as "other"`,
      ),
      place(),
      what === 'node' ? 'nodes' : 'relations',
    );
  }

  /** Reports a value that does not read as what its field holds, and keeps it as an attribute. */
  badValue(
    field: string,
    value: string,
    expected: string,
    place: () => Place,
    attributes: Record<string, AttributeValue>,
  ): void {
    this.report(
      warning(
        'bad-value',
        `${field} "${value}" is not ${expected}; kept as the attribute "${field}"`,
      ),
      place(),
    );
    attributes[field] = value;
  }

  /** Evidence from a list (or its JSON text) and a bare quote; what does not read is kept as text. */
  evidenceOf(
    list: readonly Evidence[] | string | undefined,
    quote: string | undefined,
    place: () => Place,
    attributes: Record<string, AttributeValue>,
  ): Evidence[] {
    const decoded = typeof list === 'string' ? decodeEvidence(list) : list;
    if (typeof list === 'string' && decoded === undefined && list.trim() !== '') {
      // A column named "evidence" holding text: the quote, unless the file has one.
      if (quote === undefined || quote.trim() === '') quote = list;
      else this.badValue('evidence', list, 'a JSON list of {"source", "quote"}', place, attributes);
    }
    const evidence = (decoded ?? []).filter(
      (item) => item.source.trim() !== '' && item.quote.trim() !== '',
    );
    if (decoded && evidence.length < decoded.length)
      this.report(
        warning('bad-value', 'evidence without a source or a quote is left out'),
        place(),
      );
    if (evidence.length === 0 && quote !== undefined && quote.trim() !== '')
      return [{ source: IMPORTED_SOURCE, quote }];
    return evidence.map(({ source, quote: text }) => ({ source, quote: text }));
  }
}
