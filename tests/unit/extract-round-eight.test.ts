import { describe, expect, it } from 'vitest';
import { cue } from '../../src/extract/cues/rule';
import { draftOf, relationLines } from './_extract';

/** The relations read, without their dates (resolved against the test article's date). */
const lines = (text: string) =>
  relationLines(draftOf(text)).map((line) =>
    line.replace(/ (?:\d{4}(?:-\d\d){0,2})?(?:\/(?:\.\.|\d{4}(?:-\d\d){0,2}))?$/, ''),
  );

/** Relations read in the eighth round, on sentences written for these tests. */
describe('extract: a host and one guest, and people seen side by side', () => {
  it('reads a person hosting one person as their meeting, besides the guest’s visit', () => {
    const text =
      'Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev on Monday.';
    const found = lines(text);
    expect(found).toContain('meeting kassym-jomart-tokayev→shavkat-mirziyoyev');
    expect(found).toContain('visit shavkat-mirziyoyev→kazakhstan');
  });

  it('reads a host of two people as bringing them together, not as meeting each', () => {
    const found = lines(
      'Malaysian Prime Minister Anwar Ibrahim hosted Cambodian Prime Minister Hun Manet and Thai Prime Minister Paetongtarn Shinawatra.',
    );
    expect(found.filter((line) => line.startsWith('meeting anwar-ibrahim'))).toEqual([]);
    expect(found).toContain('meeting hun-manet→paetongtarn-shinawatra');
  });

  it('reads "standing beside" or "speaking alongside" a person as the two meeting', () => {
    expect(
      lines(
        'Standing beside Guyanese President Irfaan Ali, U.S. Secretary of State Marco Rubio warned Venezuela.',
      ),
    ).toContain('meeting irfaan-ali→marco-rubio');
    expect(
      lines(
        'German Chancellor Olaf Scholz, speaking at a joint news conference with French President Emmanuel Macron, said Europe must stand together.',
      ),
    ).toContain('meeting emmanuel-macron→olaf-scholz');
  });

  it('does not read a call as standing side by side', () => {
    const found = lines(
      'Russian President Vladimir Putin spoke with Azerbaijani President Ilham Aliyev on Saturday.',
    );
    expect(found.filter((line) => line.startsWith('meeting'))).toEqual([]);
    expect(found).toContain('call vladimir-putin→ilham-aliyev');
  });
});

describe('extract: solidarity, weapons flown, and sanctions on a person', () => {
  it('reads "in solidarity with" as political support from the clause’s subject', () => {
    expect(
      lines('Nicaragua said it was also severing ties with Ecuador, in solidarity with Mexico.'),
    ).toContain('political-support nicaragua→mexico');
    expect(lines('Bolivia expressed its solidarity with Cuba on Friday.')).toContain(
      'political-support bolivia→cuba',
    );
  });

  it('reads weapons flown to a capital as military support to its state', () => {
    expect(lines('Egypt has since flown weapons to Mogadishu.')).toContain(
      'military-support egypt→somalia',
    );
  });

  it('reads turning to a state for military help as that state’s support, quoting the help', () => {
    const text = 'Since the coup, Niger has turned to Russia for military assistance.';
    expect(lines(text)).toContain('military-support russia→niger');
    expect(draftOf(text).relations.map((r) => r.evidence.quote)).toContain(
      'Niger has turned to Russia for military assistance',
    );
    expect(lines('Niger has turned to Russia for wheat and fuel.')).toEqual([]);
  });

  it('reads having a defence agreement as an alliance, but not a security cooperation agreement', () => {
    expect(
      lines('Papua New Guinea also has a defence cooperation agreement with the United States.'),
    ).toContain('alliance papua-new-guinea→united-states');
    expect(
      lines('Guyana signed a security cooperation agreement with the United States.').filter(
        (line) => line.startsWith('alliance'),
      ),
    ).toEqual([]);
  });

  it('keeps a sanctioned person as the target, and a sanctioning person’s state as the source', () => {
    expect(
      lines(
        'The United States, which has sanctioned Venezuelan President Nicolas Maduro, condemned the attack.',
      ),
    ).toContain('sanction united-states→nicolas-maduro');
    expect(
      lines('U.S. President Donald Trump imposed sanctions on Venezuela on Tuesday.'),
    ).toContain('sanction united-states→venezuela');
  });
});

