import { isStopword } from '../search/analyze.js';

/**
 * "vraag" or a compound of it that names a question posed ("vervolgvraag", "deelvragen"). Most compounds of "vraag"
 * name a request or a demand, not a question ("aanvragen", "hulpvragen", "zorgvraag", "informatievragen").
 */
const QUESTION_NOUN = '(?:vervolg|opvolg|opvolgings|deel|slot)?(?:vraag|vragen)';

/**
 * Asking for the question: a verb of asking ("vroeg", "wilde X weten", "werd
 * gevraagd naar"; the participle only with what was asked, as "de meest
 * gevraagde talen" asks nothing; "vraagt" only with a person as subject, as
 * "wat vraagt het pact van de ondertekenaars" is no question; "ask for" is a
 * request), the asking side's role ("de indiener", "deelvragen") or the
 * question as text ("in haar vraag"); "asked to" and a verb is a request too ("Are
 * siblings asked to translate?"), "asked to the minister" is not — unless a verb of answering says the
 * user wants the reply ("wat antwoordde de minister aan het parlementslid …").
 */
const ASKING = new RegExp(
  `\\b(?:${[
    'vroeg|vroegen|informeerde|peilde|inquired|enquired',
    'vraagsteller|vraagstelster|indiener|indienster|deelvragen|deelvraag|questioner',
    // Posing a question: "welke vraag werd er gesteld", "de vragen die ze stelde", also one named by a compound
    // headed by the noun ("welke vervolgvraag stelde ze").
    `${QUESTION_NOUN}\\s+(?:\\S+\\s+){0,3}?(?:gesteld|stelde|stelden)|(?:stelde|stelden)\\s+(?:\\S+\\s+){0,4}?${QUESTION_NOUN}`,
    // Someone else's wish to know, past or present; not the user's own ("ik wil weten hoeveel …").
    '(?<!\\b(?:ik|we|wij|je|jij|u)\\s+)(?:wilde|wou|wilden|wouden|wil|willen)\\s+(?!(?:ik|we|wij|je|jij|u|graag)\\b)(?:\\S+\\s+){0,5}?weten',
    // The indirect question may open with a preposition before its question word ("werd er gevraagd in welke
    // sectoren …"); not one that says what was requested for ("subsidie gevraagd voor welke projecten").
    'gevraagd (?:naar|of|om|(?:(?:in|over)\\s+)?(?:wat|hoe|hoeveel|welke|welk|wanneer|waarom|wie|waar))',
    // A question received: "Welke vraag kreeg minister Deryckere over …", "what question did the minister get".
    `${QUESTION_NOUN}\\s+(?:\\S+\\s+){0,3}?(?:kreeg|kregen|ontving|ontvingen|gekregen|ontvangen)|` + '(?:question|questions)\\s+(?:did|was|were)\\s+(?:\\S+\\s+){0,3}?(?:get|receive|received|sent)',
    // The questioner's wish or request: "Wilde het parlementslid …", "Did the MP want …", "what figures did the MP ask for";
    // not the minister's ("wil de minister …" is answered), nor anyone's request ("how many interpreters did they ask for").
    '(?:wilde|wou|wilden|wouden|wil|willen)\\s+(?:de|het)\\s+(?:parlementslid|volksvertegenwoordiger|indiener|indienster|vraagsteller|vraagstelster)|(?:did|does)\\s+the\\s+(?:mp|questioner)\\s+(?:want|wish|propose|suggest|request|ask\\s+for)|the\\s+(?:mp|questioner)\\s+(?:requested|asked\\s+for)',
    'vraagt\\s+(?:ze|zij|hij|de indiener|de indienster|de vraagsteller|het parlementslid)|(?:ze|zij|hij)\\s+vraagt',
    `in\\s+(?:haar|zijn|de)\\s+(?:\\S+\\s+){0,2}?${QUESTION_NOUN}|` + 'in\\s+(?:her|his|their)\\s+(?:\\S+\\s+){0,2}?question',
    // Someone's question by the possessive: "Tijs De Fabelhouwer's question about …", "the MP's written question".
    "['’]s\\s+(?:\\S+\\s+){0,1}?questions?",
    // The question as text asked for: "What was the written question about …", "Wat was de vraag over …".
    '(?:what|wat)\\s+(?:was|is|were|are|waren)\\s+(?:the|de|het)\\s+(?:\\S+\\s+)?(?:question|questions|' + QUESTION_NOUN + ')\\s+(?:about|on|over|naar)',
    '(?:ask|asks|asked|asking)(?!\\s+(?:for\\b|to\\s+(?!(?:the|a|an|him|her|them|minister|parliament)\\b)[a-z]))|(?<!\\b(?:i|we|you)\\s+)(?:wanted|want|wants)\\s+(?:\\S+\\s+){0,2}?to know',
    // Information someone else wanted: "Welke informatie wou het parlementslid krijgen?"
    '(?:welke|wat voor|which|what)\\s+(?:informatie|gegevens|cijfers|information|data|figures)\\s+(?:wilde|wou|wilden|wouden|did)\\b(?!\\s+(?:ik|we|wij|je|jij|u|i|you)\\b)',
  ].join('|')})\\b`,
  'i',
);
/**
 * A written question sets out facts in its introduction and asks in its
 * items: what the questioner names, sketches or refers to in her question is
 * the introduction's matter, as is what the user calls the introduction.
 */
