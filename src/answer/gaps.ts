import { foldDiacritics, terms } from '../search/analyze.js';

const fold = (s: string) => foldDiacritics(s).toLowerCase();

// --- Information the passage says it does not give --------------------------

/**
 * Sentences in which a minister says information is not available, not
 * recorded, left out of the figures, or still to come: "wordt niet
 * afzonderlijk geregistreerd", "Over hun resultaten kan ik nog geen
 * uitspraken doen", "De resultaten worden verwacht in januari". A negation
 * with a verb of availability or recording, or with a verb of inclusion and
 * a carrier of information (a table, figures, a register): "niet in het
 * decreet opgenomen" states a fact, "niet in de cijfers opgenomen" a gap.
 */
/** Verbs by which a minister gives information, or says she cannot ("kan ik niet geven", "geen cijfers meedelen"). */
const GIVING = ['geven', 'meedelen', 'verstrekken', 'bezorgen', 'zeggen'];
/** Verbs by which a figure is worked out: "Wat scholen daaraan besteden, kan ik niet berekenen". */
const RECKONING_VERBS = ['berekenen', 'ramen', 'schatten', 'inschatten', 'becijferen'];
/** Their stems, and those of making a breakdown ("maakt de VDAB niet"): in a gap sentence they are the saying, not the matter the gap names. */
export const GIVING_TERMS: ReadonlySet<string> = new Set([...GIVING, 'maakt', 'maken', 'maakte', 'maakten', 'gemaakt'].flatMap((w) => terms(w)));

/** What a minister makes of figures: a breakdown, an analysis, an estimate. */
const RECKONING = 'opsplitsing|uitsplitsing|analyse|raming|berekening|inschatting|schatting';
const INFORMATION_CARRIER = /\b(?:tabel|tabellen|overzicht|cijfers|statistiek|statistieken|registratie|registraties|databank|gegevens|telling|tellingen|data)\b/;
const LEFT_OUT = /\b(?:niet|geen)\b.*\b(?:opgenomen|meegeteld|vermeld|inbegrepen|verwerkt)\b|\b(?:opgenomen|meegeteld|vermeld|inbegrepen|verwerkt)\b.*\bniet\b/;
/**
 * Another government's or minister's matter, which this answer leaves to them: "Het behoud van het leefloon is
 * geen Vlaamse bevoegdheid", "De lokale dienstencentra vallen onder de bevoegdheid van mijn collega", "Voor de
 * werking van die centra verwijs ik naar haar" (not "verwijs ik naar mijn antwoord op vraag 2").
 */
const ANOTHER_MINISTERS_MATTER = [
  /\bgeen\s+(?:vlaamse\s+|federale\s+|gewestelijke\s+)?bevoegdheid\b/,
  /\b(?:valt|vallen|viel|vielen|behoort|behoren|hoort|horen)\s+(?:\S+\s+){0,3}?(?:onder|tot)\s+de\s+(?:\S+\s+)?bevoegdheid\s+van\b/,
  /\bverwijs\s+(?:ik\s+)?(?:\S+\s+){0,4}?naar\s+(?:haar|hem|(?:mijn|de|zijn|haar)\s+(?:\S+\s+)?(?:collega|minister|staatssecretaris))\b/,
  // Said of the matter itself: "die omzetting is een federale bevoegdheid", "wordt bepaald door de federale wetgeving".
  /\b(?:is|zijn|blijft|blijven)\s+(?:een\s+)?(?:\S+\s+)?federale\s+(?:bevoegdheid|materie|aangelegenheid)\b/,
  /\b(?:bepaald|geregeld|vastgelegd)\s+(?:door|in)\s+de\s+federale\s+(?:wetgeving|regelgeving|wet|overheid)\b/,
];

/** Whether a sentence leaves its matter to another minister or government (see ANOTHER_MINISTERS_MATTER). */
export function leavesToAnother(sentence: string): boolean {
  const s = fold(sentence).replace(/\s+/g, ' ');
  return ANOTHER_MINISTERS_MATTER.some((p) => p.test(s));
}

