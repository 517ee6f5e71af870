/**
 * Where an offset of a text is, as a person would say it: line and column,
 * both from 1. The one place that decides it, for JSON, XML and delimited
 * text alike: a line ends at LF, at CRLF (one break) or at a lone CR (old Mac
 * files); a column counts UTF-16 code units, as editors' "go to" does.
 */

export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Positions in one text, for many look-ups: the line starts are found once
 * (when first needed), each look-up is then a binary search.
 */
export class LineIndex {
  private starts?: number[];

  constructor(private readonly text: string) {}

  /** Line and column of an offset (clamped to the text). */
  at(offset: number): LineColumn {
    const starts = (this.starts ??= lineStarts(this.text));
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (starts[low] as number) + 1 };
  }

  /** The offset of a line and column (the end of the text when past it). */
  offsetOf(line: number, column: number): number {
    const starts = (this.starts ??= lineStarts(this.text));
    const start = starts[line - 1];
    if (start === undefined) return this.text.length;
    return Math.min(start + Math.max(column, 1) - 1, this.text.length);
  }
}

/** Line and column of one offset. */
export function lineColumn(text: string, offset: number): LineColumn {
  return new LineIndex(text).at(offset);
}