describe('extract: breakaway regions', () => {
  it('reads "X, a breakaway region of Y" as X breaking away from Y', () => {
    expect(lines('Somaliland, a breakaway region of Somalia, declared independence.')).toContain(
      'secession somaliland→somalia',
    );
    expect(lines('Transnistria, a separatist region of Moldova, held elections.')).toContain(
      'secession transnistria→moldova',
    );
    // "on Ukraine's border" may name a neighbour: no secession from it.
    expect(
      lines("Transnistria, a breakaway region on Ukraine's border, held elections.").filter(
        (line) => line.startsWith('secession'),
      ),
    ).toEqual([]);
  });

  it('reads "Y’s breakaway regions of X and Z" the other way round', () => {
    const found = lines(
      "Moscow recognised Georgia's breakaway regions of Abkhazia and South Ossetia in 2008.",
    );
    expect(found).toContain('secession abkhazia→georgia');
    expect(found).toContain('secession south-ossetia→georgia');
    expect(found.filter((line) => line.startsWith('secession georgia'))).toEqual([]);
  });

  it('does not read recognising a state’s breakaway regions as support for the state', () => {
    expect(
      lines("Moscow recognised Georgia's breakaway regions of Abkhazia and South Ossetia."),
    ).not.toContain('political-support russia→georgia');
  });

  it('reads "Y’s breakaway province of X" by the second rule alone, not as Y breaking from X', () => {
    const found = lines("Serbia's breakaway province of Kosovo declared independence in 2008.");
    expect(found).toContain('secession kosovo→serbia');
    expect(found).not.toContain('secession serbia→kosovo');
  });
});

describe('extract: feuds, rows and relations ended', () => {
  it('reads two states setting aside or resolving a feud as the two at odds', () => {
    expect(
      lines('Somalia and Ethiopia agreed on Wednesday to set aside a year-long feud over the sea.'),
    ).toContain('tension somalia→ethiopia');
    expect(lines('Egypt and Sudan have yet to resolve their dispute over the dam.')).toContain(
      'tension egypt→sudan',
    );
  });

  it('reads a row or a feud with or between states as tension', () => {
    expect(lines('The row between Algeria and Mali deepened on Monday.')).toContain(
      'tension algeria→mali',
    );
    expect(lines("Colombia's feud with Ecuador grew.")).toContain('tension colombia→ecuador');
  });

  it('reads ending relations with a state as tension', () => {
    expect(lines('Taipei said it was ending relations with Nauru.')).toContain(
      'tension taiwan→nauru',
    );
  });
});