const UNAVAILABLE = [
  /\bniet\s+(?:\S+\s+){0,4}(?:beschikbaar|gekend|bekend|geregistreerd|bijgehouden|opgesplitst|uitgesplitst|verzameld|gemeten|bekendgemaakt|meegedeeld|berekend|geteld|geraamd|achterhaald|nagegaan|opgevolgd|gemonitord|geweten)\b/,
  // What a survey does not ask is not known: "Hoe vaak elke drempel voorkomt, werd niet bevraagd" (the negation
  // right before the participle, after a form of "worden": not "Niet alleen de cursisten werden bevraagd").
  /\b(?:wordt|werd|worden|werden)\s+(?:[^\s,;:]+\s+){0,3}?niet\s+(?:(?:afzonderlijk|apart|meer)\s+)?(?:bevraagd|nagevraagd)\b/,
  // Nor what a form does not ask, with the indirect question as subject: "Of de cursisten erkend vluchteling zijn,
  // wordt niet gevraagd". The participle closes the clause: "Wie een leefloon ontvangt, wordt niet gevraagd om een
  // bijdrage te betalen" asks nothing of information. "wie", "waar" and "wanneer" open a relative or conditional
  // clause as often.
  /^\s*(?:of|hoeveel|hoe\s+vaak|hoe\s+lang|welke?|waarom)\s(?:[^.;:]|\.(?=\d))*,\s*(?:wordt|werd|worden|werden)\s+(?:\S+\s+){0,4}?niet\s+(?:\S+\s+)?gevraagd(?=\s*(?:[.,;:!?]|$))/,
  // Knowing negated, the verb first: "Hoeveel van hen effectief aan de slag gaan, weet ik niet".
  /\b(?:weet|weten|wist|wisten)\s+(?:ik|we|wij|men)\s+(?:\S+\s+){0,2}?niet\b/,
  /\b(?:nog\s+)?geen\s+(?:\S+\s+){0,3}(?:cijfers?|gegevens|informatie|uitspraak|uitspraken|zicht|resultaten|data)\b/,
  /\b(?:beschikt|beschik|beschikken)\s+(?:\S+\s+){0,3}niet\s+over\b/,
  // The same with its object put first: "Over de gemiddelde reistijd beschik ik niet."
  /^\s*over\b.*\b(?:beschikt|beschik|beschikken|beschikte|beschikten)\s+(?:\S+\s+){0,2}?niet\b/,
  // The finite verb of recording before its negation: "Het agentschap registreert niet of …", "houdt dat niet bij".
  /\b(?:registreert|registreren|registreerde|registreerden|verzamelt|verzamelen|meet|meten|rapporteert|rapporteren|rapporteerde|rapporteerden)\s+(?:\S+\s+){0,2}niet\b/,
  /\b(?:houdt|houden|hield|hielden)\s+(?:\S+\s+){0,3}niet\s+bij\b/,
  // A breakdown or reckoning of the figures not made: "Een opsplitsing per nationaliteit wordt niet gemaakt", "Die
  // analyse werd nog niet gemaakt", "Het agentschap maakt geen uitsplitsing naar leeftijd".
  // The noun is the subject of "niet gemaakt", a few words before it in one clause: "Volgens de raming worden er geen
  // extra kosten gemaakt" says no costs are made, not that no estimate was.
  new RegExp(`\\b(?:${RECKONING})\\b(?:\\s+[^\\s,;:]+){0,6}?\\s+(?:nog\\s+)?(?:niet|geen)\\s+gemaakt\\b|\\b(?:maakt|maken|maakte|maakten)\\s+(?:\\S+\\s+){0,3}?geen\\s+(?:\\S+\\s+)?(?:${RECKONING})\\b`),
  // Or its object put first, the subject after the verb, the negation closing the clause: "Een opsplitsing per
  // nationaliteit maakt de VDAB niet" (not "maakt het verschil niet groter").
  new RegExp(`\\b(?:een|de|die|zo'n)\\s+(?:${RECKONING})\\b(?:\\s+[^\\s,;:]+){0,5}?\\s+(?:maakt|maken|maakte|maakten)\\s+(?:[^\\s,;:]+\\s+){0,3}?niet(?=\\s*(?:[.,;:!?]|$))`),
  /\bnog\s+niet\s+(?:\S+\s+){0,3}(?:beschikbaar|bekend|gekend|afgerond|klaar|gepubliceerd)\b/,
  /\b(?:wordt|worden)\s+(?:\S+\s+){0,2}verwacht\s+(?:in|tegen|eind|begin|rond|na|voor|tijdens)\b/,
  // The time before the verb: "de resultaten worden in november 2026 verwacht", "wordt tegen het voorjaar van 2027 verwacht".
  /\b(?:wordt|worden)\s+(?:in|tegen|eind|begin|rond|na|tijdens)\s+(?:\S+\s+){0,4}?verwacht\b/,
  // The time first, in a clause: "het rapport van de adviesraad, dat tegen de zomer wordt verwacht". ("rond" is
  // also "about" before a figure: "rond de 300 deelnemers worden verwacht" gives one.)
  /\b(?:tegen|eind|begin|tijdens)\s+(?:\S+\s+){0,4}?(?:wordt|worden)\s+verwacht\b/,
  // The minister cannot give it, nor work it out: "Een specifieke wachttijd … kan ik om de hierboven vermelde reden niet geven."
  new RegExp(`\\b(?:kan|kon)\\s+ik\\s+(?:\\S+\\s+){0,6}?niet\\s+(?:\\S+\\s+)?(?:${[...GIVING, ...RECKONING_VERBS].join('|')})\\b`),
  // A figure or date that depends on something else, and is not given: "Hoeveel vluchtelingen in 2026 komen, hangt af
  // van het federale programma". The embedded question is the sentence's subject; nothing after it gives a figure or
  // opens a list ("Hoeveel toelage een gemeente krijgt, hangt af van …: 3.500 euro per vluchteling" gives it).
  /^\s*(?:\S+\s+){0,2}?(?:hoeveel|wanneer)\b[^,;]*,\s*(?:hangt\s+(?:\S+\s+){0,2}?af\s+van|is\s+(?:\S+\s+)?afhankelijk\s+van)\b[^:\d]*$/,
  ...ANOTHER_MINISTERS_MATTER,
];
/**
 * A question that itself speaks of a gap ("Welke cijfers zijn niet beschikbaar?", "Wat ontbreekt nog?") is
 * answered by it. A negation that is part of the matter asked ("inburgeraars zonder … ", "hebben thuis geen
 * internetaansluiting") is not: the question must say what the passages say of a gap (saysUnavailable), or speak
 * of what is still to come or missing.
 */
