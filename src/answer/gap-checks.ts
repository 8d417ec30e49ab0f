import { compoundTerms, foldDiacritics, terms } from '../search/analyze.js';
import { compoundParts } from '../search/compound.js';
import { holdsNumber } from './answer-type.js';
import { LIST_ITEM, mentionsTerm } from './evidence.js';
import { countingSentences, countsBefore, countsSomethingElse, focusPresent, MIN_MODIFIER, namesFocusItself } from './counted.js';
import { hasFigure, tableYears } from './dating.js';
import { cardinalOf } from './named.js';
import { gapPointsBack, GIVING_TERMS, leavesToAnother } from './gaps.js';
import { joinedFormsOf, pastTenseVerbStemsOf, splitVerbsOf, termsOf, unavailableIn } from './passage-analysis.js';
import type { AnswerabilityInput, QueryTerm } from './checks.js';
import { withoutExcluded } from './polarity.js';
import type { Shortfall } from './shortfall.js';

/**
 * What a passage itself says is missing: a figure not kept or not known, a matter left to another minister, a
 * count narrower than the one it gives. One of the checks of checks.ts, kept apart because it reads the passage
 * clause by clause, against the question's words, where the other checks read figures, years and names.
 */

type Sentence = { start: number; end: number; text: string };

/**
 * A negation reaches to the end of its clause: in "Het aantal incidenten wordt
 * niet centraal geregistreerd, waardoor de evaluatie vooral steunt op …" the
 * evaluation is not what is missing. A clause ends at a semicolon or colon, or
 * at a comma before a conjunction that opens a new one.
 */
const CLAUSE_BREAK = /[;:]\s+|,\s+(?=(?:waardoor|maar|terwijl|omdat|zodat|want|hoewel|aangezien|nadat|voordat|tenzij|daarom|bijgevolg|zodoende)\b)/iu;
const clausesOf = (sentence: string): string[] => sentence.split(CLAUSE_BREAK);

/** Work still in preparation: "Het onderzoeksteam bereidt een vergelijking … voor", "wordt voorbereid". */
const PREPARED = /\b(?:bereidt|bereiden|bereidde|bereidden|voorbereid|voorbereiding)\b/iu;
/** A clause that opens with the results or figures of what the clause before speaks of: "de resultaten worden … verwacht". */
const POINTS_BACK_TO_RESULT = /^\s*(?:de|die|deze|het|dat|dit)\s+(?:\S+\s+)?(?:resultaten|resultaat|cijfers|gegevens|conclusies|bevindingen|uitkomsten|uitkomst)\b/iu;
/**
 * A clause that asks the figure of what the clause before says, by a demonstrative standing for it: "hoeveel dat in
 * 2024 was", "maar hoe vaak dit gebeurt". ("het" is as often an article: "hoeveel het fonds betaalde".)
 */
const ASKS_FIGURE_OF_THAT = /^\s*(?:(?:maar|en)\s+)?(?:hoeveel|hoe\s+vaak|hoe\s+lang)\s+(?:dat|dit)\b/iu;

/** A count of part of what was counted before: "Hoeveel van hen …", "Hoeveel van die dossiers …", "Welk deel daarvan …". */
const A_PART = '(?:hoeveel|welk deel|welk aandeel)';
const PART_OF_COUNTED = new RegExp(`\\b${A_PART}\\s+(?:van\\s+(?:hen|hun|die|deze|dat|dit)\\b|daarvan\\b)`, 'iu');
/** Whether a gap sentence counts part of what the sentence before counted: "Hoeveel van hen voortijdig stopten, …". */
export const countsPartOfCounted = (sentence: string): boolean => PART_OF_COUNTED.test(sentence);

/**
 * The noun after the demonstrative of a part ("Hoeveel van die dossiers …") points back to what was counted before: no
 * matter of its own. Not so the matter of a result ("De resultaten van die evaluatie worden verwacht").
 */
