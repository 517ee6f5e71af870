/**
 * Relations news copy writes as two names joined by a hyphen before a noun:
 * "U.S.-China tensions", "the Armenia-Azerbaijan talks", "the Iran-Iraq war",
 * "Russian-Ukrainian talks". The two hold the relation together.
 */
import { cue, type CueRule } from './rule';

/** The hyphen between two names (a dash too). */
const HYPHEN = cue('(?<=[\\p{L}.])[-–](?=\\p{Lu})');

/** The noun after the pair, past one or two words ("U.S.-China trade talks"). */
const after = (nouns: string) => new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${nouns})\\b`, 'u');

export const PAIR_RULES: CueRule[] = [
  {
    id: 'negotiation.hyphen-pair',
    kind: 'negotiation',
    cue: HYPHEN,
    shape: 'hyphen-pair',
    nouns: after('talks|negotiations|deal|agreement|accord|treaty|dialogue'),
  },
  {
    id: 'meeting.hyphen-pair',
    kind: 'meeting',
    cue: HYPHEN,
    shape: 'hyphen-pair',
    nouns: after('summit|meeting'),
  },
  {
    id: 'tension.hyphen-pair',
    kind: 'tension',
    cue: HYPHEN,
    shape: 'hyphen-pair',
    nouns: after('tensions?|rivalry|dispute|standoff|feud|row|spat|hostility'),
  },
  {
    id: 'armed-conflict.hyphen-pair',
    kind: 'armed-conflict',
    cue: HYPHEN,
    shape: 'hyphen-pair',
    nouns: after('war|conflict|fighting|clashes'),
  },
  {
    id: 'cease-fire.hyphen-pair',
    kind: 'cease-fire',
    cue: HYPHEN,
    shape: 'hyphen-pair',
    nouns: after('cease-?fire|truce|armistice'),
  },
  {
    id: 'alliance.hyphen-pair',
    kind: 'alliance',
    cue: HYPHEN,
    shape: 'hyphen-pair',
    nouns: after('alliance|defen[cs]e pact|security pact'),
  },
];