describe('extract: a mediator’s sides, supply verbs, rebukes', () => {
  it('reads "its mediation between" as mediation, and its two sides as the article’s sides', () => {
    const text =
      'Qatar said it had resumed its mediation between Israel and Hamas. UN Secretary-General Antonio Guterres called on both sides to agree to a ceasefire.';
    const found = lines(text);
    expect(found).toContain('mediation qatar→israel');
    expect(found).toContain('mediation qatar→hamas');
    expect(found).toContain('statement antonio-guterres→israel');
    expect(found).toContain('statement antonio-guterres→hamas');
  });

  it('takes fighting the article reads over a pair someone mediates between, and no host’s guests', () => {
    const fought = lines(
      'Qatar has mediated between the United States and Iran over a prisoner exchange. Israel and Hamas resumed fighting on Monday. The fighting has killed thousands.',
    );
    expect(fought).not.toContain('armed-conflict united-states→iran');
    const hosted = lines(
      'Chinese President Xi Jinping hosted Russian President Vladimir Putin and Indian Prime Minister Narendra Modi in Beijing. The war dominated the talks.',
    );
    expect(hosted.filter((line) => line.startsWith('armed-conflict'))).toEqual([]);
  });

  it('reads "the talks" a mediator co-mediated as between the sides it mediates, quoting them', () => {
    const text =
      'Qatar mediated between Israel and Hamas on Sunday. Egypt, which has co-mediated the talks since 2023, sent its intelligence chief.';
    expect(lines(text)).toContain('mediation egypt→hamas');
    const quotes = draftOf(text)
      .relations.filter((r) => r.relation.source.id === 'egypt')
      .map((r) => r.evidence.quote);
    expect(quotes).toContain('Egypt, which has co-mediated the talks');
  });

  it('reads a demonym before "strikes" as the attacker, not the one condemning them', () => {
    const found = lines('Saudi Arabia joined Jordan in condemning Israeli strikes on Lebanon.');
    expect(found).toContain('attack israel→lebanon');
    expect(found).not.toContain('attack saudi-arabia→lebanon');
  });

  it('reads "arms and funds" as both supports, and "heavily armed" troops as neither', () => {
    const found = lines('Iran, which arms and funds Hamas, warned Israel on Sunday.');
    expect(found).toContain('military-support iran→hamas');
    expect(found).toContain('financial-support iran→hamas');
    expect(lines('Qatar has bankrolled Hamas for years.')).toContain(
      'financial-support qatar→hamas',
    );
    expect(lines('Ukraine said heavily armed Russian troops crossed the border.')).toEqual([]);
  });

  it('reads a rebuke drawn from a state as that state’s accusation', () => {
    expect(
      lines(
        'Turkish President Recep Tayyip Erdogan met Hamas leaders, drawing a rebuke from the United States.',
      ),
    ).toContain('accusation united-states→recep-tayyip-erdogan');
  });

  it('reads talks in a country’s capital between two as their talks', () => {
    expect(
      lines('Talks in the Qatari capital between Israel and Hamas resumed on Monday.'),
    ).toContain('negotiation israel→hamas');
  });
});

describe('extract: cue patterns', () => {
  it('match words in either case, but a capital letter asked for only as a capital', () => {
    const sanctioned = cue('\\bsanctioned(?= \\p{Lu})');
    expect('Sanctioned Iran'.match(sanctioned)).not.toBeNull();
    expect('they sanctioned Iran'.match(sanctioned)).not.toBeNull();
    expect('they sanctioned the firm'.match(sanctioned)).toBeNull();
    expect('the row between'.match(cue('row(?: [\\p{Ll}]+)? between'))).not.toBeNull();
    expect('Row Deepens Between'.match(cue('row(?: [\\p{Ll}]+)? between'))).toBeNull();
  });
});

describe('extract: accession negotiations, aid blocked, a relative clause’s own date', () => {
  it('reads negotiations with a state as negotiation', () => {
    const found = lines(
      'European Union leaders agreed on Thursday to open accession negotiations with Ukraine and Moldova.',
    );
    expect(found).toContain('negotiation eu→ukraine');
    expect(found).toContain('negotiation eu→moldova');
  });

  it('reads blocking aid to a state as tension with it, the blocker standing for their state', () => {
    expect(
      lines(
        'Hungarian Prime Minister Viktor Orban, who has repeatedly blocked aid to Kyiv, spoke on Friday.',
      ),
    ).toContain('tension hungary→ukraine');
    expect(lines('Hungary blocked a 50 billion euro aid package for Ukraine.')).toContain(
      'tension hungary→ukraine',
    );
  });

  it('dates a relation in a relative clause by that clause, not by the sentence around it', () => {
    const found = relationLines(
      draftOf(
        'Georgia, whose forces in 2008 fought a war with Russia, applied to join the EU in 2022.',
      ),
    );
    expect(found).toContain('armed-conflict georgia→russia 2008');
  });

  it('does not take a name inside a closed relative clause as the subject of the verb after it', () => {
    const found = lines(
      'Georgia, which fought a war with Russia in 2008, applied to join the EU in 2022.',
    );
    expect(found).toContain('membership georgia→eu');
    expect(found).not.toContain('membership russia→eu');
  });
});

