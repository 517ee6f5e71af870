import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, isRelationKind, foldText, type Dataset } from '../../src/model';
import { trustedDataset } from '../../src/state/bundled';
import { parseBundled, readBundled } from './_bundled';

const result = parseBundled();
const dataset = result.dataset as Dataset;

const relation = (id: string) => dataset.relations.find((r) => r.id === id);
const between = (a: string, b: string) =>
  dataset.relations.filter(
    (r) => (r.source === a && r.target === b) || (r.source === b && r.target === a),
  );

describe('the bundled Nagorno-Karabakh dataset', () => {
  it('is valid, with no error and no warning', () => {
    expect(result.problems).toEqual([]);
    expect(dataset).not.toBeNull();
  });

  it('reads the same taken as it is as validated, so the page need not validate it', () => {
    expect(trustedDataset(readBundled().text)).toEqual(dataset);
  });

  it('quotes its source verbatim in every piece of evidence', () => {
    const { sourceTexts } = readBundled();
    const source = foldText(sourceTexts.get('wapo-2016-04-05') ?? '');
    expect(source.length).toBeGreaterThan(5000);
    const quotes = [
      ...dataset.relations.flatMap((r) => r.evidence),
      ...dataset.actors.flatMap((a) => a.evidence ?? []),
    ];
    expect(quotes.length).toBeGreaterThan(dataset.relations.length);
    for (const { quote } of quotes) expect(source).toContain(foldText(quote));
  });

  it('quotes only the report, not its photo captions or page furniture', () => {
    const { sourceTexts } = readBundled();
    const text = sourceTexts.get('wapo-2016-04-05') ?? '';
    const reportEnd = text.indexOf('Read more:');
    const captions = text
      .split('\n')
      .filter((line) => line.endsWith('(Vahan Stepanyan/AP)') || line.endsWith('(Staff/Reuters)'));
    expect(captions).toHaveLength(2);
    for (const { quote } of dataset.relations.flatMap((r) => r.evidence)) {
      const q = foldText(quote);
      expect(foldText(text.slice(0, reportEnd))).toContain(q);
      for (const caption of captions) expect(foldText(caption)).not.toContain(q);
    }
  });

  it('puts every actor in at least one relation', () => {
    const used = new Set(dataset.relations.flatMap((r) => [r.source, r.target]));
    expect(dataset.actors.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('uses only relation kinds of the vocabulary', () => {
    for (const r of dataset.relations) expect(isRelationKind(r.kind), r.kind).toBe(true);
  });

  it('names the people the report quotes or names, with their offices', () => {
    const people = dataset.actors.filter((a) => a.kind === 'person');
    expect(people.map((p) => p.id).sort()).toEqual(
      [
        'aliyev',
        'cavusoglu',
        'giragosian',
        'lavrov',
        'medvedev',
        'putin',
        'sarkisian',
        'suleymanov',
      ].sort(),
    );
    for (const person of people) {
      const offices = dataset.relations.filter(
        (r) => r.kind === 'office' && r.source === person.id,
      );
      expect(
        offices.map((r) => r.target),
        person.id,
      ).toContain(person.affiliation);
    }
  });

  it('resolves weekdays against the publication date, Tuesday 5 April 2016', () => {
    expect(relation('putin-calls-aliyev')?.date).toBe('2016-04-05');
    expect(relation('cease-fire-2016')?.date).toBe('2016-04-05');
    expect(relation('offensive')?.date).toBe('2016-04-02');
    expect(relation('medvedev-visits-armenia')).toMatchObject({
      date: '2016-04-07',
      status: 'planned',
    });
    expect(relation('turkey-downs-russian-jet')?.date).toBe('2015');
  });

  it('marks claims with their claimants and planned trips as planned', () => {
    for (const r of dataset.relations) {
      if (r.status === 'claimed' || r.status === 'alleged')
        expect(r.claimedBy?.length, r.id).toBeGreaterThan(0);
    }
    expect(relation('turkey-supports-islamic-state')).toMatchObject({
      status: 'alleged',
      claimedBy: ['russia'],
    });
    expect(relation('offensive')?.claimedBy).toEqual(['armenia', 'nagorno-karabakh']);
    expect(relation('lavrov-visits-azerbaijan')?.status).toBe('planned');
  });

  it('holds the Russia-Turkey tension, the downed jet, the sanctions and the accusation', () => {
    expect(
      between('russia', 'turkey')
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['accusation', 'attack', 'sanction', 'tension'].sort());
  });

  it('holds the chain that could draw Russia and Turkey in', () => {
    expect(between('russia', 'armenia').map((r) => r.kind)).toContain('alliance');
    expect(between('armenia', 'nagorno-karabakh').map((r) => r.kind)).toContain('support');
    expect(between('nagorno-karabakh', 'azerbaijan').map((r) => r.kind)).toContain(
      'armed-conflict',
    );
    expect(between('turkey', 'azerbaijan').map((r) => r.kind)).toContain('support');
  });

  it('draws hostile and cooperative relations from the vocabulary stances', () => {
    const stances = new Set(dataset.relations.map((r) => RELATION_KINDS[r.kind].stance));
    expect([...stances].sort()).toEqual([-1, 0, 1]);
  });
});
