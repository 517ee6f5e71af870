import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

/** Cue forms of the families, each on a sentence of its own. */
describe('extract: more cue forms', () => {
  it('reads accusations traded between the members of a list, each way', () => {
    expect(relationLines(draftOf('Hanoi and Beijing traded accusations over the reef.'))).toEqual([
      'accusation vietnam→china',
      'accusation china→vietnam',
    ]);
  });

  it('reads an ambassador recalled or summoned as hostility towards the other state', () => {
    expect(relationLines(draftOf('France recalled its ambassador to Mali.'))).toEqual([
      'tension france→mali',
    ]);
    expect(relationLines(draftOf('Ghana summoned the Nigerian ambassador.'))).toEqual([
      'accusation ghana→nigeria',
    ]);
  });

  it('reads a defence pact as an alliance between its signatories', () => {
    expect(relationLines(draftOf('Kenya and Somalia signed a defence pact.'))).toEqual([
      'alliance kenya→somalia',
    ]);
  });

  it('reads the hosting of two parties as mediation, and not the hosting of a summit', () => {
    const lines = relationLines(
      draftOf(
        'Qatari Emir Tamim bin Hamad hosted Kenyan President William Ruto and Ugandan President Yoweri Museveni.',
      ),
    );
    expect(lines).toContain('mediation tamim-bin-hamad→william-ruto');
    expect(lines).toContain('mediation tamim-bin-hamad→yoweri-museveni');
    expect(relationLines(draftOf('Japan hosted the G7 summit.'))).toEqual([]);
  });

  it('reads recognition as political support, and its denial as nothing', () => {
    expect(relationLines(draftOf('The United States recognised Kosovo’s independence.'))).toEqual([
      'political-support united-states→kosovo',
    ]);
    expect(relationLines(draftOf('Serbia does not recognise Kosovo.'))).toEqual([]);
  });

  it('reads fire at a vessel of a state as an attack on it', () => {
    expect(relationLines(draftOf('China fired water cannon at a Philippine vessel.'))).toEqual([
      'attack china→philippines',
    ]);
  });

  it('reads partners in an organisation as its members', () => {
    expect(
      relationLines(draftOf('Kenya and Ethiopia, Somalia’s partners in the African Union, met.')),
    ).toEqual(
      expect.arrayContaining([
        'membership kenya→african-union',
        'membership ethiopia→african-union',
      ]),
    );
  });

  it('reads a meeting with the host in its capital as a visit by the guest', () => {
    const lines = relationLines(
      draftOf(
        'Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in Ankara.',
      ),
    );
    expect(lines).toContain('visit ulf-kristersson→turkey');
    expect(lines.filter((l) => l.startsWith('visit'))).toHaveLength(1);
    const summit = relationLines(
      draftOf(
        'Japanese Prime Minister Fumio Kishida met Canadian Prime Minister Justin Trudeau in Bangkok.',
      ),
    );
    expect(summit.filter((l) => l.startsWith('visit'))).toEqual([]);
  });
});

describe('extract: support given', () => {
  it('reads weapons and troops supplied or offered to a state as military support', () => {
    expect(relationLines(draftOf('Iran has supplied drones to Russia.'))).toEqual([
      'military-support iran→russia',
    ]);
    expect(relationLines(draftOf('Germany offered to send warships to Lithuania.'))).toEqual([
      'military-support germany→lithuania pledged',
    ]);
  });

  it('reads a cease-fire said to be broken as a violation', () => {
    expect(
      relationLines(
        draftOf('Israel and Hamas agreed a truce. Israel said Hamas had broken the truce.'),
      ),
    ).toContain('cease-fire-violation hamas→israel alleged');
  });
});