const POINTED_BACK = new RegExp(`\\b(${A_PART}\\s+van\\s+(?:die|deze))\\s+\\p{L}+`, 'giu');
const withoutPointedBack = (text: string): string => text.replace(POINTED_BACK, '$1');

/** Capacity, not a count of those who came: "Het project heeft plaats voor dertig koeriers", "room for 40 pupils". */
// Not "in plaats van" (instead of): "van" is no preposition of room here.
const OFFERS_ROOM = /\b(?:plaats|plaatsen|ruimte|capaciteit|room|places|capacity)\s+(?:voor|for|of)\s+(?:maximaal\s+|hoogstens\s+|up\s+to\s+)?(\p{L}+|\d[\d.]*\d|\d)/iu;
const offersRoom = (sentence: string): boolean => {
  const figure = OFFERS_ROOM.exec(sentence)?.[1];
  return figure !== undefined && cardinalOf(figure.toLowerCase().replace(/\./g, '')) !== null;
};

/** Whether a property is kept, said to be unknown: "registreert niet of …", "houdt niet bij of …", a gap whose clause opens "Of …" ("…; of zij zelf nieuwkomer waren, is niet bekend"). */
const WHETHER_NOT_KEPT = /(?:^|[;:])\s*of\s|\b(?:registreert|registreren|registreerde|houdt|houden|hield|weet|weten|bekend|nagegaan|geregistreerd|bijgehouden)\s+(?:\S+\s+){0,2}?(?:niet\s+)?(?:bij\s+)?of\s/iu;

/**
 * Which of a class something went to, said not to be kept: "Voor welke gezinnen de tolk werd ingezet, wordt niet
 * geregistreerd", "houdt niet bij van welke scholen …". The class noun is captured.
 */
const WHICH_NOT_KEPT = /^\s*(?:(?:voor|van|bij|aan|in|door|uit)\s+)?welke\s+(\p{L}+)|\b(?:registreert|registreren|registreerde|houdt|houden|hield|weet|weten)\s+(?:\S+\s+){0,2}?niet\s+(?:bij\s+)?(?:(?:voor|van|bij|aan|in|door|uit)\s+)?welke\s+(\p{L}+)/iu;

/** A sentence about a count: "Hoeveel kandidaat-donoren …", "Het aantal inburgeraars dat …". */
const NAMES_A_COUNT = /\b(?:hoeveel|aantal|aantallen|how many|number of)\b/i;

/**
 * The term, or a compound of the text that holds it ("opvangstructuur" speaks of
 * opvang): where a passage speaks of a word beyond the sentence that says it is
 * missing.
 */
export function termOrCompoundIn(q: QueryTerm, text: string): boolean {
  // An English word's Dutch equivalents too: "trajectory" is spoken of in "inburgeringstraject".
  // A short word too, as a part the lexicon splits off: "ronde" in "testronde".
  let parts: string[] | undefined;
  return mentionsTerm(termsOf(text), q) || [q.term, ...q.alternatives].some((t) => !/\d/.test(t) && ((t.length >= 5 && joinedFormsOf(text).includes(t)) || (parts ??= compoundTerms(text)).includes(t)));
}

/** "Later" after a span of time (a delay elapsed.ts reads: "een jaar later", "six months later") dates a figure against another moment. */
const LATER = ['later', 'nadien', 'daarna'];
const LATER_TERMS: ReadonlySet<string> = new Set(LATER.flatMap((w) => terms(w)));
const LATER_AFTER_SPAN = new RegExp(`\\b(?:${LATER.join('|')})$`, 'i');

