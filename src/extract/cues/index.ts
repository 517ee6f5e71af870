/** Every cue rule, by family. */
import { CONTACT_RULES } from './contact';
import { COOPERATION_RULES } from './cooperation';
import { HOSTILITY_RULES } from './hostility';
import { PAIR_RULES } from './pairs';
import type { CueRule } from './rule';

export type { CueRule, Shape } from './rule';

export const CUE_RULES: readonly CueRule[] = [
  ...CONTACT_RULES,
  ...COOPERATION_RULES,
  ...HOSTILITY_RULES,
  ...PAIR_RULES,
];
