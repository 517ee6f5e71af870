/**
 * Where a quote stands in its source's text, as offsets into the text itself.
 * The text is folded by the very rules the validator checks quotes by
 * (model/quotes.ts: curly quotes straight, a line break after a hyphen
 * dropped, runs of white space as one), keeping for each folded character
 * the offset of the character it came from, so that a quote the validator
 * accepts is always found, and marked over the words it folds from.
 */
import { foldText } from '../model/quotes';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

const SPACE = /\s/;
const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
};

/** A line break right after a hyphen (spaces or tabs between): where the folded text skips to, or -1. */
function hyphenBreak(text: string, at: number): number {
  let j = at + 1;
  while (text[j] === ' ' || text[j] === '\t') j++;
  if (text[j] === '\r' && text[j + 1] === '\n') j += 2;
  else if (text[j] === '\n') j += 1;
  else return -1;
  while (j < text.length && SPACE.test(text[j] as string)) j++;
  return j;
}

/** The folded text (as foldText makes it) and, for each of its characters, where it came from. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '-') {
      folded += '-';
      offsets.push(i);
      const next = hyphenBreak(text, i);
      i = next === -1 ? i + 1 : next;
    } else if (SPACE.test(c)) {
      folded += ' ';
      offsets.push(i);
      while (i < text.length && SPACE.test(text[i] as string)) i++;
    } else {
      folded += FOLDED[c] ?? c;
      offsets.push(i);
      i++;
    }
  }
  // Trimmed, as foldText trims.
  let from = 0;
  let to = folded.length;
  while (from < to && folded[from] === ' ') from++;
  while (to > from && folded[to - 1] === ' ') to--;
  return { folded: folded.slice(from, to), offsets: offsets.slice(from, to) };
}

/** Finds quotes in one text, folded once. */
export class QuoteLocator {
  private readonly folded: string;
  private readonly offsets: number[];

  constructor(text: string) {
    ({ folded: this.folded, offsets: this.offsets } = foldWithOffsets(text));
  }

  /** The first place the quote stands in the text, or null when it is not there. */
  locate(quote: string): Span | null {
    const q = foldText(quote);
    if (q === '') return null;
    const at = this.folded.indexOf(q);
    if (at === -1) return null;
    return {
      start: this.offsets[at] as number,
      end: (this.offsets[at + q.length - 1] as number) + 1,
    };
  }
}