// "When are the results due?" asks when they are expected; "due to" gives a cause, "rent due per month" a sum.
const ASKS_ABOUT_GAP = /\b(?:verwacht|verwachte|ontbreekt|ontbreken|missing|expected|yet)\b|\bwhen\b[^?]*\bdue\b(?!\s+to\b)/;
/**
 * English speaks of a gap with the negated participle as the predicate, after its auxiliary ("Which figures are not
 * available?", "What data would not be published?", "Why has the report not been published?", "aren't known"). Right
 * after a noun the participle names a group ("the young people not registered with VDAB"), and so it does in a
 * relative clause ("young people who are not registered"): both ask for a figure about them.
 */
const GAP_PARTICIPLE = '(?:available|known|recorded|kept|registered|collected|measured|published)';
const NOT_A_RELATIVE = '(?<!\\b(?:who|that|which)\\s+)';
const ENGLISH_GAP = new RegExp(
  [
    `${NOT_A_RELATIVE}\\b(?:is|are|was|were|be|being)\\s+(?:\\S+\\s+){0,2}?not\\s+(?:\\S+\\s+){0,2}?${GAP_PARTICIPLE}\\b`,
    `${NOT_A_RELATIVE}\\b(?:has|have|had)\\s+(?:\\S+\\s+){0,2}?not\\s+(?:yet\\s+)?been\\s+(?:\\S+\\s+){0,2}?${GAP_PARTICIPLE}\\b`,
    `${NOT_A_RELATIVE}\\b(?:will|would|can|could|should|may|might|must|shall)\\s+(?:\\S+\\s+){0,2}?not\\s+(?:yet\\s+)?be(?:en)?\\s+(?:\\S+\\s+){0,2}?${GAP_PARTICIPLE}\\b`,
    `\\bcannot\\s+(?:yet\\s+)?be\\s+(?:\\S+\\s+){0,2}?${GAP_PARTICIPLE}\\b`,
    `${NOT_A_RELATIVE}\\b(?:isn|aren|wasn|weren|hasn|haven|hadn|won|wouldn|can|couldn|shouldn)['’]t\\s+(?:\\S+\\s+){0,3}?${GAP_PARTICIPLE}\\b`,
    '\\bno\\s+(?:figures|data|information|numbers)\\b',
  ].join('|'),
);
/**
 * Questions that ask for content: a figure, a name, a thing, a length or a rate ("Hoe lang wachten …?"), a degree
 * ("Hoe tevreden zijn …?", "How successful was …?"), a comparison ("Hoe verhoudt … zich tot …?"); a request for it ("Geef de cijfers …", "List the …"). "Wanneer komt het
 * rapport?" is answered by "wordt verwacht in september", and "Is het rapport
 * klaar?" by "is nog niet afgerond": for those the gap is the answer.
 */
