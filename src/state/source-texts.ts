/** The source texts at hand for the open dataset, and the quote matchers made from them. */
import { QuoteMatcher } from '../model/quotes';
import type { Source } from '../model/types';

export const NO_TEXTS: ReadonlyMap<string, string> = new Map();

/** The texts with one more attached. */
export function withText(
  texts: ReadonlyMap<string, string>,
  source: string,
  text: string,
): ReadonlyMap<string, string> {
  return new Map([...texts, [source, text]]);
}

/** A matcher for each source whose text is at hand: its own content, or one given beside it. */
export function quoteMatchers(
  sources: Iterable<Source>,
  texts: ReadonlyMap<string, string>,
): ReadonlyMap<string, QuoteMatcher> {
  const matchers = new Map<string, QuoteMatcher>();
  for (const source of sources) {
    const text = source.content ?? texts.get(source.id);
    if (text !== undefined) matchers.set(source.id, new QuoteMatcher(text));
  }
  return matchers;
}
