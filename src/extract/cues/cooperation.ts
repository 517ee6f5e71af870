/** Mediation, support, alliances, membership, negotiation and statements. */
import { SEPARATIST } from './hostility';
import { cue, goingOn, type CueRule } from './rule';
import { HEADING } from '../text';

const ORGANIZATIONS = ['international-organization'] as const;

/** What is lent or granted to a state ("a credit line", "budget support", "a bailout"). */
const LOAN =
  '(?:loans?|credit lines?|lines? of credit|credits?|grants?|budget support|debt relief|bailouts?|rescue packages?)';
/** Words that qualify a loan ("a fresh emergency loan"). */
const LOAN_TERMS = '(?:new |fresh |further |emergency |concessional |cheap )*';

/** A sum of money: "$50 million", "140 million Australian dollars", "an additional 2 billion euros". */
const SUM =
  '(?:an? (?:additional |extra |further )?)?(?:[$€£]\\s?)?\\d[\\d.,]* (?:million|billion|bn|m)\\b(?: (?:[\\p{Lu}][\\p{L}]+ )?(?:dollars|euros|pounds|yuan|yen|rupees|francs))?(?: (?:in|of) (?:aid|loans|grants|funding|assistance))?';

/**
 * Not a sum to something a name owns other than its state's own ("to the IMF's poverty trust",
 * "to Ukraine's neighbours"; "to Ukraine's reconstruction" is Ukraine's).
 */
const NOT_OWNED =
  "(?!\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.-]*(?:\\s+[\\p{Lu}][\\p{L}.-]*)*['’]s\\s+(?!(?:government|central bank|treasury|budget|army|armed forces|military|reconstruction|economy|people|defen[cs]e)\\b))";

/**
 * Words that open a list of those a noun means, after a few words that qualify it: ", including",
 * " in the region, among them".
 */
const LISTED =
  '(?:(?: [\\p{Ll}-]+){0,3},|,)? (?:among them|including|such as|notably|chief among them)\\b';
/** An organisation's gathering, not the organisation: "left the NATO summit", "joined the EU talks". */
const GATHERING =
  /^\s+(?:summit|meeting|talks|session|conference|gathering|forum|ministerial|headquarters|building|debate|event)s?\b/i;
/** Words before a membership that deny or only seek it. */
const BARRED =
  /\b(?:block\w*|veto\w*|oppos\w*|reject\w*|den(?:y|ied|ies)|bid|bids|application|applied|appl(?:y|ies)|seek\w*|sought|aspir\w*)\b[^.;]*$/i;

/** "urged other members of the EAC to…": the members are the ones asked, not the speaker. */
const BARRED_OR_ASKED = new RegExp(
  `${BARRED.source}|\\b(?:urged|urges|called on|calls on|asked|asks|invited|invites|told|tells|pressed|appealed to)\\s+(?:the\\s+)?(?:all\\s+)?$`,
  'i',
);
/** Before a participle that describes ("heavily armed troops", "were trained"), not one that acts. */
const DESCRIBED =
  '(?<!(?:heavily|well|lightly|poorly|fully|newly|highly|were|was|are|is|be|been|being) )';
/** The other verb of a pair of supply verbs ("arms and funds", "funds and trains"). */
const SUPPLY_VERB = '(?:arms|armed|arming|funds|funded|funding|finances|financed|financing)';
/** Not a noun: "the funds Qatar pledged", "the arms Russia had stockpiled". */
const SUPPLY_BEFORE = `(?<![\\p{L}-])(?<!\\b(?:the|its|their|his|her|these|those|new|more) )(?:${SUPPLY_VERB} and )?`;
/** After the verb: its pair's other verb, then the one supplied, named ("the Houthis" too). */
const SUPPLY_AFTER = `(?: and (?:${SUPPLY_VERB}|\\p{Ll}+ing))?(?= (?:the )?\\p{Lu})`;

/** Words, not an actor, right before "backed": "a charge backed by UN experts". */
const WORDS_BACKED =
  /\b(?:charges?|claims?|accusations?|allegations?|findings?|assessments?|views?|positions?|resolutions?|proposals?|plans?|motions?|bids?|texts?|drafts?|statements?|reports?|conclusions?|demands?|calls?|candidac(?:y|ies)|initiatives?)\s+(?:(?:that\s+(?:is|was|are|were|has\s+been)|(?:is|was|are|were)|,)\s+)?$/i;

/** The talks a mediator's verb is about: "chaired the talks", "hosted their third round". */
const THE_TALKS =
  '(?:\\S+ ){0,2}?(?:the|these|those|their) (?:\\S+ )?(?:talks|meeting|negotiations|discussions|round)\\b';

/** The article's deal, as a word on it names it: "the agreement", "the Swiss-hosted talks". */
const THE_DEAL =
  "(?:the|this|that|their|its|(?:\\S+['’]s)) (?:[\\p{L}-]+ ){0,2}?(?:deal|agreement|accord|outcome|breakthrough|truce|cease-?fire|declaration|talks|pact|reconciliation|rapprochement)\\b(?! between\\b| with\\b)";

/**
 * Before a backer's noun, whose backer it is, as what the subject is: after a copula or a comma
 * ("is Israel's main military backer", "Iran, Hezbollah's main backer"; not "sanctioned Taiwan's
 * arms suppliers").
 */
const WHOSE_AS_WHAT_IT_IS =
  "(?<=(?:\\b(?:is|are|was|were|remains|remain|became|become|been|as)\\s+|,\\s+)(?:the\\s+)?\\S+['’]s (?:[\\p{L}-]+ ){0,2}?)";

