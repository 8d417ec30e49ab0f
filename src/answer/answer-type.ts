import { foldDiacritics } from '../search/analyze.js';
import { saysUnavailable } from './gaps.js';
import { PEOPLE_ADJECTIVES } from '../search/glossary.js';
import { withinOneEdit } from '../search/spelling.js';

/**
 * What kind of text answers a question: "Met welk bedrag…" wants a sum of
 * money, "Wanneer…" a date, "Welke organisatie…" a name. Among the sentences
 * of the right item, the one of the right kind is the quote; the words of the
 * question alone often sit in the sentence next to it.
 */
export type AnswerType = 'money' | 'share' | 'date' | 'day' | 'duration' | 'count' | 'name' | 'reason' | 'outcome';

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** Kinds of things known by a proper name (bodies, places, projects, the facilities a place has, languages): asking "which" of them asks for names. */
const NAMED_KINDS =
  '(?:organisaties?|organi[sz]ations?|bureaus?|instanties?|diensten|dienst|agentschappen|agentschap|agenc(?:y|ies)|bedrijven|bedrijf|ondernemingen|onderneming|compan(?:y|ies)|gemeenten?|steden|stad|municipalit(?:y|ies)|cities|city|towns?|villages?|dorpen|wijken|neighbou?rhoods?|districts?|besturen|bestuur|authorit(?:y|ies)|provincies?|provinces?|regio\'s|regions?|scholen|school|schools|vzw\'s|vzw|verenigingen|partners|promotoren|projecten|project|projects?|campagnes?|campaigns?|initiatieven|initiatief|initiatives?|clubs?|kantoren|kantoor|offices?|landen|land|countries|country|universiteiten|universities|hogescholen|ziekenhuizen|hospitals?|centra|centrum|cent(?:re|er)s?|firma\'s|firma|firms?|bibliotheken|bibliotheek|librar(?:y|ies)|musea|museum|museums|zwembaden|zwembad|sporthallen|sporthal|talen|taal|languages?)';

/** A count written out, as it stands before a kind ("welke vier regio's", "welke veertien zwembaden"). */
const SMALL_NUMBER =
  '(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
/** Names asked as names: "Hoe heten de …", "What are the names of …", "Wat zijn de namen van …". */
export const NAMES_ASKED = '(?:hoe\\s+(?:heten|heetten|heet|heette)|(?:what|which)\\s+(?:are|were|is|was)\\s+the\\s+names?\\s+of|wat\\s+(?:zijn|waren|is|was)\\s+de\\s+namen?\\s+van)';
/**
 * English nouns before the kind ("weekend schools", "community health centres"), not the kind of kind asked ("which
 * kind of schools"): English writes apart what Dutch joins into one compound.
 */
