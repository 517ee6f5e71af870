import { describe, expect, it } from 'vitest';
import { gazetteer, listedPoliticians, stateOfPerson } from '../../src/extract/gazetteer';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const offices = (text: string) => lines(text).filter((line) => line.startsWith('office '));

describe('extract: the state a well-known politician after a bare title serves', () => {
  it('is their own, not the state of the sentence before', () => {
    const found = offices(
      'Rwanda denied it. President Felix Tshisekedi said the M23 was backed by Kigali. Congo wants talks.',
    );
    expect(found).toEqual(['office felix-tshisekedi→democratic-republic-of-the-congo']);
  });

  it('is their own, not the dateline’s', () => {
    const found = offices(
      'KYIV, Ukraine (Wire) — President Recep Tayyip Erdogan said on Tuesday that Turkey would host talks.',
    );
    expect(found).toEqual(['office recep-tayyip-erdogan→turkey']);
  });

  it('is their own for whom another meets, and for a surname alone', () => {
    expect(
      offices('French President Emmanuel Macron met President Javier Milei. Argentina agreed.'),
    ).toContain('office javier-milei→argentina');
    // A surname stands for one of the list where the article gives the full name too.
    expect(
      offices(
        'Russia expelled three diplomats.\n\nMaia Sandu spoke on Monday. Later, President Sandu said Moldova would not be blackmailed.',
      ),
    ).toContainEqual(expect.stringMatching(/^office (?:maia-)?sandu→moldova$/));
    expect(offices('President Xi said China would host Kazakhstan.')).toEqual(['office xi→china']);
  });

  it('is their own where the sentence, or its paragraph, gives no state as theirs', () => {
    expect(offices('Talks with Iran stalled before President Masoud Pezeshkian spoke.')).toEqual([
      'office masoud-pezeshkian→iran',
    ]);
    expect(
      offices('Britain expelled 23 diplomats.\n\nPrime Minister Theresa May told Parliament.'),
    ).toEqual(['office theresa-may→united-kingdom']);
  });

  it('leaves a surname the list gives without the full name, and letters NFKD keeps, as they were', () => {
    // Édouard Philippe is listed; King Philippe is not, and keeps the sentence before's state.
    expect(
      offices('Belgium and France signed the accord. King Philippe said it was fair.'),
    ).toEqual(['office philippe→belgium']);
    expect(
      offices(
        'Israel and Turkey clashed. Foreign Minister Cevdet Yilmaz said Turkey would respond.',
      ),
    ).toEqual(['office cevdet-yilmaz→turkey']);
  });

  it('is none when the article does not name that state', () => {
    // Who Milei is may be known; the map gets no state the article does not name.
    expect(offices('French President Emmanuel Macron met President Javier Milei.')).toEqual([
      'office emmanuel-macron→france',
    ]);
  });

  it('is not asked for a title a body’s officer bears, nor for a surname several share', () => {
    const rutte = draftOf(
      'Secretary General Mark Rutte said NATO would defend the Netherlands and Lithuania.',
    );
    expect(relationLines(rutte)).not.toContain('office mark-rutte→netherlands');
    expect(stateOfPerson('Harris')).toBeUndefined();
    expect(stateOfPerson('Kamala Harris')?.id).toBe('united-states');
    // Accents, hyphens and apostrophes do not matter.
    expect(stateOfPerson('Recep Tayyip Erdoğan')?.id).toBe('turkey');
    expect(stateOfPerson('Kim Jong-un')?.id).toBe('north-korea');
  });

  it('lists people of states the gazetteer knows, each name once', () => {
    const known = gazetteer().byId;
    const names = new Set<string>();
    for (const { name, state } of listedPoliticians()) {
      expect(known.has(state), state).toBe(true);
      expect(names.has(name), name).toBe(false);
      names.add(name);
      expect(stateOfPerson(name)?.id, name).toBe(state);
    }
    expect(names.size).toBeGreaterThan(300);
  });
});

describe('extract: whom a measure is on, named after the words that describe them', () => {
  it('is the person named after "a Rwandan general,", not the general’s state', () => {
    expect(
      lines(
        'The United States imposed sanctions on a Rwandan general, James Kabarebe, and urged Rwanda to withdraw its troops.',
      ),
    ).toContain('sanction united-states→james-kabarebe');
    expect(lines('Britain froze the assets of a Russian general, Sergei Surovikin.')).toEqual([
      'sanction united-kingdom→sergei-surovikin',
    ]);
  });

  it('is not a name that begins a clause of its own, or a phrase about it', () => {
    expect(
      lines(
        'Britain imposed sanctions on Russian generals, Ukrainian President Volodymyr Zelensky said.',
      ).filter((line) => line.startsWith('sanction')),
    ).toEqual(['sanction united-kingdom→russia alleged']);
    expect(
      lines(
        'Kyiv launched drone attacks on Russian oil refineries, Hungary and Slovakia complained.',
      ),
    ).toEqual(['attack ukraine→russia']);
    expect(
      lines('Washington imposed sanctions on Iranian oil exports, China’s main source of crude.'),
    ).toEqual(['sanction united-states→iran']);
  });

  it('stays the state when no one is named', () => {
    expect(
      lines('Washington imposed sanctions on Russian oligarchs close to the Kremlin.'),
    ).toEqual(['sanction united-states→russia']);
  });
});

