import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const actor = (text: string, id: string) => draftOf(text).actors.find((a) => a.actor.id === id);

describe('extract: actors', () => {
  it('turns a title into a role and an affiliation, and proposes the office', () => {
    const draft = draftOf('Russian Foreign Minister Sergei Lavrov arrived in Ankara.');
    const lavrov = draft.actors.find((a) => a.actor.id === 'sergei-lavrov');
    expect(lavrov?.actor).toMatchObject({
      kind: 'person',
      role: 'Foreign Minister of Russia',
      affiliation: 'russia',
    });
    expect(lavrov?.evidence.quote).toBe('Russian Foreign Minister Sergei Lavrov');
    expect(lavrov?.rule).toBe('actor.title-before-name');
    expect(draft.relations.map((r) => r.id)).toContain('relation:sergei-lavrov-office-russia');
  });

  it('reads a title after a name, with an envoy’s post', () => {
    const draft = draftOf(
      '“We will not cede,” said Elin Suleymanov, Azerbaijan’s ambassador to the United States.',
    );
    expect(draft.actors.find((a) => a.actor.id === 'elin-suleymanov')?.actor.role).toBe(
      'Ambassador of Azerbaijan to the United States',
    );
    expect(draft.relations.map((r) => r.relation.kind)).toEqual(
      expect.arrayContaining(['office', 'envoy']),
    );
  });

  it('joins later short forms to the full name', () => {
    const draft = draftOf(
      'German Chancellor Olaf Scholz met Macron. Later, Scholz said the talks went well.',
    );
    const scholz = draft.actors.find((a) => a.actor.id === 'olaf-scholz');
    expect(scholz?.actor.aliases).toContain('Scholz');
    expect(scholz?.mentions.map((m) => m.rule)).toContain('actor.short-name');
    expect(
      draft.actors.filter((a) => a.actor.kind === 'person' && a.actor.name === 'Scholz'),
    ).toHaveLength(0);
  });

  it('takes a capital for its government when it acts, and for a place after "in"', () => {
    expect(actor('Moscow said the talks had failed.', 'russia')?.mentions[0]?.rule).toBe(
      'actor.capital-for-government',
    );
    expect(actor('Protesters gathered in Moscow.', 'russia')).toBeUndefined();
  });

  it('takes a demonym for its state only before a word for its government', () => {
    expect(actor('Azerbaijani troops seized the heights.', 'azerbaijan')?.rule).toBe(
      'actor.demonym-for-government',
    );
    expect(actor('An ethnic Armenian man walked past.', 'armenia')).toBeUndefined();
  });

  it('leaves out photo captions and the links after "Read more:"', () => {
    const draft = draftOf(
      'A man walks in Kabul. (Jane Doe/AP)\n\nFrance spoke with Spain.\n\nRead more:\n\nNorway sanctions Chile',
    );
    const ids = draft.actors.map((a) => a.actor.id);
    expect(ids).toEqual(expect.arrayContaining(['france', 'spain']));
    expect(ids).not.toContain('norway');
    expect(ids).not.toContain('afghanistan');
  });
});

describe('extract: roles from context', () => {
  it('gives a counterpart the title of the person before, and the state of its own word', () => {
    const draft = draftOf(
      'Chinese Foreign Minister Wang Yi held talks with his Russian counterpart, Sergei Lavrov, on Monday.',
    );
    const lavrov = draft.actors.find((a) => a.actor.id === 'sergei-lavrov');
    expect(lavrov?.actor).toMatchObject({
      role: 'Foreign Minister of Russia',
      affiliation: 'russia',
    });
    expect(draft.relations.map((r) => r.id)).toContain('relation:wang-yi-meeting-sergei-lavrov');
  });

  it('gives a bare title the state of the sentence before, in the same paragraph only', () => {
    // Someone the assistant does not know (it knows Theresa May for Britain's, wherever named).
    const same = draftOf(
      'Britain expelled 23 diplomats. Prime Minister Helen Marsh told Parliament.',
    );
    expect(same.actors.find((a) => a.actor.id === 'helen-marsh')?.actor.affiliation).toBe(
      'united-kingdom',
    );
    const apart = draftOf(
      'Britain expelled 23 diplomats.\n\nPrime Minister Helen Marsh told Parliament.',
    );
    expect(
      apart.actors.find((a) => a.actor.id === 'helen-marsh')?.actor.affiliation,
    ).toBeUndefined();
  });
});

describe('extract: names and roles as news copy writes them', () => {
  it('joins "Mr. Lukashenko" to the full name named before', () => {
    const draft = draftOf(
      'Belarusian President Alexander Lukashenko denied it. Merkel spoke by phone with Mr. Lukashenko.',
    );
    expect(draft.actors.filter((a) => a.actor.kind === 'person').map((a) => a.actor.id)).toEqual([
      'alexander-lukashenko',
    ]);
  });

  it('writes roles as titles are written, with "the" where a name takes it', () => {
    const draft = draftOf(
      'U.S. Secretary of State Antony Blinken will travel to Vilnius next week. EU foreign policy chief Josep Borrell agreed.',
    );
    expect(draft.actors.find((a) => a.actor.id === 'antony-blinken')?.actor.role).toBe(
      'Secretary of State of the United States',
    );
    expect(draft.actors.find((a) => a.actor.id === 'josep-borrell')?.actor.role).toBe(
      'Foreign Policy Chief of the European Union',
    );
    // "U.S. Secretary": the abbreviation's full stop ends no clause.
    expect(draft.relations.map((r) => r.id)).toContain('relation:antony-blinken-visit-lithuania');
  });
});

