/** The assistant on an article of about 1,500 words, in Node (the page runs it in a worker). */
import { bench, describe } from 'vitest';
import { extractDraft } from '../../src/extract';
import { longArticle } from './extract-article';

const article = longArticle();

describe(`extract a draft from ${article.words} words`, () => {
  bench(
    'extractDraft',
    () => {
      const draft = extractDraft({ text: article.text, published: article.published });
      if (draft.relations.length === 0) throw new Error('no relations proposed');
    },
    { iterations: 10, warmupIterations: 2, time: 0 },
  );
});