describe('extract: those a plural noun means, listed after it', () => {
  it('reads the allies listed after "its allies, such as" as allies of whose they are', () => {
    expect(lines('Russia and its allies, such as Belarus, rejected the resolution.')).toEqual([
      'alliance russia→belarus',
    ]);
    expect(
      lines("Iran's allies in the region, including Hezbollah and the Houthis, vowed revenge."),
    ).toEqual(['alliance iran→hezbollah', 'alliance iran→houthis']);
  });

  it('reads backers listed as backing whose they are, and a body’s allies as its members', () => {
    expect(lines("Hamas's backers, including Iran and Qatar, denied it.")).toEqual([
      'support iran→hamas',
      'support qatar→hamas',
    ]);
    expect(lines('NATO allies, including Turkey, blocked the move.')).toEqual([
      'membership turkey→nato',
    ]);
    expect(lines('EU members such as Hungary and Slovakia objected.')).toEqual([
      'membership hungary→eu',
      'membership slovakia→eu',
    ]);
  });

  it('reads nothing when no one owns the allies', () => {
    expect(lines('Allies, including France and Germany, condemned the strike.')).toEqual([]);
  });
});

describe('extract: names the gazetteer must not take, and bodies it knows', () => {
  it('reads a politician whose name begins with a state’s as a person', () => {
    const draft = draftOf(
      'Israel kept troops in Lebanon. Defence Minister Israel Katz said they would remain.',
    );
    expect(draft.actors.map((a) => a.actor.id)).toContain('israel-katz');
    expect(relationLines(draft)).toContain('office israel-katz→israel');
  });

  it('closes a relative clause over an acronym in brackets', () => {
    // Its lists are not the subject of the verb after it.
    expect(
      lines(
        'Niger and Burkina Faso, whose rulers formed the Alliance of Sahel States (AES), pulled their envoys out of Algiers.',
      ).filter((line) => line.startsWith('tension')),
    ).toEqual(['tension niger→algeria', 'tension burkina-faso→algeria']);
  });

  it('knows CARICOM and PNG', () => {
    expect(lines('CARICOM Secretary-General Carla Barnett said Guyana had its support.')).toContain(
      'office carla-barnett→caricom',
    );
    expect(
      lines('Prime Minister Anthony Albanese met his PNG counterpart James Marape.'),
    ).toContain('office james-marape→papua-new-guinea');
  });
});

describe('extract: truces in the plural', () => {
  it('reads "brokered several truces between" as mediation, and the truces between the two', () => {
    expect(lines('Angola brokered several truces between Congo and Rwanda.')).toEqual([
      'mediation angola→democratic-republic-of-the-congo',
      'mediation angola→rwanda',
      'cease-fire democratic-republic-of-the-congo→rwanda',
      // A truce between two says they fought (round twelve).
      'armed-conflict democratic-republic-of-the-congo→rwanda',
    ]);
  });
});

describe('extract: "the two leaders" with no two people named before', () => {
  it('stands for the two states its sentence names before, the host not among them', () => {
    expect(
      lines(
        'Ethiopia and Somalia agreed to end the dispute after Turkey hosted talks between the two leaders.',
      ),
    ).toEqual(expect.arrayContaining(['mediation turkey→ethiopia', 'mediation turkey→somalia']));
  });

  it('stands for no pair of an earlier sentence, nor for ministers or leaders of something else', () => {
    // A pair acting in the clause is no host: the states of the sentence before are not the leaders.
    const found = lines(
      'Sudan and Chad closed their border last month. Ethiopia and Somalia agreed to a deal after the two leaders met in Ankara.',
    );
    expect(found).toContain('meeting ethiopia→somalia');
    expect(found.filter((l) => l.startsWith('meeting sudan'))).toEqual([]);
    // The two leaders are Greece's and Turkey's (a meeting in Athens, since round twelve read
    // beside the visit), never Iran's and Israel's.
    expect(
      lines(
        'Iran attacked Israel in April. Greece and Turkey pledged to lower tensions when the two leaders met in Athens.',
      ).filter((l) => l.startsWith('meeting')),
    ).toEqual(['meeting greece→turkey']);
    expect(
      lines(
        "Germany's foreign and defence ministers visited Lithuania. The two ministers met troops.",
      ),
    ).toEqual(['visit germany→lithuania']);
    expect(
      lines('France and Germany sent envoys. The two leaders of the opposition met in Kyiv.'),
    ).toEqual([]);
    expect(
      lines('Russia and China held talks. The two men disagreed.').filter((l) =>
        l.startsWith('tension'),
      ),
    ).toEqual([]);
  });
});