describe('extract: titles with a rank or a qualifier', () => {
  it('leaves a rank out of the name and reads a qualified title', () => {
    const draft = draftOf('Chad’s army chief, General Mahamat Kaka, met the envoy.');
    const kaka = draft.actors.find((a) => a.actor.kind === 'person');
    expect(kaka?.actor).toMatchObject({ name: 'Mahamat Kaka', affiliation: 'chad' });
    expect(draft.relations.map((r) => r.id)).toContain('relation:mahamat-kaka-office-chad');
    expect(
      draftOf('Kuwait’s emir, Sheikh Mishal al-Ahmad, spoke.').actors.find(
        (a) => a.actor.kind === 'person',
      )?.actor.name,
    ).toBe('Mishal al-Ahmad');
  });
});

describe('extract: the two Congos', () => {
  it('reads "Congo" and "Congolese" as the Democratic Republic of the Congo', () => {
    const draft = draftOf('Congo accused Rwanda. Congolese officials met Angola.');
    expect(draft.actors.map((a) => a.actor.id)).toContain('democratic-republic-of-the-congo');
    expect(draft.actors.map((a) => a.actor.id)).not.toContain('congo');
  });
});

describe('extract: titles whose body is named apart', () => {
  it('reads a post between the possessive title and the name ("its ambassador to Moscow, X")', () => {
    const ambassador = relationLines(
      draftOf(
        'Kazakhstan protested on Monday. Its ambassador to Moscow, Dauren Abayev, was summoned.',
      ),
    );
    expect(ambassador).toContain('office dauren-abayev→kazakhstan');
    expect(ambassador).toContain('envoy dauren-abayev→russia');
    expect(
      relationLines(
        draftOf(
          'China named a new team. Its envoy for Central Asia, Li Huidong, will travel to Tashkent.',
        ),
      ),
    ).toContain('office li-huidong→china');
  });

  it('gives a title after "its" or "the group’s" to the body named before it', () => {
    const draft = draftOf(
      'The African Union met in Addis Ababa on Monday, and its chairman, Bankole Adeoye, called for calm.',
    );
    const office = draft.relations.find(
      (r) => r.id === 'relation:bankole-adeoye-office-african-union',
    );
    // The quote runs from the body's name, so that it states the office without the sentence.
    expect(office?.evidence.quote).toBe(
      'African Union met in Addis Ababa on Monday, and its chairman, Bankole Adeoye',
    );
    expect(office?.rule).toBe('actor.possessive-title.office');
    const later = draftOf(
      'Hezbollah fired rockets at the border. Israel answered with air strikes that killed the group’s longtime commander, Fuad Haddad.',
    );
    expect(later.relations.map((r) => r.id)).toContain('relation:fuad-haddad-office-hezbollah');
    // "Its" is the subject's, not the last state named.
    const subject = draftOf(
      'Mexico broke off relations with Ecuador, and its foreign minister, Alicia Barcena, said the raid was illegal.',
    );
    expect(subject.relations.map((r) => r.id)).toContain('relation:alicia-barcena-office-mexico');
    // A state in the possessive is not the subject: the person is not given to it.
    const offices = (text: string) =>
      draftOf(text)
        .relations.filter((r) => r.relation.kind === 'office')
        .map((r) => r.id);
    expect(offices('Russia’s Gazprom said its chairman, Viktor Zubkov, would resign.')).toEqual([]);
    expect(
      offices(
        'After Ukraine’s counteroffensive, Russia said its defence minister, Andrei Belousov, had left.',
      ),
    ).toEqual(['relation:andrei-belousov-office-russia']);
    // Two groups within reach: "the group" could be either.
    const either = draftOf(
      'Hezbollah fired rockets. Hamas praised the attack. Israel killed the group’s commander, Fuad Haddad.',
    );
    expect(either.relations.filter((r) => r.relation.kind === 'office')).toEqual([]);
    // A noun takes only a body of its kind: "the bloc" is no armed group.
    const bloc = draftOf('Hezbollah fired rockets. The bloc’s chairman, Lena Varga, said nothing.');
    expect(bloc.relations.map((r) => r.id)).not.toContain('relation:lena-varga-office-hezbollah');
  });

  it('reads a post’s remit between its title and the name', () => {
    const draft = draftOf(
      'China’s special envoy for Central Asia, Li Huidong, will travel to Tashkent next week.',
    );
    expect(draft.actors.find((a) => a.actor.id === 'li-huidong')?.actor).toMatchObject({
      kind: 'person',
      affiliation: 'china',
    });
    expect(draft.relations.map((r) => r.id)).toContain('relation:li-huidong-office-china');
    const horn = draftOf(
      'Britain’s special envoy for the Horn of Africa, Tom Fletcher, arrived in Nairobi.',
    );
    expect(horn.relations.map((r) => r.id)).toContain(
      'relation:tom-fletcher-office-united-kingdom',
    );
  });
});
