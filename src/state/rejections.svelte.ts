/**
 * What the author rejected of the assistant's proposals, and the sentences
 * with no suggestion they set aside, for each map and article, for as long
 * as the page is open: "Suggest again" reads the article
 * anew, and what was rejected stays rejected until the author shows it again.
 * A proposal is known by its id and the words it quotes, so a rejection
 * outlives another reading of the same article (the ids are stable for the
 * same text) and never hides a proposal that quotes other words.
 */
import type { Proposal } from '../extract';

/**
 * How a rejection knows a proposal again when the article is read anew: by its id (stable
 * for the same text) and the words it quotes.
 */
export function rejectionKey(proposal: Proposal): string {
  return `${proposal.id}\u0000${proposal.evidence.quote}`;
}

const articleKey = (map: string | null, source: string) => `${map ?? ''}\u0000${source}`;

export class Rejections {
  /** For each map and article, the keys of what was rejected (the record replaced, never changed). */
  #byArticle: Readonly<Record<string, readonly string[]>> = $state.raw({});
  /** For each map and article, the words of the sentences with no suggestion set aside. */
  #setAside: Readonly<Record<string, readonly string[]>> = $state.raw({});

  /** The rejections of one article of one map. */
  of(map: string | null, source: string): readonly string[] {
    return this.#byArticle[articleKey(map, source)] ?? [];
  }

  add(map: string | null, source: string, proposals: readonly Proposal[]): void {
    const known = this.of(map, source);
    const added = proposals
      .map(rejectionKey)
      .filter((key, i, all) => !known.includes(key) && all.indexOf(key) === i);
    this.#set(map, source, [...known, ...added]);
  }

  /** Forgets the rejection of these proposals: they are to decide again. */
  forget(map: string | null, source: string, proposals: readonly Proposal[]): void {
    const gone = proposals.map(rejectionKey);
    this.#set(
      map,
      source,
      this.of(map, source).filter((key) => !gone.includes(key)),
    );
  }

  /** The words of the sentences with no suggestion set aside in one article of one map. */
  setAsideIn(map: string | null, source: string): readonly string[] {
    return this.#setAside[articleKey(map, source)] ?? [];
  }

  setAside(map: string | null, source: string, quote: string): void {
    const known = this.setAsideIn(map, source);
    if (!known.includes(quote))
      this.#setAside = { ...this.#setAside, [articleKey(map, source)]: [...known, quote] };
  }

  /** Brings back every sentence set aside in one article of one map. */
  bringBack(map: string | null, source: string): void {
    const article = articleKey(map, source);
    this.#setAside = Object.fromEntries(
      Object.entries(this.#setAside).filter(([key]) => key !== article),
    );
  }

  #set(map: string | null, source: string, keys: readonly string[]): void {
    const article = articleKey(map, source);
    const others = Object.fromEntries(
      Object.entries(this.#byArticle).filter(([key]) => key !== article),
    );
    this.#byArticle = keys.length === 0 ? others : { ...others, [article]: keys };
  }
}
