/**
 * A short article of the assistant's own, read when its worker starts: the
 * NLP library builds what it builds on first use, and the engine compiles
 * the rules' code, before the author's first article arrives. Words the
 * worker has never read still cost more than words it has: the first
 * article is read about as fast as a second, new one, not as one read again.
 */
import { extractDraft } from './index';
import type { ExtractInput } from './types';

/** Names, titles, a capital, a demonym, a body, dates and several cue families. */
export const WARM_UP_ARTICLE: ExtractInput = {
  published: '2024-05-08',
  text: [
    'Hungarian Foreign Minister Anna Kovacs met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the ministry said.',
    'Kovacs spoke by phone with Turkish President Recep Tayyip Erdogan, and NATO allies criticised the visit.',
    '',
    'Moscow accused Kyiv of shelling the plant, while the United Nations urged both sides to respect the ceasefire brokered by Qatar.',
    'The European Union imposed sanctions on Russia last year. Kovacs will travel to Ankara next week.',
  ].join('\n'),
};

/**
 * How many times the sample is read: once pays the library's first-use cost; a few more let the
 * engine compile the hot paths (a few tens of milliseconds each, in the worker's idle time).
 */
export const WARM_UP_RUNS = 5;

/** Reads the sample article WARM_UP_RUNS times; returns how long it took, in milliseconds. */
export function warmUp(): number {
  const started = performance.now();
  for (let i = 0; i < WARM_UP_RUNS; i++) extractDraft(WARM_UP_ARTICLE);
  return performance.now() - started;
}