/** The shortfall a gap the passage states makes for a question that asks for content, or null. */
export function gapShortfall(input: AnswerabilityInput, sentences: Sentence[], passage: string): Shortfall | null {
  const gaps = sentences.filter((s) => unavailableIn(s.text));
  if (gaps.length === 0) return null;
  // A figure, a group the question excludes ("non-EU"), a word for giving figures or one that places the matter a span
  // of time after another moment ("een jaar later") names no matter of a gap; "later ingetrokken" does.
  const afterSpan = (q: QueryTerm) => LATER_TERMS.has(q.term) && (input.elapsed ?? []).some((e) => LATER_AFTER_SPAN.test(e.words));
  const matterOf = (q: QueryTerm) => !/^\d+$/.test(q.term) && !input.excluded?.includes(q.term) && !GIVING_TERMS.has(q.term) && !afterSpan(q);
  return countOfKindNotKept(input, sentences, gaps) ?? wordOnlyInGap(input, sentences, gaps, matterOf) ?? countInGap(input, sentences, gaps, matterOf, passage);
}

/** A word of the question the passage speaks of only where it says something is missing, or leaves it to another minister. */
function wordOnlyInGap(input: AnswerabilityInput, sentences: Sentence[], gaps: Sentence[], matterOf: (q: QueryTerm) => boolean): Shortfall | null {
  const asked = termsOf(withoutExcluded(input.askedText));
  // What the answer leaves to another minister is not answered, though the question item asked it: "De
  // vrijstellingen in het volwassenenonderwijs behoren tot de bevoegdheid van de Vlaamse minister van Onderwijs."
  const leftToAnother = gaps.filter((s) => leavesToAnother(s.text)).map((s) => termsOf(s.text));
  // Nor is a property of which the answer says it does not register whether people have it ("Het agentschap registreert
  // niet of die deelnemers een beperking hebben", "Of een cursist werk vindt, wordt niet bijgehouden"): no count of
  // those with it exists, though the question item asked it.
  const notRegistered = gaps.flatMap((s) => {
    const whether = WHETHER_NOT_KEPT.exec(s.text);
    return whether ? [termsOf(s.text.slice(whether.index + whether[0].length).split(/,\s/u)[0]!)] : [];
  });
  const narrowing = new Map<Sentence, boolean>();
  const narrowsUnasked = (s: Sentence) => narrowing.get(s) ?? (narrowing.set(s, partNarrowedUnasked(input.queryTerms, sentences, s)), narrowing.get(s)!);
  for (const q of input.queryTerms) {
    if (!matterOf(q)) continue;
    if (mentionsTerm(asked, q) && ![...leftToAnother, ...notRegistered].some((t) => mentionsTerm(t, q))) continue;
    const where = sentences.filter((s) => mentionsTerm(termsOf(withoutPointedBack(s.text)), q));
    // Within a sentence, only the clause that says something is missing is about a gap, or a work in preparation
    // that a gap after it points back to ("bereidt een vergelijking van de werkzaamheidsgraad voor; de resultaten
    // worden in november verwacht"). What already runs stands: "loopt een proef …; de resultaten van die proef …".
    const inGap = (s: Sentence) => {
      if (narrowsUnasked(s)) return false;
      const clauses = clausesOf(s.text);
      // Or a clause whose figure the gap after it asks by a demonstrative ("betalen soms zelf …; hoeveel dat was, is niet bekend").
      const gapAfter = (k: number) => {
        const next = clauses[k + 1] ?? '';
        // A clause that gives a figure itself is no gap: "betaalde 812 schoolreizen; hoeveel dat in euro was, …".
        return unavailableIn(next) && ((PREPARED.test(clauses[k]!) && POINTS_BACK_TO_RESULT.test(next)) || (ASKS_FIGURE_OF_THAT.test(next) && !hasFigure(clauses[k]!)));
      };
      return clauses.every((c, k) => !termOrCompoundIn(q, c) || unavailableIn(c) || gapAfter(k));
    };
    // A word the gap names is spoken of elsewhere also in a compound ("opvang", "opvangstructuur"), or as a verb split
    // in its clause ("goedgekeurde aanvragen" in the gap, "Ze keurde er 16.205 goed" before it).
    // Or as a verb in the simple past ("Nieuwkomersgezinnen betaalden gemiddeld 3,10 euro" beside "… niet konden betalen").
    const elsewhere = () =>
      sentences.some(
        (s) =>
          (termOrCompoundIn(q, s.text) && !inGap(s)) ||
          clausesOf(s.text).some((c) => !unavailableIn(c) && [q.term, ...q.alternatives].some((t) => splitVerbsOf(c).has(t) || pastTenseVerbStemsOf(c).has(t))),
      );
    if (where.length > 0 && where.every(inGap) && !elsewhere() && !estimatedAfter(input, sentences, where)) return { kind: 'unavailable', sentence: { start: where[0]!.start, end: where[0]!.end } };
  }
  return null;
}

