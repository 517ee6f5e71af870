/**
 * What a path means, in words: each step as a sentence from the vocabulary,
 * and what the chain implies from the stances of its steps (the friend of an
 * enemy, the enemy of an ally), compared with any direct relation.
 */
import { nameOf, type DiplomacyGraph } from './graph';
import type { Path, PathStep } from './paths';
import { relationsBetween } from './queries';
import type { Relation } from './types';
import { stepStance } from './step-lead';
import { RELATION_KINDS, isDirected, type RelationKind, type Stance } from './vocabulary';

export { stepLead, stepStance } from './step-lead';

const fill = (template: string, source: string, target: string): string =>
  template.replace('{source}', () => source).replace('{target}', () => target);

/**
 * A relation told from one of its ends: "Armenia backs Nagorno-Karabakh"
 * from Armenia, "Azerbaijan is backed by Turkey" from Azerbaijan.
 */
export function sentenceFrom(graph: DiplomacyGraph, relation: Relation, from: string): string {
  const kind: RelationKind = RELATION_KINDS[relation.kind];
  const directed = isDirected(relation);
  const name = (id: string) => nameOf(graph, id);
  if (directed && relation.source !== from && kind.reverse) {
    return fill(kind.reverse, name(relation.source), name(relation.target));
  }
  if (!directed && relation.source !== from) {
    return fill(kind.sentence, name(relation.target), name(relation.source));
  }
  return fill(kind.sentence, name(relation.source), name(relation.target));
}

export type Verdict = 'same-side' | 'opposite-sides' | 'no-stance' | 'mixed';

export interface Implication {
  verdict: Verdict;
  /** "Russia and Turkey end on opposite sides along this chain". */
  headline: string;
  /** One line on why. */
  reason: string;
  /** How the direct relations between the two ends, if any, compare with the chain. */
  direct?: string;
}

const PAIR_NAMES: Record<string, string> = {
  '1,1': 'the friend of a friend',
  '1,-1': 'the enemy of a friend',
  '-1,1': 'the friend of an enemy',
  '-1,-1': 'the enemy of an enemy',
};

/** What a path implies about the two actors at its ends. */
export function pathImplication(
  graph: DiplomacyGraph,
  path: Path,
  shown: (relation: Relation) => boolean = () => true,
): Implication {
  const name = (id: string) => nameOf(graph, id);
  const from = path.actors[0] as string;
  const to = path.actors[path.actors.length - 1] as string;
  const a = name(from);
  const b = name(to);
  const stances = path.steps.map(stepStance);
  const describe = (step: PathStep) => `${name(step.from)}–${name(step.to)}`;

  let implication: Implication;
  const neutral = path.steps.filter((_, i) => stances[i] === 0);
  const mixed = path.steps.filter((_, i) => stances[i] === 'mixed');
  if (mixed.length > 0) {
    implication = {
      verdict: 'mixed',
      headline: `The chain does not say whether ${a} and ${b} are on the same side`,
      reason: `${mixed.length === 1 ? 'The step' : 'The steps'} ${mixed.map(describe).join(', ')} ${mixed.length === 1 ? 'is' : 'are'} both friendly and hostile.`,
    };
  } else if (neutral.length > 0) {
    const kinds = [
      ...new Set(neutral.flatMap((s) => s.relations.map((r) => RELATION_KINDS[r.kind].label))),
    ];
    implication = {
      verdict: 'no-stance',
      headline: `The chain links ${a} and ${b} but takes no side`,
      reason: `${neutral.length === 1 ? 'The step' : 'The steps'} ${neutral.map(describe).join(', ')} ${neutral.length === 1 ? 'is a neutral tie' : 'are neutral ties'} (${kinds.join(', ')}), which ${neutral.length === 1 ? 'carries' : 'carry'} no stance.`,
    };
  } else {
    const signs = stances as Stance[];
    const hostile = path.steps.filter((_, i) => signs[i] === -1);
    const product = signs.reduce<number>((p, s) => p * s, 1);
    const pattern = signs.length === 2 ? PAIR_NAMES[signs.join(',')] : undefined;
    const count =
      signs.length === 1
        ? `The one step is ${hostile.length ? 'hostile' : 'friendly'}`
        : hostile.length === 0
          ? `All ${signs.length} steps are friendly`
          : `${hostile.length} of ${signs.length} steps ${hostile.length === 1 ? 'is' : 'are'} hostile (${hostile.map(describe).join(', ')})`;
    implication = {
      verdict: product > 0 ? 'same-side' : 'opposite-sides',
      headline:
        product > 0
          ? `${a} and ${b} end on the same side along this chain`
          : `${a} and ${b} end on opposite sides along this chain`,
      reason: `${count}: ${pattern ? `${b} is ${pattern} of ${a}; ` : ''}friendly steps keep sides and each hostile step switches them.`,
    };
  }

  const direct = relationsBetween(graph, from, to).filter(
    (r) => RELATION_KINDS[r.kind].stance !== 0,
  );
  if (
    direct.length > 0 &&
    (implication.verdict === 'same-side' || implication.verdict === 'opposite-sides')
  ) {
    const chain = implication.verdict === 'same-side' ? 1 : -1;
    const agree = direct.filter((r) => RELATION_KINDS[r.kind].stance === chain);
    const labels = (list: Relation[]) =>
      [
        ...new Set(
          list.map(
            (r) => `${RELATION_KINDS[r.kind].label}${shown(r) ? '' : ' (hidden by the filters)'}`,
          ),
        ),
      ].join(', ');
    implication.direct =
      agree.length === direct.length
        ? `The direct relations between ${a} and ${b} (${labels(direct)}) agree with the chain.`
        : agree.length === 0
          ? `The direct relations between ${a} and ${b} (${labels(direct)}) disagree with the chain.`
          : `The direct relations between ${a} and ${b} are split: ${labels(agree)} agree with the chain, ${labels(direct.filter((r) => !agree.includes(r)))} do not.`;
  }
  return implication;
}