const MODIFIER_WORD = '(?:(?!(?:soort|soorten|type|types|kind|kinds|sort|sorts|of|van)\\b)[a-z]+\\s+)';
/** A second one only in English: in Dutch the word after the noun may be a verb ("welke functies hanteren gemeenten"). */
const NOUN_MODIFIER = `${MODIFIER_WORD}?(?:(?<=\\bwhich\\b.*)${MODIFIER_WORD})?`;
/** The verb that opens an English yes-no question ("Does …", "Is there …"). */
const YES_NO_OPENING = '(?:does|do|did|is|are|was|were|has|have|had|will|would|should|must)\\b';
const ASKS: [AnswerType, RegExp][] = [
  ['money', /\bhoeveel\b.*\b(?:gekost|kostte|kostten|betaald|betaalde|betaalden|uitgegeven|besteed|geïnvesteerd|geinvesteerd)\b|\b(?:wat|hoeveel)\s+(?:\S+\s+){0,4}?(?:betalen|betaal|betaalt|verdient|verdienen|verdiende|verdienden)\b|\b(?:welk bedrag|welk budget|hoeveel (?:[a-z]+(?:e|s)\s+)?(?:[a-z-]*geld|(?:[a-z]+-)?(?:middelen|subsidie|subsidies|financiering|steun))\b|hoeveel (?:ging|gingen|gaat|gaan|werd|werden|wordt|worden|kreeg|kregen|krijgt|krijgen)\b.*\b\w*(?:budget|budgetten|geld|middelen|subsidie|subsidies)|hoeveel kost\w*|wat kost\w*|hoeveel bedraagt|hoeveel bedroeg|hoe duur|hoeveel euro|wat (?:is|was|zijn|waren|bedraagt|bedroeg) (?:het|de) (?:\w+ )?(?:budget|bedrag|kost|kosten|kostprijs|dotatie|tarief|subsidie|\w*loon|salaris|wedde)|what (?:is|was|are|were) the (?:\w+ ){0,2}?(?:budget|cost|costs|amount|grant|subsidy|fee|fine|fines|allocation|price|rate|salary|wage|wages|income|earnings)|(?:what|which) (?:budget|amount|sum|salary|wage|wages|income)|how much (?:(?:\S+\s+){0,3}?(?:money|funding)|did|does|will|is|was)|(?:what|how much) (?:do|does|did|will|would|can|could) (?:(?!ask|asked|about)\w+ ){1,8}?(?:spend|pay|cost|get|receive|earn)|what (?:(?!ask|asks|asked|about)\w+ ){1,8}?(?:pays|spends|charges)\b|(?:what|how much) (?:does|did|will|would) [^?]*? (?<!(?:the|a|its|their|total) )cost(?=(?: (?:per|for each|for every|each|a|an) \w+)? ?\?*$)|(?:hoe hoog|how high) (?:\w+ ){0,3}?(?:budget|budgetten|bedrag|bedragen|boete|boetes|geldboete|geldboetes|kost|kosten|subsidie|dotatie|tarief|bijdrage|budgets?|amounts?|fines?|costs?|grants?|subsid(?:y|ies)|fees?|rates?|allocations?))\b/],
  ['share', /\b(?:welk deel|welk aandeel|welk percentage|hoeveel procent|hoe groot (?:is|was) het aandeel|what share|what percentage|what proportion)\b|\b(?:hoeveel|what)\s*%/],
  // A duration asked ("hoe lang", "how long") is answered by a period or a date, which the date pattern reads.
  // How long something lasts is answered by a length of time or the span it runs, not by any date: a year is no duration.
  ['duration', /\b(?:hoe lang|hoelang|hoeveel tijd|welke looptijd|how long|how much time)\b/],
  // Which day of the week: a weekday or a calendar day answers, a year does not.
  ['day', /\b(?:welke dag|welke dagen|welke weekdag|welke weekdagen|which days?|what days?|what day of the week)\b/],
  ['date', /^(?:\S+\s+){0,2}?(?:wanneer|tegen wanneer|tot wanneer|vanaf wanneer|sinds wanneer|when|by when)\b|\b(?:welke datum|welke termijn|welke deadline|welke periode|what date|what period)\b/],
  // Who, or which of the things that carry a proper name: organisations, places, projects.
  // "welke vier proefregio's", "which 27 initiatives", "welke West-Vlaamse gemeenten": a count or adjective may come first, a compound ends in the kind.
  // Who may or can do something is a class ("gemeenten met minder dan 25.000 inwoners"), not names.
  // A request to list things that carry a proper name ("List the 28 municipalities …", "Noem de gemeenten …").
  ['name', new RegExp(`^(?:please\\s+)?(?:list|name|noem|geef|som)\\s+(?:(?:de|het|the|all|alle)\\s+)?(?:(?:[\\w-]+e|\\d+|${SMALL_NUMBER}|other)\\s+){0,2}[\\w-]*?${NAMED_KINDS}\\b`)],
  // Where people or things come from is a place: "waar komen de meeste aanvragers vandaan?"
  // English strands the preposition: "Which countries do they come from?".
  ['name', /^(?:\S+\s+){0,2}?(?:waar\b.*\bvandaan|where\b.*\bfrom|(?:which|what)\b.*\b(?:come|comes|came)\s+from)\b/],
  // A yes-no question's "who" is relative ("Does someone who finished the course …"): it asks no name.
  ['name', new RegExp(`^(?!.*\\b(?:kan|kunnen|mag|mogen|aanmerking|can|may|eligible|qualify)\\b)(?!${YES_NO_OPENING})(?:\\S+\\s+){0,2}?(?:wie|who|door wie|(?:welke|welk|which)\\s+(?:(?:are|were|zijn|waren)\\s+(?:the|de)\\s+)?(?:(?:[\\w-]+e|[a-z]+est|\\d+|${SMALL_NUMBER}|other)\\s+){0,2}${NOUN_MODIFIER}[\\w-]*?${NAMED_KINDS})\\b`)],
  // A count before the kind makes the set definite, so even what may or can be done asks for names: "In welke zes
  // scholen kunnen jongeren een brugjaar volgen?" asks which six, not what kind of school.
  ['name', new RegExp(`^(?:\\S+\\s+){0,2}?(?:welke|which)\\s+(?:\\d+|${SMALL_NUMBER})\\s+${NOUN_MODIFIER}[\\w-]*?${NAMED_KINDS}\\b`)],
  // Names asked as names: "Hoe heten de scholen …", "What are the names of the …".
  ['name', new RegExp(`^(?:\\S+\\s+){0,2}?${NAMES_ASKED}\\b`)],
  // The others of a counted set, after some were named: "Welke zijn de 24 andere wandelroutes …", "Which are the 16 other …".
  ['name', new RegExp(`^(?:\\S+\\s+){0,2}?(?:welke|which|wat|what) (?:zijn|waren|are|were) (?:de|the) (?:\\d+|${SMALL_NUMBER}) (?:andere|overige|other|remaining)\\b`)],
  // Results, conclusions, what something yielded or showed: answered by findings, not by a description of the project.
  // "opleveren" splits in the present and past tense: "Wat leverde de proef op?" as "Wat heeft de proef opgeleverd?".
  ['outcome', /\b(?:wat (?:zijn|waren|is|was) de (?:\w+ )?(?:resultaten|resultaat|conclusies?|bevindingen|uitkomsten?|effecten|opbrengst)|welke (?:\w+ )?(?:resultaten|conclusies|bevindingen|effecten)|(?:heeft|hebben|had|hadden)\b.*\bopgeleverd|wat (?:levert|leveren|leverde|leverden)\b.*?\bop(?=\s*(?:[?,;]|$|\s(?:en|of|and)\b))|what (?:came|comes|has come|have come) out of\b|wat (?:toonde|toont|bleek|blijkt|concludeert|concludeerde|concluderen)|wat (?:is|was) (?:er )?(?:al )?gebleken|wat staat er in (?:het|de) (?:\w+ )?\w*(?:rapport|verslag|evaluatie|studie|onderzoek)\b|what does the (?:\w+ ){0,2}?(?:report|evaluation|study|survey)\b(?: (?:on|about|of|into) [^?]*?)? say|wat (?:leert|leerde|leren|leerden)\s+(?:ons\s+)?(?:(?:de|het|die|deze|dat|dit)\s+)?(?:\w+\s+)?\w*(?:evaluatie|onderzoek|studie|rapport|bevraging|enquete|audit|doorlichting|proef|proefproject|resultaten|cijfers|ervaringen?)\b|wat (?:leren|leerden) (?:we|wij)\b|what (?:are|were|was|is) the (?:\w+ ){0,2}?(?:results?|findings|conclusions?|outcomes?|effects?)|what (?:did|does|do)\b.*\b(?:show|conclude|find|yield|achieve|reveal|teach)|^(?:did|does|has|have)\b.*\b(?:reduce|increase|improve|lower|raise|lead to|led to|result in|help|work)|^(?:heeft|hebben|had|hadden)\b.*\b(?:geleid tot|gezorgd voor|verminderd|verhoogd|verbeterd|doen dalen|doen stijgen|geholpen|gewerkt))\b/],
  // "Hoe vaak" asks how many times: a count.
  ['count', /\b(?:hoeveel|how many|hoe vaak|hoe dikwijls|how often)\b/],
  // The number asked by its noun: "Wat was het voorlopige aantal …", "What was the total number of …".
  // Not the number of one thing ("the number of the decree", "the phone number of the helpdesk").
  ['count', /\b(?:(?:wat|hoe hoog|hoe groot) (?:is|was|zijn|waren) (?:\S+ ){0,3}?het (?:\w+ )?aantal|what (?:is|was|are|were) (?:\S+ ){0,3}?the (?:\w+ ){0,2}?number of (?!(?:the|a|an|this|that|its|his|her|their)\b))/],
  // "Waarom …" asks for a cause or a purpose; "Hoeveel … en waarom?" is a count first.
  // So does what explains or causes it: "Wat verklaart de toename …", "What caused the drop …", "Wat is de oorzaak …".
  ['reason', /^(?:\S+\s+){0,2}?(?:waarom|om welke redenen?|hoe komt het|why|for what reason|(?:wat|what) (?:verklaart|verklaren|explains|explained|causes|caused)(?! (?:de minister|het parlementslid|hij|zij|ze)\b)|hoe (?:verklaart|verklaren)|wat (?:is|zijn|was|waren) de (?:oorzaak|oorzaken|reden|redenen)|what (?:is|are|was|were) the (?:reasons?|causes?|explanation))\b/],
  // Whatever else it asks, a question "volgens de bevraging", "according to the (Even Weg) evaluation" asks a study's finding.
  ['outcome', /\b(?:volgens|according to)\s+(?:de |het |een |the |a )?(?:\S+\s+){0,2}?(?:bevraging|enquete|studie|evaluatie|onderzoek|survey|study|evaluation|research)\b/],
  // What those asked said in a survey is its finding: "What did the employers say in the survey?", "Wat zeiden de ouders in de bevraging?".
  ['outcome', /\b(?:what (?:did|do|does)\b.*\b(?:say|tell|report)|wat (?:zeiden|zeggen|zei|zegt|vertelden|vertellen|antwoordden))\b.*\b(?:in|during|tijdens) (?:de|het|die|deze|the|that|this) (?:\w+ )?(?:bevraging|enquete|survey|interviews?|poll)\b/],
];

