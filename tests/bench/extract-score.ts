/**
 * Scoring a draft against what a careful reader drew: actors match by name
 * or alias (case and typography folded); a relation counts when it joins the
 * right pair (either way round) with a kind of the right stance family, each
 * gold relation matched once at most (the same kind first).
 */
import { RELATION_KINDS, foldText, type RelationKindId } from '../../src/model';
import type { Draft } from '../../src/extract';

export interface GoldActor {
  id: string;
  name: string;
  aliases?: string[];
}
export interface GoldRelation {
  source: string;
  target: string;
  kind: RelationKindId;
}
export interface Gold {
  text: string;
  actors: GoldActor[];
  relations: GoldRelation[];
}

export interface Score {
  actors: { gold: number; proposed: number; found: number; correct: number };
  relations: { gold: number; proposed: number; found: number; correct: number };
  quotes: { total: number; verbatim: number };
  /** For each relation rule: how many of its proposals were right and wrong. */
  rules: Map<string, { right: number; wrong: number }>;
  /** The reader's relations not found, and the proposals that match none (to study the tuning half). */
  missed: GoldRelation[];
  wrong: Draft['relations'];
}

const fold = (name: string) => foldText(name).toLowerCase().replace(/\./g, '');

export function score(gold: Gold, draft: Draft): Score {
  const goldOf = new Map<string, string>();
  for (const actor of gold.actors)
    for (const name of [actor.name, ...(actor.aliases ?? [])]) goldOf.set(fold(name), actor.id);
  const mapped = new Map<string, string>();
  for (const p of draft.actors) {
    const id = [p.actor.name, ...p.actor.aliases].map((n) => goldOf.get(fold(n))).find(Boolean);
    if (id) mapped.set(p.actor.id, id);
  }
  const foundActors = new Set(mapped.values());
  const used = new Set<number>();
  const right = new Set<string>();
  let correct = 0;
  const stance = (kind: RelationKindId) => RELATION_KINDS[kind].stance;
  // Same kind first, then the same stance family.
  const order = [...draft.relations].sort((a, b) => a.relation.kind.localeCompare(b.relation.kind));
  for (const pass of ['kind', 'stance'] as const) {
    for (const p of order) {
      if (right.has(p.id)) continue;
      const s = mapped.get(p.relation.source.id);
      const t = mapped.get(p.relation.target.id);
      if (!s || !t) continue;
      const index = gold.relations.findIndex(
        (g, i) =>
          !used.has(i) &&
          ((g.source === s && g.target === t) || (g.source === t && g.target === s)) &&
          (pass === 'kind'
            ? g.kind === p.relation.kind
            : stance(g.kind) === stance(p.relation.kind)),
      );
      if (index < 0) continue;
      used.add(index);
      right.add(p.id);
      correct++;
    }
  }
  const rules = new Map<string, { right: number; wrong: number }>();
  for (const p of draft.relations) {
    const tally = rules.get(p.rule) ?? { right: 0, wrong: 0 };
    if (right.has(p.id)) tally.right++;
    else tally.wrong++;
    rules.set(p.rule, tally);
  }
  const quotes = [
    ...draft.actors.map((a) => a.evidence),
    ...draft.relations.flatMap((r) => [r.evidence, ...r.alsoIn]),
  ];
  return {
    actors: {
      gold: gold.actors.length,
      proposed: draft.actors.length,
      found: gold.actors.filter((a) => foundActors.has(a.id)).length,
      correct: draft.actors.filter((a) => mapped.has(a.actor.id)).length,
    },
    relations: {
      gold: gold.relations.length,
      proposed: draft.relations.length,
      found: used.size,
      correct,
    },
    rules,
    missed: gold.relations.filter((_, i) => !used.has(i)),
    wrong: draft.relations.filter((p) => !right.has(p.id)),
    quotes: {
      total: quotes.length,
      verbatim: quotes.filter((q) => gold.text.slice(q.start, q.end) === q.quote && q.quote !== '')
        .length,
    },
  };
}