/** Words that restrict what a passage speaks of to one kind: "enkel in het basisonderwijs", "alleen voor nieuwkomers". */
const RESTRICTS = /\b(?:enkel|alleen|uitsluitend|louter|only|exclusively)\b/iu;
/** A class noun's stem shorter than this is found at the start of too many others ("kin", "dag"). */
const MIN_CLASS_STEM = 4;

/**
 * A count asked of a kind of a class, named as a compound headed by it ("voor een nieuwkomersgezin"), where the answer
 * says it does not keep which of that class ("Voor welke gezinnen …, wordt niet geregistreerd"): the total it gives
 * counts the whole class, and no count of the kind exists.
 */
function countOfKindNotKept(input: AnswerabilityInput, sentences: Sentence[], gaps: Sentence[]): Shortfall | null {
  // Only a compound of the question names a kind of a class.
  if ((input.answerType !== 'count' && input.answerType !== 'share') || !input.queryTerms.some((q) => q.parts)) return null;
  for (const gap of gaps) {
    // The clause that says it is not kept names the class: "De dienst houdt bij aan welke scholen …; hoe lang …, wordt
    // niet bijgehouden" keeps which schools.
    const which = clausesOf(gap.text).filter(unavailableIn).map((clause) => WHICH_NOT_KEPT.exec(clause)).find(Boolean);
    const kind = which && terms(which[1] ?? which[2]!)[0];
    if (!kind) continue;
    // The compound's head and the class are one noun, stemmed apart by its ending ("gezin", "gezinnen": gezinn).
    const headed = (q: QueryTerm) => {
      const head = q.parts?.at(-1);
      return head !== undefined && head.length >= MIN_CLASS_STEM && (kind.startsWith(head) || head.startsWith(kind)) && Math.abs(kind.length - head.length) <= 2;
    };
    // Unless the passage counts the kind itself ("27 huisartsenpraktijken" beside "Welke praktijken dat zijn, …"), or
    // restricts all it counts to the kind ("Het project loopt enkel in het basisonderwijs"): its total is the kind's.
    const counted = (q: QueryTerm) => sentences.some((s) => hasFigure(s.text) && countsBefore(s.text, q.term));
    const scopedTo = (q: QueryTerm) => {
      const modifier = q.parts?.[0];
      return modifier !== undefined && sentences.some((s) => s !== gap && RESTRICTS.test(s.text) && joinedFormsOf(s.text).includes(modifier));
    };
    if (input.queryTerms.some((q) => headed(q) && !counted(q) && !scopedTo(q))) return { kind: 'unavailable', sentence: { start: gap.start, end: gap.end } };
  }
  return null;
}

/**
 * A gap about part of what was counted before, narrowed by words the passage names there first and the question does
 * not ("Hoeveel van hen in een wijk zonder buurtwerking wonen, wordt niet bijgehouden" beside a question about all who
 * settled there): the part is not what was asked, and the count before it stands. The narrowing is read in the part's
 * clause, up to the one that says it is not kept.
 */