describe('extract: a speaker who announces, after a comma', () => {
  it('is no object of what comes before, and makes no claim of it', () => {
    expect(
      lines(
        'Thailand and Cambodia agreed on Monday to an immediate cease-fire, Malaysian Prime Minister Anwar Ibrahim announced.',
      ),
    ).toEqual([
      'negotiation thailand→cambodia 2023-04-03',
      'cease-fire thailand→cambodia 2023-04-03',
      'armed-conflict thailand→cambodia',
      'office anwar-ibrahim→malaysia',
    ]);
  });
});

describe('extract: a cease-fire violation charged', () => {
  it('is against the accuser, their state for a person, and alleged', () => {
    expect(
      lines(
        'Lebanese President Joseph Aoun accused Israel of violating the November cease-fire between the two countries.',
      ),
    ).toContain('cease-fire-violation israel→lebanon alleged');
    expect(
      lines('Russia and Ukraine agreed a truce. Kyiv accused Moscow of breaching the truce.'),
    ).toContain('cease-fire-violation russia→ukraine alleged');
  });

  it('is against the other side of the fighting when the accuser is no side of it', () => {
    expect(
      lines(
        'Israel and Hezbollah fought a war last year. France accused Israel of violating the cease-fire.',
      ),
    ).toContain('cease-fire-violation israel→hezbollah alleged');
    expect(
      lines(
        'Israel and Hamas agreed to a truce in October. Egypt, a mediator, accused Israel of breaching the truce.',
      ),
    ).toContain('cease-fire-violation israel→hamas alleged');
    // A body is no side; breaking off talks breaks no truce.
    expect(
      lines('The United Nations accused Israel of breaching the cease-fire.').filter((l) =>
        l.startsWith('cease-fire-violation'),
      ),
    ).toEqual([]);
    expect(
      lines('Israel broke off truce negotiations with Hamas.').filter((l) =>
        l.startsWith('cease-fire-violation'),
      ),
    ).toEqual([]);
  });
});

describe('extract: a sum given or pledged to a state', () => {
  it('is financial support, pledged when pledged', () => {
    expect(lines('Japan pledged $50 million to Ukraine.')).toEqual([
      'financial-support japan→ukraine pledged',
    ]);
    expect(lines('Canberra pledged 140 million Australian dollars to Nauru.')).toEqual([
      'financial-support australia→nauru pledged',
    ]);
    expect(lines('The World Bank lent $1.5 billion to Pakistan.')).toEqual([
      'financial-support world-bank→pakistan',
    ]);
  });

  it('is none when the sum goes to a purpose, or to what a name owns other than its state', () => {
    expect(lines('Qatar pledged $50 million to rebuild border markets in Kenya.')).toEqual([]);
    expect(lines("Japan pledged $4 billion to the IMF's poverty trust.")).toEqual([]);
    expect(
      lines("Germany pledged 1 billion euros to Ukraine's neighbours hosting refugees."),
    ).toEqual([]);
    expect(lines("Germany pledged 1 billion euros to Ukraine's reconstruction.")).toEqual([
      'financial-support germany→ukraine pledged',
    ]);
  });
});

describe('extract: a post’s remit in lower case', () => {
  it('reads "the bloc’s special envoy for the dialogue, Miroslav Lajcak," as the envoy', () => {
    const found = lines(
      "The European Union condemned the attack. The bloc's special envoy for the dialogue, Miroslav Lajcak, said he had phoned both Kurti and Vucic.",
    );
    expect(found).toContain('office miroslav-lajcak→eu');
    // Lajcak phoned them, not the Union.
    expect(found.filter((l) => l.startsWith('call eu'))).toEqual([]);
  });

  it('is no reason for praise or blame, with the speaker after it', () => {
    const praised = lines("Washington praised Qatar's emir for his mediation, Marco Rubio said.");
    expect(praised.filter((l) => l.startsWith('office'))).toEqual([]);
    const blamed = lines("Moscow blamed Ukraine's president for the attack, Dmitry Peskov said.");
    expect(blamed.filter((l) => l.includes('→ukraine') && l.startsWith('office'))).toEqual([]);
    expect(blamed).toContain('accusation russia→ukraine alleged');
  });
});

describe('extract: a mediator and its own people', () => {
  it('mediates with no one of its own state', () => {
    const found = lines(
      'NAIROBI, Kenya (Wire) — Kenya and Ethiopia agreed on Thursday to reopen the border, Kenyan Foreign Minister Musalia Mudavadi announced, after talks between the two leaders in Nairobi hosted by President William Ruto.',
    );
    expect(found.filter((l) => l.startsWith('mediation'))).toEqual([]);
    expect(lines('Qatar mediated between Israel and Hamas.')).toEqual([
      'mediation qatar→israel',
      'mediation qatar→hamas',
    ]);
  });
});
