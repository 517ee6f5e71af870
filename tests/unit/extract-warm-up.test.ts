// The sample the assistant's worker reads when it starts: it must go through the same stages as
// an article (names, titles, places, relations of several families), or it warms nothing.
import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../src/extract';
import { WARM_UP_ARTICLE } from '../../src/extract/warm-up';

describe('the assistant’s warm-up', () => {
  it('reads a sample that proposes actors of every kind it names and relations of several families', () => {
    const draft = extractDraft(WARM_UP_ARTICLE);
    const kinds = new Set(draft.actors.map((a) => a.actor.kind));
    expect([...kinds].sort()).toEqual(['international-organization', 'person', 'state']);
    const families = new Set(draft.relations.map((r) => r.rule.split('.')[0]));
    expect(families.size).toBeGreaterThanOrEqual(6);
    expect(draft.relations.some((r) => r.relation.date)).toBe(true);
  });
});
