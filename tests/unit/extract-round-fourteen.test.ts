import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const actorIds = (text: string) => draftOf(text).actors.map((a) => a.actor.id);
const kindsOf = (text: string, kind: string) =>
  lines(text).filter((line) => line.startsWith(`${kind} `));
const person = (text: string, id: string) =>
  draftOf(text).actors.find((a) => a.actor.id === id)?.actor;

describe('extract: people named with what they are after the name', () => {
  it('reads a name before an appositive that says what the person is', () => {
    const text =
      'President Maia Sandu said the couriers worked for networks run by Vadim Prokhor, a fugitive businessman who now lives in Russia.';
    expect(person(text, 'vadim-prokhor')?.kind).toBe('person');
    // Where someone lives is no office.
    expect(lines(text).filter((line) => line.includes('vadim-prokhor'))).toEqual([]);
  });

  it('reads names with a hyphened particle ("al-Najjar") and their post in a group', () => {
    const text =
      'Tariq al-Masri, a member of Hamas\u2019s political bureau, rejected the Israeli charge on Monday.';
    expect(person(text, 'tariq-al-masri')?.kind).toBe('person');
    expect(lines(text)).toContain('office tariq-al-masri→hamas');
  });

  it('takes the post from a body the appositive names after "of" or "for"', () => {
    expect(
      lines('Elena Voss, a spokeswoman for the European Commission, said the talks would resume.'),
    ).toContain('office elena-voss→european-commission');
    expect(
      lines(
        'Mahmoud Abbasi, a senior member of Hezbollah\u2019s political council, told reporters that Lebanon would not disarm the group.',
      ),
    ).toContain('office mahmoud-abbasi→hezbollah');
  });

  it('reads whom a person heads, in a relative clause', () => {
    expect(
      lines(
        'Captain Oumar Sangare, who heads Burkina Faso\u2019s military government, flew to Bamako.',
      ),
    ).toContain('office oumar-sangare→burkina-faso');
  });

  it('reads no person in a place before an appositive', () => {
    const found = actorIds('Nova Petrovka, a village near the front, was shelled by Russia.');
    expect(found).toEqual(['russia']);
  });

  it('reads a name set off after a title and its comma', () => {
    const found = person(
      'In Garowe, the region\u2019s foreign minister, Aden Warsame, said Puntland had not been consulted.',
      'aden-warsame',
    );
    expect(found?.kind).toBe('person');
  });

  it('keeps the surname the language library leaves out of a name', () => {
    const ids = actorIds(
      'Police in Canada are investigating the killing of Baljit Singh Sandhu, a Sikh activist.',
    );
    expect(ids).toContain('baljit-singh-sandhu');
    expect(ids).not.toContain('baljit-singh');
  });
});

describe('extract: an envoy named with the state and the body they are posted to', () => {
  it('reads "Rwanda’s U.N. ambassador" as Rwanda’s envoy to the United Nations', () => {
    const read = lines(
      'Rwanda\u2019s U.N. ambassador, Ernest Kamali, said the council had ignored the FDLR.',
    );
    expect(read).toEqual(
      expect.arrayContaining(['office ernest-kamali→rwanda', 'envoy ernest-kamali→united-nations']),
    );
    expect(read).not.toContain('office ernest-kamali→united-nations');
  });

  it('reads "Russia’s NATO envoy" as Russia’s, not a body named "Russia’s NATO"', () => {
    const read = lines("Russia's NATO envoy Pavel Orlov said the alliance was hostile.");
    expect(read).toEqual(
      expect.arrayContaining(['office pavel-orlov→russia', 'envoy pavel-orlov→nato']),
    );
  });

  it('reads a deputy’s title after the state', () => {
    expect(
      lines(
        'Morgan Hale, the U.S. deputy special envoy for the Middle East, will travel to Beirut next week.',
      ),
    ).toContain('office morgan-hale→united-states');
  });
});

describe('extract: bodies and armed groups diplomacy news names', () => {
  it('tells OPEC+ from OPEC', () => {
    const ids = actorIds('OPEC+ agreed on Sunday to cut output, led by Saudi Arabia and Russia.');
    expect(ids).toContain('opec-plus');
    expect(ids).not.toContain('opec');
  });

  it('knows armed groups by name and acronym', () => {
    const read = lines(
      'Boko Haram fighters attacked a Nigerian army base, and the Polisario Front accused Morocco of violating the truce.',
    );
    expect(read).toEqual(
      expect.arrayContaining(['attack boko-haram→nigeria', 'accusation polisario→morocco']),
    );
    expect(actorIds('Kinshasa accused Kigali of backing the M23 and fighting the FDLR.')).toContain(
      'fdlr',
    );
  });
});

describe('extract: a wrong said to be done is a charge', () => {
  it('reads the speaker as accusing the one said to have done wrong', () => {
    expect(
      lines(
        'President Luis Arana defended the raid, saying Peru had abused its diplomatic immunities to shield a fugitive.',
      ),
    ).toContain('accusation luis-arana→peru');
    expect(lines('Belgrade said Pristina was staging a crisis to justify a crackdown.')).toContain(
      'accusation serbia→kosovo',
    );
  });

  it('reads no charge in a wrong denied or in a clause of someone else', () => {
    expect(kindsOf('Russia said Azerbaijan had not violated the truce.', 'accusation')).toEqual([]);
    expect(
      kindsOf(
        'Georgia recalled its envoy after investigators said Russia had staged the incident.',
        'accusation',
      ),
    ).toEqual([]);
  });
});

