import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

/** The rule that read a capital, in a sentence. */
const capitalRule = (text: string, capital: string) =>
  draftOf(text)
    .actors.flatMap((a) => a.mentions)
    .find((m) => m.cue === capital)?.rule;

describe('extract: capitals as governments', () => {
  it('reads the capitals a mediator stands between as their governments', () => {
    const lines = relationLines(
      draftOf('Germany offered to mediate between Belgrade and Pristina.'),
    );
    expect(lines).toContain('mediation germany→serbia pledged');
    expect(lines).toContain('mediation germany→kosovo pledged');
  });

  it('reads a capital that sanctions fall on as its government', () => {
    expect(relationLines(draftOf('Ottawa imposed sanctions on Minsk.'))).toEqual([
      'sanction canada→belarus',
    ]);
  });

  it('reads a list of capitals before a verb as governments, and after "in" as places', () => {
    expect(capitalRule('Tokyo and Seoul condemned the launch.', 'Tokyo')).toBe(
      'actor.capital-for-government',
    );
    expect(capitalRule('The tension grew as Hanoi and Beijing traded accusations.', 'Hanoi')).toBe(
      'actor.capital-for-government',
    );
    expect(capitalRule('Talks were held in Cairo and Doha.', 'Doha')).toBeUndefined();
  });

  it('reads an accusation between capitals after a denial', () => {
    expect(
      relationLines(draftOf('Moscow denied the report and accused Stockholm of spreading lies.')),
    ).toEqual(['accusation russia→sweden']);
  });
});
