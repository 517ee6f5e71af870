/**
 * The sources of a dataset and the evidence that cites them: each quote
 * checked against its source's text when the text is at hand (inside the
 * dataset, or supplied from beside it).
 */
import { childPath } from './json-text';
import { QuoteMatcher, quoteMismatchHint } from './quotes';
import { didYouMean } from './suggest';
import type { Evidence, Source } from './types';
import { Reader, type JsonObject } from './validate-reader';

export function readSources(r: Reader, root: JsonObject): Source[] {
  const sources: Source[] = [];
  const seen = new Map<string, string>();
  for (const [index, item] of (r.array(root, 'sources', '', true) ?? []).entries()) {
    const path = childPath('sources', index);
    const raw = r.object(item, path, `sources[${index}]`);
    if (!raw) continue;
    const id = r.requiredString(raw, 'id', path);
    const title = r.requiredString(raw, 'title', path);
    const publisher = r.requiredString(raw, 'publisher', path);
    const published = r.date(raw, 'published', path, true);
    const url = r.optionalString(raw, 'url', path);
    if (url !== undefined && !/^https?:\/\//i.test(url)) {
      r.report(
        'invalid-value',
        childPath(path, 'url'),
        `"${url}" is not a web address`,
        'use an address that starts with https:// or http://',
      );
    }
    const text = r.optionalString(raw, 'text', path);
    const content = r.optionalString(raw, 'content', path);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined) {
      r.report(
        'duplicate-id',
        childPath(path, 'id'),
        `source id "${id}" is already used at ${first}`,
        'give each source its own id',
      );
      continue;
    }
    seen.set(id, path);
    if (title === undefined || publisher === undefined || published === undefined) continue;
    const source: Source = { id, title, publisher, published };
    if (url !== undefined && /^https?:\/\//i.test(url)) source.url = url;
    if (text !== undefined) source.text = text;
    if (content !== undefined) source.content = content;
    sources.push(source);
  }
  return sources;
}

export function sourceMatchers(
  r: Reader,
  sources: readonly Source[],
  texts: ReadonlyMap<string, string> | undefined,
): Map<string, QuoteMatcher> {
  const matchers = new Map<string, QuoteMatcher>();
  for (const [index, source] of sources.entries()) {
    // The text inside the dataset, else one supplied from beside it.
    const text = source.content ?? texts?.get(source.id);
    if (text !== undefined) matchers.set(source.id, new QuoteMatcher(text));
    else if (source.text !== undefined)
      r.warn(
        'source-text-missing',
        childPath(childPath('sources', index), 'text'),
        `the text of source "${source.id}" (${source.text}) was not supplied, so its quotes were not checked`,
        'keep the text file beside the dataset at the path given',
      );
  }
  return matchers;
}

export function readEvidence(
  r: Reader,
  list: unknown[],
  path: string,
  sourceIds: ReadonlySet<string>,
  matchers: ReadonlyMap<string, QuoteMatcher>,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const [index, item] of list.entries()) {
    const at = childPath(path, index);
    const raw = r.object(item, at, 'evidence');
    if (!raw) continue;
    const source = r.requiredString(raw, 'source', at);
    const quote = r.requiredString(raw, 'quote', at);
    if (source !== undefined && !sourceIds.has(source)) {
      r.report(
        'unknown-source',
        childPath(at, 'source'),
        `unknown source "${source}"`,
        didYouMean(source, sourceIds, 'add it to "sources" or correct the id'),
      );
      continue;
    }
    if (source === undefined || quote === undefined) continue;
    const matcher = matchers.get(source);
    if (matcher) {
      const check = matcher.check(quote);
      if (!check.found) {
        r.report(
          'quote-not-found',
          childPath(at, 'quote'),
          `the quote is not a verbatim span of source "${source}"`,
          quoteMismatchHint(quote, check),
        );
        continue;
      }
    }
    evidence.push({ source, quote });
  }
  return evidence;
}