function partNarrowedUnasked(queryTerms: QueryTerm[], sentences: Sentence[], gap: Sentence): boolean {
  const part = PART_OF_COUNTED.exec(gap.text);
  if (!part) return false;
  const segments = gap.text.slice(part.index + part[0].length).split(/,\s/u);
  // The words of the gap come before the part ("Er wordt niet bijgehouden hoeveel van hen …") or after it, past a comma;
  // without one, the part cannot be read apart from them.
  const end = unavailableIn(gap.text.slice(0, part.index)) ? segments.length : segments.findIndex((segment) => unavailableIn(segment));
  if (end <= 0) return false;
  // Its nouns, after an article or preposition ("in een klas zonder taalcoach"): not its verb, which the Dutch
  // subordinate clause puts last, nor an adverb ("intussen werden ingevorderd").
  const tokens = segments.slice(0, end).join(' ').trim().split(/\s+/u).slice(0, -1);
  const nouns = tokens.filter((_, i) => tokens.slice(Math.max(0, i - 2), i).some((w) => OPENS_NOUN_PHRASE.has(w.toLowerCase()))).join(' ');
  const before = termsOf(sentences.slice(0, sentences.indexOf(gap)).map((s) => s.text).join(' '));
  const narrowing = [...termsOf(nouns)].filter((t) => t.length >= MIN_MODIFIER && !/\d/.test(t) && !before.has(t));
  return narrowing.length > 0 && !narrowing.some((t) => askedTerm(queryTerms, t));
}

const OPENS_NOUN_PHRASE = new Set(['de', 'het', 'een', 'in', 'zonder', 'met', 'van', 'bij', 'naar', 'uit', 'op', 'voor', 'volgens', 'via', 'tot', 'door', 'over', 'onder']);

/** A question word met inside a longer word of the gap ("buurt" in "buurtcentrum") names it too. */
const MIN_COMPOUND_PART = 5;

/** Whether a term of the text is one the question asks, itself or as a part of it ("buurt" in "buurtcentrum"). */
export const askedTerm = (queryTerms: readonly QueryTerm[], t: string): boolean =>
  queryTerms.some((q) => [q.term, ...q.alternatives].some((a) => a === t || (a.length >= MIN_COMPOUND_PART && t.includes(a))));

/**
 * An estimate right after the gap: "Hoeveel van hen naar een logopedist werden doorverwezen, wordt niet centraal
 * bijgehouden. Uit een steekproef bij 40 CLB-vestigingen blijkt dat ongeveer een op de tien …". The figure the
 * register lacks is given from a sample, a survey or an estimate, and answers the question in the gap's place.
 */
const ESTIMATE = /\b(?:steekproef|steekproeven|schatting|schattingen|geschat|geschatte|raming|ramingen|geraamd|geraamde|bevraging|bevragingen|enquete|enquetes|rondvraag|peiling)\b/;
/** What a sample or survey found, not one still planned ("Een steekproef van 200 dossiers wordt in 2026 onderzocht"). */
const FOUND = /\b(?:blijkt|bleek|toont|toonde|tonen|toonden|geschat|geraamd|schatten|schat|ramen|raamt)\b/;
/**
 * Not an estimate for part of the scope: "Uit een bevraging in de regio Zuidheide blijkt dat inburgeraars daar …"
 * says nothing of heel Vlaanderen. A named region, province, city or municipality, a place after "in" other than the
 * whole of Flanders or a language, or "daar", narrows it.
 */
const NARROWED_TO_A_PLACE = /\b(?:regio|provincie|stad|gemeente|arrondissement)\s+\p{Lu}|\b[Ii]n\s+(?!Vlaanderen\b|Vlaams|Belgi|Nederlands\b|het\s+Nederlands\b)\p{Lu}\p{Ll}+\b(?!-)|\bdaar\b/u;
/**
 * Nor for a question that asks the exact figure ("Hoeveel … precies …?"). The estimate must speak of the gap's
 * matter: a word of the gap sentence other than the question's words for what is counted.
 */
