/**
 * Checking that an evidence quote is a verbatim span of its source.
 *
 * Both the source and the quote are folded first, so that typography cannot
 * make an honest quote fail: curly quotes become straight ones, a line break
 * after a hyphen is dropped (the source breaks "Nagorno-" / "Karabakh"), and
 * every other run of white space becomes one space. Nothing else is forgiven.
 */

/** Folds typography so that two renderings of the same words compare equal. */
export function foldText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/-[ \t]*\r?\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QuoteCheck {
  found: boolean;
  /** When not found: how many leading characters of the folded quote do occur in the source. */
  matchedPrefix: number;
}

/** A source text, folded once, against which many quotes are checked. */
export class QuoteMatcher {
  private readonly folded: string;

  constructor(sourceText: string) {
    this.folded = foldText(sourceText);
  }

  check(quote: string): QuoteCheck {
    const q = foldText(quote);
    if (q !== '' && this.folded.includes(q)) return { found: true, matchedPrefix: q.length };
    // The longest prefix that occurs, by binary search (prefixes of a span are spans).
    let low = 0;
    let high = q.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.folded.includes(q.slice(0, mid))) low = mid;
      else high = mid - 1;
    }
    return { found: false, matchedPrefix: low };
  }
}

/** A hint for a quote that is not in its source: where it starts to differ. */
export function quoteMismatchHint(quote: string, check: QuoteCheck): string {
  const q = foldText(quote);
  if (check.matchedPrefix < 3) {
    return 'no part of its beginning occurs in the source: copy the span from the source text';
  }
  const good = q.slice(Math.max(0, check.matchedPrefix - 30), check.matchedPrefix);
  const bad = q.slice(check.matchedPrefix, check.matchedPrefix + 20);
  return `it matches the source as far as «…${good}» and differs from «${bad}…» on: copy the span exactly`;
}
