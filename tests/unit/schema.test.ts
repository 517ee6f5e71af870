import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { ACTOR_KIND_IDS, RELATION_KIND_IDS, RELATION_STATUS_IDS } from '../../src/model';
import { readBundled } from './_bundled';

const schema = JSON.parse(readFileSync('data/dataset.schema.json', 'utf8')) as {
  $defs: Record<string, { properties: Record<string, { enum?: string[] }> }>;
};
type Loose = { relations: Record<string, unknown>[]; actors: Record<string, unknown>[] };

const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('data/dataset.schema.json', () => {
  it('lists exactly the kinds and statuses of the vocabulary', () => {
    expect(schema.$defs['actor']?.properties['kind']?.enum).toEqual(ACTOR_KIND_IDS);
    expect(schema.$defs['relation']?.properties['kind']?.enum).toEqual(RELATION_KIND_IDS);
    expect(schema.$defs['relation']?.properties['status']?.enum).toEqual(RELATION_STATUS_IDS);
  });

  it('accepts the bundled dataset', () => {
    const ok = validate(JSON.parse(readBundled().text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts a relation without evidence, a position, a colour and a direction', () => {
    const data = JSON.parse(readBundled().text) as Loose;
    delete data.relations[1]!.evidence;
    data.relations[2]!.evidence = [];
    data.relations[2]!.kind = 'other';
    data.relations[2]!.directed = true;
    data.actors[0]!.position = { x: 1, y: -2.5 };
    data.actors[0]!.color = '#112233';
    expect(validate(data)).toBe(true);
  });

  it('accepts what an import keeps, and a relation from an actor to itself', () => {
    const data = JSON.parse(readBundled().text) as Loose;
    data.actors[0]!.originalKind = 'militia';
    data.actors[0]!.placeholder = true;
    data.actors[0]!.attributes = { iso3: 'RUS', members: 4, nuclear: true };
    data.relations[0]!.weight = 2.5;
    data.relations[0]!.target = data.relations[0]!.source;
    expect(validate(data)).toBe(true);
  });

  it.each([
    [
      'an attribute that is an object',
      (d: Loose) => (d.actors[0]!.attributes = { a: {} }),
      '/actors/0/attributes/a',
    ],
    [
      'an unknown relation kind',
      (d: Loose) => (d.relations[0]!.kind = 'friendship'),
      '/relations/0/kind',
    ],
    ['a colour by name', (d: Loose) => (d.actors[0]!.color = 'red'), '/actors/0/color'],
    [
      'a position without y',
      (d: Loose) => (d.actors[0]!.position = { x: 1 }),
      '/actors/0/position',
    ],
    ['a missing actor name', (d: Loose) => delete d.actors[0]!.name, '/actors/0'],
    ['a written-out date', (d: Loose) => (d.relations[0]!.date = 'April 5'), '/relations/0/date'],
  ])('rejects %s', (_name, change, where) => {
    const data = JSON.parse(readBundled().text) as Loose;
    change(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(where);
  });
});
