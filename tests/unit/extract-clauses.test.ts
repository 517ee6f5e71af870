import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

/** Who a sentence's relations join, and how: the shape of the clause, not its cue. */
describe('extract: the clause around a cue', () => {
  it('gives a second verb the subject of the first ("denied … and accused")', () => {
    const lines = relationLines(
      draftOf('Poland denied the report and accused Belarus of staging the crossings.'),
    );
    expect(lines).toContain('accusation poland→belarus');
  });

  it('still reads a denial in the cue’s own predicate as no relation', () => {
    expect(relationLines(draftOf('Hungary denied backing Serbia.'))).toEqual([]);
    expect(relationLines(draftOf('Brazil did not meet Argentina, officials said.'))).toEqual([]);
    expect(
      relationLines(draftOf('Chile recalled its envoy but did not condemn Peru.')).some((l) =>
        l.startsWith('accusation'),
      ),
    ).toBe(false);
  });

  it('takes the head of an apposition as the subject, not the body the apposition names', () => {
    const lines = relationLines(
      draftOf('Norway, a member of NATO, has pledged to support Finland.'),
    );
    expect(lines).toContain('support norway→finland pledged');
    expect(lines).toContain('membership norway→nato');
    expect(lines.some((l) => l.startsWith('support nato'))).toBe(false);
  });

  it('gives a cue inside an apposition to the list it describes', () => {
    const lines = relationLines(
      draftOf('Kenya and Ethiopia, Somalia’s members of the African Union, backed the plan.'),
    );
    expect(lines).toContain('membership kenya→african-union');
    expect(lines).toContain('membership ethiopia→african-union');
  });

  it('reads a passive cue from its agent after "by" to its subject', () => {
    expect(relationLines(draftOf('Iran was sanctioned by the United States.'))).toContain(
      'sanction united-states→iran',
    );
    expect(relationLines(draftOf('Chile was accused by Peru of spying.'))).toEqual([
      'accusation peru→chile',
    ]);
    expect(
      relationLines(draftOf('Armenia was attacked on Sunday by Azerbaijani forces.')),
    ).toContain('attack azerbaijan→armenia 2023-04-02');
  });

  it('proposes nothing for a passive without its agent', () => {
    expect(relationLines(draftOf('Georgia was attacked and Russia said nothing.'))).toEqual([]);
  });

  it('reads what a sentence attributes to a party as claimed by it', () => {
    const claimant = (text: string, kind: string) =>
      draftOf(text)
        .relations.filter((r) => r.relation.kind === kind)
        .map((r) => `${r.relation.status} ${r.relation.claimedBy?.map((a) => a.id).join(',')}`);
    expect(claimant('According to Ukraine, Russia attacked Moldova.', 'attack')).toEqual([
      'alleged ukraine',
    ]);
    expect(claimant('Russia attacked Moldova on Sunday, according to Ukraine.', 'attack')).toEqual([
      'alleged ukraine',
    ]);
    expect(claimant('Russia attacked Moldova, Ukraine said.', 'attack')).toEqual([
      'alleged ukraine',
    ]);
    expect(
      claimant('Ecuador told reporters that Venezuela had backed Colombia.', 'support'),
    ).toEqual(['claimed ecuador']);
  });

  it('does not take a speaker named after a comma for the object', () => {
    expect(relationLines(draftOf('Hamas broke the truce, Israeli officials said.'))).toEqual([]);
  });
});

describe('extract: the subject of a noun cue, invitations and opposition', () => {
  it('reads the name or demonym right before a noun cue as its subject', () => {
    expect(
      relationLines(draftOf('Pakistan said it was worried about U.S. weapons sales to India.')),
    ).toContain('military-support united-states→india claimed');
    expect(relationLines(draftOf('Russian arms deliveries to Iran rose.'))).toEqual([
      'military-support russia→iran',
    ]);
    expect(relationLines(draftOf('The Russian invasion of Ukraine began in 2022.'))).toEqual([
      'attack russia→ukraine 2022',
    ]);
  });

  it('reads an invitation in the passive as a planned visit by its subject', () => {
    expect(
      relationLines(draftOf('U.S. envoy Steve Witkoff was invited to Muscat by Oman.')),
    ).toContain('visit steve-witkoff→oman planned');
  });

  it('reads sanctions a party opposes as no sanction', () => {
    expect(
      relationLines(draftOf('Russia and China said they opposed any new sanctions on Iran.')),
    ).toEqual([]);
  });
});

describe('extract: who claims what', () => {
  it('does not make a meeting its own side announces a claim', () => {
    const draft = draftOf(
      'Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov, the Chinese foreign ministry said.',
    );
    const meeting = draft.relations.find((r) => r.relation.kind === 'meeting');
    expect(meeting?.relation.status).toBeUndefined();
    expect(meeting?.relation.claimedBy).toBeUndefined();
  });

  it('reads "threatened its security" as a threat to the one who says so', () => {
    expect(relationLines(draftOf('Russia warned that NATO threatened its security.'))).toEqual([
      'tension nato→russia alleged',
    ]);
  });
});