describe('extract: what a relative clause says of the subject is not said of the act', () => {
  it('reads the act after a closed relative clause that refused something else', () => {
    expect(
      lines(
        'Félix Tshisekedi, who has refused to negotiate with the M23, will travel to Luanda next week.',
      ),
    ).toContain('visit felix-tshisekedi→angola planned 2023-04-10/2023-04-16');
  });

  it('still reads the act the subject refused or would veto', () => {
    // The clause's own act stands; the refused one is not proposed.
    expect(lines('Beijing, which has long backed Moscow, has refused to condemn Russia.')).toEqual([
      'support china→russia',
    ]);
    expect(
      kindsOf(
        'Hungary, which refused to back the sanctions, said on Monday it would veto new sanctions on Russia.',
        'sanction',
      ),
    ).toEqual([]);
  });
});

describe('extract: whose minister a bare title names', () => {
  it('keeps the state the sentence before gave a bare title, not a possessive the sentence opens with', () => {
    const read = lines(
      'Lithuanian President Gitanas Vaitkus met NATO officials on Sunday. China’s ambassador was summoned on Monday, and Foreign Minister Tomas Valaitis said Lithuania would not back down.',
    );
    expect(read).toContain('office tomas-valaitis→lithuania');
    expect(read).not.toContain('office tomas-valaitis→china');
  });

  it('posts an envoy summoned by a minister to the minister’s state', () => {
    expect(
      lines(
        'Nepal’s Foreign Minister Pradeep Gyawali summoned India’s ambassador, Vinay Mohan Kwatra, on Monday.',
      ),
    ).toContain('envoy vinay-mohan-kwatra→nepal 2023-04-03');
  });

  it('carries a territory’s ministry to the next sentence’s bare title, as a state’s', () => {
    const read = lines(
      'BEIJING, Nov 21 (Wire Desk) — China cut ties with Lithuania.\n\nTaiwan’s foreign ministry said the move showed why the world had to push back. Foreign Minister Joseph Wu hailed the office’s opening.',
    );
    expect(read).toContain('office joseph-wu→taiwan');
    expect(read).not.toContain('office joseph-wu→china');
  });

  it('reads no person in a body named after a word like a title', () => {
    const found = draftOf('The Taiwanese Representative Office in Lithuania opened on Thursday.');
    expect(found.actors.filter((a) => a.actor.kind === 'person')).toEqual([]);
  });

  it('reads no tension with the envoy a state recalls, named after the comma', () => {
    // Only his office: no tension with him.
    expect(
      lines('In August Beijing withdrew its ambassador, Shen Zhifei, and demanded the same.'),
    ).toEqual(['office shen-zhifei→china']);
  });

  it('reads more wrongs said to be done as charges', () => {
    expect(
      lines(
        'China’s foreign ministry said the Lithuanian government had disregarded Beijing’s repeated warnings.',
      ),
    ).toContain('accusation china→lithuania');
    expect(
      lines('India’s foreign ministry said Kathmandu had artificially inflated its claims.'),
    ).toContain('accusation india→nepal');
  });
});

describe('extract: ties cut with a possessive', () => {
  it('reads "cut its diplomatic relations with" as tension', () => {
    expect(
      lines("China cut its diplomatic relations with Lithuania to the level of chargé d'affaires."),
    ).toEqual(['tension china→lithuania']);
    expect(lines('Russia said it would not cut its relations with Armenia.')).toEqual([]);
  });
});

describe('extract: a pledge in a relative clause is not the main act’s', () => {
  it('reads a welcome after ", which has pledged …," as done, not pledged', () => {
    const read = lines(
      'Kenya and Haiti signed an agreement on Friday. The United States, which has pledged $200 million for the mission, welcomed the agreement.',
    );
    expect(read.filter((line) => line.startsWith('statement united-states'))).toEqual([
      'statement united-states→kenya',
      'statement united-states→haiti',
    ]);
  });
});

describe('extract: what a review of the round found it over-read', () => {
  const persons = (text: string) =>
    draftOf(text)
      .actors.filter((a) => a.actor.kind === 'person')
      .map((a) => a.actor.id);

  it('reads no person in places, firms or groups before an appositive', () => {
    for (const text of [
      'Khan Younis, Gaza’s second city, was shelled by Israel.',
      'Coral Energy, a Dubai-based oil trader, was sanctioned by the United States.',
      'Jaish al-Adl, a Sunni militant group, attacked Iran.',
      'Ras al-Khaimah, a member of the United Arab Emirates federation, signed the deal.',
      'Samsung Electronics, the world’s leader in memory chips, opened a plant.',
    ])
      expect(persons(text), text).toEqual([]);
  });

  it('reads no office in a state the appositive names for something else', () => {
    for (const text of [
      'Marek Dvorak, a longtime critic of Russia’s leader, was arrested.',
      'Tom Whitaker, a lawyer for China’s Huawei, spoke to reporters.',
      'Joshua Lam, who led the 2014 protests against China’s rule, was jailed.',
    ])
      expect(kindsOf(text, 'office'), text).toEqual([]);
  });

  it('reads no charge in a wrong suffered, supposed or done lawfully', () => {
    for (const text of [
      'Lebanon said Syria had been attacked by Israel.',
      'Iran said if Israel attacked its nuclear sites, it would respond.',
      'Russia said Belarus was staging joint drills near the border.',
    ])
      expect(kindsOf(text, 'accusation'), text).toEqual([]);
  });

  it('keeps a veto cast, Japan’s forces and the army a spokesman serves', () => {
    expect(lines('China cast its veto to back Russia.')).toEqual(['support china→russia']);
    expect(actorIds('Japan’s Self-Defense Forces (SDF) rescued 40 people.')).not.toContain('sdf');
    expect(
      lines("The People's Liberation Army spokesman Wu Qian said drills would continue."),
    ).toContain('office wu-qian→peoples-liberation-army');
  });
});
