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

describe('extract: a call told by how the pair spoke', () => {
  it('reads "discussed … in a phone call" as a call between the pair', () => {
    expect(
      kinds(
        'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the grain deal in a phone call.',
        'call',
      ),
    ).toEqual(['call vladimir-putin→recep-tayyip-erdogan']);
    expect(kinds('Russia and Turkey discussed Syria during a video call.', 'call')).toEqual([
      'call russia→turkey',
    ]);
  });

  it('still takes a discussed act for a topic, not a fact', () => {
    expect(lines('Russia and Turkey discussed the cancelled meeting.')).toEqual([]);
  });
});

describe('extract: charges made other ways', () => {
  it('reads "said Russia was behind" as the speaker’s accusation', () => {
    const draft = draftOf(
      'Lithuania said on Monday that Russia was behind the sabotage of the cable.',
    );
    expect(relationLines(draft)).toEqual(['accusation lithuania→russia']);
    expect(draft.relations[0]?.evidence.quote).toBe(
      'Lithuania said on Monday that Russia was behind the sabotage',
    );
    expect(lines('Lithuania said the ship was behind schedule.')).toEqual([]);
  });

  it('reads a case brought before a court as an accusation', () => {
    expect(
      lines(
        'South Africa filed a genocide case against Israel at the International Court of Justice.',
      ),
    ).toEqual(['accusation south-africa→israel']);
    expect(lines('Ukraine sued Russia at the International Court of Justice.')).toEqual([
      'accusation ukraine→russia',
    ]);
    expect(
      lines('Australia took China to the World Trade Organization over barley tariffs.'),
    ).toEqual(['accusation australia→china']);
  });
});

describe('extract: acts of war, sanctions, claims and money, said other ways', () => {
  it('reads fire exchanged between two states as their armed conflict', () => {
    expect(lines('India and Pakistan exchanged fire across the Line of Control.')).toEqual([
      'armed-conflict india→pakistan',
    ]);
    expect(lines('India traded heavy fire with Pakistan overnight.')).toEqual([
      'armed-conflict india→pakistan 2023-04-05',
    ]);
    expect(lines('The two leaders exchanged gifts.')).toEqual([]);
  });

  it('reads sanctions "targeting" a state', () => {
    expect(lines('Canada announced new sanctions targeting Russian oil exports.')).toEqual([
      'sanction canada→russia',
    ]);
  });

  it('reads annexing a region of a state as a claim on that state', () => {
    expect(lines('Venezuela moved to annex the Essequibo region of Guyana.')).toEqual([
      'territorial-claim venezuela→guyana',
    ]);
  });

  it('reads a loan given to a state named after the verb, and a deposit in its central bank', () => {
    expect(lines('The World Bank granted Kenya a $500 million loan.')).toEqual([
      'financial-support world-bank→kenya',
    ]);
    expect(lines('Saudi Arabia deposited $3 billion in Pakistan’s central bank.')).toEqual([
      'financial-support saudi-arabia→pakistan',
    ]);
    expect(lines('Saudi Arabia gave the crown prince a warm welcome.')).toEqual([]);
  });
});

describe('extract: relations said to be strained', () => {
  it('reads relations at rock bottom, at a low, or frosty as tension', () => {
    expect(lines('Relations between Russia and the United States are at rock bottom.')).toEqual([
      'tension russia→united-states',
    ]);
    expect(lines('Relations between India and Canada remain frosty.')).toEqual([
      'tension india→canada',
    ]);
  });

  it('reads one side’s relations with another, owned by a name or by "its"', () => {
    expect(lines('Moscow’s relations with Baku have been strained since the crash.')).toEqual([
      'tension russia→azerbaijan',
    ]);
    expect(
      lines('Russia said its relations with Washington were at their lowest point in decades.'),
    ).toEqual(['tension russia→united-states']);
  });

  it('reads good relations as nothing of the sort', () => {
    expect(lines('France said its relations with Germany were excellent.')).toEqual([]);
    expect(lines('Kazakhstan’s ties with Russia remain strong.')).toEqual([]);
  });
});

