import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const kindsOf = (text: string, kind: string) =>
  lines(text).filter((line) => line.startsWith(`${kind} `));

describe('extract: a claim to another’s territory', () => {
  it('reads "claims X as its own" and "considers X a breakaway province"', () => {
    expect(
      kindsOf(
        'China, which claims self-ruled Taiwan as its own, held drills near the island.',
        'territorial-claim',
      ),
    ).toEqual(['territorial-claim china→taiwan']);
    expect(
      kindsOf(
        'Serbia, which considers Kosovo a breakaway province, protested on Monday.',
        'territorial-claim',
      ),
    ).toEqual(['territorial-claim serbia→kosovo']);
  });

  it('reads a name qualified by an adverb and a participle as the one claimed', () => {
    expect(
      kindsOf(
        'Beijing claims democratically ruled Taiwan as part of its territory and has not ruled out force.',
        'territorial-claim',
      ),
    ).toEqual(['territorial-claim china→taiwan']);
  });

  it('does not read "as its own" that goes on to another noun', () => {
    expect(
      kindsOf('The ministry regards Kosovo as its own business, Serbia said.', 'territorial-claim'),
    ).toEqual([]);
  });
});

describe('extract: a body named as what another is to it ("NATO ally", "EU partner")', () => {
  it('takes the state named after the noun, with or without a comma, as the object', () => {
    const solidarity = lines(
      'Washington stood in solidarity with its NATO ally and EU member state, Estonia, after the cyberattack.',
    );
    expect(solidarity).toContain('political-support united-states→estonia');
    expect(solidarity).not.toContain('political-support united-states→nato');
    expect(
      kindsOf(
        'France criticised NATO member Turkey over its purchase of Russian missiles.',
        'accusation',
      ),
    ).toEqual(['accusation france→turkey']);
    expect(lines('Berlin praised its EU partner, Poland, for taking in refugees.')).toEqual([
      'statement germany→poland',
    ]);
  });

  it('keeps a list of bodies and states as it is', () => {
    expect(lines('Washington backed NATO, Poland and Lithuania.')).toEqual([
      'support united-states→nato',
      'support united-states→poland',
      'support united-states→lithuania',
    ]);
  });
});

describe('extract: whose envoy "its" names', () => {
  it('takes a capital that acts as its government ("Beijing withdrew its ambassador, …")', () => {
    expect(
      lines(
        'In March Ankara withdrew its ambassador, Ekrem Duzgun, and demanded that Vienna do the same.',
      ),
    ).toContain('office ekrem-duzgun→turkey');
  });

  it('takes the capital acting last before "its", not the first named or a place', () => {
    expect(
      lines('Kyiv expelled Russia’s ambassador, and Moscow recalled its envoy, Ivan Petrov.'),
    ).toContain('office ivan-petrov→russia');
    expect(
      lines('Fighting near Kyiv continued as Russia recalled its envoy, Mikhail Galuzin.'),
    ).toEqual(['office mikhail-galuzin→russia']);
    // The one summoned is another's envoy: "its" is the speaker's state there.
    expect(
      lines('Poland said that Belarus had summoned its ambassador, Artur Michalski.'),
    ).toContain('office artur-michalski→poland');
  });
});

describe('extract: titles and whose office, from a new user’s article', () => {
  it('reads "Deputy Secretary of State" as one title, of the United States', () => {
    const found = draftOf(
      'Acting Deputy Secretary of State Victoria Nuland travelled to Niamey on Monday.',
    ).actors.find((a) => a.actor.id === 'victoria-nuland')?.actor;
    expect(found?.role).toMatch(/^Deputy Secretary of State/);
    expect(lines('Deputy Secretary of State Kurt Campbell met Japanese officials.')).toContain(
      'office kurt-campbell→united-states',
    );
  });

  it('does not give a person met, named after another’s post, the state the sentence opens with', () => {
    const met = lines(
      'U.S. envoy Victoria Nuland travelled to Niamey on Monday, where she met the junta’s army chief, General Moussa Salaou Barmou.',
    );
    expect(met).not.toContain('office moussa-salaou-barmou→united-states');
  });
});

describe('extract: whom one meets, named after a title and a comma', () => {
  it('reads the person after "the foreign minister, " or "the junta’s army chief, " as the one met', () => {
    expect(
      lines('Secretary of State Antony Blinken met the foreign minister, Sergei Lavrov.'),
    ).toContain('meeting antony-blinken→sergei-lavrov');
    const met = lines(
      'U.S. envoy Victoria Nuland travelled to Niamey on Monday, where she met the junta’s army chief, General Moussa Salaou Barmou.',
    );
    expect(met.filter((line) => line.startsWith('meeting '))).toEqual([
      'meeting victoria-nuland→moussa-salaou-barmou 2023-04-03',
    ]);
  });

  it('gives the one hosted no office in the host’s state', () => {
    const hosted = lines(
      'U.S. President Joe Biden hosted the visiting leader, Prime Minister Fumio Kishida, at the White House.',
    );
    expect(hosted).toContain('meeting joe-biden→fumio-kishida');
    expect(hosted).not.toContain('office fumio-kishida→united-states');
  });
});

describe('extract: the people one meets are not of one’s own state', () => {
  it('gives no office in the host’s state to those met, "both" or in a list', () => {
    for (const text of [
      'Chad’s President Mahamat Idriss Deby met both General Abdourahamane Tiani and President Mohamed Bazoum.',
      'Chad’s President Mahamat Idriss Deby met General Abdourahamane Tiani and President Mohamed Bazoum.',
    ]) {
      const found = lines(text);
      expect(found).toContain('meeting mahamat-idriss-deby→mohamed-bazoum');
      expect(found.filter((line) => line.startsWith('office '))).toEqual([
        'office mahamat-idriss-deby→chad',
      ]);
    }
  });
});

describe('extract: guards from the round’s review', () => {
  it('reads no claim where the words after the cue tell of something else', () => {
    for (const text of [
      'Ukraine claimed Russia had seized part of its territory.',
      'Azerbaijan considers Armenia a threat to part of its territory.',
      'Britain sees Ukraine’s fight as its own.',
    ])
      expect(kindsOf(text, 'territorial-claim')).toEqual([]);
    expect(
      kindsOf(
        'China claims self-ruled Taiwan as its own and has stepped up pressure.',
        'territorial-claim',
      ),
    ).toEqual(['territorial-claim china→taiwan']);
  });

  it('counts the adverb of a participle among the words that qualify a name', () => {
    expect(lines('China threatened democratically governed Taiwan.')).toEqual([
      'tension china→taiwan',
    ]);
  });

  it('gives no one the visit they condemned', () => {
    expect(kindsOf('Russia condemned the visit to heavily armed Taiwan.', 'visit')).toEqual([]);
  });
});
