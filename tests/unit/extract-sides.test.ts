import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));

/** Who the ends are when the words name them indirectly: the sides of talks, a person's state. */
describe('extract: the sides of a relation', () => {
  it('reads a person who mediates between states for their state', () => {
    expect(
      lines('U.S. Secretary of State Antony Blinken mediated between Armenia and Azerbaijan.'),
    ).toEqual(
      expect.arrayContaining([
        'mediation united-states→armenia',
        'mediation united-states→azerbaijan',
      ]),
    );
  });

  it('reads a trip to a state as the visit of someone who does not serve it', () => {
    const read = lines(
      'Russian President Vladimir Putin received United Nations Secretary-General Antonio Guterres on his first trip to Russia.',
    );
    expect(read).toContain('visit antonio-guterres→russia');
    expect(read).not.toContain('visit vladimir-putin→russia');
  });

  it('reads "he" as the person who is the subject, not one named in passing', () => {
    const read = lines(
      'U.S. Secretary of State Marco Rubio criticised the government of Nicolas Maduro as he visited Georgetown.',
    );
    expect(read).toContain('visit marco-rubio→guyana');
    expect(read).not.toContain('visit nicolas-maduro→guyana');
  });

  it('reads whoever chairs or facilitates the talks as mediating between their sides', () => {
    const read = lines(
      [
        'Russia and Ukraine held talks in Istanbul on Friday.',
        'The meeting, chaired by Turkish Foreign Minister Hakan Fidan, lasted two hours.',
        'American officials helped to facilitate the talks, and both delegations thanked them.',
      ].join(' '),
    );
    expect(read).toEqual(
      expect.arrayContaining([
        'negotiation russia→ukraine 2023-03-31',
        'mediation turkey→russia',
        'mediation turkey→ukraine',
        'mediation united-states→russia',
        'mediation united-states→ukraine',
      ]),
    );
    // A side of the talks does not mediate them.
    expect(lines('Russia and Ukraine held talks. Russia hosted the talks.')).toEqual([
      'negotiation russia→ukraine',
    ]);
  });

  it('reads a state’s government named by its possessive as one of a list', () => {
    expect(
      lines('Sudan’s military government and the Rapid Support Forces opened talks in Jeddah.'),
    ).toEqual(['negotiation sudan→rsf']);
  });

  it('reads "their countries" as the states of the people named before', () => {
    expect(
      lines(
        'Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met in Kazan after their countries reached a deal.',
      ),
    ).toContain('negotiation china→india');
  });

  it('reads leaders of a list of states named in the same order as their offices', () => {
    const draft = draftOf(
      'Zelensky and the leaders of France, Germany and Britain, Emmanuel Macron, Friedrich Merz and Keir Starmer, spoke with Donald Trump.',
    );
    const read = relationLines(draft);
    expect(read).toEqual(
      expect.arrayContaining([
        'office emmanuel-macron→france',
        'office friedrich-merz→germany',
        'office keir-starmer→united-kingdom',
        'call emmanuel-macron→donald-trump',
        'call keir-starmer→donald-trump',
      ]),
    );
    // The states describe the people: they are not who called.
    expect(read.filter((l) => l.startsWith('call france'))).toEqual([]);
    expect(draft.actors.find((a) => a.actor.id === 'friedrich-merz')?.actor.role).toBe(
      'Leader of Germany',
    );
  });
});

describe('extract: people and bodies named indirectly', () => {
  it('gives a bare title the state its sentence names before ", where"', () => {
    expect(
      lines('Blinken flew on to neighbouring Suriname, where he met President Chan Santokhi.'),
    ).toContain('office chan-santokhi→suriname');
  });

  it('keeps a rank out of a name after a title, and reads aides of a seat of government', () => {
    const draft = draftOf(
      'Saudi Foreign Minister Prince Faisal bin Farhan spoke with Kremlin aide Yuri Ushakov.',
    );
    expect(relationLines(draft)).toEqual(
      expect.arrayContaining([
        'office faisal-bin-farhan→saudi-arabia',
        'office yuri-ushakov→russia',
        'call faisal-bin-farhan→yuri-ushakov',
      ]),
    );
  });

  it('reads a host’s guests as visiting the host’s state, and meeting each other', () => {
    const read = lines(
      'Malaysian Prime Minister Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet and Thai Prime Minister Phumtham Wechayachai.',
    );
    expect(read).toEqual(
      expect.arrayContaining([
        'visit hun-manet→malaysia',
        'visit phumtham-wechayachai→malaysia',
        'meeting hun-manet→phumtham-wechayachai',
      ]),
    );
    expect(lines('Oman is expected to host Iranian Foreign Minister Abbas Araghchi.')).toContain(
      'visit abbas-araghchi→oman planned',
    );
  });

  it('reads "the fighting" as the war between the two sides of the article', () => {
    expect(
      lines(
        'A ceasefire between Thailand and Cambodia held. Trade talks will wait while the fighting goes on.',
      ),
    ).toEqual(['cease-fire thailand→cambodia', 'armed-conflict thailand→cambodia']);
  });

  it('reads "each minister" as every person of the list before', () => {
    expect(
      lines(
        'Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov arrived. U.S. Secretary of State Antony Blinken met each minister separately.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'meeting antony-blinken→ararat-mirzoyan',
        'meeting antony-blinken→jeyhun-bayramov',
      ]),
    );
  });

  it('reads a meeting between two people as theirs, and not one only wished for', () => {
    const pair = 'Russian President Vladimir Putin and Chinese President Xi Jinping';
    expect(lines(`A meeting between ${pair} took place.`)).toContain(
      'meeting vladimir-putin→xi-jinping',
    );
    const wished = lines(`Zelensky said the next step should be a meeting between ${pair}.`);
    expect(wished.filter((l) => l.startsWith('meeting'))).toEqual([]);
  });

  it('reads a body introduced with its acronym, and the acronym after', () => {
    // A body the gazetteer does not know.
    const draft = draftOf(
      'Mali and Niger formed the Liptako-Gourma Defence Authority (LGDA) last year. Chad criticised the LGDA.',
    );
    expect(
      draft.actors.find((a) => a.actor.id === 'liptako-gourma-defence-authority')?.actor,
    ).toEqual(expect.objectContaining({ kind: 'international-organization', aliases: ['LGDA'] }));
    expect(relationLines(draft)).toContain('accusation chad→liptako-gourma-defence-authority');
  });

  it('reads a capital listed with another actor as its government', () => {
    expect(lines('Riyadh and the Houthis have observed a truce.')).toEqual([
      'cease-fire saudi-arabia→houthis',
      'armed-conflict saudi-arabia→houthis',
    ]);
  });

  it('reads states the gazetteer gained: every member of the United Nations', () => {
    expect(lines('Suriname and Vanuatu signed a defence pact.')).toEqual([
      'alliance suriname→vanuatu',
    ]);
  });
});