describe('extract: actors named other ways', () => {
  const actors = (text: string) => draftOf(text).actors.map((a) => a.actor);

  it('reads a name after a noun that says what a person is as a person', () => {
    const found = actors(
      'Some of the munitions belonged to a company owned by Bulgarian arms trader Emilian Gebrev. Gebrev survived a poisoning in 2015.',
    ).find((a) => a.name === 'Emilian Gebrev');
    expect(found?.kind).toBe('person');
    expect(found?.aliases).toContain('Gebrev');
  });

  it('keeps the article’s own spelling of a known name among its names', () => {
    const sco = actors(
      'The ministers met at a gathering of the Shanghai Cooperation Organisation.',
    ).find((a) => a.id === 'sco');
    expect(sco?.aliases).toContain('Shanghai Cooperation Organisation');
  });

  it('leaves the possessive out of a body’s name', () => {
    expect(
      actors(
        'The People’s Liberation Army’s Western Theatre Command accused Indian troops of crossing the frontier.',
      ).map((a) => a.name),
    ).toContain('People’s Liberation Army');
  });

  it('reads the prosecutors or investigators of a state as its government', () => {
    expect(
      actors('Bulgarian prosecutors have charged three men over the poisoning.').map((a) => a.id),
    ).toEqual(['bulgaria']);
  });
});

describe('extract: a body named before a title, and words that stand for a body', () => {
  it('is the body the gazetteer knows, not a second one of the same name', () => {
    const draft = draftOf(
      'European Union foreign policy chief Josep Borrell said on Monday that the EU would respond.',
    );
    expect(draft.actors.filter((a) => a.actor.name === 'European Union')).toHaveLength(1);
    expect(relationLines(draft)).toContain('office josep-borrell→eu');
  });

  it('reads solidarity owned by a body, or by the words that stand for it', () => {
    expect(lines('Borrell expressed the EU’s “full solidarity” with the Czech Republic.')).toEqual([
      'political-support eu→czechia',
    ]);
    expect(
      lines(
        'The European Union met on Monday. Borrell expressed the bloc’s full solidarity with the Czech Republic.',
      ),
    ).toEqual(['political-support eu→czechia']);
  });
});

describe('extract: what a review of the round found over-read', () => {
  const none = (text: string, kind: string) => expect(kinds(text, kind)).toEqual([]);

  it('reads no call where the pair did not do the talking', () => {
    none('Russia and China were criticised in a G7 video call on Monday.', 'call');
    none('India and Pakistan were discussed in a phone call between Blinken and Wang Yi.', 'call');
    none('Russia and Belarus held joint drills, Lukashenko said in a video call.', 'call');
    none(
      'Britain and Canada pledged more aid to Ukraine in a video conference hosted by Germany.',
      'call',
    );
  });

  it('reads "behind" as a charge only when what is behind is a hostile act', () => {
    none('Russia said China was behind its peace plan for Ukraine.', 'accusation');
    none(
      'Turkish President Tayyip Erdogan said Turkey was behind Azerbaijan all the way.',
      'accusation',
    );
    none('Ukraine said Russia was behind schedule with the prisoner exchange.', 'accusation');
  });

  it('reads no charge against a state in a criminal case against its people', () => {
    none('Germany opened a criminal case against Russian hackers.', 'accusation');
  });

  it('reads no war in fire traded over a quarrel', () => {
    none('Washington and Beijing traded fire over Taiwan this week.', 'armed-conflict');
    none('The United States and China traded fire over tariffs.', 'armed-conflict');
  });

  it('reads no claim a state says it has no plans to make', () => {
    none(
      'Russia said it had no plans to annex the Transnistria region of Moldova.',
      'territorial-claim',
    );
  });

  it('reads no loan approved for another’s own, nor a bond deposited with a court', () => {
    none('Hungary approved Ukraine’s EU loan after a two-month delay.', 'financial-support');
    none('Ukraine deposited $1 million with the ICJ as a bond.', 'financial-support');
    expect(
      kinds('China granted Sri Lanka a fresh $1.5 billion credit line.', 'financial-support'),
    ).toEqual(['financial-support china→sri-lanka']);
  });

  it('reads no tension in relations said to be good, or no longer strained', () => {
    none(
      'Hungary’s ties with Russia remain close while its ties with Ukraine are poor.',
      'tension',
    );
    none(
      'India said its relations with Russia have not deteriorated despite Western pressure.',
      'tension',
    );
    none('Iran said its relations with Saudi Arabia were no longer strained.', 'tension');
    none('Kazakhstan has good relations with Russia and strained ties with the West.', 'tension');
  });

  it('reads no support in solidarity lacking, feigned or blocked', () => {
    none('Russia accused Moldova of feigning solidarity with Ukraine.', 'political-support');
    none('Hungary’s lack of solidarity with Ukraine angered Poland.', 'political-support');
    none(
      'The European Union met on Monday. Hungary blocked the bloc’s statement of solidarity with Israel.',
      'political-support',
    );
    none(
      'The European Union met on Monday. Hungary vetoed the bloc’s sanctions on Russia.',
      'sanction',
    );
  });

  it('reads no mediation by one of the two sides, and no guarantor as a side', () => {
    none(
      'Iran’s Supreme Leader is the guarantor of the agreement between Iran and the United States, officials said.',
      'mediation',
    );
    expect(
      lines(
        'Russia and Turkey, guarantors of the Idlib deal, said the ceasefire between Syria and Israel was holding.',
      ).filter((line) => /russia|turkey/.test(line)),
    ).toEqual([]);
  });

  it('keeps one speaker as a side of what both sides agreed with the other', () => {
    expect(lines('Pakistan said both sides had agreed to a ceasefire with India.')).toContain(
      'cease-fire pakistan→india',
    );
  });

  it('reads the object of "designated … a terrorist group" as no one sent to act', () => {
    expect(
      lines('Turkey designated the PKK a terrorist group to justify its strikes on Syria.'),
    ).not.toContain('attack pkk→syria');
  });

  it('reads no company as a person, and no opposition as a government', () => {
    expect(
      draftOf('Switzerland froze the assets of Swiss trader Trafigura Beheer, Russia said.')
        .actors.map((a) => a.actor)
        .filter((a) => a.kind === 'person'),
    ).toEqual([]);
    none('Armenian opposition lawmakers accused Russia of abandoning Armenia.', 'accusation');
    expect(
      draftOf('Russia warned the United\nStates on Monday.').actors.flatMap((a) => a.actor.aliases),
    ).not.toContain('United\nStates');
  });
});