/** A question word, Dutch or English: without one, the query is a string of keywords. */
const QUESTION_WORD = /\b(?:wat|welke?|wie|wanneer|waar|waarom|hoe|hoeveel|what|which|who|when|where|why|how)\b/;
/** In keywords, the word for a kind of value asks for that value: "digibrug budget 2023", "aantal trajectbegeleiders 2023". */
const KEYWORD_ASKS: [AnswerType, RegExp][] = [
  ['money', /\b(?:budget|budgetten|bedrag|kost|kosten|kostprijs|subsidie|dotatie|tarief|prijs|budgets?|costs?|amount|price|fee)\b/],
  ['share', /\b(?:percentage|aandeel|procent|share|percent)\b/],
  ['count', /\b(?:aantal|number)\b/],
  ['date', /\b(?:datum|deadline|termijn|timing|date)\b/],
];

/** "hoeveel" with a noun before a verb of paying or costing: the noun is counted ("hoeveel opleidingen betaalde"). */
const COUNTED_BEFORE_PAYING =
  /\bhoeveel\s+(?!(?:geld|euro|middelen|subsidie|subsidies|budget|financiering|steun|er|het|dat|dit|ze|zij|men|je|u)\b)[a-z][\w-]*(?:en|s|'s)\s+(?:\w+\s+){0,2}?(?:betaalde|betaalden|betaalt|betalen|kostte|kostten|bekostigde|financierde|financierden|financiert|verdienen|verdienden)\b/;
/** "hoeveel kreeg/ontving" and a named receiver: "Hoeveel kreeg Leuven", "Hoeveel ontving vzw Trapkracht". */
const RECEIVED_BY_NAME = /\b[Hh]oeveel\s+(?:kreeg|krijgt|ontving|ontvangt)\s+(?:(?:de\s+)?(?:stad|gemeente|vzw|provincie)\s+)?\p{Lu}/u;
/** What one receives or earns is a sum: "Hoeveel krijgt een gids per rondleiding?", "Hoeveel verdient een stagiair?". */
const RECEIVED_BY_ONE = /\bhoeveel\s+(?:(?:kreeg|krijgt|ontving|ontvangt|verdienen|verdienden)\s+(?:een|elke|iedere|één)\s|(?:verdient|verdiende)\b)/;

/**
 * The verbs for setting money aside ask a sum, split ("Hoeveel trekt de minister in 2025 uit voor X?", "Hoeveel
 * maakt ze vrij?") or joined ("Hoeveel werd er uitgetrokken?"): the particle closes the clause, before any phrase
 * that follows it ("uit voor X").
 */
const SET_ASIDE =
  /\bhoeveel\s+(?:(?:trekt|trekken|trok|trokken)\b.*\buit|(?:maakt|maken|maakte|maakten)\b.*\bvrij)(?:\s+(?:voor|aan|in|naar)\b[^,;?]*)?\s*\?*$|\bhoeveel\s+(?:(?:geld|middelen|euro)\s+)?(?:werd|werden|wordt|worden|is|zijn|was|waren|wil|wilt|willen|zal|zullen|gaat|gaan)\b.*\b(?:uitgetrokken|uittrekken|vrijgemaakt|vrijmaken)\b/;

/** A share named by its noun: the rate of an outcome ("pass rate", "employment rate"), a Dutch -percentage or -graad. */
const SHARE_NOUN_ASKED =
  /\b(?:pass|success|failure|employment|unemployment|participation|occupancy|dropout|drop-out|completion|response|approval|refusal|acceptance|uptake|take-up|vat)\s+rates?\b|\b(?:wat|welk|hoe hoog) (?:is|was|zijn|waren|lag|ligt) (?:het|de) (?:\w+ )?\w*(?:percentage|aandeel|graad)\b/;

/** A change in a count ("By how much did the number of coaches grow", "Met hoeveel steeg het aantal …"): a count, not a sum. */
const COUNT_CHANGE_ASKED = /\b(?:by how much|how much|met hoeveel)\b(?!.*(?:procent|percent|%))(?=.*\b(?:the number of|het aantal)\b)/;

/** Words that set names apart from what is asked: "Apart from Haverzele …", "Behalve Gent …". */
export const SETTING_APART = '(?:apart from|besides|other than|except(?: for)?|behalve|naast|buiten|afgezien van)';
const SET_APART_CLAUSE = new RegExp(
  `^${SETTING_APART}\\b[^?]*?,\\s*(?=(?:\\S+\\s+){0,2}?(?:welke|welk|wie|wat|waar|wanneer|hoeveel|which|what|who|where|when|how)\\b)`,
);

/** The kind of answer the question asks for, or null when it asks for an explanation. */
export function answerType(query: string): AnswerType | null {
  // The question proper follows a clause that sets something apart: "Apart from Haverzele, in which municipalities …".
  const q = fold(query).replace(/\s+/g, ' ').trim().replace(SET_APART_CLAUSE, '');
  // "Hoeveel opleidingen betaalde de VDAB?" counts what was paid for; "Hoeveel betaalde …" asks the sum.
  if (COUNTED_BEFORE_PAYING.test(q)) return 'count';
  // "Hoeveel kreeg Leuven?": what a named party received is a sum.
  if (RECEIVED_BY_NAME.test(query.replace(/\s+/g, ' ')) || RECEIVED_BY_ONE.test(q) || SET_ASIDE.test(q)) return 'money';
  // "the pass rate", "het slaagpercentage", "de bezettingsgraad": a share, where "the hourly rate" is a sum.
  if (SHARE_NOUN_ASKED.test(q)) return 'share';
  if (COUNT_CHANGE_ASKED.test(q)) return 'count';
  for (const [type, pattern] of ASKS) if (pattern.test(q)) return type;
  if (!QUESTION_WORD.test(q)) for (const [type, pattern] of KEYWORD_ASKS) if (pattern.test(q)) return type;
  return null;
}

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const SEASON = '(?:zomer|winter|lente|herfst|voorjaar|najaar|zomerreces|kerstreces|zomervakantie|kerstvakantie|paasvakantie)';
/** Numbers written as words: an answer may count in them ("negen projecten", "achttien maanden"). */
export const NUMERAL =
  '(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|honderd|duizend|tiental|tientallen|honderden|duizenden|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|dozens|hundreds|thousands)';
const TYPE_IN_TEXT: Record<AnswerType, RegExp> = {
  money: /\d[\d.,]*\s*(?:(?:miljoen|miljard)\s+)?euro\b|€\s*\d/,
  // A share in words too: a fraction ("twee derde") or a ratio ("een op de vijf", "one in five").
  share: new RegExp(`\\d+(?:,\\d+)?\\s*(?:procent|%)|\\b(?:de helft|een derde|een kwart|(?:twee|drie)\\s*derde|drie\\s*kwart)\\b|\\b(?:een|\\d+|${NUMERAL})\\s+op\\s+(?:de\\s+)?(?:\\d+|${NUMERAL})\\b|\\b(?:one|${NUMERAL})\\s+(?:in|out of)\\s+${NUMERAL}\\b|\\b\\d+\\s+out of\\s+\\d+\\b`),
  // A calendar date or year, a season or period ("na de zomer", "volgend jaar", "eind september"), or a duration ("binnen achttien maanden").
  date: new RegExp(
    [
      `\\b\\d{1,2}\\s+${MONTH}\\b|\\b${MONTH}\\s+(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\b`,
      `\\b(?:voor|na|tegen|in|tijdens|begin|eind|einde|midden|vanaf|sinds|tot)\\s+(?:de\\s+|het\\s+)?(?:${MONTH}|${SEASON})\\b`,
      `\\b(?:volgend|volgende|vorig|vorige|komend|komende|dit|dat|deze)\\s+(?:jaar|${SEASON}|kwartaal|semester|schooljaar|werkjaar|legislatuur)\\b`,
      `\\b(?:eerste|tweede|derde|vierde|laatste)\\s+(?:kwartaal|semester|jaarhelft|helft\\s+van)\\b`,
      `\\b(?:\\d+|${NUMERAL})\\s+(?:uur|uren|minuten|dagen|weken|maanden|jaar|jaren|werkdagen)\\b`,
      `\\b(?:by|in|before|after|during)\\s+(?:the\\s+)?(?:summer|autumn|spring|winter|january|february|march|april|may|june|july|august|september|october|november|december)\\b`,
    ].join('|'),
  ),
  // A day of the week, also in a compound ("dinsdagvoormiddag", "dinsdag- en donderdagavond"), or a day of a month.
  day: new RegExp(`\\b(?:maan|dins|woens|donder|vrij|zater|zon)dag|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b|\\b\\d{1,2}\\s+${MONTH}\\b`),
  // A length of time ("acht sessies van drie uur", "achttien maanden") or the span something runs ("van 1 juni 2018 tot 31 mei 2020", "loopt tot eind 2024").
  duration: new RegExp(
    [
      `\\b(?:\\d+(?:,\\d+)?|${NUMERAL}|een|een half|anderhalf|enkele)\\s+(?:uur|uren|minuten|dagen|werkdagen|weken|maanden|jaar|jaren|schooljaren|semesters?|hours|days|weeks|months|years)\\b`,
      `\\bvan\\s+(?:\\S+\\s+){1,4}?tot\\s+(?:en\\s+met\\s+)?(?:\\d|${MONTH}|eind|begin|midden)`,
      `\\b(?:loopt|lopen|liep|liepen|duurt|duren|duurde)\\s+(?:\\S+\\s+){0,3}?(?:tot|t\\/m)\\s+`,
    ].join('|'),
  ),
  // A number that is not a year, nor a day of a date or a list marker (NOT_A_COUNT).
  count: /\b(?!(?:19|20)\d\d\b)\d[\d.,]*\b/,
  // A cause ("omdat", "toe te schrijven aan", "vanwege", "vooral door gezondheidsklachten") or a purpose ("om de wachtlijsten weg te werken").
  reason:
    /\b(?:omdat|doordat|(?:vooral|meestal|vaak|voornamelijk|hoofdzakelijk|mede|deels)\s+door|want|daarom|daardoor|vanwege|wegens|omwille van|dankzij|te wijten aan|toe te schrijven aan|het gevolg van|gevolg van|reden|redenen|verklaard door|verklaring|zodat|met het oog op|om\s+(?:\S+\s+){1,8}?te\s+\S+|because|due to|as a result|in order to|so that)\b/,
  // A finding ("blijkt", "steeg", "werd vastgesteld"), a conclusion, or a measured share or proportion ("9 van de 24 zaken").
  outcome:
    /\b(?:resultaat|resultaten|conclu\w+|bevinding\w*|vaststelling\w*|uitkomst\w*|blijkt|bleek|bleken|blijken|toont|toonde|toonden|aangetoond|wees uit|wijst uit|vastgesteld|stelde vast|stelden vast|steeg|stegen|gestegen|daalde|daalden|gedaald|stijging|daling|toename|afname|verdubbeld|geslaagd|slaagden|bereikte|bereikten|opgeleverd|leverde|leverden|succes\w*|tevreden\w*|effect|effecten|results?|findings?|showed|found|concluded)\b|\d+(?:,\d+)?\s*(?:procent|%)|\b\d[\d.]*\s+(?:van|op)\s+(?:de\s+)?\d/,
  // A capitalised word that does not open a sentence or an item ("1. a) Gemeenten"):
  // one after a word, a comma or a colon, or opening a bulleted line, which lists
  // rather than speaks; or a quoted name.
  name: /(?:(?<=[^\s.!?]\s+)(?<!(?:^|\s)(?:\d{1,2}|[a-z])[.)]\s+)|(?<=(?:^|\n)[ \t]*[-•–*][ \t]+))(?:[A-Z][a-z]+|[A-Z]{2,})\b|[‘'“"][A-Z][^’'”"]{2,60}[’'”"]/g,
};