const ASKS_FOR_CONTENT = /^(?:\S+\s+){0,3}?(?:hoeveel|welke|welk|wat|wie|waar|how many|how much|which|what|who|where)\b|^(?:\S+\s+){0,3}?(?:hoe lang|hoe vaak|hoe hoog|hoe groot|how long|how often|how high|how big)\b|^(?:\S+\s+){0,3}?(?:hoe|how)\s+\S+\s+(?:zijn|is|waren|was|are|were)\b|^(?:\S+\s+){0,3}?(?:hoe\s+(?:verhoudt|verhouden|verhield|verhielden)\b|how\s+(?:does|do|did)\b.*\bcompare)/;
/**
 * A phrase that sets the scene before the question proper, up to its comma, when the question word follows it: "Onder
 * de nieuwe huurders, hoeveel …", "Since tenants are asked their income, how many …". Not a clause inside a yes/no
 * question ("Klopt het dat gezinnen, waar …").
 */
const LEAD_IN = /^(?:in|bij|voor|onder|sinds|na|op|tijdens|volgens|van|since|among|for|after|at|on|during|of|now|given|with|as)\b[^,?]*,\s*(?=(?:hoeveel|welke|welk|wat|wie|waar|wanneer|hoe|how|what|which|who|where|when)\b)/;
/** A request for content ("Geef de cijfers …", "List the …"), read on the question as typed: the search text drops its verb. */
const REQUESTS_CONTENT = /^(?:please\s+|graag\s+)?(?:geef|give|noem|list|name|show|tell)\b/;

/**
 * Whether someone else knows it ("Weet de minister hoeveel …", "Does the agency know how many …", "Is het bekend
 * welke …") or keeps it ("Werd in 2023 bijgehouden hoeveel …", "Houdt iemand bij hoeveel …", "Is it recorded how
 * many …"): a question about the information, answered by a passage that says it is not kept as by one that gives it.
 * ("Weet u hoeveel …" asks the reader, for the figure.)
 */
const ASKS_WHETHER_KNOWN = /^(?:weet|weten|kent|kennen)\s+(?:de|het|men|die|zij|ze)\b|^(?:does|do|did)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:know|track|record|register|monitor)\b|^(?:is|was)\s+(?:het\s+|er\s+)?(?:bekend|geweten|known)\b|^(?:is|was)\s+it\s+known\b|^(?:wordt|werd|worden|werden)\s+(?:\S+\s+){0,3}?(?:bijgehouden|geregistreerd|gevolgd|opgevolgd|gemonitord)\b|^(?:houdt|houden|hield|hielden)\s+(?:\S+\s+){0,5}?bij\b|^(?:registreert|registreren|registreerde|registreerden)\s+(?:de|het|men|iemand|zij|ze)\b|^(?:is|was|are|were)\s+(?:\S+\s+){0,3}?(?:kept|tracked|recorded|registered)\b/;

/** Whether the question asks if someone else knows the information, not for the information itself. */
export const asksWhetherKnown = (query: string): boolean => ASKS_WHETHER_KNOWN.test(fold(query));

/** A count asked: "hoeveel … nog …" is how many are still so ("waren een jaar later nog aan de slag"), a figure all the same. */
const ASKS_COUNT = /^(?:\S+\s+){0,3}?hoeveel\b/;
const STILL = /\bnog\b/;
const asksAboutGap = (q: string) => ASKS_ABOUT_GAP.test(q) || (STILL.test(q) && !ASKS_COUNT.test(q));

/** Whether the question asks for content (a figure, a name, a thing) rather than about what is missing or when. */
export function asksForContent(query: string): boolean {
  if (asksWhetherKnown(query)) return false;
  const q = fold(query);
  // The question word may follow a lead-in set off by a comma (LEAD_IN).
  const asked = ASKS_FOR_CONTENT.test(q) || ASKS_FOR_CONTENT.test(q.replace(LEAD_IN, '')) || REQUESTS_CONTENT.test(q);
  return asked && !asksAboutGap(q) && !ENGLISH_GAP.test(q) && !saysUnavailable(query);
}

