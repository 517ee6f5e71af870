import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));

/** Cue forms of the families added in the third round, each on a sentence of its own. */
describe('extract: cue forms of the third round', () => {
  it('reads envoys recalled or pulled out, in the plural too, as tension with each state', () => {
    expect(lines('Kenya recalled its ambassadors from Kampala and Kigali.')).toEqual([
      'tension kenya→uganda',
      'tension kenya→rwanda',
    ]);
    expect(lines('Chad and Sudan pulled their own envoys out of Tripoli.')).toEqual([
      'tension chad→libya',
      'tension sudan→libya',
    ]);
  });

  it('reads a strike as an attack, and a terrorist designation as a sanction', () => {
    expect(lines('Azerbaijan sent jets to strike Armenian positions.')).toEqual([
      'attack azerbaijan→armenia',
    ]);
    // What is only supposed is not proposed.
    expect(lines('Russia warned that any attack on Belarus would be answered.')).toEqual([]);
    expect(lines('Canada designated the Rapid Support Forces a terrorist organisation.')).toEqual([
      'sanction canada→rsf',
    ]);
  });

  it('reads relations that soured between two states as tension', () => {
    expect(lines('Relations between Morocco and Algeria soured after the incident.')).toEqual([
      'tension morocco→algeria',
    ]);
    expect(lines('Relations between Morocco and Algeria improved.')).toEqual([]);
  });

  it('reads a journey that goes on to a capital as a visit', () => {
    expect(lines('Japanese Foreign Minister Yoko Kamikawa flew on to Cairo.')).toContain(
      'visit yoko-kamikawa→egypt',
    );
  });

  it('reads mediation between two parties, several words apart, and a channel between them', () => {
    expect(
      lines('Qatar mediated a 2022 prisoner exchange between Washington and Caracas.'),
    ).toEqual(['mediation qatar→united-states', 'mediation qatar→venezuela']);
    expect(lines('Oman has served as a channel between Iran and the United States.')).toEqual([
      'mediation oman→iran',
      'mediation oman→united-states',
    ]);
  });

  it('reads siding with a state as support, and a demonym before "support for" as its source', () => {
    expect(lines('Egypt and Jordan sided with Qatar.')).toEqual([
      'support egypt→qatar',
      'support jordan→qatar',
    ]);
    expect(lines('The minister praised continued Japanese support for Ukraine.')).toEqual([
      'support japan→ukraine',
    ]);
    // A verb is not a noun: the clause's whole subject backs.
    expect(lines('Canada and Germany backed Ukraine.')).toEqual([
      'support canada→ukraine',
      'support germany→ukraine',
    ]);
  });

  it('reads fighters sent by a state as its military support', () => {
    expect(lines('Libya’s army, helped by mercenaries sent by Russia, advanced.')).toEqual([
      'military-support russia→libya',
    ]);
  });

  it('reads the members an organisation was founded by, grew to include, or lost', () => {
    expect(lines('Chad, an AU member, said nothing.')).toEqual(['membership chad→african-union']);
    expect(
      lines('BRICS, founded by Brazil and Russia, expanded to include Egypt and Ethiopia.'),
    ).toEqual([
      'membership brazil→brics',
      'membership russia→brics',
      'membership egypt→brics',
      'membership ethiopia→brics',
    ]);
    expect(lines('Niger left ECOWAS in January.')).toEqual([
      'membership niger→ecowas historical 2023-01',
    ]);
  });
});

describe('extract: acts told by their description', () => {
  it('reads a condemned act as an accusation of whoever the article says did it', () => {
    expect(
      lines(
        'Iran test-fired a ballistic missile on Monday. Saudi Arabia and Israel condemned the test.',
      ),
    ).toEqual(['accusation saudi-arabia→iran', 'accusation israel→iran']);
    expect(
      lines('The European Union imposed sanctions on Belarus. Minsk condemned the measures.'),
    ).toEqual(['sanction eu→belarus', 'accusation belarus→eu']);
  });

  it('reads a missile that lands in a state’s waters as an attack on it', () => {
    expect(
      lines(
        'North Korea fired a missile that landed in waters inside Japan’s exclusive economic zone.',
      ),
    ).toEqual(['attack north-korea→japan']);
  });

  it('reads a warning that a state would face a response as tension with it', () => {
    expect(lines('Iran warned that Israel would face a harsh response.')).toEqual([
      'tension iran→israel',
    ]);
  });

  it('reads two sides ending their war as at war', () => {
    expect(
      lines('Armenia and Azerbaijan are negotiating a treaty to end decades of conflict.'),
    ).toEqual(expect.arrayContaining(['armed-conflict armenia→azerbaijan']));
  });

  it('reads tensions that grew between two states, words apart', () => {
    expect(lines('Tensions have soared between Serbia and Kosovo.')).toEqual([
      'tension serbia→kosovo',
    ]);
  });

  it('reads negotiations under a body as its mediation between the sides of the talks', () => {
    expect(
      lines(
        'Serbia and Kosovo held talks in Brussels. Years of negotiations under the European Union have failed.',
      ),
    ).toEqual(expect.arrayContaining(['mediation eu→serbia', 'mediation eu→kosovo']));
  });
});
