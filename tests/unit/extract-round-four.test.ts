import { describe, expect, it } from 'vitest';
import { draftOf, relationLines } from './_extract';

const lines = (text: string) => relationLines(draftOf(text));
const offices = (text: string) => lines(text).filter((l) => l.startsWith('office '));

/** Cue forms of the fourth round, each on a sentence written for the test. */
describe('extract: cue forms of the fourth round', () => {
  it('gives a bare title the state its sentence names as its own, before it', () => {
    expect(
      offices(
        'Mexican diplomats flew home from Quito on Sunday after President Andres Manuel Lopez Obrador broke off relations with Ecuador.',
      ),
    ).toEqual(['office andres-manuel-lopez-obrador→mexico']);
    // Not a state the sentence names as a place or a party, nor one after the title.
    // (Someone the assistant does not know: it knows Masoud Pezeshkian for Iran's.)
    expect(offices('Talks with Iran stalled before President Dariush Kamali spoke.')).toEqual([]);
    expect(offices('Foreign Minister Sergei Lavrov said Ukraine would lose.')).toEqual([]);
    expect(
      offices(
        'Prime Minister Anthony Albanese and his Papua New Guinea counterpart, James Marape, signed the treaty.',
      ),
    ).not.toContain('office anthony-albanese→papua-new-guinea');
  });

  it('reads the AP spelling of a demonym, and a caretaker’s title after a possessive', () => {
    expect(offices('Ecuadorean President Daniel Noboa defended the operation.')).toEqual([
      'office daniel-noboa→ecuador',
    ]);
    expect(
      offices('Lebanon’s caretaker prime minister, Najib Mikati, called the truce a first step.'),
    ).toEqual(['office najib-mikati→lebanon']);
  });

  it('reads firing at a state as an attack, and a memorandum signed with one as a negotiation', () => {
    expect(lines('Hezbollah began firing rockets at Israel on Monday.')).toEqual([
      'attack hezbollah→israel 2023-04-03',
    ]);
    expect(lines('Ethiopia signed a memorandum of understanding with Somaliland.')).toEqual([
      'negotiation ethiopia→somaliland',
    ]);
  });

  it('reads one due in a capital as a planned visit to its state', () => {
    expect(
      lines(
        'European Union foreign policy chief Kaja Kallas, who is due in Chisinau on Friday, said the bloc would act.',
      ),
    ).toContain('visit kaja-kallas→moldova planned 2023-04-07');
  });

  it('reads relations that collapsed as tension, and two that agreed as having negotiated', () => {
    expect(lines('Relations between Addis Ababa and Mogadishu collapsed in January.')).toEqual([
      'tension ethiopia→somalia 2023-01',
    ]);
    expect(
      lines('Ethiopia and Somalia agreed late on Wednesday to set aside their dispute.'),
    ).toEqual(['negotiation ethiopia→somalia 2023-04-05', 'tension ethiopia→somalia 2023-04-05']);
    // One alone agreeing to nothing named is no negotiation.
    expect(lines('Turkey agreed to consider the request.')).toEqual([]);
  });

  it('reads a backer in an apposition as backing the name it describes', () => {
    expect(
      lines(
        'The row comes as Transnistria, a Russian-backed separatist region on Moldova’s eastern border, struggles with power cuts.',
      ),
    ).toEqual(['support russia→transnistria']);
    expect(lines('Armenian-backed Nagorno-Karabakh said it would respond.')).toEqual([
      'support armenia→nagorno-karabakh',
    ]);
  });

  it('reads an envoy declared persona non grata as a sanction, and severing ties as tension', () => {
    expect(lines('Quito had declared the Mexican ambassador persona non grata.')).toEqual([
      'sanction ecuador→mexico',
    ]);
    expect(lines('Nicaragua said it was also severing ties with Ecuador.')).toEqual([
      'tension nicaragua→ecuador',
    ]);
  });

  it('reads police advisers sent to a state as support, and an agreement between two as talks', () => {
    expect(lines('Beijing has sent police advisers to Solomon Islands.')).toEqual([
      'military-support china→solomon-islands',
    ]);
    expect(
      lines('A separate security agreement between Australia and Vanuatu has stalled.'),
    ).toEqual(['negotiation australia→vanuatu']);
  });

  it('reads an act called an assault or a provocation as a charge against whoever did it', () => {
    expect(
      lines(
        'Ethiopia signed a memorandum of understanding with Somaliland. Mogadishu called the deal an assault on its sovereignty.',
      ),
    ).toContain('accusation somalia→ethiopia');
    expect(
      lines(
        'Moldova expelled three Russian diplomats. Spokeswoman Maria Zakharova called the expulsions “a hysterical provocation”.',
      ),
    ).toContain('accusation maria-zakharova→moldova');
    // What is called something else is no charge.
    const praised = lines('Japan signed a deal with India. Beijing called the deal a great step.');
    expect(praised.filter((l) => l.startsWith('accusation'))).toEqual([]);
  });

  it('reads "both countries" as the two states the sentence before names, listed or not', () => {
    expect(
      lines(
        'Denmark said it was open to criticism from the United States. Both countries are members of NATO.',
      ),
    ).toEqual(['membership denmark→nato', 'membership united-states→nato']);
    // Three states before: "both" stands for none of them.
    expect(
      lines(
        'Denmark met Norway in Oslo after Sweden left. Both countries are members of NATO.',
      ).filter((l) => l.startsWith('membership')),
    ).toEqual([]);
  });

  it('reads an attack on a region of a state as on the state, and a facilitator of the talks', () => {
    expect(lines('The Hamas attack on southern Israel killed many.')).toEqual([
      'attack hamas→israel',
    ]);
    expect(
      lines(
        'Ethiopia and Somalia agreed on Wednesday to set aside their dispute. The two neighbours will open negotiations by February, with Turkey acting as facilitator.',
      ).filter((l) => l.startsWith('mediation')),
    ).toEqual(['mediation turkey→ethiopia', 'mediation turkey→somalia']);
    // Without talks in the article, a facilitator facilitates nothing named.
    expect(lines('Turkey is acting as facilitator.')).toEqual([]);
  });
});