/** Keywords alone ("schooltoeslag geweigerd, opsplitsing per provincie"): no question word, no question mark. */
const QUESTION_WORD = /\b(?:wie|wat|welke|welk|waar|wanneer|waarom|hoe|hoeveel|who|what|which|where|when|why|how)\b/;
export const isKeywordQuery = (query: string): boolean => !QUESTION_WORD.test(fold(query)) && !query.trim().endsWith('?');

/** Whether the question as typed requests content ("Give me the figures …"), which its search text no longer shows. */
export function requestsContent(query: string): boolean {
  return REQUESTS_CONTENT.test(fold(query)) && asksForContent(query);
}

/** A question about whose matter it is ("Naar welke minister verwijst …", "Which federal minister is responsible …"). */
const ASKS_ABOUT_COMPETENCE = /\b(?:welke (?:\S+ )?minister|which (?:\S+ )?minister|bevoegd|bevoegde|bevoegdheid|bevoegdheden|verantwoordelijk|verantwoordelijke|responsible|competent|competence|in charge)\b/;
/** Or to whom the minister refers ("Naar wie verwijst de minister …", "Who does the minister refer to …"), not whether clients were referred. */
const ASKS_WHOM_REFERRED = /\b(?:wie|who|whom)\b.*\b(?:verwijst|verwijzen|verwees|refer|refers)\b/;

/**
 * Or who decides it ("Wie beslist of …", "Who decides …", "Who sets the rules …", not who set up a project), who
 * supervises or enforces it ("Wie controleert …", "Wie houdt toezicht op …", "Who oversees …"), or whose duty it is
 * ("Wie moet optreden als …", "Who has to act …"): the one whose matter it is.
 */
const ASKS_WHO_DECIDES = /\b(?:wie|who)\s+(?:\S+\s+){0,2}?(?:beslist|beslissen|besliste|bepaalt|bepalen|beoordeelt|beoordelen|oordeelt|decides|decide|decided|determines|assesses|sets(?!\s+up)|set(?!\s+up))\b|^(?:\S+\s+){0,2}?(?:wie|who)\s+(?:controleert|houdt\s+(?:er\s+)?toezicht|ziet\s+(?:er\s*op\s+)?toe|handhaaft|supervises|oversees|enforces|regulates)\b|^(?:\S+\s+){0,2}?(?:wie|who)\s+(?:moet|moeten|must|has\s+to|have\s+to|should)\b/;

/** A minister named by what she is responsible for, right after the word: no question of whose matter it is. */
const PORTFOLIO_AFTER_MINISTER = /\bminister\s+(?:responsible|bevoegd)\s+(?:for|voor)\b/g;
/** Unless the question asks who that minister is: "Who is the minister responsible for …". */
const ASKS_WHO_THE_MINISTER_IS = /\b(?:wie|who|welke|which)\s+(?:is|was|are|were|zijn|waren)\s+(?:de|the)\s+minister/;

/** Whether the question asks whose matter something is: a referral to another minister answers it, as no gap. */
export function asksAboutCompetence(query: string): boolean {
  // "What did the minister responsible for civic integration say …" names the minister by her portfolio; it does not ask
  // it. "Who is the minister responsible for …" does.
  const folded = fold(query);
  const q = ASKS_WHO_THE_MINISTER_IS.test(folded) ? folded : folded.replace(PORTFOLIO_AFTER_MINISTER, 'minister');
  return ASKS_ABOUT_COMPETENCE.test(q) || ASKS_WHOM_REFERRED.test(q) || ASKS_WHO_DECIDES.test(q);
}

/**
 * A gap that points back with a demonstrative ("Die cijfers worden niet bijgehouden", "Deze gegevens zijn niet
 * beschikbaar") speaks of what came before it, the figures the question item asked for.
 */
const POINTS_BACK_TO_DATA = /^\s*(?:die|deze|dat|dit|zulke)\s+(?:\S+\s+)?(?:cijfers|cijfer|gegevens|aantallen|aantal|informatie|statistieken|data)\b/;

/** Whether a gap sentence names its matter only by pointing back to it. */
export function gapPointsBack(sentence: string): boolean {
  return POINTS_BACK_TO_DATA.test(fold(sentence)) && saysUnavailable(sentence);
}

export function saysUnavailable(sentence: string): boolean {
  const s = fold(sentence).replace(/\s+/g, ' ');
  return UNAVAILABLE.some((p) => p.test(s)) || (LEFT_OUT.test(s) && INFORMATION_CARRIER.test(s)) || expectedLater(s);
}

