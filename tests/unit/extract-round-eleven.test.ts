import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const withoutOffices = (text: string) => lines(text).filter((line) => !line.startsWith('office '));

describe('extract: two leaders who sign a text together', () => {
  it('negotiated it, whatever the text is called and however they sign it', () => {
    expect(
      withoutOffices(
        'Prime Minister Anton Belik and his Estonian counterpart, Mart Kaasik, put their names to the Narva Treaty at a ceremony in Riga.',
      ),
    ).toContain('negotiation anton-belik→mart-kaasik');
    expect(
      withoutOffices(
        'Kenyan President Daniel Omondi and Ugandan President Peter Okello signed the Kampala Declaration.',
      ),
    ).toContain('negotiation daniel-omondi→peter-okello');
  });

  it('is nothing when the text is only talked about', () => {
    expect(
      withoutOffices(
        'Kenyan President Daniel Omondi and Ugandan President Peter Okello discussed the Kampala Declaration.',
      ),
    ).toEqual([]);
  });
});

describe('extract: a body "of which" a state is a member', () => {
  it('has that state as a member', () => {
    expect(
      withoutOffices('The African Union, of which Ghana is a founding member, met on Friday.'),
    ).toEqual(['membership ghana→african-union']);
    expect(
      withoutOffices('NATO, of which Norway has been a member since 1949, sent ships.'),
    ).toContainEqual(expect.stringMatching(/^membership norway→nato\b/));
  });

  it('does not take a state the body holds some other way for a member', () => {
    expect(
      withoutOffices('The European Union, of which Norway is a close partner, sent aid.'),
    ).not.toContainEqual(expect.stringMatching(/^membership/));
  });
});

describe('extract: backing in other words', () => {
  it('"rallied behind" and "threw its weight behind" are political support', () => {
    expect(withoutOffices('Brazil rallied behind Bolivia.')).toEqual([
      'political-support brazil→bolivia',
    ]);
    expect(withoutOffices('Mexico threw its weight behind Colombia’s bid.')).toEqual([
      'political-support mexico→colombia',
    ]);
  });

  it('is the body a relative clause between commas tells of, not the member inside it', () => {
    expect(
      withoutOffices(
        'The Caribbean Community, of which Guyana is a founding member, rallied behind Belize.',
      ),
    ).toEqual(['membership guyana→caricom', 'political-support caricom→belize']);
  });
  it('troops rallying to a place are no one’s support', () => {
    expect(withoutOffices('Soldiers rallied to Kinshasa as Congo fought on.')).toEqual([]);
  });
});