describe('extract: phone talks, battles fought, rivals', () => {
  it('reads two leaders holding phone talks as a call, not a negotiation', () => {
    const found = lines(
      'Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in 2022. The two leaders held phone talks in March.',
    );
    expect(found).toContain('call narendra-modi→vladimir-putin');
    expect(found.filter((line) => line.startsWith('negotiation'))).toEqual([]);
  });

  it('reads two states that fought a clash or wars as in armed conflict', () => {
    expect(
      lines('India and China fought a deadly border clash in the Galwan valley in 2020.'),
    ).toContain('armed-conflict india→china');
    expect(lines('Armenia and Azerbaijan have fought two wars over Karabakh.')).toContain(
      'armed-conflict armenia→azerbaijan',
    );
  });

  it('reads a state’s rival, in an apposition or before the name, as at odds with it', () => {
    expect(lines("Pakistan, India's arch-rival, condemned the plans.")).toContain(
      'tension india→pakistan',
    );
    expect(lines("Iran's regional rival Saudi Arabia welcomed the move.")).toContain(
      'tension iran→saudi-arabia',
    );
  });
});

describe('extract: names that run into another actor’s alias, witnesses, troops deployed', () => {
  it('keeps a surname that is another actor’s alias in the name, and a witness out of the deal', () => {
    const draft = draftOf(
      'Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe, signed the accord in the presence of U.S. Secretary of State Marco Rubio.',
    );
    expect(draft.actors.map((a) => a.actor.name)).toContain('Therese Kayikwamba Wagner');
    expect(draft.actors.map((a) => a.actor.name)).not.toContain('Wagner Group');
    const found = relationLines(draft).map((line) => line.replace(/ \d{4}.*$/, ''));
    expect(found).toContain('negotiation therese-kayikwamba-wagner→olivier-nduhungirehe');
    expect(
      found.filter((line) => line.includes('marco-rubio') && !line.startsWith('office')),
    ).toEqual([]);
  });

  it('reads what someone is accused of supplying to a named group as alleged support', () => {
    expect(lines('Kinshasa has long accused Kigali of arming the M23 rebels.')).toContain(
      'military-support rwanda→m23 alleged',
    );
  });

  it('reads troops deployed or fighters sent to a state as military support, and whom they fight', () => {
    const found = lines(
      'Burundi has deployed thousands of troops to eastern Congo to fight the M23.',
    );
    expect(found).toContain('military-support burundi→democratic-republic-of-the-congo');
    expect(found).toContain('armed-conflict burundi→m23');
    expect(found).not.toContain('armed-conflict democratic-republic-of-the-congo→m23');
    expect(lines('Russia sent Wagner fighters to Mali.')).toContain('military-support russia→mali');
  });
});

describe('extract: measures in the -ing form, and appeals', () => {
  it('reads suspending flights to and from a state as a sanction on it', () => {
    expect(
      lines('Panama responded by suspending flights to and from Venezuela on Monday.'),
    ).toContain('sanction panama→venezuela');
  });

  it('reads "urging" as "urged": a statement to the one urged', () => {
    expect(
      lines(
        'Brazil and Mexico issued a joint statement urging Venezuela to publish the vote tallies.',
      ),
    ).toEqual(['statement brazil→venezuela', 'statement mexico→venezuela']);
  });
});

describe('extract: the head of a phrase a relative clause tells of', () => {
  it('reads "X in Y, who are backed by Z" as Z backing X, not the place', () => {
    const found = lines(
      'The thaw comes as Houthi rebels in Yemen, who are backed by Tehran, continue to attack ships.',
    );
    expect(found).toContain('support iran→houthis');
    expect(found).not.toContain('support iran→yemen');
  });
});

