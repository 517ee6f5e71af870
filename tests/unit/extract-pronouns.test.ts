import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

/** Words that stand for actors named before them. */
describe('extract: pronouns and "the two leaders"', () => {
  it('reads "he" as the person named last, and opens a list with it', () => {
    const lines = relationLines(
      draftOf(
        'Japanese Prime Minister Fumio Kishida arrived in Manila, and he and Philippine President Ferdinand Marcos Jr. signed a defence pact.',
      ),
    );
    expect(lines).toContain('alliance japan→philippines');
    expect(
      relationLines(
        draftOf(
          'Indian Prime Minister Narendra Modi said talks would go on, but he accused Pakistan of harbouring militants.',
        ),
      ),
    ).toContain('accusation narendra-modi→pakistan');
  });

  it('reads "it" as the state that was last a subject, and not "it was"', () => {
    expect(relationLines(draftOf('Washington warned that it would defend Japan.'))).toEqual([
      'military-support united-states→japan planned',
    ]);
    expect(
      relationLines(draftOf('It was unclear whether talks would go on. Sweden backed Finland.')),
    ).toEqual(['support sweden→finland']);
  });

  it('reads "the two leaders" as the two people the sentence before named', () => {
    const lines = relationLines(
      draftOf(
        'German Chancellor Olaf Scholz met French President Emmanuel Macron. The two leaders spoke with Poland.',
      ),
    );
    expect(lines).toContain('call olaf-scholz→poland');
    expect(lines).toContain('call emmanuel-macron→poland');
  });
});

describe('extract: a body’s common noun', () => {
  it('reads "the alliance" as the organisation named last', () => {
    expect(
      relationLines(
        draftOf('Hungary joined NATO in 1999. Russia accused the alliance of expansion.'),
      ),
    ).toContain('accusation russia→nato');
  });

  it('reads "the rebels" as the armed group named last, and not a capitalised name', () => {
    expect(
      relationLines(draftOf('The M23 seized the town. Rwanda has backed the rebels since 2021.')),
    ).toContain('support rwanda→m23 2021/..');
    expect(relationLines(draftOf('NATO met. The Group of Seven backed Kyiv.'))).not.toContain(
      'support nato→ukraine',
    );
  });
});

describe('extract: "the army", "the government"', () => {
  it('reads them as the state last named with the same word', () => {
    expect(
      relationLines(
        draftOf('Sudanese army troops shelled the city. The army accused the RSF of looting.'),
      ),
    ).toContain('accusation sudan→rsf');
    expect(
      relationLines(draftOf('Sudan condemned the raid. The army accused the RSF of looting.')),
    ).toEqual([]);
  });
});

describe('extract: a body’s noun fits the body', () => {
  it('reads "the alliance" as NATO even when another body was named since', () => {
    const lines = relationLines(
      draftOf(
        'NATO leaders met in Vilnius. The Group of Seven pledged aid to Ukraine. Russia warned that the alliance threatened its security.',
      ),
    );
    expect(lines).toContain('tension nato→russia alleged');
    expect(lines.some((l) => l.includes('g7→russia'))).toBe(false);
  });
});

describe('extract: an office that speaks for its state', () => {
  it('reads "its foreign ministry" as "it", and "their" as "they"', () => {
    expect(
      relationLines(
        draftOf(
          'Tajikistan stayed out of the deal. Its foreign ministry accused Uzbekistan of diverting water.',
        ),
      ),
    ).toContain('accusation tajikistan→uzbekistan');
    const lines = relationLines(
      draftOf('Russia and China held talks. Their foreign ministries condemned Japan.'),
    );
    expect(lines).toContain('accusation russia→japan');
    expect(lines).toContain('accusation china→japan');
    // "Its government was" is no empty "it".
    expect(
      relationLines(
        draftOf(
          'Peru stayed out of the summit. Its government was quick to accuse Chile of bad faith.',
        ),
      ),
    ).toContain('accusation peru→chile');
  });

  it('reads "a spokesman for" the state as the state speaking', () => {
    expect(
      relationLines(draftOf('A spokesman for the Chinese foreign ministry condemned Japan.')),
    ).toContain('accusation china→japan');
    expect(relationLines(draftOf('He thanked the officials for Japan and left.'))).toEqual([]);
  });
});