/** A finding announced rather than given: expected, planned, to follow. */
export const STILL_TO_COME = /\b(?:verwacht|verwachte|gepland|volgen|volgt|zullen|zal|expected|planned|will)\b/;

/** Adjectives Dutch capitalises that name no one ("Vlaamse middelen", "Europese fondsen"). */
const CAPITALISED_ADJECTIVES = new Set(
  'Vlaams Vlaamse Europees Europese Belgisch Belgische Federaal Federale Nederlands Nederlandse Brussels Brusselse Waals Waalse'.split(' '),
);

/**
 * Numbers that count nothing: the day of a date ("30 juni"), a list or item
 * marker at a line start ("2.", "b)"), a sum of money ("142.000 euro"),
 * which measures rather than counts. A share ("12 procent van de
 * inburgeraars") does say how many.
 */
const NOT_A_COUNT = new RegExp(
  `\\b\\d{1,2}\\s+${MONTH}\\b|^\\s*(?:\\d{1,2}(?:\\s*(?:,|en)\\s*\\d{1,2})*[.)]|[a-z]\\))(?=\\s)|\\d[\\d.,]*\\s*(?:(?:miljoen|miljard)\\s+)?euro\\b`,
  'gm',
);

const NUMERAL_WORD = new RegExp(`\\b${NUMERAL}\\b`);
const QUOTED_NAME = /[‘“][^’”\n]{2,80}[’”]/gu;

