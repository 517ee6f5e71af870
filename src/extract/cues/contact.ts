/** Calls, meetings and visits: who spoke with, met or travelled to whom. */
import { cue, type CueRule } from './rule';

export const CONTACT_RULES: CueRule[] = [
  {
    id: 'call.spoke-with',
    kind: 'call',
    cue: cue(
      '\\b(?:spoke|spoken|talked|speaks|talks (?=(?:by|on the|over the) (?:tele)?phone))(?: (?:by|on the|over the) (?:tele)?phone)? (?:with|to)\\b',
    ),
    shape: 'subject-object',
  },
  {
    id: 'call.spoke-by-phone',
    kind: 'call',
    cue: cue('\\b(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone\\b(?! (?:with|to)\\b)'),
    shape: 'subject-object',
  },
  {
    id: 'call.phone-call',
    kind: 'call',
    cue: cue('\\b(?:(?:tele)?phone (?:call|conversation|talks?)|call) (?:with|to)\\b'),
    shape: 'subject-object',
  },
  {
    // "In a phone call with Erdogan on Tuesday, Putin discussed Syria": the one after the comma.
    id: 'call.fronted',
    kind: 'call',
    cue: cue(
      '\\b(?:in|during) (?:a |an |his |her |their |the )?(?:\\S+ ){0,2}?(?:(?:tele)?phone (?:call|conversation|talks?)|call|video call|video conference|videoconference) (?:with|to)\\b',
    ),
    shape: 'fronted-with',
  },
  {
    // "During talks with Lula in Brasilia, Xi called for…": the one after the comma met them.
    id: 'meeting.fronted',
    kind: 'meeting',
    cue: cue(
      '\\b(?:in|during|at) (?:a |an |his |her |their |the )?(?:\\S+ ){0,2}?(?:meeting|talks|discussions|summit|visit) with\\b',
    ),
    shape: 'fronted-with',
  },
  {
    // "The two leaders held phone talks in March": the two called each other.
    id: 'call.held-phone-talks',
    kind: 'call',
    cue: cue(
      '\\b(?:held|hold|holds|holding|had|have|has) (?:a |an )?(?:\\S+ )?(?:tele)?phone (?:call|conversation|talks?)\\b(?! (?:with|to)\\b)',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
  },
  {
    // "Putin and Erdogan discussed the grain deal in a phone call": the pair before it spoke.
    id: 'call.in-a-call',
    kind: 'call',
    cue: cue(
      '\\b(?:in|during|over) (?:a |an |their |the )?(?:\\S+ )?(?:(?:tele)?phone (?:call|conversation|talks?)|video ?call|video ?conference|videoconference)\\b(?! (?:with|to|between|of|among|hosted|organi[sz]ed|chaired|convened)\\b)',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
    // Only when the pair did the talking ("discussed", "agreed"), not when they were talked
    // about or did something else there ("were criticised in a G7 video call", "blocked the
    // package during a videoconference", "Lukashenko said in a video call").
    notAfter:
      /^(?![\s\S]*\b(?:discussed|discuss|discusses|agreed|agree|agrees|spoke|talked|reviewed|exchanged views|held talks)\b)|\b(?:were|was|been|being|are|is)\s+(?:\S+\s+)?(?:discussed|reviewed|agreed)\b/i,
  },
  {
    // "Erdogan told Putin in a telephone call that…", "Putin discussed the grain deal with
    // Erdogan in a phone call": the one told, or discussed with, was on the call.
    id: 'call.told-in-a-call',
    kind: 'call',
    cue: cue(
      '\\b(?:told|tells|warned|warns|assured|assures|informed|informs|urged|urges|discussed (?:[\\p{L}-]+ ){1,4}?with|spoke (?:[\\p{L}-]+ ){0,2}?with)\\b(?= (?:\\S+ ){1,6}?(?:in|during|over) (?:a |an |their |the )?(?:\\S+ )?(?:(?:tele)?phone (?:call|conversation)|video ?call)\\b(?! (?:with|between|of)\\b))',
    ),
    shape: 'subject-object',
    reach: 4,
  },
  {
    id: 'call.called',
    kind: 'call',
    cue: cue('\\b(?:phoned|telephoned|rang)\\b'),
    shape: 'subject-object',
    reach: 12,
  },
  {
    // "Merz called Polish Prime Minister Donald Tusk on Tuesday": a person called, with nothing
    // said of them after ("called Putin a war criminal", "called Putin's remarks…" are not).
    id: 'call.called-person',
    kind: 'call',
    cue: cue('(?<!so-)\\bcalled\\b(?! (?:for|on|upon|off|in|up|out|back)\\b)'),
    shape: 'subject-object',
    reach: 8,
    targetKinds: ['person'],
    notBefore:
      /^(?:['’]s\b|\s+(?!(?:on|to|by|and|in|last|this|late|early|over|about|after|before|for|at|from|twice|again|yesterday|today|shortly|on)\b)[\p{L}“"‘])/u,
  },
  {
    // "Mohammed bin Salman shook hands with Assad": met in person.
    id: 'meeting.shook-hands',
    kind: 'meeting',
    cue: cue('\\b(?:shook|shakes|shake|shaking) hands\\b(?: with\\b)?'),
    shape: 'subject-object',
    reach: 8,
  },
  {
    id: 'meeting.met',
    kind: 'meeting',
    cue: cue('\\b(?:met|meets|meet|meeting) (?!between\\b)(?:with )?'),
    shape: 'subject-object',
    reach: 8,
    // "proposed a meeting of both countries' ministers": a meeting asked for, of others.
    notAfter:
      /\b(?:proposed|suggested|called for|requested|sought|asked for|offered)\s+(?:an?\s+|the\s+)?(?:\S+\s+)?$/i,
  },
  {
    id: 'meeting.between',
    kind: 'meeting',
    cue: cue('\\b(?:meeting|summit|encounter) between\\b'),
    shape: 'pair-after',
  },
  {
    id: 'meeting.received',
    kind: 'meeting',
    cue: cue('\\b(?:received|receives|welcomed|welcomes)\\b'),
    shape: 'subject-object',
    reach: 4,
    targetKinds: ['person'],
  },
  {
    id: 'meeting.talks-with',
    kind: 'meeting',
    cue: cue('\\b(?:held talks|talks|meeting|summit) with\\b'),
    shape: 'subject-object',
    // "Ethiopia’s talks with Somaliland": Ethiopia's.
    possessive: true,
  },
  {
    id: 'visit.travel-to',
    kind: 'visit',
    cue: cue(
      '\\b(?:travel(?:led|ed|s|ling|ing)?|fl(?:y|ies|ew)|head(?:ed|s)?|went|go(?:es)?|arriv(?:ed|es|ing|e)|land(?:ed|s|ing)?|trips?|visits?|journey)(?: on| back| onward)? (?:to|in)\\b',
    ),
    shape: 'subject-object',
    places: true,
    reach: 12,
  },
  {
    // "Kallas, who is due in Chisinau on Friday": a visit to come.
    id: 'visit.due-in',
    kind: 'visit',
    cue: cue('\\b(?:is|are|was|were) (?:due|expected) in\\b'),
    shape: 'subject-object',
    places: true,
    reach: 12,
    status: 'planned',
  },
  {
    id: 'visit.hosted',
    kind: 'visit',
    cue: cue('\\bhost(?:s|ed|ing)?\\b(?! by\\b)'),
    shape: 'object-subject',
    reach: 4,
    sourceKinds: ['person'],
  },
  {
    // "Standing beside Guyanese President Irfaan Ali, Rubio said…": the two appeared together
    // ("spoke with" is a call or a meeting of its own; "flanked by the two men" a mediator's).
    id: 'meeting.beside',
    kind: 'meeting',
    cue: cue(
      '\\b(?:standing|stood|speaking|spoke|appearing|appeared|seated|sitting) (?:beside|alongside|next to)\\b|\\b(?:at|during) an? (?:joint )?(?:news|press) conference (?:with|alongside)\\b',
    ),
    shape: 'agent-by',
    reach: 8,
    sourceKinds: ['person'],
    targetKinds: ['person'],
  },
  {
    // "Tokayev hosts Mirziyoyev in Astana": the two met, as well as the guest's visit.
    id: 'meeting.hosted',
    kind: 'meeting',
    cue: cue('\\bhost(?:s|ed|ing)?\\b(?! by\\b)'),
    shape: 'subject-object',
    reach: 4,
    sourceKinds: ['person'],
    targetKinds: ['person'],
    maxObjects: 1,
  },
  {
    id: 'meeting.hosted-together',
    kind: 'meeting',
    cue: cue('\\bhost(?:s|ed|ing)?\\b(?! by\\b)'),
    shape: 'pair-after',
    reach: 4,
    sourceKinds: ['person'],
    // "…hosted Pashinyan and Aliyev in Brussels, but the two leaders refused to meet."
    notBefore:
      /^[^.;]*\b(?:refused|refuse|refuses|declined|decline|declines|did not|would not|will not)\s+(?:to\s+)?meet\b/i,
  },
  {
    id: 'visit.visited',
    kind: 'visit',
    cue: cue('\\b(?:visit(?:ed|s|ing)?|toured)\\b(?! (?:to|by|from)\\b)'),
    shape: 'subject-object',
    places: true,
    reach: 8,
    notAfter: /\binvit\w*\b[^.;]*\bto\s+$/i,
  },
  {
    id: 'visit.invited-to-visit',
    kind: 'visit',
    cue: cue('\\binvit(?:ed|es|ing)\\b'),
    shape: 'invite',
    places: true,
    status: 'planned',
  },
];