const STATING = new RegExp(
  `\\b(?:${[
    'noemt|noemde|noemden|noemen|schetst|schetste|verwijst|verwees|vermeldt|vermeldde|citeert|citeerde|geeft|gaf|gaven|herinnert|herinnerde',
    'mentions?|mentioned|refers?|referred|gives?|gave|recalls?|recalled',
    // What the questioner holds, by her account: "volgens de indiener van de vraag", "according to the questioner".
    'volgens\\s+(?:de\\s+)?(?:vraagsteller|vraagstelster|indiener|indienster)|according\\s+to\\s+(?:the\\s+)?questioner',
  ].join('|')})\\b`,
  'i',
);
/**
 * The question's introduction ("in de inleiding", "the introduction to her question"). In English a noun
 * before a content word modifies it: "the introduction evening" is an event, not the text's introduction.
 */
function speaksOfIntroduction(folded: string): boolean {
  if (/\binleiding\b/i.test(folded)) return true;
  return [...folded.matchAll(/\bintroduction\b(?:\s+(\p{L}+))?/giu)].some((m) => !m[1] || isStopword(m[1].toLowerCase()));
}

/**
 * A separable verb: "vragen" whose particle closes the clause is another verb
 * ("hoeveel mensen vroegen erkenning aan" applies, "vroeg de cijfers op"
 * requests data), not asking, also where a phrase follows the particle ("vroegen steun aan bij het agentschap").
 * "zich afvragen" still is wondering, so asking.
 */
export const SEPARATED_PARTICLE = /\b(?:vroeg|vroegen|vraagt|vragen)\b[^?.!,;:]*\s(?:aan|op|terug)(?:\s+(?:bij|via|voor|om|tot|naar|met|in)\s[^?.!,;:]*)?\s*(?:[?.!,;:]|$)/i;
/**
 * People asked something by an office, in the passive ("Now that tenants are asked their income, …", "clients get
 * asked where they live"): no written question's asking. "What was asked …", "the question (that) was asked" and
 * what a minister or a named person (a capital within the sentence) got asked are.
 */
const OTHERS_ASKED = /\b(?!(?:what|which|who|it|that|this|question|questions|was|were|minister|ministers|she|he)\b)(?!\p{Lu})\p{L}+\s+(?:are|is|were|was|get|gets|got|being|been)\s+asked\b/gu;

/** Verbs of answering, or the minister's account ("volgens de minister"): the user wants the reply, or the named person answers. */
export const ANSWERING = /\b(?:antwoord\w*|zei|zegt|reageerde|repliceerde|meldde|answered|replied|said|responded|(?:volgens|according to)\s+(?:de|the)\s+minister)\b/i;

/**
 * Whether a question (diacritics folded) asks what was asked, and whether it asks what the questioner set
 * out in her introduction rather than in her items.
 */
export function askingKind(folded: string): { asking: boolean; introduction: boolean } {
  // The question's first word is capitalised as any sentence's is: no name.
  const text = (folded.charAt(0).toLowerCase() + folded.slice(1)).replace(OTHERS_ASKED, ' ');
  const asking = ASKING.test(text) && !ANSWERING.test(folded) && !SEPARATED_PARTICLE.test(folded);
  return { asking, introduction: speaksOfIntroduction(folded) || (asking && STATING.test(folded)) };
}

/**
 * The follow-up question of a dossier ("In her follow-up on …", "in zijn vervolgvraag"): the later document, the one
 * that cites an earlier question, not that earlier one. A follow-up survey or visit is no question.
 */
const FOLLOW_UP_QUESTION = /\b(?:vervolgvraag|opvolgingsvraag|opvolgvraag|follow-?up\s+(?:question|vraag)|(?:her|his|their|the mp['’]s)\s+follow-?up)\b/i;

export const asksAboutFollowUp = (query: string): boolean => FOLLOW_UP_QUESTION.test(query);

/**
 * The state of things now ("Hoeveel besturen doen intussen mee?", "How many … so far?"): of a question and the later
 * one that follows it up, the later one says how things stand.
 */
// Not "Now that …" opening a clause, nor "up to date".
const LATEST_STATE = /\b(?:intussen|inmiddels|ondertussen|momenteel|thans|tot nu toe|tot dusver|currently|so far|at present)\b|(?<!^\s*)\bnow\b(?!\s+that\b)|(?<!\bup\s)\bto date\b/i;

/**
 * How it went against the plan ("Did the trial start on time?", "Verliep de proef zoals gepland?"): the later answer
 * says what happened to what the first one planned.
 */
const AGAINST_PLAN = /\b(?:on time|on schedule|as planned|as scheduled|op tijd|op schema|zoals gepland|volgens plan|volgens (?:de )?planning)\b/i;
/** A count of what was on time ("Hoeveel facturen werden op tijd betaald?") asks no plan's fate. */
const COUNTS = /\b(?:hoeveel|how many|how much)\b/i;

export const asksLatestState = (query: string): boolean => LATEST_STATE.test(query) || (AGAINST_PLAN.test(query) && !COUNTS.test(query));

/**
 * The plan as first announced ("wat was oorspronkelijk gepland", "was originally planned"): of a question and
 * the later one that follows it up, the first one gave it; the later one says how the plan changed.
 */
const ORIGINAL_PLAN = /\b(?:oorspronkelijke?|aanvankelijke?|initieel|initi[eë]le|originally|initially|at first)\b|\boriginal\s+(?:plans?|date|target|schedule|timetable|deadline)\b/i;

export const asksOriginalPlan = (query: string): boolean => ORIGINAL_PLAN.test(query);
