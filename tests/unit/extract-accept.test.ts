import { describe, expect, it } from 'vitest';
import { resolveActorRef } from '../../src/extract';
import type { Actor } from '../../src/model';
import { draftOf } from './_extract';

const existing: Actor[] = [
  { id: 'putin', name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'] },
  { id: 'us', name: 'United States', kind: 'state', aliases: ['U.S.', 'Washington'] },
  { id: 'nk', name: 'Nagorno‑Karabakh', kind: 'de-facto-state' },
];

describe('extract: a relation’s ends on the map', () => {
  const draft = draftOf(
    'Russian President Vladimir Putin spoke with U.S. President Joe Biden. Putin will visit Washington.',
  );
  const call = draft.relations.find((r) => r.relation.kind === 'call')!;

  it('takes the id an end’s proposal was accepted under first', () => {
    const accepted = new Map([['vladimir-putin', 'putin-2']]);
    expect(resolveActorRef(call.relation.source, accepted, existing)).toBe('putin-2');
  });

  it('else finds the actor already on the map by name or alias, case and typography folded', () => {
    expect(resolveActorRef(call.relation.source, new Map(), existing)).toBe('putin');
    const visit = draft.relations.find((r) => r.relation.kind === 'visit')!;
    expect(resolveActorRef(visit.relation.target, new Map(), existing)).toBe('us');
    // The map's name has a non-breaking hyphen; the article's an ASCII one.
    expect(
      resolveActorRef({ id: 'x', name: 'nagorno-karabakh ', aliases: [] }, new Map(), existing),
    ).toBe('nk');
  });

  it('is undefined when neither is there: the relation waits for its actor', () => {
    expect(resolveActorRef(call.relation.target, new Map(), existing)).toBeUndefined();
  });
});
