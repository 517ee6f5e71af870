import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const withoutOffices = (text: string) => lines(text).filter((line) => !line.startsWith('office '));

describe('extract: a cease-fire between two sides says they were fighting', () => {
  it('proposes their armed conflict, quoting the cease-fire', () => {
    const draft = draftOf(
      'A ceasefire between Chad and Sudan took hold on Wednesday along their shared border.',
    );
    expect(relationLines(draft)).toContain('armed-conflict chad→sudan');
    const conflict = draft.relations.find((r) => r.relation.kind === 'armed-conflict');
    expect(conflict?.evidence.quote).toBe('ceasefire between Chad and Sudan');
    expect(conflict?.rule).toBe('armed-conflict.cease-fire-between');
  });

  it('adds nothing where the article already reads their fighting', () => {
    const conflicts = lines(
      'Chad and Sudan have been at war since March. A ceasefire between Chad and Sudan took hold on Wednesday.',
    ).filter((line) => line.startsWith('armed-conflict'));
    expect(conflicts).toHaveLength(1);
  });

  it('adds nothing for a cease-fire the sides are only far apart on', () => {
    expect(
      lines('Chad and Sudan remained far apart on the terms of a ceasefire.').filter((line) =>
        line.startsWith('armed-conflict'),
      ),
    ).toEqual([]);
  });
});

describe('extract: a word on the article’s deal from someone outside it', () => {
  const talks =
    'Kenya and Tanzania agreed on Monday to reopen their border after talks in Arusha. ';

  it('is a statement to both sides of the deal', () => {
    expect(withoutOffices(talks + 'Uganda welcomed the agreement.')).toEqual(
      expect.arrayContaining(['statement uganda→kenya', 'statement uganda→tanzania']),
    );
    expect(withoutOffices(talks + 'The African Union hailed the deal as historic.')).toEqual(
      expect.arrayContaining(['statement african-union→kenya', 'statement african-union→tanzania']),
    );
  });

  it('quotes the word with what it is said of', () => {
    const draft = draftOf(talks + 'Uganda welcomed the Arusha agreement.');
    const said = draft.relations.find((r) => r.rule === 'statement.welcomed-deal');
    expect(said?.evidence.quote).toBe('Uganda welcomed the Arusha agreement');
  });

  it('is said to the states when the deal was made by their leaders', () => {
    expect(
      withoutOffices(
        'Kenyan President Daniel Omondi and Tanzanian President Amani Juma agreed on Monday to reopen the border. Uganda welcomed the deal.',
      ),
    ).toEqual(expect.arrayContaining(['statement uganda→kenya', 'statement uganda→tanzania']));
  });

  it('is nothing from a side of the deal itself, nor without a deal, nor on something else', () => {
    expect(
      withoutOffices(talks + 'Kenya welcomed the agreement.').filter((line) =>
        line.startsWith('statement'),
      ),
    ).toEqual([]);
    expect(withoutOffices('Uganda welcomed the agreement.')).toEqual([]);
    expect(
      withoutOffices(talks + 'Uganda welcomed the rains.').filter((line) =>
        line.startsWith('statement'),
      ),
    ).toEqual([]);
  });
});

describe('extract: two sides "at war"', () => {
  it('is their armed conflict, with no one named after the words', () => {
    // Dated from the year it began, open-ended.
    expect(lines('Chad and Sudan have been at war since 2023.')).toEqual([
      'armed-conflict chad→sudan 2023/..',
    ]);
    expect(lines('Chad and Sudan are still at war.')).toEqual(['armed-conflict chad→sudan']);
  });

  it('is nothing for one side alone', () => {
    expect(lines('Sudan is at war.')).toEqual([]);
  });
});
