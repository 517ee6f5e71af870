/**
 * What the reader shows of a source: its paragraphs cut into runs at every
 * edge of a quote or a sentence, each run knowing the quotes over it and
 * whether its sentence backs anything; and each quote numbered in reading
 * order, with what it is evidence for; and the assistant's proposals, when
 * it has some, over the runs they quote.
 */
import { QuoteLocator, paragraphsOf, relationWords, uncodedSentences, type Span } from '../edit';
import type { Dataset } from '../model/types';

export interface ReaderMark extends Span {
  /** 1, 2, 3... in reading order: how the mark is named and told apart. */
  n: number;
  target: { type: 'actor' | 'relation'; id: string };
  /** What the quote backs, in words. */
  label: string;
}

export interface ReaderRun extends Span {
  /** Indices into marks of the quotes over this run. */
  marks: number[];
  /** The run's sentence backs nothing yet. */
  uncoded: boolean;
  /** Ids of the proposals whose words this run is part of. */
  proposed: string[];
}

/** A proposal's words, by offsets into the same text. */
export interface ProposedSpan extends Span {
  id: string;
}

export interface ReaderText {
  marks: ReaderMark[];
  paragraphs: ReaderRun[][];
  /** Quotes of this source not found in its text. */
  missing: number;
  uncodedCount: number;
}

export function readerText(
  text: string,
  source: string,
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  proposals: readonly ProposedSpan[] = [],
): ReaderText {
  const locator = new QuoteLocator(text);
  const found: Omit<ReaderMark, 'n'>[] = [];
  let missing = 0;
  const add = (target: ReaderMark['target'], label: string, quote: string) => {
    const span = locator.locate(quote);
    if (span) found.push({ ...span, target, label });
    else missing++;
  };
  for (const actor of dataset.actors)
    for (const e of actor.evidence ?? [])
      if (e.source === source) add({ type: 'actor', id: actor.id }, actor.name, e.quote);
  for (const relation of dataset.relations)
    for (const e of relation.evidence)
      if (e.source === source)
        add({ type: 'relation', id: relation.id }, relationWords(dataset, relation), e.quote);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = found.map((mark, i) => ({ ...mark, n: i + 1 }));
  const paragraphs = paragraphsOf(text);
  const uncoded = uncodedSentences(paragraphs, marks);
  const runs = paragraphs.map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const edge of [...marks, ...paragraph.sentences, ...proposals])
      for (const at of [edge.start, edge.end])
        if (at > paragraph.start && at < paragraph.end) cuts.add(at);
    const points = [...cuts].sort((a, b) => a - b);
    return points.slice(0, -1).map((start, i): ReaderRun => {
      const end = points[i + 1] as number;
      return {
        start,
        end,
        marks: marks.flatMap((m, index) => (m.start < end && m.end > start ? [index] : [])),
        uncoded: uncoded.some((s) => s.start < end && s.end > start),
        proposed: proposals.flatMap((p) => (p.start < end && p.end > start ? [p.id] : [])),
      };
    });
  });
  return { marks, paragraphs: runs, missing, uncodedCount: uncoded.length };
}