function estimatedAfter(input: AnswerabilityInput, sentences: Sentence[], gaps: Sentence[]): boolean {
  if (input.asksExact) return false;
  return gaps.some((g) => {
    const next = sentences[sentences.indexOf(g) + 1];
    if (next === undefined || unavailableIn(next.text) || NARROWED_TO_A_PLACE.test(next.text)) return false;
    const folded = foldDiacritics(next.text).toLowerCase();
    if (!ESTIMATE.test(folded) || !FOUND.test(folded) || !holdsNumber(next.text)) return false;
    const gapWords = termsOf(g.text);
    return [...termsOf(next.text)].some((t) => t.length > 2 && gapWords.has(t) && !GIVING_TERMS.has(t));
  });
}

/**
 * A count whose counted thing the passage names where it says the figure is missing, and counts nowhere
 * else: "Ik beschik niet over het aantal nationaliteitsverklaringen … In 2024 leverde het Agentschap wel
 * 7.214 attesten af." The other figure counts something else unless it counts what was counted, or speaks of
 * more of the question than the gap does (an estimate: "Het aantal … wordt niet geregistreerd. Uit een
 * steekproef blijkt dat 6 procent van de wachtenden de cursus niet start."). A table counts what a sentence
 * outside the gap announces ("De onderstaande tabel geeft het aantal vergunningen").
 */