describe('extract: an actor’s people in a list', () => {
  it('reads "Saudi officials and the Houthis" as a list of the two', () => {
    const found = lines('Oman has hosted talks between Saudi officials and the Houthis.');
    expect(found).toContain('mediation oman→saudi-arabia');
    expect(found).toContain('mediation oman→houthis');
    expect(found).toContain('negotiation saudi-arabia→houthis');
  });
});

describe('extract: attacks condemned, and a second act in an accusation', () => {
  it('reads no attack by whoever condemns attacks no one is named for', () => {
    expect(lines('Japan condemned attacks on Philippine vessels.')).toEqual([]);
    expect(lines('Saudi Arabia joined Jordan in condemning Israeli strikes on Lebanon.')).toContain(
      'attack israel→lebanon',
    );
  });

  it('reads the second of two acts one is accused of as alleged too', () => {
    expect(
      lines(
        'The Philippines accused China of ramming and firing water cannon at a Philippine supply boat.',
      ),
    ).toContain('attack china→philippines alleged');
  });
});

/** Sentences from a review of the round: the words of its rules in other senses. */
describe('extract: the round’s cue words in other senses', () => {
  const none = (text: string, kind: string) =>
    expect(lines(text).filter((line) => line.startsWith(`${kind} `))).toEqual([]);

  it('reads no supply in "the funds" or "the arms" someone had, nor funding a body’s project', () => {
    none('Egypt said the funds Qatar pledged to Gaza had not arrived.', 'financial-support');
    none('Ukraine destroyed the arms Russia had stockpiled near Kharkiv.', 'military-support');
    none('Japan funded the World Bank project in Kenya.', 'financial-support');
  });

  it('reads no war in a battle of words, of law or of sport, nor a vow to fight a state’s people', () => {
    none('India and Pakistan fought a war of words over the dam.', 'armed-conflict');
    none('Brazil and Argentina fought a tough battle in the World Cup final.', 'armed-conflict');
    none('Hungary will battle the EU over frozen funds.', 'armed-conflict');
    none(
      'Chinese President Xi Jinping vowed to fight the Taiwan independence forces.',
      'armed-conflict',
    );
  });

  it('reads no relation where a sentence says there is none, or that it ended', () => {
    none('Taiwan has no defence treaty with the United States.', 'alliance');
    none('Hungary lifted its block on aid to Ukraine.', 'tension');
    none('Ukraine ruled out negotiations with Russia.', 'negotiation');
    none('Russia deployed troops in Ukraine in February 2022.', 'military-support');
  });

  it('reads no tension in a rivalry of sport or of persons, nor in mediators resolving a dispute', () => {
    none("Argentina's rival Brazil won the Copa America final.", 'tension');
    none("U.S. President Joe Biden's rival Donald Trump criticised Ukraine.", 'tension');
    none('Qatar and Egypt helped resolve the dispute in Gaza.', 'tension');
  });

  it('reads no statement by whoever vetoes a resolution urging', () => {
    expect(lines('Russia vetoed a resolution urging Israel to halt its offensive.')).not.toContain(
      'statement russia→israel',
    );
  });

  it('keeps a relative clause with the place it follows when a verb comes between', () => {
    const found = lines(
      'U.S. Secretary of State Antony Blinken arrived in Qatar, which funds Hamas.',
    );
    expect(found).toContain('financial-support qatar→hamas');
    expect(found).not.toContain('financial-support united-states→hamas');
  });

  it('does not let a state’s alias run on into a person’s name', () => {
    const draft = draftOf(
      'On the day he met President Paul Kagame Congo accused Rwanda of backing the M23.',
    );
    expect(draft.actors.map((a) => a.actor.name)).not.toContain('Paul Kagame Congo');
    expect(relationLines(draft)).toContain('accusation democratic-republic-of-the-congo→rwanda');
  });

  it('makes a range of letters match both cases', () => {
    expect('Bx'.match(cue('[a-c]x'))).not.toBeNull();
    expect('_x'.match(cue('[a-c]x'))).toBeNull();
  });
});