/** A count in digits or in words: whether a text gives any number at all. */
export function holdsNumber(text: string): boolean {
  // A number word in a quoted name counts nothing: the project ‘Thuis in Twee Culturen’.
  return holdsAnswerType(text, 'count') || NUMERAL_WORD.test(fold(text.replace(QUOTED_NAME, ' ')));
}

/** A length of time counts no people or things: "de 40 uur spreiden over zes maanden". */
const DURATION_FIGURE = new RegExp(`\\b(?:\\d+(?:,\\d+)?|${NUMERAL})\\s+(?:uur|uren|minuten|dagen|werkdagen|weken|maanden|jaar|jaren|hours|days|weeks|months|years)\\b`, 'g');

/**
 * Whether a passage gives a count for a counting question: a number that is neither one the question gives itself
 * ("the 40 participation hours") nor a length of time, unless time is what the question counts ("hoeveel uur").
 */
export function givesCount(text: string, question: string, ownFigures: readonly string[]): boolean {
  const own = ownFigures.filter((f) => /^\d+$/.test(f));
  const withoutOwn = own.length ? text.replace(new RegExp(`(?<![\\d.,])(?:${own.join('|')})(?![\\d]|[.,]\\d)`, 'g'), ' ') : text;
  const counted = readQuestion(question).asksTime ? withoutOwn : fold(withoutOwn).replace(DURATION_FIGURE, ' ');
  return holdsNumber(counted);
}