function countInGap(input: AnswerabilityInput, sentences: Sentence[], gaps: Sentence[], matterOf: (q: QueryTerm) => boolean, passage: string): Shortfall | null {
  const focus = input.focus;
  if (input.answerType !== 'count' || !focus) return null;
  // "Die cijfers worden niet bijgehouden" names what the question item asked by pointing back to it.
  // A gap about part of what the sentence before counts ("In 2024 werden 412 meldingen doorverwezen naar Unia. Hoeveel
  // van die dossiers tot een procedure leidden, wordt niet opgevolgd") leaves that count standing: it names the count
  // asked when the question too asks a part ("How many of them found a home?"), or names what the gap narrows to and
  // not only the verb of the part (partNarrowedUnasked).
  const before = (g: Sentence) => sentences[sentences.indexOf(g) - 1]?.text ?? '';
  const namesNarrowing = (g: Sentence) => input.queryTerms.some((q) => matterOf(q) && !focusPresent(focus, [q.term]) && termOrCompoundIn(q, g.text) && !termOrCompoundIn(q, before(g)));
  const asked = (g: Sentence) => !PART_OF_COUNTED.test(g.text) || input.asksPart === true || (namesNarrowing(g) && !partNarrowedUnasked(input.queryTerms, sentences, g));
  // "Hoeveel van hen een cursus volgen, …" names what the sentence before counts ("Van die seizoenarbeiders …").
  const pointsBackToFocus = (g: Sentence) => PART_OF_COUNTED.test(g.text) && focusPresent(focus, [before(g)]);
  const naming = gaps.filter((s) => (focusPresent(focus, [s.text]) || (gapPointsBack(s.text) && focusPresent(focus, [input.askedText])) || pointsBackToFocus(s)) && asked(s));
  if (naming.length === 0) return null;
  // A negation reaches to the end of its clause: "In 2025 zetten 412 inburgeraars hun traject stop, maar
  // hoeveel … is niet bekend" gives its count before the gap.
  const others = sentences.flatMap((s) => clausesOf(s.text).map((text) => ({ text }))).filter((c) => !unavailableIn(c.text));
  // A count in words is a figure too ("Intussen werken negen lokale besturen met …"); room for some counts no one.
  const given = others.filter((s) => (hasFigure(s.text) || countsBefore(s.text, focus)) && !offersRoom(s.text));
  const tabled = tableYears(passage).size > 0 && others.some((s) => focusPresent(focus, [s.text]));
  if (tabled) return null;
  const gapTerms = naming.map((s) => termsOf(s.text));
  // A figure that counts something else ("189.400 kandidaat-huurders" beside "Hoeveel van hen erkend vluchteling
  // zijn, wordt niet geregistreerd") is no estimate of it, however many of the question's words it shares.
  const beyondGap = (s: { text: string }) =>
    !countsSomethingElse(s.text, focus) && input.queryTerms.some((q) => !/^\d+$/.test(q.term) && mentionsTerm(termsOf(s.text), q) && !gapTerms.some((t) => mentionsTerm(t, q)));
  const counting = countingSentences(given, focus);
  // A figure that counts the question's own word ("612 inburgeraars … werken als koerier") stands beside a gap that
  // names the count only by a kin word ("Hoeveel maaltijdkoeriers nieuwkomer zijn, kan ik niet zeggen"): another count.
  const byKinWord = (g: Sentence) => focusPresent(focus, [g.text]) && !namesFocusItself(focus, g.text);
  if (counting.some((c) => namesFocusItself(focus, c.text)) && naming.every(byKinWord)) return null;
  // An estimate does not give the exact figure a question asks for ("Hoeveel … precies …?").
  if (counting.length === 0) return given.some(beyondGap) && !input.asksExact ? null : { kind: 'unavailable', sentence: { start: naming[0]!.start, end: naming[0]!.end } };
  // A gap that narrows the count the way the question does: "In 2024 werden 1.012 kandidaat-donoren uitgesteld
  // … Hoeveel kandidaat-donoren werden uitgesteld omwille van een verblijf in een malariagebied, wordt niet
  // afzonderlijk geregistreerd." The question's restriction stands in the gap, and neither the sentence that
  // counts what was asked nor the one before it (which "die cursus" points back to) names it: the figure
  // counts the whole group, not the part asked.
  const framing = counting.flatMap((c) => {
    const before = sentences[sentences.findIndex((s) => s.text.includes(c.text)) - 1]?.text;
    return before !== undefined && !unavailableIn(before) ? [c.text, before] : [c.text];
  });
  // Only a gap about a count ("Hoeveel …", "Het aantal …") narrows one: "die lessen zijn niet in deze cijfers
  // opgenomen" says what the figure leaves out, and the question may name what it counts in other words. Nor does a
  // gap about the group the question excludes ("Seizoenarbeiders uit andere EU-lidstaten zijn niet opgenomen"
  // beside a question about non-EU workers).
  const narrowing = naming.find(
    (g) =>
      NAMES_A_COUNT.test(g.text) &&
      !input.excluded?.some((x) => termsOf(g.text).has(x)) &&
      input.queryTerms.some((q) => matterOf(q) && termOrCompoundIn(q, g.text) && !framing.some((t) => termOrCompoundIn(q, t))),
  );
  return narrowing ? { kind: 'unavailable', sentence: { start: narrowing.start, end: narrowing.end } } : null;
}

/**
 * "Hoeveel nieuwkomersgezinnen …" where the passage counts the compound's head ("In 2024 kregen 196.450 gezinnen de
 * sociale korting") without its modifier, and the document says elsewhere that it does not count the part the
 * modifier narrows to ("Hoeveel van die gezinnen nieuwkomers waren, wordt niet geregistreerd"): the figure is read as
 * counting them all, and that gap is the reason given. A document may keep a part apart in one item and not in
 * another; read across items, this errs towards declining.
 */
export function subgroupNotCounted(input: AnswerabilityInput, sentences: Sentence[], documentSentences: () => Sentence[]): Shortfall | null {
  const parts = input.answerType === 'count' && input.focus ? compoundParts(input.focus) : null;
  if (!parts) return null;
  const modifiers = terms(parts.modifier).filter((m) => m.length >= MIN_MODIFIER);
  const namesModifier = (text: string) => modifiers.some((m) => joinedFormsOf(text).includes(m));
  const counting = sentences.filter((s) => countsBefore(s.text, parts.head));
  if (modifiers.length === 0 || counting.length === 0 || counting.some((s) => namesModifier(s.text))) return null;
  const gap = documentSentences().find((s) => NAMES_A_COUNT.test(s.text) && unavailableIn(s.text) && focusPresent(parts.head, [s.text]) && namesModifier(s.text));
  return gap ? { kind: 'unavailable', sentence: { start: gap.start, end: gap.end } } : null;
}