describe('extract: obstruction and its end', () => {
  it('reads a blocked membership as tension, and not as membership', () => {
    expect(relationLines(draftOf('China has blocked Taiwan’s membership of the WHO.'))).toEqual([
      'tension china→taiwan',
    ]);
    expect(relationLines(draftOf('Finland applied for membership of NATO.'))).toEqual([]);
  });

  it('reads a lifted objection as political support', () => {
    expect(relationLines(draftOf('Turkey lifted its objection to Sweden joining NATO.'))).toContain(
      'political-support turkey→sweden',
    );
  });

  it('reads a warning to an actor as tension, and a warning that… as nothing', () => {
    expect(relationLines(draftOf('Washington has warned Chinese companies.'))).toEqual([
      'tension united-states→china',
    ]);
    expect(relationLines(draftOf('Russia warned that NATO was a threat.'))).toEqual([]);
  });
});

describe('extract: pairs, rejections, trade and borders', () => {
  it('reads two names joined by a hyphen before a noun, quoting the noun', () => {
    const draft = draftOf('U.S.-China tensions rose. The Armenia-Azerbaijan talks resumed.');
    expect(relationLines(draft)).toEqual([
      'tension united-states→china',
      'negotiation armenia→azerbaijan',
    ]);
    expect(draft.relations[0]?.evidence.quote).toBe('U.S.-China tensions');
    expect(relationLines(draftOf('Guinea-Bissau held elections.'))).toEqual([]);
  });

  it('reads the rejection of a party’s accusations as that party’s accusation', () => {
    expect(relationLines(draftOf('Rwanda rejected Kinshasa’s accusations.'))).toEqual([
      'accusation democratic-republic-of-the-congo→rwanda',
    ]);
  });

  it('reads measures against trade and money as sanctions', () => {
    expect(relationLines(draftOf('China banned imports from Lithuania.'))).toEqual([
      'sanction china→lithuania',
    ]);
    expect(relationLines(draftOf('The EU froze Russian assets.'))).toEqual(['sanction eu→russia']);
  });

  it('reads a closed border as tension, and receiving a leader as a meeting', () => {
    expect(relationLines(draftOf('Finland closed its border with Russia.'))).toEqual([
      'tension finland→russia',
    ]);
    expect(
      relationLines(
        draftOf('Chinese President Xi Jinping received Brazilian President Luiz Lula.'),
      ),
    ).toContain('meeting xi-jinping→luiz-lula');
  });
});

describe('extract: violations of airspace and territory', () => {
  it('reads a violated airspace as an attack, claimed by whoever says so', () => {
    const draft = draftOf(
      'Swedish Prime Minister Ulf Kristersson said that Russia had violated Swedish airspace.',
    );
    const attack = draft.relations.find((r) => r.relation.kind === 'attack');
    expect(attack?.relation).toMatchObject({
      source: { id: 'russia' },
      target: { id: 'sweden' },
      status: 'alleged',
      claimedBy: [{ id: 'ulf-kristersson' }],
    });
    expect(attack?.evidence.quote).toMatch(/violated Swedish airspace$/);
  });

  it('reads "its airspace" as the airspace of the one who says so', () => {
    expect(
      relationLines(draftOf('Estonia said a Russian drone had entered its airspace on Monday.')),
    ).toEqual(['attack russia→estonia alleged 2023-04-03']);
  });
});

describe('extract: aid, members and talks', () => {
  it('reads a sum of aid as financial support, and the capital it goes to as its state', () => {
    expect(relationLines(draftOf('Japan pledged $500 million in aid to Ukraine.'))).toEqual([
      'financial-support japan→ukraine pledged',
    ]);
    expect(
      relationLines(draftOf('Sweden approved 1.2 billion euros of military support for Kyiv.')),
    ).toEqual(['military-support sweden→ukraine']);
  });

  it('reads "NATO members Poland and Hungary" as two memberships', () => {
    expect(relationLines(draftOf('NATO members Poland and Hungary objected.'))).toEqual([
      'membership poland→nato',
      'membership hungary→nato',
    ]);
  });

  it('reads "for talks with" as a meeting, not a call, and "landed in" as a visit', () => {
    expect(
      relationLines(
        draftOf(
          'Chinese Foreign Minister Wang Yi landed in Moscow for talks with Russian Foreign Minister Sergei Lavrov.',
        ),
      ).filter((l) => !l.startsWith('office')),
    ).toEqual(['meeting wang-yi→sergei-lavrov', 'visit wang-yi→russia']);
  });
});
