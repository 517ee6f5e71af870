import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const kinds = (text: string, kind: string) =>
  lines(text).filter((line) => line.startsWith(`${kind} `));

describe('extract: the one appointed to mediate mediates', () => {
  it('is the appointee, not the body that appointed them', () => {
    const read = lines(
      'The African Union appointed former Nigerian President Olusegun Obasanjo to mediate between Ethiopia and Eritrea.',
    );
    expect(read).toEqual(
      expect.arrayContaining([
        'mediation olusegun-obasanjo→ethiopia',
        'mediation olusegun-obasanjo→eritrea',
      ]),
    );
    expect(read.filter((line) => line.startsWith('mediation african-union'))).toEqual([]);
  });

  it('is the one named before "whom … appointed … to"', () => {
    const read = kinds(
      'Mohamed Bazoum, whom ECOWAS leaders appointed in March to mediate between Chad and Sudan, arrived in Khartoum.',
      'mediation',
    );
    expect(read.map((line) => line.split(' ')[1])).toEqual([
      'mohamed-bazoum→chad',
      'mohamed-bazoum→sudan',
    ]);
  });
});

describe('extract: those who convene or guarantee talks are their mediators, not their sides', () => {
  it('reads "which convened the talks" as mediation between the talks’ sides', () => {
    expect(
      lines(
        'Chad and Sudan held talks in Jeddah on Monday. Egypt and Qatar, which convened the talks, welcomed the progress.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'mediation egypt→chad',
        'mediation egypt→sudan',
        'mediation qatar→chad',
        'mediation qatar→sudan',
      ]),
    );
  });

  it('reads a guarantor of a cease-fire as its mediator, never at war with a side', () => {
    const read = lines('Russia is a guarantor of the ceasefire between Armenia and Azerbaijan.');
    expect(read).toEqual(
      expect.arrayContaining(['mediation russia→armenia', 'mediation russia→azerbaijan']),
    );
    expect(read.filter((line) => / russia→/.test(line) && !line.startsWith('mediation'))).toEqual(
      [],
    );
    expect(read).toContain('armed-conflict armenia→azerbaijan');
  });

  it('reads "the guarantor countries of the talks between" as mediation', () => {
    expect(
      kinds(
        'Norway and Cuba, the guarantor countries of the peace talks between Colombia and Venezuela, welcomed the agreement.',
        'mediation',
      ),
    ).toEqual([
      'mediation norway→colombia',
      'mediation norway→venezuela',
      'mediation cuba→colombia',
      'mediation cuba→venezuela',
    ]);
  });

  it('reads "a go-between for" two sides as mediation between them, and not a supply line', () => {
    expect(
      kinds('Oman has long served as a go-between for Washington and Tehran.', 'mediation'),
    ).toEqual(['mediation oman→united-states', 'mediation oman→iran']);
    expect(kinds('Iran acted as a channel for weapons to the Houthis.', 'mediation')).toEqual([]);
  });
});

describe('extract: what a speaker says both sides did is not the speaker’s act', () => {
  it('does not make the speakers the sides of a truce', () => {
    const read = lines(
      'Chad and Sudan held talks in Jeddah on Monday. Egypt and Qatar said both sides had agreed to a truce.',
    );
    expect(read.filter((line) => /egypt|qatar/.test(line))).toEqual([]);
    expect(read).toContain('cease-fire chad→sudan claimed');
  });

  it('keeps the speakers out after a relative clause too', () => {
    const read = lines(
      'Chad and Sudan held talks in Jeddah on Monday. Egypt and Qatar, which hosted the talks, said both sides had agreed to a truce.',
    );
    expect(read.filter((line) => /egypt→qatar|qatar→egypt/.test(line))).toEqual([]);
  });
});
