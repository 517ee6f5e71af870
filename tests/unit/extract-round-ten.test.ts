import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));

describe('extract: whom a measure is on, named after the words that describe them', () => {
  it('is the person named after "a Rwandan general,", not the general’s state', () => {
    expect(
      lines(
        'The United States imposed sanctions on a Rwandan general, James Kabarebe, and urged Rwanda to withdraw its troops.',
      ),
    ).toContain('sanction united-states→james-kabarebe');
    expect(lines('Britain froze the assets of a Russian general, Sergei Surovikin.')).toEqual([
      'sanction united-kingdom→sergei-surovikin',
    ]);
  });

  it('stays the state when no one is named', () => {
    expect(
      lines('Washington imposed sanctions on Russian oligarchs close to the Kremlin.'),
    ).toEqual(['sanction united-states→russia']);
  });
});
