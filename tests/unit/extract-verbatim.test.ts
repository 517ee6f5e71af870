import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract';

const WORDS = [
  'Russia',
  'Turkey',
  'Nagorno-\nKarabakh',
  'Azerbaijani',
  'troops',
  'said',
  'that',
  'the',
  'United States',
  'spoke with',
  'accused',
  'of',
  'supporting',
  'Hamas',
  'Russian President Vladimir Putin',
  'met',
  'Putin',
  'will travel to',
  'Yerevan',
  'on Tuesday',
  'imposed sanctions on',
  'Iran',
  '“cease-fire”',
  '‘truce’',
  'NATO member',
  'Poland',
  'and',
  ',',
  '.',
  '\n',
  '\n\n',
  'Moscow',
  'backed',
  'by',
  'Qatar’s',
  'mediated',
  'between',
  'co-\nchairs',
  'Minsk Group',
  'Elin Suleymanov, Azerbaijan’s ambassador to the United States',
];

describe('extract: every quote is the article’s own text', () => {
  it('quotes slices of the text, whatever the typography', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }), (words) => {
        const text = words.join(' ');
        fc.pre(text.trim() !== '');
        const draft = extractDraft({ text, published: '2016-04-05' });
        const quotes = [
          ...draft.actors.flatMap((a) => [
            a.evidence,
            ...a.mentions.map((m) => ({ ...m, quote: text.slice(m.start, m.end) })),
          ]),
          ...draft.relations.flatMap((r) => [r.evidence, ...r.alsoIn]),
        ];
        for (const q of quotes) {
          expect(q.quote).toBe(text.slice(q.start, q.end));
          expect(q.quote.length).toBeGreaterThan(0);
          expect(text.includes(q.quote)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
