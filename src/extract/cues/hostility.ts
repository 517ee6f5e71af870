/** Sanctions, accusations, attacks, conflict, cease-fires, claims to territory. */
import { caseless, cue, goingOn, type CueRule } from './rule';

/** Measures against a state's trade or money ("banned imports from", "froze Russian assets"). */
const MEASURES =
  '\\b(?:banned|bans|ban|banning|barred|restricted|restricting|halted|halts|halting|suspended|suspending|suspends|cut off|cutting off|froze|freezes|frozen|freezing|seized|confiscated)';
const GOODS =
  '(?:imports|exports|flights|shipments|trade|gas|oil|assets|funds|reserves|deliveries|supplies)';

/** Words for two at odds ("a rift with", "the row between", "set aside their feud"). */
const QUARREL = '(?:rift|dispute|standoff|feud|row|quarrel|spat)';
/** Words for a region that has broken away, or means to ("breakaway", "self-declared"). */
export const SEPARATIST =
  '(?:separatist|breakaway|secessionist|rebel-held|self-declared|self-proclaimed|unrecognised|unrecognized)';

/** A region that has broken away, or means to: "a breakaway region", "separatist republics". */
const SEPARATIST_REGION = `\\b${SEPARATIST} (?:\\S+ )?(?:region|province|republic|enclave|territory|territories|state)s?`;

/** A rejection of what another says: "Armenia rejected Azerbaijan's claims". */
const REJECTED =
  'denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|refuted|refutes';
/** A capitalised name in the possessive and a word that may qualify what follows: "Tokyo's new ". */
const SOMEONES = "[\\p{Lu}][\\p{L}.-]*(?: [\\p{Lu}][\\p{L}.-]*){0,3}[’']s (?:\\S+ )?";

/** "Qatar and Egypt helped resolve the dispute": mediators, not its sides. */
const HELPING_TO =
  /\b(?:help\w*|mediat\w*|broker\w*|work\w* to|efforts? to|tr(?:y|ied|ies|ying) to|seek\w* to|sought to|offer\w* to)\s+(?:to\s+)?$/i;

/** "Russia was behind": up to six words (the one behind), a copula, and "behind". */
const BEHIND =
  "(?:\\S+ ){1,6}?(?:was|were|is|are|had been|has been|have been|may have been|could have been)(?: (?:likely|probably|almost certainly|possibly|directly|ultimately))? behind (?:(?:the|a|an|this|that|these|those|last|recent|latest|\\S+['’]s) )?(?:[\\p{L}-]+ ){0,3}?(?:attacks?|blasts?|explosions?|bombings?|sabotage|plots?|coup|killings?|murders?|assassinations?|poisonings?|hacks?|hacking|cyber-?attacks?|unrest|riots?|disinformation|interference|incidents?|strikes?|arson|fires|incursions?|crisis|surge|damage|leaks?|shootings?|kidnappings?|abductions?|provocations?|destabili[sz]ation|campaign)\\b";

/**
 * A wrong the speaker says another did, after the one said to have done it ("said Mexico had
 * abused its diplomatic immunities", "said Pristina was staging a crisis"); not denied ("had
 * not violated"), supposed ("if Israel attacked") or suffered ("had been attacked", "was
 * attacked by").
 */
const SAID_DID =
  '(?:(?!(?:not|never|no|if|unless|whether|when)\\b)\\S+ ){1,5}?(?:had |has |have |was |were |is |are )?(?:abus(?:ed|ing)|disregard(?:ed|ing)|ignor(?:ed|ing)|trampl(?:ed|ing)|undermin(?:ed|ing)|bull(?:ied|ying)|coerc(?:ed|ing)|betray(?:ed|ing)|insult(?:ed|ing)|encroach(?:ed|ing)|inflat(?:ed|ing)|violat(?:ed|ing)|staging (?:a |an )?(?:crisis|provocation|coup|false flag)|provok(?:ed|ing)|meddl(?:ed|ing)|interfer(?:ed|ing)|lied|lying|fabricat(?:ed|ing)|fired (?:on|at)|shell(?:ed|ing)|attack(?:ed|ing)|crossed into|invad(?:ed|ing)|orchestrat(?:ed|ing)|plott(?:ed|ing)|breach(?:ed|ing)|sabotag(?:ed|ing)|spread(?:ing)? disinformation)\\b(?! by\\b)';

/**
 * A speaker of a subordinate clause, named by no actor, before a charge's cue: "summoned Pavel
 * Ivanov, after prosecutors said Russia was behind…" is no charge of the envoy's.
 */
const SUBORDINATE_SPEAKER =
  /\b(?:after|before|when|as|while|because|since|although)\s+(?:[\p{Ll}-]+\s+){1,3}$/u;

/** What relations have come to when strained ("soured", "at rock bottom", "remain frosty"). */
const SOURED =
  '\\b(?:sank|sunk|soured|deteriorated|worsened|plunged|plummeted|frayed|strained|collapsed|broke down|ruptured|hit (?:a|an|their|its) (?:\\S+ ){0,2}?low|(?:are|were|is|was|remain|remains|remained|been|grown|become) (?:at (?:\\S+ )?rock bottom|at (?:a|an|their|its) (?:\\S+ ){0,2}?low(?:est)?(?: point| ebb)?|(?:\\S+ )?(?:cool|cold|tense|frosty|icy|poor|difficult|fraught|strained))|at (?:\\S+ )?rock bottom)\\b';