/**
 * The minister's own expectation of when it comes ("de evaluatie verwacht ik zoals gepland in de zomer van 2027"),
 * not of a figure: "Voor 2025 verwacht ik in totaal 1.200 deelnemers" gives one.
 */
const EXPECTED_WHEN = /\b(?:verwacht|verwachten)\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?(?:in|tegen|eind|begin|na|tijdens)\b([^,;:]*)/;
const FIGURE_NOT_A_YEAR = /\b(?!(?:19|20)\d\d\b)\d/;
function expectedLater(s: string): boolean {
  const m = EXPECTED_WHEN.exec(s);
  return m !== null && !FIGURE_NOT_A_YEAR.test(m[1]!.replace(/\b\d{1,2}\s+(?=[a-z]+\s+(?:19|20)\d\d)/g, ' '));
}


// --- A decision still to be taken -----------------------------------------------

/**
 * A decision the minister has not taken yet: a verb of deciding in the
 * present, which here speaks of the future ("Of er een mondeling examen komt,
 * beslis ik pas na de evaluatie", "wordt uiterlijk op 30 juni beslist",
 * "beslist de Raad"), or "nog niet beslist", "nog geen beslissing", "een
 * beslissing volgt". A decision taken ("besliste", "heeft beslist", "werd
 * beslist", "Het besluit werd op 3 mei genomen") or decisions as things counted ("gunstige beslissingen") are not.
 */
const DECIDING_NOW = /\b(?:beslis|beslist|beslissen|besluit|besluiten)\b/;
const DECIDED = /\b(?:heeft|hebben|had|hadden|werd|werden|is|zijn|was|waren)\s+(?:\S+\s+){0,6}?(?:beslist|besloten)\b|\bbesluit\s+(?:van|nr|dat)\b|\b(?:besluit|beslissing)\s+(?:\S+\s+){0,4}?(?:werd|werden|is|was)\s+(?:(?!niet\b|geen\b)\S+\s+){0,4}?(?:genomen|goedgekeurd)\b/;
const STILL_OPEN = /\bnog\s+(?:niet|geen)\s+(?:\S+\s+){0,4}?(?:beslist|besloten|beslissing|besluit)\b|\b(?:beslissing|besluit)\s+(?:\S+\s+){0,2}?(?:volgt|valt|komt|wordt\s+(?:\S+\s+){0,3}?genomen|zal)\b/;

/** Examining whether ("Mijn administratie onderzoekt of …", "bekijkt samen met de steden of …"): the matter is still open. */
const EXAMINING_WHETHER = /\b(?:onderzoek|onderzoekt|onderzoeken|bekijk|bekijkt|bekijken|nagaan|gaat na|ga na|gaan na)\s+(?:\S+\s+){0,6}?of\b/;

export function decisionOpen(sentence: string): boolean {
  const s = fold(sentence).replace(/\s+/g, ' ');
  if (STILL_OPEN.test(s) || EXAMINING_WHETHER.test(s)) return true;
  return DECIDING_NOW.test(s) && !DECIDED.test(s);
}

/** A question about the decision itself ("Wordt er beslist …?", "Wanneer wordt beslist …?") is answered by when it falls. */
const ASKS_ABOUT_DECIDING = /\b(?:beslis\w*|beslot\w*|besluit\w*|decid\w*|decision\w*)\b/;

export function asksAboutDeciding(question: string): boolean {
  return ASKS_ABOUT_DECIDING.test(fold(question));
}

/**
 * "Hoeveel … precies …?", "het exacte aantal", "exactly how many": the exact figure is asked, which an estimate does
 * not give. "Precies" within the count's clause, not in another question ("Hoeveel … en wat doen ze precies?").
 */
const EXACT_ASKED = /\b(?:hoeveel|how many|welk deel|welk aandeel|what share|what proportion)\s+(?:(?!(?:en|and|wat|what|welke?|which|hoe|how|waarom|why|wie|who|waar|where)\b)[^\s,;?]+\s+){0,7}?(?:precies|exact|exactly|precisely)\b|\b(?:exacte?|precieze?|exact|precise)\s+(?:aantal|cijfers?|percentage|bedrag|number|figures?|share|amount)\b|\bexactly\s+how\s+many\b/;
export const asksExact = (query: string): boolean => EXACT_ASKED.test(fold(query));