export const COOPERATION_RULES: CueRule[] = [
  {
    id: 'mediation.between',
    kind: 'mediation',
    cue: cue(
      // "trying to broker a settlement between the two governments", "brokered a separate peace
      // agreement between", "resumed its mediation between Israel and Hamas", "has brokered
      // several truces between" too.
      '\\b(?:mediat(?:e|ed|es|ing)(?: [\\p{L}\\d-]+){0,4}?|(?:its|their|his|her) mediation(?: efforts| role)?|(?:served|serves|serve|acted|acts|act|acting|serving) as (?:an? |the )?(?:\\S+ )?(?:channel|intermediary|go-between|mediator|bridge|conduit)|broker(?:s|ed|ing)? (?:an? |the )?(?:\\S+ ){0,2}?(?:settlement|deal|agreement|truce|peace|cease-?fire|accord)s?|guarantors?(?: countries| states| nations| powers)? (?:of|for|to) (?:the )?(?:\\S+ ){0,2}?(?:talks|process|negotiations|dialogue|agreement|accord|deal|truce|cease-?fire)) between\\b',
    ),
    shape: 'subject-object',
  },
  {
    id: 'mediation.by',
    kind: 'mediation',
    cue: cue(
      // "met in Geneva under UN auspices": the body named before "auspices".
      '\\b(?:(?:brokered|mediated|facilitated|hosted|chaired|convened|mediation) by|(?:negotiations|talks|process) under(?: the auspices of)?|under(?= (?:the )?(?:\\S+ ){1,3}?auspices\\b))\\b',
    ),
    shape: 'agent-by',
    reach: 12,
    // "The meeting, chaired by Turkish Foreign Minister Hakan Fidan": between the talks' sides.
    talks: true,
    // "The African Union held its annual summit in Addis Ababa, hosted by Ethiopia": a host of
    // a body's gathering mediates nothing, unless talks or sides are named in the clause.
    notAfter:
      /^(?![^.;]*\b(?:between|talks|negotiations)\b)[^.;]*\b(?:summit|assembly|conference|congress|games|ceremony|forum|celebrations?|session)\b[^.;]*$/i,
  },
  {
    id: 'mediation.chaired-talks',
    kind: 'mediation',
    ...goingOn(
      `\\b(?:chair|host|facilitat|broker|mediat|conven|co-?chair|sponsor)(?:ed|es|ing|e|s)?\\b`,
      THE_TALKS,
    ),
    shape: 'subject-object',
    reach: 0,
    talks: true,
  },
  {
    // "…will open negotiations, with Turkey acting as facilitator": between the talks' sides.
    id: 'mediation.acting-as',
    kind: 'mediation',
    cue: cue(
      '\\b(?:acting|acted|acts|act|serving|served|serves|serve) as (?:an? |the )?(?:\\S+ )?(?:facilitator|mediator|intermediary|go-between|broker|guarantor)s?\\b(?! between\\b)',
    ),
    shape: 'subject-object',
    nearSubject: true,
    reach: 0,
    talks: true,
  },
  {
    // "Oman, which has long served as a go-between for Washington and Tehran": two sides named.
    id: 'mediation.go-between-for',
    kind: 'mediation',
    cue: cue(
      '\\b(?:served|serves|serve|acted|acts|act|acting|serving) as (?:an? |the )?(?:\\S+ )?(?:intermediary|go-between|mediator|channel) for\\b',
    ),
    shape: 'subject-object',
    reach: 1,
    minObjects: 2,
  },
  {
    id: 'mediation.hosted-talks',
    kind: 'mediation',
    cue: cue('\\bhost(?:ed|s|ing)? (?:\\S+ ){0,4}?(?:talks|negotiations) between\\b'),
    shape: 'subject-object',
  },
  {
    id: 'mediation.talks-with-sides',
    kind: 'mediation',
    cue: cue('\\b(?:talks|contacts) with (?=both sides|the two sides)'),
    shape: 'subject-object',
  },
  {
    id: 'mediation.hosted-pair',
    kind: 'mediation',
    cue: cue('\\bhost(?:ed|s|ing)?\\b(?! by\\b)'),
    shape: 'subject-object',
    reach: 8,
    minObjects: 2,
  },
  {
    id: 'support.hyphen-backed',
    kind: 'support',
    cue: cue('-(?:backed|supported)\\b'),
    shape: 'before-after',
    reach: 40,
  },
  {
    id: 'support.forces-sent-by',
    kind: 'military-support',
    cue: cue(
      '\\b(?:fighters|troops|soldiers|mercenaries|forces|advisers|advisors|instructors|paramilitaries) (?:sent|deployed|supplied|provided) by\\b',
    ),
    shape: 'agent-by',
    reach: 12,
  },
  {
    id: 'support.backed-by',
    kind: 'support',
    cue: cue('\\b(?:backed|supported|armed) by\\b'),
    shape: 'agent-by',
    reach: 12,
    // "a charge backed by UN experts", "a resolution supported by France": words, not an actor.
    notAfter: WORDS_BACKED,
  },
  {
    id: 'support.backs',
    kind: 'support',
    cue: cue(
      // Not "hits back at", "backed away from", "turned its back on".
      '(?<!-)\\b(?:(?<!\\b(?:its|their|his|her) )(?:back|backs)(?! (?:at|away|down|off|out|to|into)\\b)|(?:backed|backing)(?! (?:at|away|down|off|out|to|into)\\b)|support|supports|supported|supporting|sided with|sides with|side with|siding with)\\b',
    ),
    shape: 'subject-object',
    // "continued American support for Guyana": the demonym before the noun is its source.
    modifier: true,
    reach: 8,
    notAfter: WORDS_BACKED,
  },
  {
    id: 'support.military-aid',
    kind: 'military-support',
    cue: cue(
      '\\b(?:military|arms|weapons|defen[cs]e) (?:aid|support|assistance|help|sales|supplies|deliveries|shipments|equipment)(?: \\S+){0,3}? (?:to|for)\\b',
    ),
    shape: 'subject-object',
    modifier: true,
    reach: 12,
  },
  {
    // "Turkey has trained thousands of Somali soldiers", "trains Ukraine’s pilots".
    id: 'support.trained-forces',
    kind: 'military-support',
    cue: cue(
      // Not "the armed forces of Ukraine" (a noun), "US-trained troops" (the trainer is another),
      // "trained by British officers" (the passive), nor "trained its missiles on" (aiming).
      `(?<![\\p{L}-])(?:trains|train|training|arms|equips|${DESCRIBED}(?:trained|armed|equipped))\\b(?! forces\\b| by\\b)(?= (?:(?!on |at )\\S+ ){0,4}?(?:soldiers|troops|forces|pilots|police|officers|army|military|navy|coast guard|recruits|fighters)\\b)`,
    ),
    shape: 'subject-object',
    weak: true,
    reach: 30,
  },
  {
    // "Al-Shabaab, which is linked to al-Qaeda", "an affiliate of the Islamic State".
    id: 'alliance.affiliated',
    kind: 'alliance',
    cue: cue(
      // The cue starts after "linked", so that "is linked to" is no passive awaiting its "by".
      '(?<=\\b(?:linked|affiliated|loyal|allegiance) )(?:to|with)\\b|\\ban? (?:\\S+ )?affiliate of\\b',
    ),
    shape: 'subject-object',
    sourceKinds: ['group'],
    targetKinds: ['group'],
    reach: 6,
    // "clashed with militants loyal to the Islamic State", "a ship linked to Hamas": what is linked
    // is a noun of its own, not the sentence's subject.
    notAfter:
      /\b(?:militants|fighters|rebels|men|people|members|groups?|ship|vessel|boat|individuals|suspects|accounts|companies|firms|cells?|factions?|networks?)\s+(?:(?:it|they|he|she|police|officials)\s+(?:said|says|say)\s+)?(?:(?:were|was|are|is|allegedly|reportedly)\s+)*(?:closely\s+)?(?:linked|affiliated|loyal|allegiance)\s+$/i,
  },
  {
    id: 'support.fought-alongside',
    kind: 'military-support',
    // "Wagner fighters have operated alongside the Malian army" (an army's side, not a mediator's).
    cue: cue(
      '\\b(?:fought|fight|fighting|fights) alongside\\b|\\b(?:operated|operates|operating) alongside(?= (?:the )?(?:\\S+ )?(?:army|armed forces|forces|troops|soldiers|militia)\\b)',
    ),
    shape: 'subject-object',
  },
  {
    id: 'support.supplied-to',
    kind: 'military-support',
    cue: cue(
      '\\b(?:supplied|supplies|supply|supplying|sent|sends|send|sending|delivered|delivers|deliver|provided|provides|provide|pledged|promised|shipped|transferred|flown|flew|flies|airlifted|deployed|deploys|deploy|deploying|stationed) (?:\\S+ ){0,4}?(?:weapons|arms|troops|soldiers|warships|ships|jets|fighter jets|tanks|missiles|drones|radars|ammunition|artillery|air defen[cs]es?|equipment|advisers|advisors|instructors|police officers|police|military personnel|security personnel|peacekeepers|mercenaries|fighters|warplanes|rockets|shells|rifles|munitions|howitzers|armou?red vehicles|military hardware|(?:patrol|military|combat|attack|naval|armed|fighter|missile|air[- ]defen[cs]e|anti-[\\p{L}-]+|\\p{Lu}[\\p{L}\\d-]*) (?:boats|vessels|aircraft|helicopters|systems|batteries)) (?:to|for)\\b',
    ),
    shape: 'subject-object',
    reach: 12,
    // "sanctions on two Chinese companies for supplying drones to Russia": the sanctioned supply.
    notAfter: /\bfor\s+$/i,
  },
  {
    // "Lithuania hosts a German armoured brigade": the state whose forces are hosted supports it.
    id: 'support.hosts-forces',
    kind: 'military-support',
    cue: cue(
      '\\b(?:hosts|hosted|host|hosting|houses|housed)\\b(?= (?:an? |the |some |about |around |nearly |more than )?(?:[\\d,]+ )?(?:[\\p{L}-]+ )?(?:\\p{Lu}[\\p{L}.-]+) (?:[\\p{Ll}-]+ )?(?:brigade|battalion|troops|soldiers|forces|base|bases|military base|contingent|garrison|warships|fighter jets|missile defen[cs]e)\\b)',
    ),
    shape: 'object-subject',
    weak: true,
    reach: 40,
  },
  {
    // "Turkey provides Ukraine with Bayraktar drones": the one provided is after the verb.
    id: 'support.provided-with',
    kind: 'military-support',
    ...goingOn(
      '\\b(?:provided|provides|provide|providing|supplied|supplies|supply|supplying|equipped|equips|equip|equipping)\\b',
      '(?:the )?\\S+ (?:\\S+ )?with (?:(?:more|new|additional|advanced|modern|heavy|long-range|\\p{Lu}[\\p{L}-]*|[\\d,]+) ){0,2}?(?:weapons|arms|drones|missiles|tanks|jets|fighter jets|ammunition|artillery|air defen[cs]es?|military equipment|rockets|shells|howitzers|warplanes)\\b',
    ),
    shape: 'subject-object',
    reach: 6,
    targetKinds: ['state', 'de-facto-state', 'group'],
  },
  {
    // "The United States gave Israel $14 billion in military aid".
    id: 'support.gave-sum-military',
    kind: 'military-support',
    ...goingOn(
      `\\b(?:gave|gives|give|giving|granted|grants|sent|sends|pledged|pledges|promised|promises|approved|approves|provided|provides)\\b`,
      `(?:the )?\\S+ (?:\\S+ )?${SUM} (?:in |of |worth of )?(?:new |additional |more )?(?:military|defen[cs]e|security) (?:aid|assistance|support|funding)\\b`,
    ),
    shape: 'subject-object',
    reach: 6,
  },
  {
    id: 'support.defend',
    kind: 'military-support',
    cue: cue('\\bdefen(?:d|ds|ded|ding)\\b'),
    shape: 'subject-object',
    reach: 8,
  },
  {
    // "Iran, which arms and funds Hamas": a verb of supply straight before the one supplied (both
    // rules quote the pair of verbs whole, so that each reading stands beside the other).
    id: 'support.arms',
    kind: 'military-support',
    // Not "heavily armed Russian troops": a participle describing, not a verb supplying.
    cue: cue(`${SUPPLY_BEFORE}(?:arms|arming|${DESCRIBED}armed)${SUPPLY_AFTER}`),
    shape: 'subject-object',
    // Characters: " the ".
    reach: 5,
    targetKinds: ['state', 'de-facto-state', 'group'],
  },
  {
    id: 'support.funds',
    kind: 'financial-support',
    cue: cue(
      `${SUPPLY_BEFORE}(?:funds|funded|funding|finances|financed|financing|bankrolls|bankrolled|bankrolling)${SUPPLY_AFTER}`,
    ),
    shape: 'subject-object',
    // Characters: " the ".
    reach: 5,
    targetKinds: ['state', 'de-facto-state', 'group'],
  },
  {
    // "Niger turned to Russia for military assistance": the one turned to gives it.
    id: 'support.turned-to-for',
    kind: 'military-support',
    cue: cue(
      '\\b(?:turned|turns|turn|turning|looked|looks|look|looking) to\\b(?= (?:\\S+ ){1,4}?for (?:\\S+ )?(?:military|security|arms|defen[cs]e) (?:assistance|aid|support|help|backing|cooperation|co-operation)\\b)',
    ),
    shape: 'object-subject',
    reach: 4,
    through:
      /for (?:\S+ )?(?:military|security|arms|defen[cs]e) (?:assistance|aid|support|help|backing|cooperation|co-operation)\b/i,
  },
  {
    id: 'support.military-support-from',
    kind: 'military-support',
    cue: cue('\\bmilitary (?:and financial )?(?:support|aid|assistance|backing) from\\b'),
    shape: 'object-subject',
  },
  {
    id: 'support.financial-support-from',
    kind: 'financial-support',
    cue: cue(
      '\\b(?:military and )?(?:financial|economic) (?:support|aid|assistance|backing) from\\b',
    ),
    shape: 'object-subject',
  },
  {
    id: 'support.financial-aid',
    kind: 'financial-support',
    cue: cue('\\b(?:financial|economic|budget) (?:aid|support|assistance)(?: \\S+){0,3}? to\\b'),
    shape: 'subject-object',
    modifier: true,
    reach: 12,
  },
  {
    // "Japan pledged $50 million to Ukraine", "Canberra pledged 140 million Australian dollars
    // to Nauru": a sum given to a state or body (not "to rebuild markets").
    id: 'support.sum-pledged-to',
    kind: 'financial-support',
    cue: cue(`\\b(?:pledged|pledges|pledging|promised|promises)\\s+${SUM} to\\b${NOT_OWNED}`),
    shape: 'subject-object',
    status: 'pledged',
    reach: 12,
  },
  {
    id: 'support.sum-given-to',
    kind: 'financial-support',
    cue: cue(
      `\\b(?:gave|gives|given|granted|grants|donated|donates|lent|lends|loaned|disbursed|disburses)\\s+${SUM} to\\b${NOT_OWNED}`,
    ),
    shape: 'subject-object',
    reach: 12,
  },
  {
    // "China provided loans to Sri Lanka", "the IMF approved a bailout for Pakistan".
    id: 'support.loans-to',
    kind: 'financial-support',
    cue: cue(
      `\\b(?:provided|provides|provide|providing|extended|extends|extend|extending|granted|grants|grant|gave|gives|give|offered|offers|offer|approved|approves|approve) (?:an? |the |new |fresh |more |further |cheap |emergency |concessional |its |their )*(?:${SUM} )?${LOAN} (?:to|for)\\b${NOT_OWNED}`,
    ),
    shape: 'subject-object',
    reach: 12,
  },
  {
    // "Saudi Arabia gave Pakistan a $3 billion loan": the one given it, right after the verb.
    id: 'support.gave-loan',
    kind: 'financial-support',
    ...goingOn(
      `\\b(?:gave|gives|give|giving|granted|grants|grant|extended|extends|extend|offered|offers|offer|provided|provides|provide)\\b`,
      `(?:the )?[^\\s'’]+(?: [^\\s'’]+)? (?:an? )?${LOAN_TERMS}(?:${SUM} )?${LOAN_TERMS}${LOAN}\\b`,
    ),
    shape: 'subject-object',
    reach: 2,
  },
  {
    // "Saudi Arabia deposited $3 billion in Pakistan's central bank": money lodged to prop it up.
    id: 'support.deposited',
    kind: 'financial-support',
    cue: cue(
      `\\b(?:deposited|deposits|deposit|depositing|parked|parks|park|parking) ${SUM} (?:in|with|into|at)\\b(?= (?:\\S+ ){0,4}?central bank\\b)`,
    ),
    shape: 'subject-object',
    reach: 6,
  },
  {
    id: 'support.sum-of-aid',
    kind: 'financial-support',
    cue: cue(
      '(?:[$€£]\\s?)?\\d[\\d.,]* (?:million|billion|bn|m)\\b(?: (?:dollars|euros|pounds))?(?: (?:in|of|worth of))? (?!military |arms |defen[cs]e )(?:\\S+ )?(?:aid|assistance|loans?|funding|grants?|support|credit) (?:to|for)\\b',
    ),
    shape: 'subject-object',
    reach: 12,
  },
  {
    id: 'support.humanitarian-aid',
    kind: 'support',
    cue: cue(
      '\\b(?:humanitarian|development|emergency|relief) (?:aid|assistance|help|supplies) (?:to|for)\\b',
    ),
    shape: 'subject-object',
    reach: 12,
    modifier: true,
  },
  {
    id: 'support.territorial-integrity',
    kind: 'political-support',
    cue: cue('territorial integrity'),
    shape: 'subject-before',
  },
  {
    // "Mexico granted asylum to Castillo's wife": shelter given to someone pursued at home.
    id: 'support.asylum',
    kind: 'support',
    cue: cue(
      '\\b(?:granted|grants|grant|granting|gave|gives|give|giving|offered|offers|offer|offering) (?:political |diplomatic )?(?:asylum|refuge|sanctuary) to\\b',
    ),
    shape: 'subject-object',
    reach: 12,
  },
  {
    // "Argentina and Colombia voiced sympathy for Castillo" (support itself is support.backs;
    // "expressed sympathy for Myanmar after the earthquake" is condolence, not read).
    id: 'support.voiced-for',
    kind: 'political-support',
    cue: cue(
      '\\b(?:voiced|voices|voice|voicing) (?:its |their |his |her |strong |deep |full )*(?:sympathy|sympathies) (?:for|with)\\b',
    ),
    shape: 'subject-object',
    reach: 8,
  },
  {
    id: 'support.recognised',
    kind: 'political-support',
    cue: cue('\\brecogni[sz](?:ed|es|e|ing)\\b'),
    shape: 'subject-object',
    reach: 8,
    // "recognised Georgia's breakaway regions": the regions, not the state they left.
    notBefore: new RegExp(`^['’]s\\s+(?:\\S+\\s+)?${SEPARATIST}\\b`, 'i'),
  },
  {
    // "Solomon Islands and Kiribati switched their recognition to Beijing in 2019."
    id: 'support.switched-recognition',
    kind: 'political-support',
    cue: cue(
      '\\b(?:switch(?:ed|es|ing)?|transferr?(?:ed|ing|s)?|shift(?:ed|s|ing)?) (?:its |their )?(?:diplomatic )?(?:recognition|allegiance|ties) (?:from (?:\\S+ ){1,3}?)?to\\b',
    ),
    shape: 'subject-object',
    reach: 4,
    // "to Beijing": the capital stands for the government recognised.
    places: true,
  },
  {
    id: 'alliance.pact',
    kind: 'alliance',
    cue: cue(
      // "has a defence cooperation agreement with the United States" too (a security cooperation
      // agreement is cooperation, not an alliance).
      '\\b(?:signed|sign|signs|concluded|sealed|agreed|has|have|had) (?!no\\b|not\\b|never\\b)(?:an? |the )?(?:\\S+ ){0,2}?(?:(?:defen[cs]e|military) (?:cooperation |co-operation )?|security |mutual defen[cs]e |reciprocal access |visiting forces |status of forces )(?:pact|agreement|treaty|accord|alliance)(?: with)?\\b',
    ),
    shape: 'subject-object',
  },
  {
    id: 'support.lifted-objection',
    kind: 'political-support',
    cue: cue(
      '\\b(?:lifted|lifts|lift|dropped|drops|drop|withdrew|withdraws|ended|ends) (?:its|his|her|their) (?:objections?|veto|opposition|block|hold) (?:to|on|against)\\b',
    ),
    shape: 'subject-object',
    reach: 8,
  },
  {
    id: 'alliance.with',
    kind: 'alliance',
    cue: cue('\\b(?:alliance|allied|partnership|defen[cs]e pact|treaty of friendship) with\\b'),
    shape: 'subject-object',
  },
  {
    id: 'alliance.allies',
    kind: 'alliance',
    cue: cue('(?<=\\S) all(?:y|ies)\\b'),
    shape: 'subject-before',
  },
  {
    id: 'alliance.possessive-ally',
    kind: 'alliance',
    cue: cue("(?<=['’]s (?:[\\p{L}-]+ )?)all(?:y|ies)\\b"),
    shape: 'subject-before',
  },
  {
    // "Iran's ally Hezbollah", "Russia's closest ally, Belarus,": the name after is the ally.
    id: 'alliance.possessive-ally-name',
    kind: 'alliance',
    cue: cue(
      "(?<=['’]s (?:[\\p{L}-]+ )?)(?<!(?:former|onetime|erstwhile|one-time|ex-) )ally\\b(?=,? (?:the )?\\p{Lu})",
    ),
    shape: 'subject-object',
    possessive: true,
    reach: 6,
  },
  {
    // "Taiwan's 12 remaining allies, among them Palau and Tuvalu", "Russia and its allies, such
    // as Belarus,": the allies listed are the allies of whose they are.
    id: 'alliance.allies-including',
    kind: 'alliance',
    cue: cue(`\\ball(?:y|ies)${LISTED}`),
    shape: 'subject-object',
    possessive: true,
    reach: 12,
    sourceKinds: ['state', 'de-facto-state', 'group', 'person'],
  },
  {
    // "NATO allies, including Turkey", "EU members such as Hungary": members of the body.
    id: 'membership.members-including',
    kind: 'membership',
    cue: cue(`\\b(?:allies|members|member states|member countries)${LISTED}`),
    shape: 'object-subject',
    possessive: true,
    // "ports in coastal ECOWAS members such as Togo": the name before the noun is whose they are.
    modifier: true,
    reach: 12,
    targetKinds: ORGANIZATIONS,
  },
  {
    // "Ukraine's Western backers, including Germany and France": each backs Ukraine.
    id: 'support.backers-including',
    kind: 'support',
    cue: cue(`\\b(?:backers|supporters|sponsors)${LISTED}`),
    shape: 'object-subject',
    possessive: true,
    reach: 12,
  },
  {
    // "Egypt, a close backer of the army", "Iran, the main sponsor of Hezbollah".
    id: 'support.backer-of',
    kind: 'support',
    cue: cue('\\b(?:backers?|supporters?|sponsors?|patrons?) of\\b'),
    shape: 'subject-object',
    // Only what the subject is, set beside it or after "is": not "criticised backers of Ukraine".
    notAfter:
      /^(?!.*,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$)(?!.*\b(?:is|was|are|were|remains?|remained|has been|have been|became|becomes)\s+(?:an?|the|its|their|one of the)\s+(?:[\p{L}-]+\s+){0,2}$)/iu,
  },
  {
    id: 'alliance.allies-of',
    kind: 'alliance',
    cue: cue('\\b(?:an? )?all(?:y|ies) of\\b'),
    shape: 'subject-object',
  },
  {
    id: 'membership.member-of',
    kind: 'membership',
    cue: cue('\\b(?:members?|member states?|membership|partners?) (?:of|in)\\b(?<!partners? of)'),
    shape: 'subject-object',
    targetKinds: ORGANIZATIONS,
    // "blocked Kosovo’s membership of the UN", "its bid for membership in NATO": not a member.
    notAfter: BARRED_OR_ASKED,
  },
  {
    // "Lourenco took over the rotating chairmanship of the 55-member bloc": he holds its chair.
    id: 'office.chairmanship',
    kind: 'office',
    cue: cue(
      '\\b(?:took over|takes over|taking over|assumed|assumes|assuming|holds|held|holding|took up|takes up) (?:the |its )?(?:rotating |annual |current )?(?:chairmanship|chair|presidency) of\\b',
    ),
    shape: 'subject-object',
    reach: 24,
    sourceKinds: ['person'],
    targetKinds: ORGANIZATIONS,
    // "Anwar, whose country holds the rotating chair of ASEAN": the country's chair, not his.
    notAfter: /\bwhose\s+(?:\S+\s+){1,2}(?:currently\s+)?$/i,
  },
  {
    // "Anwar, who currently chairs the Association of Southeast Asian Nations": he holds its chair.
    id: 'office.chairs',
    kind: 'office',
    cue: cue(`\\b(?:${HEADING}) (?=the\\b)`),
    shape: 'subject-object',
    reach: 5,
    sourceKinds: ['person'],
    // "led the delegation to the OSCE": the body is out of reach, not the one led.
    targetKinds: ORGANIZATIONS,
    // "Anwar, whose country chairs ASEAN": the country's chair, not his.
    notAfter: /\bwhose\s+(?:\S+\s+){1,2}(?:currently\s+)?$/i,
  },
  {
    // "Lai Ching-te of the ruling Democratic Progressive Party": a member of the party.
    id: 'membership.of-party',
    kind: 'membership',
    cue: cue(
      '(?<=[\\p{L}.]) of (?:the )?(?:ruling |opposition |governing |main opposition |far-right |far-left )?(?=\\S+ (?:\\S+ ){0,3}?(?:party|movement)\\b)',
    ),
    shape: 'before-after',
    sourceKinds: ['person'],
    targetKinds: ['group'],
  },
  {
    // "The Caribbean Community, of which Guyana is a founding member": Guyana is a member.
    id: 'membership.of-which',
    kind: 'membership',
    cue: cue(
      ',? of which (?=(?:the )?(?:\\p{Lu}\\S* ){1,4}?(?:is|are|has been|have been|remains|remain) (?:an? |one of the |among the )?(?:founding |full |permanent |non-permanent |fellow |leading |key )?members?\\b)',
    ),
    shape: 'after-before',
    targetKinds: ORGANIZATIONS,
  },
  {
    // "the Andean Community, the trade bloc to which Peru and Bolivia belong": both are members.
    id: 'membership.to-which-belong',
    kind: 'membership',
    cue: cue(
      '(?:, (?:the |a )?(?:[\\p{Ll}-]+ ){0,3}?(?:bloc|group|grouping|alliance|organi[sz]ation|community|union|forum|club|body|pact))?,? to which (?=(?:[^.;,]*,? ){0,6}?(?:belong|belongs|belonged)\\b)(?![^.;,]*\\b(?:hopes?|hoped|wants?|wanted|aspires?|aspired|seeks?|sought|wish(?:es|ed)?|applied|applies|would like) to belong\\b)',
    ),
    shape: 'after-before',
    targetKinds: ORGANIZATIONS,
  },
  {
    // "the Pacific Alliance trade bloc, which also groups Chile, Colombia and Peru".
    id: 'membership.which-groups',
    kind: 'membership',
    cue: cue(
      '(?:,? (?:the |a )?(?:[\\p{Ll}-]+ ){0,3}?(?:bloc|group|grouping|alliance|organi[sz]ation|community|union|forum|club|body|pact))?,? (?:which|that) (?:also |now |currently )?(?:groups|grouped|includes|included|comprises|comprised|brings together|brought together|unites|united|gathers|counts)\\b(?! (?:a |an |the )?(?:\\S+ )?(?:ban|call|clause|provision|pledge|commitment|demand|plan)\\b)',
    ),
    shape: 'after-before',
    targetKinds: ORGANIZATIONS,
  },
  {
    // "Syria's return to the Arab League": a member again ("Ukraine's accession to the EU" is
    // mostly still to come, and read by membership.joining with its status).
    id: 'membership.return-to',
    kind: 'membership',
    cue: cue(
      "(?<=['’]s )(?:return|readmission|re-admission|reinstatement|reintegration) (?:to|into)\\b",
    ),
    shape: 'subject-object',
    possessive: true,
    reach: 8,
    targetKinds: ORGANIZATIONS,
  },
  {
    // "The United States is Israel's main military backer", "Russia is Armenia's security
    // guarantor", "Washington is Kyiv's biggest supplier of weapons": what the subject is, after
    // a copula or a comma (not "sanctioned Taiwan's arms suppliers").
    id: 'support.possessive-military-backer',
    kind: 'military-support',
    cue: cue(
      `${WHOSE_AS_WHAT_IT_IS}(?:military (?:backers?|supporters?|patrons?|partners?)|(?:arms|weapons) suppliers?|suppliers? of (?:arms|weapons)|security guarantors?)\\b`,
    ),
    shape: 'subject-before',
  },
  {
    // "China is Pakistan's biggest creditor", "Saudi Arabia, Egypt's main financial backer".
    id: 'support.possessive-financial-backer',
    kind: 'financial-support',
    cue: cue(
      `${WHOSE_AS_WHAT_IT_IS}(?:financial (?:backers?|supporters?|patrons?)|creditors?|lenders?|donors?|bankrollers?)\\b`,
    ),
    shape: 'subject-before',
  },
  {
    // "Iran, Hezbollah's main backer", "Moscow is Minsk's chief patron".
    id: 'support.possessive-backer',
    kind: 'support',
    cue: cue(`${WHOSE_AS_WHAT_IT_IS}(?:backers?|patrons?|sponsors?)\\b`),
    shape: 'subject-before',
  },
  {
    id: 'membership.possessive-member',
    kind: 'membership',
    cue: cue("(?<=['’]s (?:[\\p{L}\\d-]+ )?)member\\b"),
    shape: 'subject-before',
    targetKinds: ORGANIZATIONS,
  },
  {
    id: 'membership.member-name',
    kind: 'membership',
    cue: cue('(?<=\\S) (?:member|member state|ally|members|member states|allies) (?=\\p{Lu})'),
    shape: 'after-before',
    targetKinds: ORGANIZATIONS,
  },
  {
    id: 'membership.apposed-members',
    kind: 'membership',
    // "Poland and Hungary, NATO members, …", "Turkey, a NATO member, …".
    cue: cue(
      '(?<=\\S) (?:members|member states)\\b(?! of)(?!,? (?:such as|including|among them|notably)\\b)|(?<=, (?:a|an|another|fellow) [\\p{L}.-]+) (?:member|member state)(?=,)',
    ),
    shape: 'subject-before',
    targetKinds: ORGANIZATIONS,
  },
  {
    id: 'membership.founded-by',
    kind: 'membership',
    cue: cue('\\b(?:founded|formed|created|set up|established) by\\b'),
    shape: 'agent-by',
    reach: 12,
    targetKinds: ORGANIZATIONS,
  },
  {
    // "Mali, Niger and Burkina Faso … grouped themselves into the Alliance of Sahel States",
    // "Niger formed a mutual defence pact, the Alliance of Sahel States": its founders are members.
    id: 'membership.formed',
    kind: 'membership',
    cue: cue(
      '\\b(?:grouped|banded|organi[sz]ed) (?:themselves |together )?into\\b|\\b(?:founded|formed|created|co-founded|launched)\\b(?! by\\b)',
    ),
    shape: 'subject-object',
    reach: 40,
    targetKinds: ORGANIZATIONS,
  },
  {
    // "The three countries set up the AES in 2023": its founders, when it is what they set up
    // ("set up a joint commission with the AU" is not).
    id: 'membership.set-up',
    kind: 'membership',
    cue: cue('\\b(?:set up|established|establish|establishes)\\b(?! by\\b)'),
    shape: 'subject-object',
    reach: 6,
    // States found a body of states; a person, a body or a council sets up an agency or a court.
    sourceKinds: ['state', 'de-facto-state'],
    targetKinds: ORGANIZATIONS,
  },
  {
    id: 'membership.to-include',
    kind: 'membership',
    cue: cue(
      '\\b(?:expand\\w*|enlarg\\w*|grew|grow\\w*)\\b[^.;]{0,30}? to (?:include|admit|take in)\\b|\\b(?:admitted|admits|welcomed) (?=(?:\\S+ ){0,6}?as (?:new |full )?members?\\b)',
    ),
    shape: 'object-subject',
    reach: 12,
    sourceKinds: ['state', 'de-facto-state'],
    targetKinds: ORGANIZATIONS,
  },
  {
    id: 'membership.left',
    kind: 'membership',
    cue: cue(
      '\\b(?:left|leave|leaves|leaving|quit|quits|withdrew from|withdraws from|withdraw from|withdrawal from|pulled out of|exited)\\b',
    ),
    shape: 'subject-object',
    reach: 8,
    status: 'historical',
    targetKinds: ORGANIZATIONS,
    notBefore: GATHERING,
  },
  {
    id: 'membership.joining',
    kind: 'membership',
    cue: cue('\\b(?:join|joins|joined|joining|accession to|admitted to|admission to)\\b'),
    shape: 'subject-object',
    nearSubject: true,
    reach: 8,
    targetKinds: ORGANIZATIONS,
    notBefore: GATHERING,
  },
  {
    id: 'membership.includes',
    kind: 'membership',
    cue: cue('\\b(?:that|which) (?:includes|include|comprises|groups)\\b'),
    shape: 'object-subject',
    nearSubject: true,
    sourceKinds: ORGANIZATIONS,
  },
  {
    id: 'co-chair.co-chairs-of',
    kind: 'co-chair',
    cue: cue('\\bco-?chairs? of\\b'),
    shape: 'subject-object',
  },
  {
    id: 'negotiation.between',
    kind: 'negotiation',
    // "talks in Nairobi between Ruto and Mohamud", "talks in the Qatari capital between": the
    // place may come first.
    cue: cue(
      '\\b(?:negotiations|peace talks|talks|agreement|deal|accord|treaty)(?: (?:in|at) (?:the )?\\p{Lu}\\S*(?: \\p{Lu}\\S*){0,2}(?: capital| city)?)? between\\b',
    ),
    shape: 'pair-after',
  },
  {
    // "Ethiopia and Somalia agreed on Wednesday to set aside their dispute": what two agree
    // on they negotiated; "agreed with Kyiv" too.
    id: 'negotiation.agreed',
    kind: 'negotiation',
    cue: cue(
      '\\b(?:agreed|agree|agrees|have agreed|has agreed)\\b(?= (?:with|to|on|upon|late|early|in|at|after|last|this|on)\\b)',
    ),
    shape: 'subject-object',
    reach: 6,
    mutual: true,
  },
  {
    id: 'negotiation.deal',
    kind: 'negotiation',
    cue: cue(
      '\\b(?:exchanged|swapped|exchange|swap) (?:\\S+ ){0,3}?(?:prisoners|detainees|captives)\\b|\\b(?:signed|reached|struck|inked|put (?:their|its) names? to) (?:an? |the )?(?:(?!defen[cs]e |security |military |mutual )\\S+ ){0,2}?(?:deal|agreement|accord|treaty|memorandum of understanding|memorandum|MoU)\\b|\\b(?:signed|inked|put (?:their|its) names? to) (?:an? |the )?(?:\\S+ ){0,2}?(?:declaration|communiqu[eé]|protocol)\\b(?! (?:of|on|about|against|recognising|recognizing)\\b)',
    ),
    shape: 'subject-object',
  },
  {
    id: 'negotiation.restore-relations',
    kind: 'negotiation',
    cue: cue(
      '\\b(?:restor|normali[sz]|re-?establish|establish|resum)(?:e|ed|es|ing) (?:full |formal )?(?:diplomatic )?(?:relations|ties)\\b',
    ),
    shape: 'subject-object',
  },
  {
    id: 'negotiation.held-talks',
    kind: 'negotiation',
    cue: cue(
      // Not "held phone talks": a call (call.held-phone-talks).
      '\\b(?:began|begin|begins|held|hold|holds|holding|opened|resumed|started|concluded) (?:\\S+ ){0,4}?(?:peace talks|(?<!phone )talks|negotiations)\\b(?! with\\b)',
    ),
    shape: 'subject-object',
  },
  {
    // "agreed to open accession negotiations with Ukraine" ("talks with" is a meeting's word:
    // meeting.talks-with).
    id: 'negotiation.negotiations-with',
    kind: 'negotiation',
    cue: cue(
      '\\b(?:(?:accession|membership|peace|trade|direct|formal|bilateral|ceasefire|cease-fire|nuclear|border) )?negotiations with\\b',
    ),
    shape: 'subject-object',
    possessive: true,
  },
  {
    id: 'negotiation.negotiating',
    kind: 'negotiation',
    cue: cue('\\bnegotiat(?:ing|ed|es|e)(?: with)?\\b'),
    shape: 'subject-object',
    reach: 8,
  },
  {
    // "Washington stood with Colombia", "stands firmly by Kyiv", "in solidarity with Mexico",
    // "CARICOM rallied behind Georgetown", "threw its weight behind".
    id: 'support.stood-with',
    kind: 'political-support',
    cue: cue(
      // Not "stood by as Azerbaijan seized…": looking on.
      '\\b(?:(?:stood|stands|stand|standing)(?: firmly| fully| squarely)? (?:with|by(?! as\\b)|behind)|(?:in|expressed|expresses|express|expressing|showed|shows|show|showing|declared|voiced) (?:its |their |his |her |full |firm )?solidarity with|(?:rallied|rallies|rally|rallying) (?:behind|around|to)|(?:threw|throws|throw|throwing) (?:its|their|his|her) (?:full )?(?:weight|support) behind)\\b',
    ),
    shape: 'subject-object',
    reach: 4,
  },
  {
    // "Borrell expressed the bloc's \"full solidarity\" with the Czech Republic": the owner's.
    id: 'support.solidarity-of',
    kind: 'political-support',
    cue: cue('\\bsolidarity["”’]? with\\b'),
    shape: 'subject-object',
    possessive: true,
    reach: 8,
    // "Hungary's lack of solidarity with Ukraine", "accused Moldova of feigning solidarity".
    notAfter: /\b(?:lack(?:s|ed|ing)? of|absence of|feign(?:s|ed|ing)?|no)\s+(?:[“"‘]?\S+\s+)?$/i,
  },
  {
    // "Hassan Sheikh thanked Turkey", "Putin apologised to Aliyev" ("criticised" and "rebuked"
    // are accusations: accusation.accused).
    id: 'statement.addressed',
    kind: 'statement',
    cue: cue(
      '\\b(?:thanked|thanks|praised|praises|apologi[sz]ed to|apologi[sz]es to|rebukes|chided|scolded|lauded|commended|congratulated)\\b',
    ),
    shape: 'subject-object',
    reach: 6,
  },
  {
    id: 'statement.urged',
    kind: 'statement',
    cue: cue(
      '\\b(?:urged|urges|urging|called on|calls on|calling on|appealed to|appeals to|appealing to|pressed|pressured)\\b',
    ),
    shape: 'subject-object',
    reach: 8,
    // "Russia vetoed a resolution urging Israel to…": the resolution urges, not Russia.
    notAfter:
      /\b(?:vetoed|vetoes|veto|blocked|blocks|rejected|rejects|opposed|opposes|voted against|votes against)\s+(?:\S+\s+){0,3}?(?:resolution|motion|text|draft|proposal|statement)\s+$/i,
  },
  {
    // "Kyrgyzstan welcomed the agreement": a word on the article's deal, said to both its sides
    // (never by one of them).
    id: 'statement.welcomed-deal',
    kind: 'statement',
    ...goingOn(
      `\\b(?:welcomed|welcomes|welcoming|hailed|hails|hailing|praised|praises|praising|commended|commends|applauded|applauds|lauded|lauds|endorsed|endorses|saluted|salutes)\\b`,
      THE_DEAL,
    ),
    shape: 'subject-object',
    reach: 0,
    talks: true,
    targetsAsStates: true,
  },
];
