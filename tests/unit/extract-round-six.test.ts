import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const ids = (text: string) => draftOf(text).actors.map((a) => a.actor.id);

/** Forms of wire copy read in the sixth round, on sentences written for these tests. */
describe('extract: titles and places of the sixth round', () => {
  it('gives a title before a body’s name to that body, part of its organisation', () => {
    const found = lines(
      'Kenya hosted the talks. ECOWAS Commission President Omar Touray urged Mali and Guinea to talk.',
    );
    expect(found).toContain('office omar-touray→ecowas-commission');
    expect(found).toContain('part-of ecowas-commission→ecowas');
    expect(found).not.toContain('office omar-touray→kenya');
    const council = lines(
      'Azerbaijani President Ilham Aliyev will host European Council President Antonio Costa.',
    );
    expect(council).toContain('office antonio-costa→european-council');
    expect(council).not.toContain('office antonio-costa→azerbaijan');
  });

  it('gives "chairman of the X Commission" the Commission, not its organisation', () => {
    const found = lines(
      'Moussa Faki Mahamat, chairman of the African Union Commission, hailed the deal.',
    );
    expect(found).toContain('office moussa-faki-mahamat→african-union-commission');
    expect(found).toContain('part-of african-union-commission→african-union');
    expect(found).not.toContain('office moussa-faki-mahamat→african-union');
  });

  it('reads an envoy "in" a capital as posted to its state', () => {
    const found = lines("China's ambassador in Niamey, Jiang Feng, met the prime minister twice.");
    expect(found).toContain('office jiang-feng→china');
    expect(found).toContain('envoy jiang-feng→niger');
  });

  it('reads a capital in the possessive before a title as its state', () => {
    expect(
      lines(
        "Australia said it would stay a partner. Canberra's foreign minister, Penny Wong, will travel to Fiji.",
      ),
    ).toContain('office penny-wong→australia');
  });

  it('gives a former office with its state, as held in the past', () => {
    const found = lines('Trump spoke with former Cambodian leader Hun Sen on Friday.');
    expect(found).toContain('office hun-sen→cambodia historical');
    expect(found).not.toContain('office hun-sen→cambodia');
  });

  it('gives a bare title the state of the place its sentence opens with', () => {
    const found = lines(
      'Niger kept the border shut. In Cotonou, government spokesman Wilfried Houngbedji said the envoys had gone alone.',
    );
    expect(found).toContain('office wilfried-houngbedji→benin');
    expect(found).not.toContain('office wilfried-houngbedji→niger');
  });

  it('reads "President X of Niger" and a capitalised rank before a full name', () => {
    expect(lines('The envoys were received by President Abdourahamane Tiani of Niger.')).toContain(
      'office abdourahamane-tiani→niger',
    );
    const general =
      'Niger closed the border. The envoys were received by General Abdourahamane Tiani.';
    expect(lines(general)).toContain('office abdourahamane-tiani→niger');
    // A rank is no title in a body's name, nor in lower case.
    const bodies = ids(
      'Colombia will complain to the General Secretariat of the bloc. In general, Colombia said, talks help.',
    );
    expect(bodies).not.toContain('secretariat');
    expect(bodies.filter((id) => id !== 'colombia')).toEqual([]);
  });

  it('takes the dateline’s state, with or without a date, once for each leader’s title', () => {
    const text =
      'BAKU, Azerbaijan (AP) — Azerbaijan summoned Russia’s ambassador.\n\nPresident Ilham Aliyev accused Russia of a cover-up. President Vladimir Putin apologised.';
    const found = lines(text);
    expect(found).toContain('office ilham-aliyev→azerbaijan');
    // Azerbaijan has one president: the second bare "President" is not taken for its own.
    expect(found).not.toContain('office vladimir-putin→azerbaijan');
  });

  it('leaves a state named inside a quotation to the quotation', () => {
    const found = lines(
      'BAKU, Azerbaijan (AP) — Azerbaijan summoned Russia’s ambassador.\n\n“We expect the Russian side to act,” ministry spokesman Aykhan Hajizada told reporters.',
    );
    expect(found).toContain('office aykhan-hajizada→azerbaijan');
    expect(found).not.toContain('office aykhan-hajizada→russia');
  });

  it('gives a rebel commander no state', () => {
    expect(
      lines(
        'In 2008 Colombian troops bombed a camp on Ecuadorian soil, killing the rebel commander Raúl Reyes.',
      ),
    ).not.toContain('office raul-reyes→colombia');
  });
});
