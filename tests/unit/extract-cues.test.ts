import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

describe('extract: cue families', () => {
  it('reads a phone call, from the caller to each one called', () => {
    const draft = draftOf(
      'On Monday, Brazilian President Luiz Lula spoke by phone with Argentine President Javier Milei and Chilean President Gabriel Boric.',
    );
    const lines = relationLines(draft);
    expect(lines).toContain('call luiz-lula→javier-milei 2023-04-03');
    expect(lines).toContain('call luiz-lula→gabriel-boric 2023-04-03');
  });

  it('reads a meeting, and a planned visit to a capital as a visit to its state', () => {
    const lines = relationLines(
      draftOf(
        'Kenyan President William Ruto met Ghana on Friday. Ruto will travel to Pretoria next week.',
      ),
    );
    expect(lines.some((l) => l.startsWith('meeting william-ruto→ghana'))).toBe(true);
    expect(lines).toContain('visit william-ruto→south-africa planned 2023-04-10/2023-04-16');
  });

  it('reads mediation by a third party between the two sides', () => {
    const lines = relationLines(
      draftOf('Sudan and the Rapid Support Forces agreed to a truce brokered by Saudi Arabia.'),
    );
    expect(lines).toContain('cease-fire sudan→rsf');
    expect(lines).toContain('mediation saudi-arabia→sudan');
    expect(lines).toContain('mediation saudi-arabia→rsf');
  });

  it('reads support, backing by a hyphenated backer, and a pledge', () => {
    const lines = relationLines(
      draftOf(
        'The Iranian-backed Houthis fired on ships. Germany has pledged military aid to Ukraine.',
      ),
    );
    expect(lines).toContain('support iran→houthis');
    expect(lines).toContain('military-support germany→ukraine pledged');
  });

  it('reads alliances, membership and co-chairs', () => {
    const lines = relationLines(
      draftOf(
        'Japan, which has an alliance with the United States, welcomed the talks. NATO member Poland agreed. India and Brazil are members of BRICS.',
      ),
    );
    expect(lines).toContain('alliance japan→united-states');
    expect(lines).toContain('membership poland→nato');
    expect(lines).toContain('membership india→brics');
    expect(lines).toContain('membership brazil→brics');
  });

  it('reads sanctions, and an accusation with what it alleges', () => {
    const lines = relationLines(
      draftOf(
        'Canada imposed sanctions on Iran on Tuesday. Iran accused Israel of supporting the Kurdistan Workers\u2019 Party.',
      ),
    );
    expect(lines).toContain('sanction canada→iran 2023-04-04');
    expect(lines).toContain('accusation iran→israel');
    expect(lines).toContain('support israel→pkk alleged');
    const alleged = draftOf('Iran accused Israel of supporting Hamas.').relations.find(
      (r) => r.relation.kind === 'support',
    );
    expect(alleged?.relation.claimedBy?.map((a) => a.id)).toEqual(['iran']);
  });

  it('reads attacks, armed conflict and cease-fires', () => {
    const lines = relationLines(
      draftOf(
        'The war between Ethiopia and Eritrea ended in 2000. Russia launched a missile attack on Kyiv on Sunday. Israel and Hamas agreed a ceasefire.',
      ),
    );
    expect(lines).toContain('armed-conflict ethiopia→eritrea 2000');
    expect(lines).toContain('attack russia→ukraine 2023-04-02');
    expect(lines).toContain('cease-fire israel→hamas');
  });

  it('reads a claim with its claimant, and keeps what the claimant says of itself as fact', () => {
    const draft = draftOf('Armenia said that Azerbaijan attacked Nagorno-Karabakh on Saturday.');
    const attack = draft.relations.find((r) => r.relation.kind === 'attack');
    expect(attack?.relation.status).toBe('alleged');
    expect(attack?.relation.claimedBy?.map((a) => a.id)).toEqual(['armenia']);
    expect(attack?.relation.date).toBe('2023-04-01');
  });

  it('quotes the smallest span that states a relation, and says which cue and rule', () => {
    const draft = draftOf('After long talks, Peru spoke with Chile about the border on Friday.');
    const call = draft.relations.find((r) => r.relation.kind === 'call');
    expect(call?.evidence.quote).toBe('Peru spoke with Chile');
    expect(call?.cue).toBe('spoke with');
    expect(call?.rule).toBe('call.spoke-with');
  });
});

describe('extract: frames and context', () => {
  it('reads restored and cut ties, and talks hosted between "the two countries"', () => {
    const lines = relationLines(
      draftOf(
        'Iran and Saudi Arabia agreed to restore diplomatic relations. The two rivals cut ties in 2016. Oman hosted talks between the two countries.',
      ),
    );
    expect(lines).toContain('negotiation iran→saudi-arabia');
    expect(lines).toContain('tension iran→saudi-arabia 2016');
    expect(lines).toContain('mediation oman→iran');
    expect(lines).toContain('mediation oman→saudi-arabia');
  });

  it('reads an ally named with a possessive, and a capital after "with" as its government', () => {
    const lines = relationLines(
      draftOf(
        'China, North Korea’s main ally, urged calm. Tokyo signed a defence pact with Canberra.',
      ),
    );
    expect(lines).toContain('alliance china→north-korea');
    expect(lines).toContain('alliance japan→australia');
  });

  it('proposes nothing that the sentence denies', () => {
    const lines = relationLines(draftOf('Brazil has refused to condemn Russia.'));
    expect(lines.filter((l) => l.startsWith('accusation'))).toEqual([]);
  });

  it('gives a verb after "but" the subject before it', () => {
    const lines = relationLines(
      draftOf('Russia said it backed the plan but criticized Washington.'),
    );
    expect(lines).toContain('accusation russia→united-states');
  });

  it('makes no list of a fronted phrase and the subject after its comma', () => {
    const lines = relationLines(
      draftOf('Backed by Armenia, Nagorno-Karabakh declared independence from Azerbaijan.'),
    );
    expect(lines).toContain('secession nagorno-karabakh→azerbaijan');
    expect(lines).toContain('support armenia→nagorno-karabakh');
    expect(lines.some((l) => l.startsWith('secession armenia'))).toBe(false);
  });
});

describe('extract: members named beside a list', () => {
  it('reads "X and Y, both NATO members"', () => {
    const lines = relationLines(
      draftOf('Lithuania and Latvia, both NATO members, closed their borders.'),
    );
    expect(lines).toContain('membership lithuania→nato');
    expect(lines).toContain('membership latvia→nato');
  });
});