describe('extract: calls and cases the review found missed', () => {
  it('reads the one told, or discussed with, in a phone call as called', () => {
    expect(
      kinds(
        'Turkish President Tayyip Erdogan told Russian President Vladimir Putin in a telephone call that Turkey wanted peace.',
        'call',
      ),
    ).toEqual(['call tayyip-erdogan→vladimir-putin']);
    expect(
      kinds(
        'Russian President Vladimir Putin discussed the grain deal with Turkish President Tayyip Erdogan in a phone call on Tuesday.',
        'call',
      ),
    ).toEqual(['call vladimir-putin→tayyip-erdogan 2023-04-04']);
    expect(
      kinds(
        'Russia told Ukraine in a phone call between the two leaders that it would not attack.',
        'call',
      ),
    ).toEqual([]);
  });

  it('reads a state taken to the European Court of Human Rights as charged', () => {
    expect(
      lines('The Netherlands took Russia to the European Court of Human Rights over MH17.'),
    ).toEqual(['accusation netherlands→russia']);
  });
});

describe('extract: envoys summoned, and acts charged one after another', () => {
  it('reads an ambassador summoned by a state as posted to it', () => {
    expect(
      lines(
        'The Russian foreign ministry summoned Czech Ambassador Vitezslav Pivonka and told him the diplomats must leave.',
      ),
    ).toEqual(
      expect.arrayContaining(['accusation russia→czechia', 'envoy vitezslav-pivonka→russia']),
    );
    expect(kinds('Russia summoned the ambassadors of Latvia and Estonia.', 'envoy')).toEqual([]);
  });

  it('reads the second of two acts charged as the accused’s, against the one it names', () => {
    expect(
      lines(
        'China accused Indian troops of crossing the frontier and firing warning shots at a Chinese patrol.',
      ),
    ).toEqual(['accusation china→india', 'attack india→china alleged']);
  });
});

describe('extract: what a new-user trial found', () => {
  it('reads no charge by someone named before a subordinate clause whose speaker is no actor', () => {
    expect(
      lines(
        'Lithuania summoned Russia’s charge d’affaires, Pavel Ivanov, after prosecutors said Russian military intelligence was behind an arson attack.',
      ).filter((line) => line.includes('pavel-ivanov→')),
    ).toEqual([]);
  });

  it('reads sanctions pushed or pressed for as not imposed', () => {
    expect(kinds('Poland pressed for sanctions on Belarus.', 'sanction')).toEqual([]);
    expect(
      kinds('Sikorski said Warsaw would push for new EU sanctions targeting Russia.', 'sanction'),
    ).toEqual([]);
  });
});