/** "Tot wanneer", "until when": the question asks when something ends. */
const ASKS_END = /\b(?:tot wanneer|until when|till when)\b/;
/** "Hoeveel uur", "how many weeks": the count asked measures time, which a length of time gives, in words too ("acht uur"). */
const ASKS_TIME_UNITS = /\b(?:hoeveel|how many)\s+(?:uur|uren|lesuren|minuten|dagen|lesdagen|weken|maanden|jaren|hours|minutes|days|weeks|months|years)\b/;
/** "Hoe vaak", "how often": the count asked is of times, which a frequency gives in words ("twee keer per maand"). */
const ASKS_FREQUENCY = /\b(?:hoe vaak|hoe dikwijls|how often)\b/;
const FREQUENCY = new RegExp(
  `\\b(?:een|één|\\d+|${NUMERAL})\\s+(?:keer|maal)\\b|\\b(?:dagelijks|wekelijks|tweewekelijks|maandelijks|driemaandelijks|jaarlijks)\\b|\\b(?:elke|iedere)\\s+(?:dag|week|maand|jaar)\\b`,
);

/** What is read of the question (its words, whether it asks an end), kept for the last question asked: every sentence of every candidate is read against it. */
let lastQuestion: { text: string; words: Set<string>; asksEnd: boolean; asksFrequency: boolean; asksTime: boolean } = { text: '', words: new Set(), asksEnd: false, asksFrequency: false, asksTime: false };
function readQuestion(text: string): typeof lastQuestion {
  if (lastQuestion.text !== text) {
    const folded = fold(text);
    lastQuestion = { text, words: new Set(folded.match(/[\p{L}\p{N}]+/gu) ?? []), asksEnd: ASKS_END.test(folded), asksFrequency: ASKS_FREQUENCY.test(folded), asksTime: ASKS_TIME_UNITS.test(folded) };
  }
  return lastQuestion;
}
function wordsOfQuestion(text: string): Set<string> {
  return readQuestion(text).words;
}

/**
 * Superlatives and their English counterparts: a question that asks for an
 * extreme ("waar het minst", "which … most") is answered by a sentence that
 * names one ("het laagst in Limburg", "de belangrijkste drempels").
 */
const SUPERLATIVE =
  /\b(?:meest|meeste|minst|minste|vaakst|hoogst|hoogste|laagst|laagste|grootst|grootste|kleinst|kleinste|belangrijkst|belangrijkste|sterkst|sterkste|populairst|populairste|most|least|highest|lowest|largest|smallest|biggest)\b/;