export const HOSTILITY_RULES: CueRule[] = [
  {
    id: 'sanction.sanctions-on',
    kind: 'sanction',
    cue: cue(
      // "a 30% \"security tariff\" on all imports from Colombia", "a matching levy on Ecuadorian goods".
      '\\b(?:sanctions|embargo|blockade|tariffs?|levy|levies|(?:import |customs )duties|restrictions|(?:travel |visa |entry |import |export |trade )?bans?|asset freezes?|export controls|penalties)["”’]?(?: \\S+){0,4}? (?:on|against|targeting|targetting|aimed at)(?: (?:all )?(?:\\S+ )?(?:imports|goods|products|exports) (?:from|of))?\\b',
    ),
    shape: 'subject-object',
    modifier: true,
    reach: 20,
    weak: true,
  },
  {
    id: 'sanction.sanctioned',
    kind: 'sanction',
    // "sanctioned Iran", "was sanctioned by the United States"; not "sanctions on" (a noun).
    cue: cue('\\bsanction(?:ed|s|ing)?\\b(?= \\p{Lu}| by\\b)'),
    shape: 'subject-object',
    reach: 4,
  },
  {
    id: 'sanction.trade-measures',
    kind: 'sanction',
    cue: cue(`${MEASURES} (?:\\S+ ){0,2}?${GOODS} (?:from|to|of|with|belonging to)\\b`),
    shape: 'subject-object',
    reach: 12,
    weak: true,
  },
  {
    id: 'sanction.trade-measures-of',
    kind: 'sanction',
    cue: cue(`${MEASURES}(?= (?:\\S+ ){1,2}?${GOODS}\\b)`),
    shape: 'subject-object',
    reach: 4,
    weak: true,
    through: new RegExp(`^\\s+(?:\\S+\\s+){1,2}?${GOODS}\\b`, 'u'),
  },
  {
    id: 'sanction.designated-terrorist',
    kind: 'sanction',
    cue: cue(
      '\\b(?:designated|designates|designate|listed|blacklisted)\\b(?= (?:\\S+ ){1,4}?(?:as )?an? (?:\\S+ )?terrorist (?:organi[sz]ation|group|entity)\\b)',
    ),
    shape: 'subject-object',
    reach: 12,
  },
  {
    id: 'sanction.expelled',
    kind: 'sanction',
    cue: cue('\\bexpel(?:led|s|ling)?\\b(?: \\d+)?'),
    shape: 'subject-object',
    reach: 18,
  },
  {
    // "Canada and India each expelled six diplomats": each the other's.
    id: 'sanction.each-expelled',
    kind: 'sanction',
    // Not "Germany and France both expelled Russian diplomats": the diplomats' state is named.
    cue: cue(
      '\\b(?:each|both) (?:expelled|expels|expel|have expelled|had expelled)\\b(?! (?:\\S+ ){0,3}?\\p{Lu}[\\p{L}.-]* (?:diplomats?|envoys?|officials|ambassadors?|consuls?|staff|spies|agents)\\b)',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
  },
  {
    // "Ottawa had ordered India's High Commissioner to leave the country": an expulsion.
    id: 'sanction.ordered-to-leave',
    kind: 'sanction',
    cue: cue(
      "\\b(?:ordered|orders|ordering|told|tells|gave|gives|given)\\b(?= (?:\\S+ ){1,10}?(?:diplomats?|ambassadors?|envoys?|high commissioners?|consuls?|charg[eé]s? d[’']affaires|attach[eé]s?)\\b(?:[^.;]{0,60}?) (?:to leave|until \\S+ (?:\\S+ ){0,3}?to leave|\\d+ hours to leave)\\b)",
    ),
    shape: 'subject-object',
    reach: 16,
    weak: true,
    targetsAsStates: true,
  },
  {
    // "India announced the expulsion of six Canadian diplomats": the diplomats' state.
    id: 'sanction.expulsion-of',
    kind: 'sanction',
    cue: cue(
      '\\b(?:announced|announces|ordered|orders|decided on|decreed) the expulsion of\\b(?= (?:\\S+ ){0,3}?(?:diplomats?|ambassadors?|envoys?|consuls?|officials|staff|embassy)\\b)',
    ),
    shape: 'subject-object',
    reach: 16,
    weak: true,
    targetsAsStates: true,
  },
  {
    // "Quito had declared the Mexican ambassador persona non grata": an expulsion.
    id: 'sanction.persona-non-grata',
    kind: 'sanction',
    cue: cue('\\bdeclar(?:ed|es|e|ing)\\b(?= (?:\\S+ ){1,6}?persona non grata\\b)'),
    shape: 'subject-object',
    reach: 16,
    weak: true,
  },
  {
    // "The African Union suspended Niger": a body shutting a member out of it.
    id: 'sanction.suspended-member',
    kind: 'sanction',
    cue: cue('\\b(?:suspended|suspends|expelled|expels)\\b(?= \\p{Lu})'),
    shape: 'subject-object',
    reach: 4,
    sourceKinds: ['international-organization'],
    targetKinds: ['state', 'de-facto-state'],
  },
  {
    id: 'sanction.suspended-aid',
    kind: 'sanction',
    cue: cue(
      '\\b(?:suspended|suspends|cut off|froze|freezes|halted|halts) (?:\\S+ ){0,2}?(?:aid|assistance|funding|cooperation|ties|relations|loans?|loan programme|loan program|programme|disbursements|budget support) (?:to|with|for)\\b',
    ),
    shape: 'subject-object',
  },
  {
    // "Russia cut gas supplies to Moldova", "China restricted exports of gallium to the United
    // States": goods withheld from a state.
    id: 'sanction.cut-supplies',
    kind: 'sanction',
    cue: cue(
      '\\b(?:cut|cuts|cutting|halted|halts|halting|stopped|stops|stopping|suspended|suspends|suspending|restricted|restricts|restricting|curbed|curbs|curbing|banned|bans|banning) (?:off )?(?:all |its |their )?(?:[\\p{Ll}-]+ ){0,2}?(?:supplies|exports|deliveries|shipments|sales|flows)(?: of (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+)? to\\b',
    ),
    shape: 'subject-object',
    reach: 8,
  },
  {
    id: 'accusation.accused',
    kind: 'accusation',
    cue: cue(
      '\\b(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|condemn(?:ed|s|ing)?|denounc(?:ed|es|e|ing)|criticized|criticised|criticizes|criticises|rebuked|castigated|(?:lashed|lashes|lashing|hit|hits|hitting) out at|(?:railed|rails|railing) against|(?:took|takes|taking) aim at|(?:slammed|slams|slamming)(?! into\\b| through\\b| down\\b| shut\\b))\\b',
    ),
    shape: 'subject-object',
    reach: 12,
  },
  {
    // "South Africa brought a genocide case against Israel", "Ukraine sued Russia at the ICJ":
    // a case before a court is a charge.
    id: 'accusation.case-against',
    kind: 'accusation',
    cue: cue(
      '\\b(?:(?:filed|files|file|filing|brought|brings|bring|bringing|lodged|lodges|lodge|lodging|launched|launches|launch|launching|opened|opens|open|initiated|initiates|initiate) (?!(?:an? |the |its |their )?(?:criminal|murder|terrorism|treason|fraud|corruption|espionage|spying)\\b)(?:an? |the |its |their )?(?:[\\p{L}-]+ ){0,2}?(?:case|complaint|lawsuit|suit|proceedings|legal action|arbitration|claim) against|(?:sued|sues|suing)(?= (?:the )?\\p{Lu})|(?:took|takes|take|taking) (?=(?:\\S+ ){1,4}?to (?:court|arbitration|the (?:International Court of Justice|ICJ|International Criminal Court|European Court of Human Rights|Permanent Court of Arbitration|World Trade Organization|WTO))\\b))\\b',
    ),
    shape: 'subject-object',
    reach: 6,
  },
  {
    // "Lithuania said Russia was behind the sabotage": the speaker charges the one behind it.
    id: 'accusation.said-behind',
    kind: 'accusation',
    ...goingOn(
      `\\b(?:said|says?|believes?|believed|suspects?|suspected|alleged|alleges?|claimed|claims?|concluded|concludes?|insisted|insists?)\\b(?:(?: on)? \\p{Lu}\\p{Ll}+day)?(?: that)?`,
      BEHIND,
    ),
    shape: 'subject-object',
    reach: 6,
    notAfter: SUBORDINATE_SPEAKER,
  },
  {
    // "Noboa said Mexico had abused its immunities": the speaker charges the one said to do wrong.
    id: 'accusation.said-did',
    kind: 'accusation',
    ...goingOn(
      `\\b(?:said|says?|saying|insisted|insists?|alleged|alleges?|claimed|claims?)\\b(?:(?: on)? \\p{Lu}\\p{Ll}+day)?(?: that)?`,
      SAID_DID,
    ),
    shape: 'subject-object',
    reach: 6,
    notAfter: SUBORDINATE_SPEAKER,
  },
  {
    // "Japan lodged a protest with China", "Vietnam protested to China": a protest is a charge.
    id: 'accusation.protested-to',
    kind: 'accusation',
    cue: cue(
      '\\b(?:(?:lodged|lodges|lodge|lodging|filed|files|file|filing|made|makes|delivered|delivers|issued|issues) (?:a |an )?(?:formal |strong |stern |diplomatic |official )*(?:protests?|complaints?|démarches?|demarches?) (?:with|to)|(?:protested|protests|complained|complains) to)\\b',
    ),
    shape: 'subject-object',
    reach: 8,
    // "filed a complaint with the United Nations": a body is where a complaint is taken.
    targetKinds: ['state', 'de-facto-state', 'group', 'person'],
  },
  {
    // "Iran threatened to retaliate against Israel" (not "vowed to respond to Ukraine's request").
    id: 'tension.threatened-to-retaliate',
    kind: 'tension',
    cue: cue(
      '\\b(?:threatened|threatens|threatening|vowed|vows|vowing) to (?:retaliate|strike back|hit back|take countermeasures|take (?:\\S+ )?measures)(?: (?:militarily|in kind|forcefully|firmly))? (?:against|on|to|at)\\b',
    ),
    shape: 'subject-object',
    reach: 16,
    weak: true,
  },
  {
    // "New Delhi summoned the Maldivian High Commissioner", Ibrahim Shaheeb": a protest to the
    // state the envoy serves.
    id: 'accusation.summoned',
    kind: 'accusation',
    cue: cue('\\bsummon(?:ed|s|ing)?\\b'),
    shape: 'subject-object',
    reach: 12,
    targetsAsStates: true,
  },
  {
    // "The Russian foreign ministry summoned Czech Ambassador Vitezslav Pivonka": an envoy
    // summoned by a state is posted to it.
    id: 'envoy.summoned',
    kind: 'envoy',
    cue: cue(
      "\\bsummon(?:ed|s|ing)?\\b(?= (?:the )?(?:\\S+ )?(?:ambassador|envoy|charg[eé] d['’]affaires|high commissioner)\\b)",
    ),
    shape: 'object-subject',
    reach: 12,
    sourceKinds: ['person'],
  },
  {
    id: 'accusation.traded',
    kind: 'accusation',
    cue: cue(
      '\\b(?:trad(?:ed|e|es|ing)|exchang(?:ed|e|es|ing)) (?:\\S+ )?(?:accusations|blame|insults|barbs|jibes|recriminations|threats)\\b',
    ),
    shape: 'subject-object',
    mutual: true,
  },
  {
    id: 'accusation.rejected-claims',
    kind: 'accusation',
    cue: cue(
      `\\b(?:${REJECTED}) (?=${SOMEONES}(?:accusations?|claims?(?! (?:to|over|on)\\b)|allegations?|charges?)\\b)`,
    ),
    shape: 'object-subject',
    reach: 4,
  },
  {
    // "Seoul rejected Tokyo's claim to the islets": a claim to a territory, not a charge.
    id: 'territorial-claim.rejected',
    kind: 'territorial-claim',
    cue: cue(
      `\\b(?:${REJECTED}|disputed|disputes|dispute) (?=${SOMEONES}claims? (?:to|over|on)\\b)`,
    ),
    shape: 'object-subject',
    reach: 4,
  },
  {
    // "Mogadishu called the deal an assault on its sovereignty": a charge against its maker.
    id: 'accusation.called',
    kind: 'accusation',
    cue: cue(
      '\\bcall(?:ed|s|ing)\\b(?= (?:\\S+ ){1,4}?[“"]?(?:an? |the )?(?:\\S+ )?(?:assault|attack|provocation|violation|breach|aggression|interference|blackmail|farce|sham|betrayal|illegal|unacceptable|hostile|hysterical)\\b)',
    ),
    shape: 'subject-object',
    reach: 12,
    weak: true,
  },
  {
    // "Beijing has branded Lai a troublemaker", "labelled the group a terrorist organisation".
    id: 'accusation.branded',
    kind: 'accusation',
    cue: cue(
      '\\b(?:branded|brands|branding|labell?ed|labels|labelling|labeling)\\b(?= (?:\\S+ ){1,4}?(?:an?|as)\\b)',
    ),
    shape: 'subject-object',
    reach: 6,
  },
  {
    id: 'attack.attacked',
    kind: 'attack',
    cue: cue(
      '\\b(?:attack(?:ed|ing)?(?<!attack)|attacks?(?! by\\b)|shell(?:ed|s|ing)|bomb(?:ed|s|ing)|struck(?! back\\b(?=[^.;]*\\bwith (?:\\S+ )?(?:tariffs|duties|levies|sanctions|countermeasures)\\b))|strikes?(?! by\\b| back\\b(?=[^.;]*\\bwith (?:\\S+ )?(?:tariffs|duties|levies|sanctions|countermeasures)\\b))|invad(?:ed|es|e|ing)|shot down|down(?:ed|s)|(?:fired|firing|fires) (?:\\S+ ){0,3}?(?:on|at|into)|raided|targeted|rammed|rams|ramming|(?:fired|firing|fires|used|using|uses|turned|turning) water cannons? (?:on|at|against))\\b',
    ),
    shape: 'subject-object',
    places: true,
    reach: 12,
    weak: true,
    // "condemning Israeli strikes on Lebanon": the demonym before the noun is the attacker.
    againstAccuser: 'own',
    modifier: true,
    // "Japan condemned attacks on Philippine vessels": attacks no one in the clause made (not
    // "condemned Israeli strikes", whose attacker is named).
    notAfter: caseless(
      '\\b(?:condemn\\w*|denounc\\w*|deplor\\w*|protest\\w*|critici[sz]\\w*|covers?|covered|report\\w*|investigat\\w*|blam\\w*|prevent\\w*|deter\\w*|repel\\w*|fear\\w*|warn\\w* of|against|over|after|amid|despite)\\s+(?:[\\p{Ll}-]+\\s+)*$',
    ),
  },
  {
    id: 'attack.violated-airspace',
    kind: 'attack',
    cue: cue(
      '\\b(?:violat(?:ed|es|e|ing)|entered|enters|entering|intruded into|intrudes into|crossed into|breached|land(?:ed|s|ing) (?:\\S+ ){0,3}?(?:in|inside|within))\\b(?= (?:\\S+ ){0,3}?(?:airspace|territorial waters|waters|territory|sovereignty|soil|exclusive economic zone)\\b)',
    ),
    shape: 'subject-object',
    reach: 16,
    weak: true,
    ownerElsewhere: true,
    through:
      /^\s+(?:\S+\s+){0,3}?(?:airspace|territorial waters|waters|territory|sovereignty|soil|exclusive economic zone)\b/u,
  },
  {
    id: 'attack.launched',
    kind: 'attack',
    cue: cue(
      '\\blaunch(?:ed|es|ing)? (?:[\\p{L}-]+ ){0,4}?(?:attacks?|offensive|strikes?|assault|incursion|invasion|raids?)(?: (?:on|against|into))?',
    ),
    shape: 'subject-object',
    places: true,
    reach: 12,
    otherSide: true,
  },
  {
    id: 'attack.invasion-of',
    kind: 'attack',
    cue: cue('\\b(?:(?:invasion|occupation|bombing|shelling|annexation) of|incursions? into)\\b'),
    shape: 'subject-object',
    modifier: true,
    places: true,
    possessive: true,
  },
  {
    // "An Israeli air strike killed Hezbollah leader Hassan Nasrallah": whose strike it was
    // attacked whom it killed.
    id: 'attack.strike-killed',
    kind: 'attack',
    cue: cue(
      '\\b(?:air ?strikes?|airstrikes?|drone strikes?|missile strikes?|strikes?|raids?|drones?|missiles?|shelling|bombing) (?:\\S+ ){0,3}?(?:killed|kills|killing|wounded|wounds|assassinated)\\b',
    ),
    shape: 'subject-object',
    modifier: true,
    possessive: true,
    reach: 12,
  },
  {
    // "Ethiopian troops deployed in Somalia against al Shabaab", "Kenya has deployed troops
    // against al-Shabaab": the troops' state fights them.
    id: 'armed-conflict.deployed-against',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:troops|forces|soldiers) (?:deployed|sent|stationed) (?:\\S+ ){0,3}?against\\b|\\bdeployed (?:\\S+ ){0,3}?(?:troops|forces|soldiers) (?:\\S+ ){0,3}?against\\b',
    ),
    shape: 'subject-object',
    modifier: true,
    reach: 12,
    mutual: false,
  },
  {
    id: 'cease-fire-violation.violated',
    kind: 'cease-fire-violation',
    cue: cue(
      '\\b(?:violat(?:ed|es|e|ing)|breach(?:ed|es|ing)?|broke|broken|breaks|breaking) (?!off\\b)(?:the |a |its |their )?(?:[\\p{Ll}\\p{Lu}][\\p{L}.-]* ){0,2}?(?:cease-?fire|truce|armistice)\\b(?! (?:talks|negotiations)\\b)',
    ),
    shape: 'subject-object',
    againstAccuser: true,
    otherSide: true,
    // "The United Nations accused Israel of breaching the cease-fire": a body is no side of it.
    targetKinds: ['state', 'de-facto-state', 'group', 'person'],
  },
  {
    id: 'armed-conflict.between',
    kind: 'armed-conflict',
    cue: cue('\\b(?:war|fighting|clashes|conflict|hostilities|skirmishes) between\\b'),
    shape: 'pair-after',
  },
  {
    id: 'armed-conflict.the-war',
    kind: 'armed-conflict',
    // "while the fighting went on": the article's war, between its two sides.
    cue: cue(
      '\\b(?:the|this|that) (?:war|fighting|conflict|hostilities)\\b(?! (?:between|in|on|with|against|over|of|for)\\b)',
    ),
    shape: 'conflict-sides',
  },
  {
    id: 'armed-conflict.end-the-war',
    kind: 'armed-conflict',
    // "Mirzoyan and his Azerbaijani counterpart … are negotiating a treaty to end three decades of
    // conflict": the sides end their own war. Those who only want "the war" ended ("Qatar and
    // Egypt are working to end the war in Gaza") are not its sides.
    cue: cue(
      '\\b(?:end|ending|ended|ends|halt|halting|stop|stopping) (?:(?:their|its) (?:\\S+ ){0,3}?|(?:\\S+ ){0,2}?(?:decades?|years?|months?) of (?:\\S+ )?)(?:war|conflict|fighting|hostilities)\\b',
    ),
    shape: 'subject-object',
    reach: 0,
  },
  {
    // "India and China fought a deadly border clash in 2020", "the two fought a brief war": the
    // subject's list fought each other ("fought a war with" and "against": the next rule).
    id: 'armed-conflict.fought-a-war',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:fought|fight|fights|fighting|waged|wage|wages|waging) (?:a |an |two |three |several )?(?:(?:deadly|bloody|brief|short|fierce|bitter|full-scale|border|civil|[\\d-]+-day) ){0,2}(?:wars?|battles?|clash|clashes|skirmish|skirmishes|conflict)\\b(?! (?:with|against|of words)\\b)',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
    sourceKinds: ['state', 'de-facto-state', 'group'],
  },
  {
    // "deployed troops to eastern Congo to fight the M23": an armed group fought (not "vowed to
    // fight the Taiwan independence forces", "battle the EU over frozen funds").
    id: 'armed-conflict.fight-group',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:fight|fighting|battle|battling|battled)\\b(?= the (?:\\p{Lu}|[\\p{Ll}-]+ \\p{Lu}))',
    ),
    shape: 'subject-object',
    reach: 5,
    targetKinds: ['group'],
  },
  {
    id: 'armed-conflict.war-with',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:war|wars|waged war|fight|fought|fighting|at war|coalition|campaign|offensive) (?:with|on)\\b|\\bfought\\b(?= the)|\\b(?:fighting|fought|operating|operated) (?:inside|in) (?=(?:the )?(?:(?:eastern|western|northern|southern|central|north-eastern|north-western|south-eastern|south-western) )?\\p{Lu})',
    ),
    shape: 'subject-object',
  },
  {
    id: 'armed-conflict.war-against',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:war|wars|waged war|fight|fought|fighting|at war|coalition|campaign|offensive) against\\b',
    ),
    shape: 'subject-object',
    // The other side comes after the cue: "their fight against the insurgents" is no war among
    // them ("fought against each other" is).
    mutual: false,
  },
  {
    // "Pakistani forces clashed with Afghan troops", "Armenian and Azerbaijani troops exchanged
    // fire": fighting between forces (not states or leaders who "clashed" in words, at the UN).
    id: 'armed-conflict.clashed',
    kind: 'armed-conflict',
    cue: cue(
      '(?<=\\b(?:troops|forces|soldiers|army|armies|militants|fighters|rebels|guards|navies|warships|militias?|units|gunmen)\\s+(?:(?:have|has|had|again|reportedly|repeatedly|briefly)\\s+)?)(?:clashed|clashing|skirmished|(?:exchanged|exchange|exchanging|traded|trade|trading) (?:heavy |artillery |gun|small-arms )?fire)\\b(?: with\\b)?',
    ),
    shape: 'subject-object',
    reach: 8,
    weak: true,
    mutual: true,
    noPeople: true,
  },
  {
    // "India and Pakistan traded fire across the Line of Control": sides, not only their forces,
    // exchanging fire fight (not leaders: people trade words).
    id: 'armed-conflict.exchanged-fire',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:exchanged|exchange|exchanges|exchanging|traded|trade|trades|trading) (?:heavy |artillery |gun|small-arms |machine-gun )?fire\\b(?! (?:over|about|at|on social media|online|in (?:the )?(?:press|media))\\b)(?: with\\b)?',
    ),
    shape: 'subject-object',
    reach: 8,
    weak: true,
    mutual: true,
    noPeople: true,
  },
  {
    // "Turkey and Greece have long been at odds", "at loggerheads with".
    id: 'tension.at-odds',
    kind: 'tension',
    cue: cue('\\bat (?:odds|loggerheads)\\b(?: with\\b)?'),
    shape: 'subject-object',
    reach: 8,
    mutual: true,
  },
  {
    // "Israel and Iran exchanged strikes in April": each attacked the other.
    id: 'attack.exchanged-strikes',
    kind: 'attack',
    cue: cue(
      '\\b(?:exchanged|exchange|exchanging|traded|trade|trading) (?:\\S+ )?(?:strikes|attacks|missile fire|rocket fire)\\b',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
    noPeople: true,
  },
  {
    // "Ethiopia and Egypt have been locked in a dispute over the dam": among themselves.
    id: 'tension.locked-in',
    kind: 'tension',
    cue: cue(
      '\\b(?:(?:(?:have|has|had) )?been |(?:are|is|were|was|remain|remains|remained) )?(?:locked|embroiled|mired|caught|entangled) in (?:a |an |the |their |its )?(?:\\S+ ){0,3}?(?:dispute|row|feud|standoff|stand-off|spat|quarrel|war of words|rift|tug-of-war)\\b(?! with\\b)',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
  },
  {
    // "Israel and Hamas have been fighting since October": the members of the subject, among
    // themselves (not "fighting for control of", "fighting in Darfur": what or where).
    id: 'armed-conflict.been-fighting',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:(?:have|has|had) been|are|were|is|was|continue to be|kept|keep|began|started|resumed) fighting\\b(?=\\s*(?:[.,;]|$| since\\b| for (?:\\S+ )?(?:days|weeks|months|years|decades)\\b| in (?:the )?\\p{Lu}| along\\b| near\\b| until\\b| again\\b))',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
    noPeople: true,
  },
  {
    // "Chad and Sudan have been at war since 2023": the members of the subject, among themselves.
    id: 'armed-conflict.at-war',
    kind: 'armed-conflict',
    cue: cue(
      '\\b(?:are|were|is|was|be|been|remain|remained|remains) (?:still )?at war\\b(?! with\\b| against\\b| on\\b| of words\\b| over (?:tariffs|trade|taxes|prices)\\b| economically\\b| in words\\b)',
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
  },
  {
    // "Pakistan, India's arch-rival, condemned…": a state's rival is at odds with it.
    id: 'tension.rival',
    kind: 'tension',
    cue: cue(
      "(?<=[’'‘]s )(?:arch-?rivals?|arch-?enem(?:y|ies)|(?:regional|strategic|geopolitical|historic|old|bitter|sworn) (?:rivals?|foes?|enem(?:y|ies)|adversar(?:y|ies))|foes?|enem(?:y|ies)|adversar(?:y|ies)|nemesis)\\b",
    ),
    shape: 'before-after',
    // Not "Biden's rival Trump", "Argentina's cricket rival": a rivalry of states or groups.
    sourceKinds: ['state', 'de-facto-state', 'group'],
    targetKinds: ['state', 'de-facto-state', 'group'],
  },
  {
    id: 'tension.with',
    kind: 'tension',
    cue: cue(`\\b(?:tensions?|rivalry|${QUARREL}) with\\b`),
    shape: 'subject-object',
  },
  {
    id: 'tension.between',
    kind: 'tension',
    // "Tensions have soared between the two countries": the pair after "between".
    cue: cue(
      `\\b(?:tensions?|rivalry|${QUARREL})(?: (?:have|has|had))?(?: [\\p{Ll}]+){0,2}? between\\b`,
    ),
    shape: 'pair-after',
  },
  {
    id: 'tension.relations-soured',
    kind: 'tension',
    cue: cue(`\\b(?:relations|ties) between(?=[^.;]{0,80}${SOURED})`),
    shape: 'pair-after',
  },
  {
    // "Moscow's relations with Baku have been strained", "Russia said its relations with
    // Washington were at rock bottom": the owner's, with the one after "with".
    id: 'tension.relations-with-soured',
    kind: 'tension',
    // Not "ties with Russia remain close while its ties with Ukraine are poor", "have not
    // deteriorated", "never become strained", "good relations with Russia and strained ties".
    cue: cue(
      `\\b(?:relations|ties) with(?=(?:(?!\\b(?:while|whereas|but|and|although|not|never|no|become|becomes)\\b|n['’]t\\b)[^.;,]){0,60}${SOURED})`,
    ),
    shape: 'subject-object',
    possessive: true,
    ownerElsewhere: true,
    reach: 4,
  },
  {
    id: 'tension.cut-ties',
    kind: 'tension',
    cue: cue(
      // "cut its diplomatic relations with Lithuania", "downgraded diplomatic ties with".
      '\\b(?:cut|cutting|severed|severs|sever|severing|broke off|breaks off|break off|breaking off|downgraded|downgrades|downgrading|suspended|ended|ends|ending) (?:(?:its|their|all) )?(?:diplomatic )?(?:ties|relations)\\b',
    ),
    shape: 'subject-object',
  },
  {
    // "signed a treaty that ended a border dispute": the two had a feud, now over.
    id: 'tension.ended-feud',
    kind: 'tension',
    cue: cue(
      `\\b(?:ended|resolved|settled|patched up|defused) (?:a |an |the |their )?(?:\\S+ ){0,2}?${QUARREL}\\b(?! with\\b| between\\b)`,
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
    status: 'historical',
    notAfter: HELPING_TO,
  },
  {
    // "Somalia and Ethiopia agreed to set aside a year-long feud": the two had one (whether it
    // is over is the sentence's to say: "have yet to resolve their dispute").
    id: 'tension.ending-feud',
    kind: 'tension',
    cue: cue(
      `\\b(?:end|ends|ending|set aside|sets aside|setting aside|resolve|resolves|resolving|settle|settles|settling|patch up|patching up|defuse|defusing) (?:a |an |the |their )?(?:\\S+ ){0,2}?${QUARREL}\\b(?! with\\b| between\\b)`,
    ),
    shape: 'subject-object',
    reach: 0,
    mutual: true,
    notAfter: HELPING_TO,
  },
  {
    // Not "withdrew its ambassador, Shen Zhifei": the envoy named after the comma is the subject's own.
    id: 'tension.recalled-envoy',
    kind: 'tension',
    cue: cue(
      "\\b(?:recall(?:ed|s|ing)?|withdr(?:ew|aws|awn|aw)|pull(?:ed|s|ing)?) (?:its|his|her|their|the country['’]s) (?:own )?(?:ambassadors?|envoys?|diplomats|top diplomat)(?: (?:out of|from|to|in))?\\b(?!,\\s*\\p{Lu})",
    ),
    shape: 'subject-object',
    places: true,
    reach: 12,
  },
  {
    id: 'tension.closed-border',
    kind: 'tension',
    cue: cue(
      '\\b(?:closed|closes|close|shut|shuts|sealed) (?:its|their|the|every|all) (?:\\S+ )?(?:border|borders|crossings?|airspace|embassy)(?: (?:with|to|in))?(?: (?:flights|aircraft|planes|ships|vessels|trucks|goods|traffic)(?: (?:to and from|from and to|from|to))?)?\\b',
    ),
    shape: 'subject-object',
    places: true,
    reach: 12,
  },
  {
    // "The Maldives has asked India to withdraw its military personnel": a state told to take
    // its forces out is at odds with the one telling it.
    id: 'tension.told-to-withdraw',
    kind: 'tension',
    cue: cue(
      '\\b(?:asked|asks|asking|ordered|orders|ordering|told|tells|telling|demanded|demands|demanding|gave)\\b(?= (?:(?:the )?\\S+ ){1,5}?(?:to|until \\S+ (?:\\S+ )?to) (?:withdraw|remove|pull out|pull back)\\b(?= (?:all |its |their )?(?:\\S+ )?(?:troops|forces|soldiers|military|personnel|peacekeepers|contingent|bases?|units)\\b))',
    ),
    shape: 'subject-object',
    reach: 8,
  },
  {
    // "demanded the withdrawal of Indian troops": whose forces are to go, from the demonym.
    id: 'tension.demanded-withdrawal',
    kind: 'tension',
    cue: cue(
      '\\b(?:demanded|demands|demanding|sought|seeks|seeking|requested|requests|called for|calls for|calling for|insisted on|insists on) (?:the |a |an )?(?:\\S+ )?(?:withdrawal|departure|pullout|pull-out|removal|exit) of\\b(?= (?:all |the )?\\S+ (?:\\S+ )?(?:troops|forces|soldiers|military|personnel|peacekeepers|contingent|bases?|units)\\b)',
    ),
    shape: 'subject-object',
    weak: true,
    reach: 10,
  },
  {
    id: 'tension.blocked',
    kind: 'tension',
    cue: cue('\\b(?:blocked|blocks|vetoed|vetoes)\\b'),
    shape: 'subject-object',
    reach: 4,
  },
  {
    // "Orban, who has repeatedly blocked aid to Kyiv": withholding what others give (not "lifted
    // its block on aid": a noun).
    id: 'tension.blocked-aid',
    kind: 'tension',
    cue: cue(
      '(?<!\\b(?:its|their|his|her|the|a) )\\b(?:blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|held up|holds up|holding up) (?:\\S+ ){0,4}?(?:aid|assistance|funding|loans?|package|weapons|arms|sanctions relief)(?: \\S+){0,2}? (?:to|for)\\b',
    ),
    shape: 'subject-object',
    places: true,
    reach: 4,
  },
  {
    id: 'tension.warned',
    kind: 'tension',
    cue: cue('\\bwarn(?:ed|s|ing)?\\b(?! (?:that|of|on)\\b)'),
    shape: 'subject-object',
    reach: 4,
    weak: true,
  },
  {
    id: 'tension.warned-would-face',
    kind: 'tension',
    // "warned on Thursday that Washington would face a “fiercer” military response"
    cue: cue(
      '\\bwarn(?:ed|s|ing)?\\b[^.;]{0,30}? that(?= (?:\\S+ ){1,4}?(?:would|will|could) (?:face|pay|suffer|regret|be punished)\\b)',
    ),
    shape: 'subject-object',
    reach: 6,
  },
  {
    id: 'tension.threatened',
    kind: 'tension',
    cue: cue('\\b(?:threaten(?:ed|s)?|threatening)\\b'),
    shape: 'subject-object',
    reach: 14,
    ownerElsewhere: true,
  },
  {
    id: 'cease-fire.agreed',
    kind: 'cease-fire',
    // Not "ceasefire talks" or "a ceasefire proposal": talks, or words on paper.
    cue: cue(
      '\\b(?:cease-?fire|truce|armistice|cessation of hostilities)\\b(?! (?:proposals?|plans?|talks|negotiations|terms|between)\\b)',
    ),
    shape: 'subject-object',
    // "Qatar and Egypt, which mediated the truce", "Russia, a guarantor of the truce": its brokers
    // and well-wishers are not its sides.
    // Nor those still apart on it ("the two sides remained far apart on the terms of a ceasefire"),
    // nor those who propose, back or press for it ("Washington pressed Kyiv to accept a ceasefire").
    notAfter:
      /\b(?:mediated|mediating|brokered|brokering|negotiated|facilitated|welcomed|welcoming|hailed|praised|proposed|proposes|proposing|backed|backs|backing|supported|supports|called for|calls for|calling for|pushed for|pushes for|pushing for|guarantors? (?:of|for|to))\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+)?$|\b(?:far apart|divided|at odds|no closer|no agreement|no deal|disagree(?:d|s)?|failed to agree)\s+(?:on|over|about)\s+(?:\S+\s+){0,4}?$|\b(?:pressed|presses|pressing|urged|urges|urging|asked|asks|asking)\s+(?:\S+\s+){1,3}?to\s+(?:accept|agree\s+to|sign|observe|respect)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+)?$/i,
  },
  {
    id: 'cease-fire.between',
    kind: 'cease-fire',
    cue: cue('\\b(?:cease-?fire|truce|armistice)s? between\\b'),
    shape: 'pair-after',
  },
  {
    id: 'secession.declared-independence',
    kind: 'secession',
    cue: cue(
      '\\b(?:(?:declared|declares|proclaimed) independence from|(?:broke|breaks|break|breaking|split|splits) away from|seceded from|secedes from)\\b',
    ),
    shape: 'subject-object',
    // A region breaks from a state ("broke away from ECOWAS" is leaving a bloc).
    targetKinds: ['state', 'de-facto-state'],
  },
  {
    // "Erdogan hosted Hamas leaders, drawing a rebuke from Washington": whoever rebukes accuses.
    id: 'accusation.rebuke-from',
    kind: 'accusation',
    cue: cue(
      '\\b(?:drew|draws|draw|drawing|drawn|prompted|prompts|prompting|sparked|sparks|sparking|earned|earning|triggered|triggering) (?:a |an )?(?:[\\p{L}-]+ )?(?:rebuke|condemnation|criticism|protests?|complaints?|outcry|reprimand|censure)s? from\\b',
    ),
    shape: 'object-subject',
  },
  {
    // "Somaliland, a breakaway region of Somalia", "Transnistria, a separatist region on
    // Moldova's border" (not "Moldova's breakaway region of Transnistria": the next rule).
    id: 'secession.region-of',
    kind: 'secession',
    // Not "on Ukraine's border": a neighbour may be meant.
    cue: cue(`(?<!['’]s (?:\\S+ )?)${SEPARATIST_REGION} (?:of|in|from|within)\\b`),
    shape: 'subject-object',
    reach: 4,
    targetKinds: ['state'],
  },
  {
    // "Moldova's breakaway region of Transnistria", "Georgia's breakaway regions of Abkhazia and
    // South Ossetia": the regions break away from the state named before.
    id: 'secession.possessive-region',
    kind: 'secession',
    cue: cue(`(?<=['’]s (?:\\S+ )?)${SEPARATIST_REGION} of\\b`),
    shape: 'object-subject',
    possessive: true,
    reach: 4,
    targetKinds: ['state'],
  },
  {
    // "China claims democratically governed Taiwan as part of its territory", "regards Taiwan
    // as a breakaway province": the words after the claimed one are looked ahead to, so that it
    // is the object after the cue; the claimed is a name, with at most two words before it, right
    // before them (not "claimed Russia had seized part of its territory", "sees Ukraine's fight as
    // its own").
    id: 'territorial-claim.claims',
    kind: 'territorial-claim',
    cue: cue(
      '\\b(?:claims|claimed|claiming|considers|considered|regards|regarded|views|viewed|sees)\\b(?= (?:the )?(?:[\\p{Ll}-]+ ){0,2}\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)? (?:as )?(?:(?:a |an )?(?:inalienable |integral |historic |historical |sovereign )?part of its (?:own )?(?:sovereign )?territory|its own(?: territory|(?=[,.;]| and\\b))|(?:a |its )(?:breakaway|renegade|rebel) (?:province|region|territory))\\b)',
    ),
    shape: 'subject-object',
  },
  {
    // "China claims sovereignty over Taiwan", "Venezuela lays claim to the Essequibo".
    id: 'territorial-claim.sovereignty',
    kind: 'territorial-claim',
    cue: cue(
      '\\b(?:(?:claims|claimed|claim|claiming|asserts|asserted|assert|asserting) (?:full |historic |historical )?sovereignty over|(?:lays|laid|lay|laying) claim to|(?:annexed|annexes|annex|annexing))\\b',
    ),
    shape: 'subject-object',
    places: true,
    weak: true,
    reach: 24,
  },
  {
    // "Venezuela claims the Essequibo region of Guyana", "moved to annex the Essequibo region of
    // Guyana": the state the region is of.
    id: 'territorial-claim.region-of',
    kind: 'territorial-claim',
    cue: cue(
      '\\b(?:claims|claimed|claim|claiming|annexed|annexes|annex|annexing) (?:the |a |an |part of the |parts of the )?(?:[\\p{L}-]+ ){0,3}?(?:region|province|territory|islands?|area|enclave|strip|peninsula|district|zone) of\\b',
    ),
    shape: 'subject-object',
    places: true,
    reach: 8,
  },
  {
    // "Israeli forces occupied parts of southern Lebanon", "the rebels captured Goma" (not a
    // person captured, nor goods, ships or planes seized by law: "seized" is not read).
    id: 'attack.occupied',
    kind: 'attack',
    cue: cue('\\b(?:occupied|occupies|occupy|occupying|captured|captures|capturing)\\b'),
    shape: 'subject-object',
    places: true,
    weak: true,
    reach: 24,
    targetKinds: ['state', 'de-facto-state', 'group'],
  },
  {
    id: 'sanction.blacklisted',
    kind: 'sanction',
    cue: cue('\\b(?:blacklisted|blacklists|blacklist|blacklisting)\\b'),
    shape: 'subject-object',
    weak: true,
    reach: 16,
  },
  {
    // "Vietnam also has competing claims with China" (not "Brunei, Malaysia and Vietnam hold
    // rival claims in the sea": each has its own, against whom is not said).
    id: 'territorial-claim.competing',
    kind: 'territorial-claim',
    cue: cue(
      '\\b(?:has|have|had|hold|holds|held|with) (?:\\S+ ){0,2}?(?:competing|overlapping|rival|conflicting) (?:territorial |maritime |sovereignty )?claims?\\b(?: with\\b)?',
    ),
    shape: 'subject-object',
    reach: 8,
    mutual: false,
  },
];