/**
 * The members of a list written inline, where the sentence says it lists ("vooral om vocht, een lekkend dak en …",
 * "zoals …", "onder meer …") or repeats the preposition of each member ("via de website, via de telefoon of aan het
 * loket"): a sentence of clauses joined by "en" is no list.
 */
const LISTING_CUE = /\b(?:vooral|onder meer|onder andere|zoals|bijvoorbeeld|namelijk|gaat om|ging om|gaan om|gingen om|mainly|such as|including)\b|:\s/iu;
const REPEATED_PREPOSITION = /\b(via|bij|door|met|voor|in|op|naar)\s[^,;]{1,60},\s+\1\s/iu;
function inlineMembers(sentence: string): string[] {
  // The list starts after its cue ("in zes cultuurcentra: Brielhoven, …" lists the places, not the centres).
  const cue = LISTING_CUE.exec(sentence);
  const repeated = cue ? null : REPEATED_PREPOSITION.exec(sentence);
  const list = cue ? sentence.slice(cue.index + cue[0].length) : repeated ? sentence.slice(repeated.index) : null;
  return list === null ? [] : list.split(/,\s+|\s+(?:en|of|and|or)\s+/u);
}
/** A figure that points back to what was said before ("kregen 2.140 huurders op die manier hulp", "die cursus"): the list frames it. */
const POINTS_BACK = /\b(?:die|deze|dit|zo['’]n|zulke)\s+\p{L}{3,}|\bop\s+die\s+manier\b|\b(?:daarvan|hiervan|waarvan)\b/iu;

/**
 * A count asked of part of a group, named by a word the passage gives only as one member of an enumeration without
 * figures, beside a figure for the whole group: "Hoeveel huurders vroegen hulp bij een lekkend dak?" against "4.310
 * huurders vroegen hulp … Het ging vooral om vocht, een lekkend dak en de afrekening". The list says what occurs, not
 * how often: the figure counts them all. The word tells one member of at least three from the others, and is none
 * of what the question item or the title already speak of (those frame the whole passage).
 */
export function listedWithoutCount(input: AnswerabilityInput, sentences: Sentence[]): Shortfall | null {
  const focus = input.focus;
  if (input.answerType !== 'count' || !focus) return null;
  const withFigure = (s: Sentence) => hasFigure(s.text) || countsBefore(s.text, focus);
  if (countingSentences(sentences.filter(withFigure), focus).length === 0) return null;
  const frame = termsOf(`${input.askedText}\n${input.headings ?? ''}`);
  const bullets = sentences.filter((s) => LIST_ITEM.test(s.text));
  for (const q of input.queryTerms) {
    if (/\d/.test(q.term) || input.excluded?.includes(q.term) || focusPresent(focus, [q.term]) || mentionsTerm(frame, q)) continue;
    const holds = (text: string) => termOrCompoundIn(q, text);
    // One member of three or more: a bullet among bullets, or a part of an inline list.
    const oneMember = (s: Sentence) => {
      const members = LIST_ITEM.test(s.text) ? bullets.map((b) => b.text) : inlineMembers(s.text);
      return members.length >= 3 && members.filter(holds).length === 1;
    };
    const where = sentences.filter((s) => holds(s.text));
    const framesFigureAfter = (s: Sentence) => sentences.slice(sentences.indexOf(s) + 1).some((n) => withFigure(n) && POINTS_BACK.test(n.text));
    if (where.length > 0 && where.every((s) => !withFigure(s) && oneMember(s) && !framesFigureAfter(s))) return { kind: 'listed', word: q.term, sentence: { start: where[0]!.start, end: where[0]!.end } };
  }
  return null;
}