export const asksExtreme = (question: string): boolean => SUPERLATIVE.test(fold(question));

/**
 * A bound asked ("minimaal", "at least", "the most a town can get") is answered by a sentence that states one of the
 * same direction ("minstens twee acties", "maximaal 50.000 euro per gemeente"), not by any figure near the
 * question's words, nor by the other bound ("samenwerkingsverbanden van minstens drie gemeenten" for a maximum).
 */
export type Bound = 'min' | 'max';
const BOUNDS: Record<Bound, RegExp> = {
  min: /\b(?:minimaal|minimale|minimum|minstens|ten minste|tenminste|niet minder dan|at least|no less than)\b/,
  max: /\b(?:maximaal|maximale|maximum|hoogstens|ten hoogste|niet meer dan|at most|no more than)\b/,
};
/** "the most a town can get": an amount at most, not the extreme of a kind ("the most coaches"). */
const MOST_THAT = /\bthe most (?:a|an|one|each|that|per)\b/;
export function asksBound(question: string): Bound | null {
  const q = fold(question);
  return BOUNDS.min.test(q) ? 'min' : BOUNDS.max.test(q) || MOST_THAT.test(q) ? 'max' : null;
}
export const statesBound = (sentence: string, bound: Bound): boolean => BOUNDS[bound].test(fold(sentence));
export const statesExtreme = (sentence: string): boolean => SUPERLATIVE.test(fold(sentence));

/**
 * A total ("in totaal", "samen", "combined") is answered by a sentence that
 * states one ("In totaal gaat het om 2.410.000 euro"), not by the parts before
 * it. "samen" in lower case only, and not "samen met": names ("Samen Stad") and
 * working together are no sum.
 */
const TOTAL = /\b(?:in totaal|in het totaal|totaal|totale|totaalbedrag|gezamenlijk|gezamenlijke|combined|total|altogether|in all|overall)\b/;
const TOGETHER = /(?:^|[^\p{L}])samen\b(?!\s+met\b)|^Samen\s+(?=\p{Ll})/u;
export const asksTotal = (question: string): boolean => TOTAL.test(fold(question)) || TOGETHER.test(question);
export const statesTotal = (sentence: string): boolean => TOTAL.test(fold(sentence)) || TOGETHER.test(sentence.trim());

/** A question whose answer is a place: "welke gemeenten", "in welke provincie", "waar", "which cities". */
const ASKS_PLACE = /\b(?:waar|where|gemeenten?|steden|stad|provincies?|regio'?s?|landen|land|centrumsteden|wijken|wijk|municipalit(?:y|ies)|cit(?:y|ies)|towns?|provinces?|regions?|countr(?:y|ies)|neighbourhoods?)\b/;
function asksForPlace(question: string): boolean {
  return question === '' || ASKS_PLACE.test(fold(question));
}

/**
 * Towns and countries are named without an article, bodies with one: asked "which municipalities", "het Agentschap
 * Integratie en Inburgering" names no municipality. Regions are left out: "de Kempen", "the Westhoek".
 */
const ASKS_SETTLEMENT = /\b(?:welke|which|(?:list|noem|name) (?:de|the|all|alle))\s+(?:\S+\s+){0,2}?(?:gemeenten|gemeente|steden|stad|dorpen|dorp|landen|land|municipalit(?:y|ies)|cit(?:y|ies)|towns?|villages?|countr(?:y|ies))\b/;
/** A name, or a later word of it ("het Agentschap Integratie en Inburgering"), after a definite article. */
const AFTER_DEFINITE_ARTICLE = /\b(?:de|het|the)\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:en|voor|van|and|for|of)\s+)?)*$/u;

/** Where the names that a locative opens start: "in (de provincie) Antwerpen, Gent en Brussel", "te Leuven". */
const LOCATIVE_LIST = /\b(?:in|te|uit|naar|binnen)\s+(?:de\s+|het\s+)?(?:(?:regio|provincie|stad|gemeente|gemeenten|provincies|steden)\s+)?((?:[A-Z][\p{L}-]+)(?:\s*(?:,|en)\s*[A-Z][\p{L}-]+)*)/gu;
function locatedNames(sentence: string): Set<number> {
  const starts = new Set<number>();
  for (const m of sentence.matchAll(LOCATIVE_LIST)) {
    const list = m[1]!;
    const offset = m.index! + m[0].length - list.length;
    for (const n of list.matchAll(/[A-Z][\p{L}-]+/gu)) starts.add(offset + n.index!);
  }
  return starts;
}

/** Shorter names one letter apart are mostly other names ("Gent", "Genk"). */
const MIN_ALIKE_NAME = 6;

/**
 * Whether a sentence holds an answer of the given kind (offsets of the original
 * text, case kept). A name the question itself gives is not its answer: "welke
 * clubs in Rozemeer" is not answered by "de stad Rozemeer".
 */
