import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const actor = (text: string, id: string) => draftOf(text).actors.find((a) => a.actor.id === id);

/** Forms of wire copy read in the fifth round, on sentences written for these tests. */
describe('extract: cue forms of the fifth round', () => {
  it('reads standing with a state as political support', () => {
    expect(lines('A State Department spokeswoman said Washington stood with Colombia.')).toContain(
      'political-support united-states→colombia',
    );
    expect(lines('Britain stands firmly behind Ukraine.')).toContain(
      'political-support united-kingdom→ukraine',
    );
  });

  it('gives talks held by a possessive to its owner, and asks members without making one', () => {
    const talks = lines(
      'Somalia recalled its ambassador in protest at Ethiopia’s talks with Somaliland.',
    );
    expect(talks).toContain('meeting ethiopia→somaliland');
    expect(talks).not.toContain('meeting somalia→somaliland');
    // Urging a body's members makes no member of the one who urges, nor of the body it speaks for.
    const asked = lines(
      'The African Union urged the members of the East African Community to back the deal. Kenya is a member of the East African Community.',
    );
    expect(asked.filter((l) => l.startsWith('membership'))).toEqual([
      'membership kenya→east-african-community',
    ]);
    // "Other members": the one who urges is a member too.
    expect(
      lines('Kenya urged other members of the East African Community to back the deal.'),
    ).toContain('membership kenya→east-african-community');
  });

  it('joins an inner word or the last two of a long name to it', () => {
    const text =
      'Brazilian President Luiz Inacio Lula da Silva met Venezuelan Defence Minister Vladimir Padrino Lopez. Lula later spoke with Chile, and Padrino Lopez accused Colombia of lying.';
    const found = lines(text);
    expect(found).toContain('call luiz-inacio-lula-da-silva→chile');
    expect(found).toContain('accusation vladimir-padrino-lopez→colombia');
    expect(actor(text, 'luiz-inacio-lula-da-silva')?.actor.aliases).toContain('Lula');
  });

  it('takes an acronym of a name in another language after a body’s English name', () => {
    const text =
      'Troops clashed with the National Liberation Army (ELN) near the border. Colombia accused the ELN of the attack.';
    expect(lines(text)).toContain('accusation colombia→national-liberation-army');
    // A body the gazetteer knows by its acronym takes the English name too: one actor, not two.
    const pkk = draftOf(
      'Turkey accused the Kurdistan Workers Party (PKK) of the bombing. Sweden cracked down on the PKK.',
    );
    expect(pkk.actors.filter((a) => a.actor.kind === 'group')).toHaveLength(1);
    expect(relationLines(pkk)).toContain('accusation turkey→pkk');
  });

  it('gives a bare title the dateline’s state when the article names it', () => {
    const home = lines(
      'BOGOTA, March 12 — Colombia expelled Venezuela’s ambassador.\n\nPresident Gustavo Petro spoke with Brazil on Wednesday.',
    );
    expect(home).toContain('office gustavo-petro→colombia');
    // Talks abroad: the dateline's capital names a state the article does not.
    const abroad = lines(
      'VIENNA, March 12 — Armenia and Azerbaijan held talks.\n\nPresident Ilham Aliyev spoke with France on Wednesday.',
    );
    expect(abroad).not.toContain('office ilham-aliyev→austria');
    // The same article naming Austria: then the dateline is taken.
    expect(
      lines(
        'VIENNA, March 12 — Austria hosted talks.\n\nPresident Alexander Van der Bellen spoke with France on Wednesday.',
      ),
    ).toContain('office alexander-van-der-bellen→austria');
  });

  it('reads a leader’s government as the state the leader holds office in', () => {
    expect(
      lines(
        'Colombian President Gustavo Petro spoke of the National Liberation Army (ELN). The ELN has been holding peace talks with Petro’s government since 2022.',
      ).filter((l) => l.startsWith('meeting')),
    ).toEqual(['meeting national-liberation-army→colombia 2022/..']);
  });

  it('reads training a state’s forces as military support, and a group linked to another as allied', () => {
    expect(lines('Turkey has trained thousands of Somali soldiers since 2017.')).toContain(
      'military-support turkey→somalia 2017/..',
    );
    expect(lines('The UN trained its own staff in Kenya.')).toEqual([]);
    expect(lines('Al-Shabaab, which is linked to al-Qaeda, rejected the agreement.')).toEqual([
      'alliance al-shabaab→al-qaeda',
    ]);
    // States are not "linked to" one another as groups are.
    expect(lines('Kenya is linked to Somalia by trade.')).toEqual([]);
  });
});