export function holdsAnswerType(sentence: string, type: AnswerType, question = ''): boolean {
  if (type === 'name') {
    const given = wordsOfQuestion(question);
    // Also in the other language's spelling, one letter apart: "the Flemish Ardennes" gives "de Vlaamse Ardennen".
    const spelledAlike = (w: string) => w.length >= MIN_ALIKE_NAME && [...given].some((g) => g.length >= MIN_ALIKE_NAME && withinOneEdit(g, w));
    const isGiven = (name: string) => {
      const words = fold(name).match(/[\p{L}\p{N}]+/gu) ?? [];
      return words.length > 0 && words.every((w) => given.has(w) || w.length < 3 || spelledAlike(w));
    };
    // Who did something, or which organisation, is an agent: "in de provincie Antwerpen" names where, not who.
    // A language is named after "in" too ("in het Arabisch"), as a place is.
    const asked = fold(question);
    const asksLanguage = ASKS_LANGUAGE.test(asked);
    const where = asksForPlace(question) || asksLanguage ? null : locatedNames(sentence);
    // Languages take an article ("het Turks") as bodies do: only towns are named without one.
    const settlement = !asksLanguage && ASKS_SETTLEMENT.test(asked);
    return [...sentence.matchAll(TYPE_IN_TEXT.name)].some(
      ({ 0: name, index }) =>
        // A language is named by its people's adjective ("het Turks", "het Nederlands").
        (asksLanguage || (!CAPITALISED_ADJECTIVES.has(name) && !PEOPLE_ADJECTIVES.has(fold(name)))) && !isGiven(name) && !where?.has(index!) && !kindAfterArticle(sentence, index!, name) &&
        !(settlement && AFTER_DEFINITE_ARTICLE.test(sentence.slice(Math.max(0, index! - 120), index))),
    );
  }
  // "De resultaten worden in juni verwacht" names results it does not give: a finding only in a sentence that
  // neither says it is missing nor puts it in the future.
  if (type === 'outcome') return sentence.split(/(?<=[.!?;])\s+/).some((s) => TYPE_IN_TEXT.outcome.test(fold(s)) && !saysUnavailable(s) && !STILL_TO_COME.test(fold(s)));
  const text = fold(sentence);
  // "Tot wanneer loopt de subsidie?" asks when it ends: a date the sentence gives as an end ("tot en met 31 augustus 2023").
  if (type === 'date' && readQuestion(question).asksEnd) return TYPE_IN_TEXT.date.test(text) && GIVES_END.test(text);
  if (type === 'count' && question !== '') {
    const { asksFrequency, asksTime } = readQuestion(question);
    if ((asksFrequency && FREQUENCY.test(text)) || (asksTime && TYPE_IN_TEXT.duration.test(text))) return true;
  }
  return TYPE_IN_TEXT[type].test(type === 'count' ? text.replace(NOT_A_COUNT, ' ') : text);
}

/** Which language(s) ("in welke talen", "which language"): answered by names that follow "in" ("in het Tagalog"). */
const ASKS_LANGUAGE = /\b(?:welke|welk|which|what)\s+(?:\S+\s+){0,2}?(?:talen|taal|languages?)\b/;

/**
 * A capitalised word after the indefinite article names a kind, not one thing: "scholen met een OKAN", "een CAW in
 * elke provincie". Not a compound's first part ("een VDAB-consulent" names the VDAB).
 */
function kindAfterArticle(sentence: string, index: number, name: string): boolean {
  return /\been\s+$/i.test(sentence.slice(Math.max(0, index - 5), index)) && sentence.charAt(index + name.length) !== '-';
}

const GIVES_END = new RegExp(`\\b(?:(?:tot(?:\\s+en\\s+met)?|t/m|until|till)\\s+(?:(?:het|de|the)\\s+)?(?:\\d{1,2}\\s+${MONTH}|(?:19|20)\\d\\d\\b|eind|einde|begin|midden|end|${MONTH}|${SEASON})|eindigt|eindigde|afloopt|loopt\\s+af|liep\\s+af)`);

/** Where people or things come from: "waar … vandaan", "where … from", "uit welke landen", "from which countries". */
// A nationality is where people come from: "Van welke nationaliteiten zijn de meeste deelnemers?".
const ASKS_ORIGIN = /\b(?:waar\b.*\bvandaan|where\b.*\bfrom|(?:which|what)\b.*\b(?:come|comes|came)\s+from|uit welke|from which|herkomst|afkomstig|origin|nationalit(?:eit|eiten|y|ies))\b/;

/** A name after "uit" or "from" ("werknemers uit Oekraïne"), or a list of names that "uit:" opens ("afkomstig uit:\n- Afghanistan"). */
const NAMES_ORIGIN = /\b(?:uit|from)\s+(?:het\s+|de\s+|the\s+)?\p{Lu}\p{Ll}|\b(?:uit|from):\s*\n?\s*(?:[-–•*]\s*)?\p{Lu}\p{Ll}/u;
/** A nationality named by its adjective: "de Syrische, de Afghaanse en de Eritrese nationaliteit", "nationaliteiten de Roemeense". */
const NAMES_NATIONALITY = /\bde\s+\p{Lu}\p{Ll}+e\b/u;

/** For a question about where people or things come from, the sentences that name an origin; null for other questions. */
export function originNamed(question: string): ((sentence: string) => boolean) | null {
  if (!ASKS_ORIGIN.test(fold(question))) return null;
  return (sentence) => NAMES_ORIGIN.test(sentence) || (/\bnationaliteit/i.test(sentence) && NAMES_NATIONALITY.test(sentence));
}
