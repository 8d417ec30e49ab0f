import { askedRate } from '../../src/answer/rate.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { answer } from '../../src/answer/index.js';
import { answerShortfall, type AnswerabilityInput } from '../../src/answer/checks.js';
import { asksPartOf, countsBefore, focusPresent, questionFocus } from '../../src/answer/counted.js';
import { analyseQuery, queryTerms } from '../../src/answer/query.js';
import { asksAboutCompetence, asksAboutDeciding, asksForContent, decisionOpen, saysUnavailable } from '../../src/answer/gaps.js';
import { figureOwnedBy, mentions, namedEntities, onlyListed, placesIn, quantitiesIn, quotedTitles } from '../../src/answer/named.js';
import { questionFigures } from '../../src/answer/question-figures.js';
import { terms } from '../../src/search/analyze.js';
import { wordsOf } from '../../src/answer/passage-analysis.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { answerTexts } from '../../src/present/answer.js';
import { answerType } from '../../src/answer/answer-type.js';
import { askedDays, yearsAfter, yearsBefore, yearSpansIn } from '../../src/answer/dating.js';
import { askedReasonTerms } from '../../src/answer/reason-count.js';
import { tableRowLabels } from '../../src/answer/table-rows.js';
import { askedOutcome } from '../../src/answer/outcome.js';
import { asksLatestState } from '../../src/answer/asking.js';
import { askedBreakdown, askedSexGroup } from '../../src/answer/breakdown.js';
import { askedParts } from '../../src/answer/year-part.js';
import { elapsedIn } from '../../src/answer/elapsed.js';
import { trainedAs } from '../../src/answer/training.js';
import { asksWhatHappened } from '../../src/answer/tense.js';

describe('questionFocus: what a counting question counts', () => {
  it.each([
    ['Hoeveel leerkrachten NT2 zijn er tewerkgesteld?', 'leerkrachten'],
    // A count named by its noun, as keywords put it.
    ['Aantal NBMV die in 2021 achttien jaar werden?', 'nbmv'],
    ['What was the number of reports in 2023?', 'reports'],
    ['Hoeveel anderstalige werkzoekenden vonden werk?', 'werkzoekenden'],
    ['Hoeveel procent van de meldingen ging over wonen?', 'meldingen'],
    ['Hoeveel lokale besturen dienden een aanvraag in?', 'besturen'],
    ['How many interpreters does the agency employ?', 'interpreters'],
    // English modifiers come before the plural head.
    ['How many new social housing tenants were exempted?', 'tenants'],
    ['How many Ukrainian children were enrolled?', 'children'],
    // A plural modifier is part of the noun group: the head comes last.
    ['How many sports clubs are taking part?', 'clubs'],
    ['How many of the hiring discrimination investigations used fake applicants?', 'investigations'],
    // A noun in -ie is no inflected adjective.
    ['Hoeveel informatie bevat het rapport?', 'informatie'],
    // A name in front of what is counted is no part of it; an abbreviation in capitals may be what is counted.
    ['Hoeveel Samen Sportief-clubs deden mee?', 'clubs'],
    ['Hoeveel NBMV startten in 2022?', 'nbmv'],
    // "Extra", "more" say how many more, not what.
    ['Hoeveel extra cursusgroepen komen er?', 'cursusgroepen'],
    ['How many more interpreters were hired?', 'interpreters'],
    // So do "minder", "fewer": how many fewer of what.
    ['Hoeveel minder afvalzakken kregen een weigersticker?', 'afvalzakken'],
    ['How many fewer interpreters were hired?', 'interpreters'],
    // An adverb of time with its participle qualifies the noun: "pas aangekomen kinderen".
    ['Hoeveel pas aangekomen kinderen gingen mee op kamp?', 'kinderen'],
    ['Hoeveel recent erkende vluchtelingen vonden een woning?', 'vluchtelingen'],
    // A word the question also writes in lower case is no name, though a name repeats it.
    ['How many volunteers joined through Volunteers for Newcomers?', 'volunteers'],
    // A part of a group named after the verb is what is counted: the families that are newcomers.
    ['Hoeveel van de gezinnen op de wachtlijst zijn nieuwkomers?', 'nieuwkomers'],
    ['How many of the participants were women?', 'women'],
    // "Hoeveel van de …" counts what follows, as "how many of the …" does; a word negated by its prefix qualifies it.
    ['Hoeveel van de niet-ingeschreven jongeren hebben een migratieachtergrond?', 'jongeren'],
    ['Hoeveel niet-ingeschreven jongeren hebben een migratieachtergrond?', 'jongeren'],
    ['Hoeveel van de cursisten vonden werk?', 'cursisten'],
    ['Hoeveel van die cursisten vonden werk?', 'cursisten'],
    // A negated noun is what is counted: only a word shaped as a modifier qualifies the noun after it.
    ['Hoeveel niet-Belgen werden ingeschreven?', 'belgen'],
    ['Hoeveel niet-Nederlandstaligen volgden een cursus?', 'nederlandstaligen'],
  ])('%s → %s', (query, focus) => expect(questionFocus(query)).toBe(focus));

  it.each([
    'Hoeveel kostte de campagne Buren zonder Grenzen?',
    'Hoeveel geld ging naar de productie?',
    'Hoeveel deelnemers vonden werk?',
    // Spoken Dutch for "how many people": answered by a number of participants.
    'hoeveel volk was er op de Pactdag',
    'Welke organisatie neemt de coördinatie over?',
    'Wanneer wordt beslist over de projecten?',
    // A sum of support is an amount, not a thing counted.
    'Hoeveel subsidie geeft Vlaanderen per nieuwe medewerker?',
    // A verb of spending right after "hoeveel" asks a sum: "geven … uit", "besteden", "investeren".
    'Hoeveel geven de gemeenten uit aan tolken?',
    'Hoeveel besteedden de scholen aan taalsteun?',
    'Hoeveel investeerde Vlaanderen in de opvang?',
    // An English noun the glossary cannot render into Dutch cannot be looked for.
    'How many of the hiring discrimination probes used fake applicants?',
  ])('%s → no counted noun', (query) => expect(questionFocus(query)).toBeNull());
});

describe('decisionOpen: a decision still to be taken', () => {
  it.each([
    'Of er daarnaast een volledig mondeling examen komt, beslis ik pas wanneer de evaluatie beschikbaar is.',
    'Over een uitbreiding naar andere regio’s beslis ik na de evaluatie in het voorjaar van 2025.',
    'Zoals bepaald in de oproep, wordt uiterlijk op 30 juni 2018 beslist over de goedkeuring van de projecten.',
    'Of de tijdelijke bescherming na maart 2026 wordt verlengd, beslist de Raad van de Europese Unie.',
    'Daarover is nog niet beslist.',
    'Er werd nog geen beslissing genomen over de verlenging.',
    'Een beslissing volgt uiterlijk op 30 april 2019.',
    // Examining whether: the matter is still open.
    'Mijn administratie onderzoekt of de lening al kan worden aangevraagd voor de vluchteling de opvang verlaat.',
    'De minister bekijkt samen met de steden of een uitbreiding mogelijk is.',
  ])('open: %s', (sentence) => expect(decisionOpen(sentence)).toBe(true));
  it.each([
    'De Vlaamse Regering besliste in 2024 om het project te verlengen.',
    'Er werd beslist om de oproep te verlengen tot 2026.',
    'De minister heeft toen beslist dat de drempel blijft.',
    'In 2024 ging het om 214 van de 537 gunstige beslissingen.',
    'Het project loopt tot eind 2026.',
    'Het onderzoek toont aan dat 40 procent van de deelnemers werk vond.',
  ])('not open: %s', (sentence) => expect(decisionOpen(sentence)).toBe(false));
  it('a question about the decision or its timing is answered by when it falls', () => {
    expect(asksAboutDeciding('Wanneer wordt beslist over de goedkeuring?')).toBe(true);
    expect(asksAboutDeciding('Has the minister decided on a mandatory oral exam?')).toBe(true);
    expect(asksAboutDeciding('Komt er een mondeling examen?')).toBe(false);
    // When a thing happens is not when it is decided: a date for it answers (verdict.ts), an open decision does not.
    expect(asksAboutDeciding('Vanaf wanneer kunnen vluchtelingen de lening aanvragen?')).toBe(false);
  });
});

describe('saysUnavailable: a minister saying the information is not given', () => {
  it.each([
    'Inburgeraars in het Brussels Hoofdstedelijk Gewest zijn niet in de tabel opgenomen.',
    'Het aantal inburgeraars dat afhaakt, wordt niet afzonderlijk geregistreerd.',
    'Over hun resultaten kan ik nog geen uitspraken doen.',
    'De resultaten van de evaluatie worden verwacht in januari 2018.',
    'Daarover beschikt de administratie niet over cijfers.',
    // The object put first.
    'Over de gemiddelde wachttijd in heel Vlaanderen beschik ik niet.',
    'De opleidingen van private aanbieders zijn niet meegeteld in deze statistieken.',
    'Gegevens per gemeente worden niet bijgehouden.',
    // The finite verb of recording before its negation.
    'Het agentschap registreert niet of cursisten thuis een printer hebben.',
    'De VDAB houdt die gegevens niet bij.',
    // The minister cannot give it.
    'Een specifieke wachttijd voor deze groep kan ik om de hierboven vermelde reden niet geven.',
    'Hoeveel dat er per gemeente waren, kan ik u niet meedelen.',
    // Another government's or minister's matter, left to them.
    'Het behoud van het leefloon tijdens het programma is geen Vlaamse bevoegdheid.',
    'De lokale dienstencentra vallen onder de bevoegdheid van mijn collega, de Vlaamse minister van Welzijn.',
    'Voor de werking van die centra verwijs ik naar haar.',
    'Ik verwijs de vraagsteller daarvoor naar de federale collega.',
    // What is asked, as the sentence's subject, depends on what is not yet given.
    'Hoeveel hervestigde vluchtelingen in 2026 naar Vlaanderen komen, hangt af van het federale hervestigingsprogramma, dat nog niet is vastgelegd.',
    'Wanneer de tweede oproep start, is afhankelijk van de Europese middelen.',
    // The minister's expectation of when it comes.
    'De definitieve cijfers, met een opsplitsing per provincie, verwacht ik in maart 2027.',
    'De evaluatie verwachten we zoals gepland tegen de zomer van 2027.',
    // A breakdown or an analysis of the figures that is not made.
    'Een uitsplitsing naar leeftijd wordt door het agentschap niet gemaakt.',
    'Een sociaaleconomische analyse van die groep werd nog niet gemaakt.',
    'De VDAB maakt daarbij geen opsplitsing per sector.',
    'Een opsplitsing per nationaliteit maakt de VDAB niet.',
    // A figure the minister cannot work out, or one not reported.
    'Wat gemeenten daarnaast zelf uitgeven, kan ik niet berekenen.',
    'De centra rapporteren die kosten niet apart.',
    // What a survey or an intake form does not ask.
    'Hoe vaak elke drempel voorkomt, werd niet bevraagd.',
    'Of de deelnemers een diploma hebben, wordt bij de inschrijving niet gevraagd.',
    'Hoeveel van de 1.200 cursisten een job hebben, werd niet gevraagd.',
  ])('yes: %s', (sentence) => expect(saysUnavailable(sentence)).toBe(true));

  it.each([
    'Voor het volledige jaar 2019 wordt een besteding van ongeveer 2,6 miljoen euro verwacht.',
    'Niet alle projecten bereikten hun doelstellingen.',
    'In 2017 konden 2.870 aanvragen niet worden ingevuld.',
    'Over het budget beschikken de gemeenten vrij.',
    'De gemeente moet zelf minstens 20 procent van de kosten dragen.',
    // A fact, not a gap: what is left out is a rule, not information.
    'Die bepaling is niet in het decreet opgenomen.',
    'Een verplichte taaltest is niet opgenomen in het nieuwe reglement.',
    // Others who cannot give something: not the minister's information.
    'Veel ouders kunnen hun kinderen thuis niet de nodige steun geven.',
    // A reference to another answer gives it there.
    'Voor de cijfers verwijs ik naar mijn antwoord op vraag 2.',
    'De trajectbegeleiders verwijzen nieuwkomers naar het reguliere aanbod.',
    // What something depends on, said of a fact the sentence gives.
    'De hoogte van de toelage hangt af van het aantal deelnemers: 200 euro per deelnemer.',
    'Hoeveel toelage een gemeente krijgt, hangt af van het aantal opgevangen vluchtelingen: 3.500 euro per persoon.',
    // A condition, which may be the answer to whether something holds.
    'Of een inburgeraar vrijgesteld wordt, hangt af van zijn diploma.',
    // An expectation of what will be, or a figure expected, not information to come.
    'Ik verwacht dat de doelstelling gehaald wordt.',
    'Voor 2025 verwacht ik in totaal 1.200 deelnemers.',
    'Dit jaar verwachten we rond de 300 aanvragen.',
    // Costs or choices not made after a reckoning: the reckoning was made.
    'Volgens de raming worden er geen extra kosten gemaakt.',
    'Na de analyse werden nog geen keuzes gemaakt.',
    // Making what is not a reckoning of figures, and a reckoning that was made.
    'De afspraken met de gemeenten werden nog niet gemaakt.',
    'Van de inschrijvingen werd een opsplitsing per provincie gemaakt, die niet meer dan 40 gemeenten telt.',
    'Een opsplitsing per provincie maakt het verschil niet groter.',
    // Asking that is not asking for information: nothing is asked of the people counted.
    'Er wordt niet gevraagd om een attest.',
    'Een bijdrage wordt niet gevraagd, omdat de gemeente de kosten draagt.',
    // A relative or conditional clause first, and what is asked of someone after the participle.
    'Wie een leefloon ontvangt, wordt niet gevraagd om een bijdrage te betalen.',
    'Wanneer de ouders een laag inkomen hebben, wordt hun niet gevraagd een bijdrage te betalen.',
    // Surveyed, not left unasked.
    'Niet alleen de cursisten werden bevraagd, ook hun lesgevers.',
    'Ook wie niet werkt, werd bevraagd.',
  ])('no: %s', (sentence) => expect(saysUnavailable(sentence)).toBe(false));
});

describe('asksForContent: a question for a figure or a name, not about a gap', () => {
  it.each([
    'Hoeveel cursisten hebben thuis geen printer?',
    'How many pupils did not pass the exam?',
    'Welke gemeenten kregen geen subsidie?',
    // "nog" in a count is how many are still so, not what is yet to come.
    'Hoeveel van de asielzoekers die in 2024 werk vonden, waren een jaar later nog aan de slag?',
    // A negated participle right after a noun, or in a relative clause, names a group; it does not ask about a gap.
    'How many of the young people not registered with VDAB have a migration background?',
    'Which newcomers not registered at the agency found work?',
    'How many jobseekers who are not registered with the agency took the course?',
    // "due to" gives a cause; a sum due is asked.
    'How many pupils changed schools due to a move?',
    'How much rent is due per month?',
  ])('content, the negation is part of what is asked: %s', (query) => expect(asksForContent(query)).toBe(true));
  it.each([
    'Hoe lang wachten bewoners gemiddeld op een eerste gesprek?',
    'How often did the committee meet in 2023?',
    // A degree: "how satisfied", "how successful".
    'Hoe tevreden zijn de vrijwilligers over het project?',
    'How successful was the pilot in Vlasbeke?',
    // A request for it.
    'Give me the 2023 figures for damaged laptops per region.',
    'Geef de cijfers van 2023 per provincie.',
  ])('content, a length, a rate, a degree or a request: %s', (query) => expect(asksForContent(query)).toBe(true));
  it('tells a question about whose matter it is, which a referral answers', () => {
    expect(asksAboutCompetence('Naar welke minister verwijst minister Droomstee voor het vrijwilligersbeleid?')).toBe(true);
    expect(asksAboutCompetence('Which minister is responsible for guiding school leavers towards work?')).toBe(true);
    expect(asksAboutCompetence('Welke federale minister gaat over het uitwisselen van gegevens met andere landen?')).toBe(true);
    expect(asksAboutCompetence('How many residents were referred to a mental health centre in 2021?')).toBe(false);
    // To whom the minister refers asks for the referral; whether clients were referred does not.
    expect(asksAboutCompetence('Who does the education minister refer to for data on workplaces?')).toBe(true);
    expect(asksAboutCompetence('Naar wie verwijst de minister voor de cijfers over werkplekken?')).toBe(true);
    expect(asksAboutCompetence('Which residents did the centres refer to a psychologist?')).toBe(false);
    // Who decides a matter is whose matter it is; who received something is not.
    expect(asksAboutCompetence('Wie beslist of een cursist zijn uitkering behoudt?')).toBe(true);
    expect(asksAboutCompetence('Who decides whether a trainee keeps the allowance?')).toBe(true);
    expect(asksAboutCompetence('Wie kreeg in 2023 een premie voor kinderopvang?')).toBe(false);
    // Who supervises or enforces a matter is whose matter it is too; who took part in a check is not.
    expect(asksAboutCompetence('Wie controleert hoe werkgevers met de persoonsgegevens van sollicitanten omgaan?')).toBe(true);
    expect(asksAboutCompetence('Wie houdt toezicht op de taalvereisten in de sociale huisvesting?')).toBe(true);
    expect(asksAboutCompetence('Who oversees the use of screening software by employers?')).toBe(true);
    expect(asksAboutCompetence('Wie ziet erop toe dat de taalvereisten worden nageleefd?')).toBe(true);
    expect(asksAboutCompetence('Wie werd in 2025 gecontroleerd?')).toBe(false);
    expect(asksAboutCompetence('How many inspectors who oversee the centres were hired?')).toBe(false);
    // Who sets the rules, who is in charge or responsible: whose matter it is. Who set up a project is not.
    expect(asksAboutCompetence('Who sets the rules for recognising driving licences from outside the EU?')).toBe(true);
    expect(asksAboutCompetence('Who is in charge of the rules on volunteer allowances?')).toBe(true);
    expect(asksAboutCompetence('Wie is verantwoordelijk voor de erkenning van buitenlandse rijbewijzen?')).toBe(true);
    // A minister named by her portfolio is not asked about: "the minister responsible for civic integration".
    expect(asksAboutCompetence('What did the minister responsible for civic integration say about the literacy course?')).toBe(false);
    expect(asksAboutCompetence('Wat zei de minister bevoegd voor Inburgering over de alfabetiseringscursus?')).toBe(false);
    // Asking who that minister is asks whose matter it is.
    expect(asksAboutCompetence('Who is the minister responsible for recognising social workshops?')).toBe(true);
    expect(asksAboutCompetence('Wie is de minister bevoegd voor de erkenning van maatwerkbedrijven?')).toBe(true);
    expect(asksAboutCompetence('Who set up the digital help desks in Vlasbeke?')).toBe(false);
  });
  it.each([
    'Welke cijfers zijn niet beschikbaar?',
    'Welke gegevens worden niet bijgehouden?',
    'Which figures are not available?',
    'Which results have not been published yet?',
    "Which figures aren't known?",
    'Which figures aren’t known?',
    'What data would not be published before 2026?',
    'Wat wordt nog verwacht?',
    'Welke stappen moeten nog worden gezet?',
    // "due" as expected.
    'What is the pilot in Lindenhaegen, and when are its first results due?',
  ])('about a gap: %s', (query) => expect(asksForContent(query)).toBe(false));
  it.each([
    'Weet de minister hoeveel deelnemers achteraf een premie aanvroegen?',
    'Does the agency know how many participants applied for a premium?',
    'Is het bekend welke gemeenten een premie toekennen?',
    // Or keeps it.
    'Werd in 2023 bijgehouden hoeveel au pairs van gastgezin wisselden?',
    'Is it recorded how many participants applied for a premium?',
    'Houdt iemand bij hoeveel nieuwkomers het recyclagepark niet konden bezoeken?',
    'Registreert de gemeente hoeveel boetes nieuwkomers kregen?',
    'Hield het agentschap in 2020 bij hoeveel deelnemers vroegtijdig stopten?',
    'Wordt gevolgd of nieuwkomers na hun traject vrijwilliger blijven?',
  ])('whether someone else knows it: %s', (query) => {
    expect(asksForContent(query)).toBe(false);
    // No figure is asked: the passage that says it is not kept answers in full.
    expect(analyseQuery(query, {}, []).answerType).toBeNull();
  });
  // Asked of the reader, it asks for the figure.
  it('"Weet u hoeveel …" asks for content', () => expect(asksForContent('Weet u hoeveel deelnemers een premie aanvroegen?')).toBe(true));
});

// Question words are analysed as in a running bot: compounds are split with the lexicon.
beforeAll(() => loadLexicon());

/** A check on one passage of a small made-up text; `context` (a parent item, the introduction) stands before the passage. */
function check(query: string, passage: string, asked = '', context = '', askedInYear: string | null = null, askedOn: string | null = null) {
  const text = `${asked}\n${context ? `${context}\n` : ''}${passage}`;
  const input: AnswerabilityInput = {
    answerType: answerType(query),
    focus: questionFocus(query),
    asksPart: asksPartOf(query),
    outcome: askedOutcome(query),
    asksForContent: asksForContent(query),
    entities: namedEntities(query, false),
    titles: quotedTitles(query),
    trainedAs: trainedAs(query),
    places: placesIn(query, false),
    figures: questionFigures(query),
    quantities: quantitiesIn(query),
    queryTerms: queryTerms(query),
    excluded: analyseQuery(query, {}, []).excluded,
    asksExact: analyseQuery(query, {}, []).asksExact,
    english: analyseQuery(query, {}, []).english,
    years: [...new Set(query.match(/\b20\d\d\b/g) ?? [])],
    yearSpans: yearSpansIn(query),
    reasonTerms: askedReasonTerms(query),
    yearsBefore: yearsBefore(query),
    yearsAfter: yearsAfter(query),
    breakdown: askedBreakdown(query),
    sexGroup: askedSexGroup(query),
    parts: askedParts(query),
    days: askedDays(query),
    pastEvent: asksWhatHappened(query),
    asksDecision: asksAboutDeciding(query),
    elapsed: elapsedIn(query),
    rate: askedRate(query),
    text,
    span: { start: text.length - passage.length, end: text.length },
    isAnswer: true,
    askedText: asked,
    contextText: context,
    askedInYear,
    askedOn,
    questionYears: [...new Set(`${asked}\n${context}`.match(/\b20\d\d\b/g) ?? [])],
  };
  return answerShortfall(input);
}

describe('answerShortfall', () => {
  it('a count of part of a group is not given by a figure for the whole, where the passage says the part is not kept', () => {
    const query = 'Hoeveel van de gezinnen op de wachtlijst van de sociale kruideniers zijn nieuwkomers?';
    const whole = 'Op 1 maart 2025 stonden in totaal 734 gezinnen op een wachtlijst bij 21 van de deelnemende sociale kruideniers.';
    const gap = 'Hoeveel van de gezinnen op een wachtlijst nieuwkomersgezinnen zijn, werd niet afzonderlijk bijgehouden.';
    expect(check(query, `${whole} ${gap}`)).toMatchObject({ kind: 'unavailable' });
    // A figure for the part answers.
    expect(check(query, `${whole} Daarvan waren 212 gezinnen nieuwkomers.`)).toBeNull();
  });

  it('a gap about part of the group a passage counts under another name is its last word, not a group it lacks', () => {
    const counted = 'Vorig jaar schreven 830 zorgkundigen in opleiding zich in voor de taalcoaching op de werkvloer.';
    const question = 'Hoeveel anderstalige cursisten stopten voortijdig met de taalcoaching?';
    expect(check(question, `${counted} Hoeveel van hen voortijdig stopten, registreert het opleidingscentrum niet.`)).toMatchObject({ kind: 'unavailable' });
    // Without a gap, the group it lacks is the reason; so it is for a gap about something else than part of the count.
    expect(check(question, counted)).toMatchObject({ kind: 'focus' });
    expect(check(question, `${counted} Hoeveel werkplekken voortijdig stopten, wordt niet geregistreerd.`)).toMatchObject({ kind: 'focus' });
  });

  it('a gap about part of the count, narrowed by words only the gap names, leaves the count standing for a question that does not name them', () => {
    const counted = 'Vorig schooljaar begonnen 1.240 anderstalige nieuwkomers aan een onthaalklas in het secundair onderwijs.';
    const after = `${counted} Hoeveel van hen, volgens de scholen, in een klas zonder taalcoach les volgen, wordt niet bijgehouden.`;
    const before = `${counted} Er wordt niet bijgehouden hoeveel van hen in een klas zonder taalcoach les volgen.`;
    const whole = 'Hoeveel anderstalige nieuwkomers volgen les in een onthaalklas?';
    expect(check(whole, after)).toBeNull();
    expect(check(whole, before)).toBeNull();
    // The question that names the part asks what the gap says is not kept.
    const part = 'Hoeveel anderstalige nieuwkomers volgen les in een klas zonder taalcoach?';
    expect(check(part, after)).toMatchObject({ kind: 'unavailable' });
    expect(check(part, before)).toMatchObject({ kind: 'unavailable' });
    // An adverb narrows nothing: the part is what the question asks.
    const fines = 'In 2025 schreef de stad 300 parkeerboetes uit. Hoeveel van die boetes intussen werden betaald, is nog niet bekend.';
    expect(check('Hoeveel parkeerboetes werden betaald?', fines)).toMatchObject({ kind: 'unavailable' });
  });

  it('a property the answer does not register for anyone is not counted, though the question item asked it', () => {
    const enrolled = 'Voor de avondles schreven zich vorig najaar 630 cursisten in.';
    const asked = 'Hoeveel cursisten van de avondles hebben een diploma hoger onderwijs?';
    const notKept = `${enrolled} Het centrum houdt niet bij of die cursisten een diploma hoger onderwijs hebben.`;
    expect(check('Hoeveel cursisten van de avondles hebben een diploma hoger onderwijs?', notKept, asked)).toMatchObject({ kind: 'unavailable' });
    const opening = `${enrolled} Of een cursist al een diploma hoger onderwijs heeft, wordt niet geregistreerd.`;
    expect(check('Hoeveel cursisten van de avondles hebben een diploma hoger onderwijs?', opening, asked)).toMatchObject({ kind: 'unavailable' });
    // Also where the whether-clause follows the count in the same sentence, after a semicolon.
    const after = 'Voor de avondles schreven zich vorig najaar 630 cursisten in; of zij al een diploma hoger onderwijs hebben, is niet bekend.';
    expect(check('Hoeveel cursisten van de avondles hebben een diploma hoger onderwijs?', after, asked)).toMatchObject({ kind: 'unavailable' });
    // What the gap is not about still stands: the enrolment is given.
    expect(check('Hoeveel cursisten schreven zich in voor de avondles?', notKept, 'Hoeveel cursisten schreven zich in?')).toBeNull();
  });

  it('a gap followed by an estimate from a sample or survey is answered by the estimate', () => {
    const query = 'Welk aandeel van de jonge mantelzorgers kreeg een adviesgesprek bij het wijkgezondheidscentrum?';
    const given = 'In 2024 meldden zich 2.310 jonge mantelzorgers bij de sociale dienst.';
    const gap = 'Hoeveel van hen de sociale dienst naar een adviesgesprek doorverwees, wordt niet centraal geregistreerd.';
    const estimate = (where: string) => `Uit een bevraging bij 25 sociale diensten${where} blijkt dat ongeveer een op de vijf jongeren zo werd doorverwezen.`;
    expect(check(query, `${given} ${gap} ${estimate('')}`)).toBeNull();
    // The gap stands when what follows is no estimate, gives no figure, is still to come or is of another matter.
    expect(check(query, `${given} ${gap} De sociale diensten werken daarvoor samen met de huisartsen.`)).toMatchObject({ kind: 'unavailable' });
    expect(check(query, `${given} ${gap} Een bevraging bij 200 sociale diensten wordt in 2026 voorbereid.`)).toMatchObject({ kind: 'unavailable' });
    expect(check(query, `${given} ${gap} Uit een bevraging van 300 ouders blijkt dat 85 procent tevreden is over de huisartsen.`)).toMatchObject({ kind: 'unavailable' });
    // Nor when it holds for part of the scope only, or the exact figure is asked.
    expect(check(query, `${given} ${gap} ${estimate(' in de provincie Limburg')}`)).toMatchObject({ kind: 'unavailable' });
    expect(check(query, `${given} ${gap} ${estimate(' in Gent')}`)).toMatchObject({ kind: 'unavailable' });
    expect(check(query, `${given} ${gap} ${estimate(' in Vlaanderen')}`)).toBeNull();
    const exact = 'Welk aandeel van de jonge mantelzorgers kreeg precies een adviesgesprek bij het wijkgezondheidscentrum?';
    expect(check(exact, `${given} ${gap} ${estimate('')}`)).toMatchObject({ kind: 'unavailable' });
  });

  it('a figure for a name the document gives only in a list of others stands where the passage or its frame names it', () => {
    const query = 'Hoeveel tolkopdrachten waren er in 2023 voor het Arabisch?';
    const asked = (text: string, span: { start: number; end: number }): AnswerabilityInput => ({
      answerType: answerType(query), focus: questionFocus(query), asksForContent: true, entities: namedEntities(query, false),
      places: [], figures: [], quantities: [], queryTerms: queryTerms(query), years: ['2023'],
      text, span, isAnswer: true, askedText: '', contextText: '', askedInYear: null,
    });
    const total = '1. In 2023 voerde de dienst 61.390 tolkopdrachten uit.';
    const listed = (name: string) => `${total}\n2. In 2023 waren ${name} de vijf meest gevraagde talen.`;
    const span = { start: 0, end: total.length };
    expect(answerShortfall(asked(listed('Arabisch, Dari, Oekraïens, Tigrinya en Turks'), span))).toEqual({ kind: 'entity', word: 'Arabisch' });
    // A name the document gives on its own (a programme, a body) frames all of it, as "TaalJob" in item 1 does item 2.
    expect(answerShortfall(asked(`${total}\n2. Het Arabisch blijft de meest gevraagde taal.`, span))).toBeNull();
  });

  it('a list may name with several words and an article: "… en het Regionaal Ziekenhuis Ravelsdonk"', () => {
    const hospitals = 'Het project loopt in AZ Heiderode, het Stedelijk Ziekenhuis Oosterdreef en het Regionaal Ziekenhuis Ravelsdonk.';
    expect(onlyListed(hospitals, 'Ravelsdonk')).toBe(true);
    expect(onlyListed(hospitals, 'Oosterdreef')).toBe(true);
    expect(onlyListed(`${hospitals} In Ravelsdonk startte het als eerste.`, 'Ravelsdonk')).toBe(false);
  });

  it('a name given only as one item of a bulleted list is one of several, not what the document is about', () => {
    const measures = 'Voor nieuwkomers worden de volgende maatregelen genomen:\n- het project ‘Blijf aan Boord’;\n- de ondersteuning van huiswerkbegeleiding door vzw Huiswerkhaven.';
    expect(onlyListed(measures, 'Huiswerkhaven')).toBe(true);
    expect(onlyListed(`${measures}\nVzw Huiswerkhaven bereikte 684 leerlingen.`, 'Huiswerkhaven')).toBe(false);
    // A single dash line is no list.
    expect(onlyListed('Het agentschap werkt samen met:\n- vzw Huiswerkhaven, die de begeleiding geeft.', 'Huiswerkhaven')).toBe(false);
  });

  it('a year the passage, its question and its introduction never mention', () => {
    expect(check('Welke talen werden in 2019 het meest gevraagd?', 'In 2017 waren de meest gevraagde talen Arabisch en Dari.')).toEqual({ kind: 'year', year: '2019' });
    // The introduction dates the item; so does the year the question was asked.
    expect(check('Welke talen werden in 2019 het meest gevraagd?', 'De meest gevraagde talen waren Arabisch en Dari.', '', 'Sinds 2019 groeit de vraag.')).toBeNull();
    expect(check('Welk bureau maakte de campagne van het najaar 2017?', 'Het bureau Lichtbaak ontwikkelde de campagne.', '', '', '2017')).toBeNull();
  });

  it('a count asked for one reason is not the count for all, where the reason is only the usual one or why is not kept', () => {
    const refused = 'In 2025 werden 264 aanvragen voor opleidingsverlof geweigerd. Meestal telde de opleiding minder dan de vereiste 32 lesuren.';
    const asked = 'Hoeveel aanvragen werden geweigerd omdat de opleiding te weinig lesuren telde?';
    expect(check(asked, refused)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel aanvragen werden geweigerd omdat de werkgever niet akkoord ging?', 'In 2025 werden 264 aanvragen geweigerd. Waarom ze geweigerd werden, wordt niet geregistreerd.')).toMatchObject({ kind: 'unavailable' });
    // A sentence that counts for the reason answers; so does the count for all, asked without a reason.
    expect(check(asked, `${refused} Bij 171 aanvragen telde de opleiding te weinig lesuren.`)).toBeNull();
    expect(check('Hoeveel aanvragen werden in 2025 geweigerd?', refused)).toBeNull();
    // A reason not kept for another matter is no gap.
    expect(check('Hoeveel aanvragen werden geweigerd omdat de werkgever niet akkoord ging?', 'In 2025 werden 264 aanvragen geweigerd. De reden voor de vertraging bij de uitbetaling is niet bekend.')).toBeNull();
    // Nor is a count per reason kept where the passage says how often each reason occurred is not registered.
    const listed = 'In 2025 werden 264 aanvragen geweigerd, vaak omdat de werkgever niet akkoord ging of de opleiding te kort was. Hoe vaak elke reden voorkwam, wordt niet geregistreerd.';
    expect(check('Hoeveel aanvragen werden geweigerd omdat de werkgever weigerde mee te werken?', listed)).toMatchObject({ kind: 'unavailable' });
  });

  it('a whole year named only where its figures are still to come is not given; one named with its figure is', () => {
    const half = 'In de eerste helft van 2024 werden 1.874 laptops uitgeleend.';
    const query = 'Hoeveel laptops werden in heel 2024 uitgeleend?';
    const item = 'Hoeveel laptops werden in de eerste helft van 2024 uitgeleend?';
    expect(check(query, `${half} De cijfers voor het volledige jaar 2024 verwacht ik in maart 2025.`, item)).toMatchObject({ kind: 'period-figures', year: '2024' });
    // A sentence that gives the whole year's figure keeps it, though it says another figure is still to come.
    expect(check(query, `${half} In heel 2024 werden 3.400 laptops uitgeleend; de cijfers per provincie zijn nog niet beschikbaar.`, item)).toBeNull();
  });

  it('a school year asked is one period: a month of either of its years dates a figure in it, a calendar year or another school year does not', () => {
    const asked = 'Hoeveel leerlingen legden bij de start van het schooljaar 2025-2026 de taalscreening af?';
    expect(check(asked, 'In september 2025 legden 71.284 leerlingen de taalscreening af.', asked)).toBeNull();
    expect(check(asked, 'In het schooljaar 2025-2026 legden 71.284 leerlingen de taalscreening af.', asked)).toBeNull();
    // "In 2025" may be the calendar year, which the school year only half covers; "2024-2025" is the year before.
    expect(check(asked, 'In 2025 legden 71.284 leerlingen de taalscreening af.', asked)).toEqual({ kind: 'year-figures', year: '2026' });
    expect(check(asked, 'In het schooljaar 2024-2025 legden 69.310 leerlingen de taalscreening af.', asked)).toEqual({ kind: 'year-figures', year: '2026' });
    // A school year runs from September to August: June 2025 is the year before, September 2026 the year after.
    expect(check(asked, 'In juni 2025 legden 69.310 leerlingen de taalscreening af.', asked)).toEqual({ kind: 'year-figures', year: '2026' });
    expect(check(asked, 'In september 2026 legden 72.004 leerlingen de taalscreening af.', asked)).toEqual({ kind: 'year-figures', year: '2025' });
  });

  it('an English word with one Dutch rendering counts what that rendering\'s synonyms count', () => {
    // Children → kinderen, who are pupils at school; municipalities → gemeenten, the local governments.
    expect(focusPresent('children', ['In september 2025 stapten 4.962 leerlingen over naar het buitengewoon onderwijs.'])).toBe(true);
    expect(focusPresent('municipalities', ['In 2025 voerden 14 lokale besturen praktijktesten uit.'])).toBe(true);
    expect(focusPresent('parents', ['In september 2025 stapten 4.962 leerlingen over naar het buitengewoon onderwijs.'])).toBe(false);
  });

  it('the verb that makes a breakdown is the saying of its gap, no matter the question asks about', () => {
    const passage = 'In 2025 rondden 4.391 nieuwkomers hun opleiding af, of ongeveer 70 procent. Een opsplitsing per nationaliteit maakt de VDAB niet.';
    expect(check('Welk deel van de nieuwkomers maakte in 2025 de opleiding af?', passage)).toBeNull();
    expect(check('Welke nationaliteiten komen het meest voor bij de nieuwkomers in opleiding?', passage)).toMatchObject({ kind: 'unavailable' });
  });

  it('"een jaar later" dates the count asked; it is no matter of a gap that says "later" too', () => {
    const passage = 'Van de 947 nieuwkomers die in 2024 instapten, keerden er 121 na een schooljaar terug naar het gewoon onderwijs. Of die leerlingen later opnieuw naar het buitengewoon onderwijs gaan, wordt niet opgevolgd.';
    expect(check('Hoeveel nieuwkomers die in 2024 instapten, zaten een jaar later in het gewoon onderwijs?', passage)).toBeNull();
    // Without a span before it, "later" is part of what is asked, and only the gap speaks of it.
    expect(check('Hoeveel nieuwkomers gingen later opnieuw naar het buitengewoon onderwijs?', passage)).toMatchObject({ kind: 'unavailable' });
  });

  it('children asked are counted as the pupils they are at school', () => {
    const passage = 'Na het taalbad haalden 5.338 leerlingen bij de tweede screening de norm.';
    expect(check('Hoeveel kinderen haalden na het taalbad de norm bij de tweede screening?', passage)).toBeNull();
    expect(check('Hoeveel ouders haalden na het taalbad de norm bij de tweede screening?', passage)).toMatchObject({ kind: 'focus' });
  });

  it('a day asked outside a school year is not dated by that school year, though the span names its year', () => {
    const passage = 'In het schooljaar 2022-2023 gaven 3.512 lesgevers les Nederlands tweede taal.';
    // The school year 2022-2023 runs until August 2023: it counts nobody on 1 October 2023, but does on 1 March 2023.
    expect(check('Hoeveel lesgevers gaven op 1 oktober 2023 les Nederlands tweede taal?', passage)).toEqual({ kind: 'year-figures', year: '2023' });
    expect(check('Hoeveel lesgevers gaven op 1 maart 2023 les Nederlands tweede taal?', passage)).toBeNull();
    expect(check('Hoeveel lesgevers gaven op 1 oktober 2022 les Nederlands tweede taal?', passage)).toBeNull();
    // So for a table labelled by the school year.
    const table = 'De tabel geeft per schooljaar het aantal lesgevers Nederlands tweede taal, de vacatures, de centra en de nieuwe lesgevers.\nSchooljaar   lesgevers   vacatures   centra   nieuw\n2021-2022   3.390   142   13   412\n2022-2023   3.512   187   13   455';
    expect(check('Hoeveel lesgevers gaven op 1 oktober 2023 les Nederlands tweede taal?', table)).toEqual({ kind: 'year-figures', year: '2023' });
    expect(check('Hoeveel lesgevers gaven op 1 maart 2023 les Nederlands tweede taal?', table)).toBeNull();
  });

  it('figures that each name another year do not answer for the year asked', () => {
    const passage = 'Ik wil het pact na 2019 voortzetten.\nVoor 2020 wordt 1,5 miljoen euro voorgesteld.';
    expect(check('Wat is het budget in 2019?', passage)).toEqual({ kind: 'year-figures', year: '2019' });
    expect(check('Wat is het budget in 2020?', passage, 'Welk budget is er na 2019?')).toBeNull();
    // A year a figure is compared with does not date it: the share goes on in the year of the budget before it.
    const share = 'Voor 2026 is een budget van 2,1 miljoen euro voorzien. Ongeveer 30 procent van dat budget komt, net als in 2025 en 2024, uit Europese middelen.';
    expect(check('Welk deel van het budget voor 2026 komt uit Europese middelen?', share)).toBeNull();
    expect(check('Welk deel van het budget voor 2026 komt uit Europese middelen?', share.replace(', net als in 2025 en 2024,', ' in 2025'))).toEqual({ kind: 'year-figures', year: '2026' });
    // Undated figures take their year from the question item.
    expect(check('Hoeveel boetes werden in 2016 opgelegd?', 'Er werden 146 boetes opgelegd.', 'Hoeveel boetes werden in 2016 opgelegd?')).toBeNull();
    // When neither the question item nor its introduction names a year, undated figures hold in the year the question was asked,
    // unless they point back to what another item counted.
    const places = 'Vlaanderen beschikt over 18 gespecialiseerde opvangplaatsen, verspreid over drie vluchthuizen.';
    expect(check('Over hoeveel opvangplaatsen beschikte Vlaanderen in 2023?', places, 'Over hoeveel opvangplaatsen beschikt Vlaanderen?', '', '2023')).toBeNull();
    expect(check('Over hoeveel opvangplaatsen beschikte Vlaanderen in 2021?', places, 'Over hoeveel opvangplaatsen beschikt Vlaanderen?', '', '2023')).toMatchObject({ year: '2021' });
    // A period the introduction opens ("Sinds 1 januari 2021 …") and never closes runs on into the year asked.
    const renewed = 'Wie een laag inkomen heeft, kan het kansentarief laten verlengen. Dat deden 212 nieuwkomers.';
    const since = 'Sinds 1 januari 2021 krijgen nieuwkomers een vrijetijdspas met kansentarief.';
    const renewals = (question: string, context: string) => check(question, renewed, 'Hoeveel nieuwkomers lieten het kansentarief verlengen?', context, '2022');
    // The question speaks of 2022 (another item asks for "de eerste maanden van 2022"), so the period reaches it.
    expect(renewals('Hoeveel nieuwkomers lieten in 2022 hun kansentarief verlengen?', `${since} Hoeveel passen werden in de eerste maanden van 2022 uitgereikt?`)).toBeNull();
    // A question that speaks only of 2021 keeps its undated figures there.
    expect(renewals('Hoeveel nieuwkomers lieten in 2022 hun kansentarief verlengen?', since)).toEqual({ kind: 'year-figures', year: '2022' });
    expect(renewals('Hoeveel nieuwkomers lieten in 2022 hun kansentarief verlengen?', 'Tussen 2019 en 2021 kregen nieuwkomers een vrijetijdspas met kansentarief.')).toEqual({ kind: 'year-figures', year: '2022' });
    expect(renewals('Hoeveel nieuwkomers lieten in 2022 hun kansentarief verlengen?', 'In 2021 kregen nieuwkomers een vrijetijdspas met kansentarief.')).toEqual({ kind: 'year-figures', year: '2022' });
    expect(renewals('Hoeveel nieuwkomers lieten in 2022 hun kansentarief verlengen?', 'Vanaf 2021 tot 2023 krijgen nieuwkomers een vrijetijdspas met kansentarief.')).toEqual({ kind: 'year-figures', year: '2022' });
    const found = 'Van deze 3.870 werkzoekenden vonden er 2.214 binnen zes maanden een job.';
    expect(check('Hoeveel werkzoekenden vonden in 2016 werk?', found, 'Hoeveel van hen vonden binnen zes maanden werk?', '', '2016')).toEqual({ kind: 'year-figures', year: '2016' });
    // The sentence that counts what is asked dates the count, whatever the introduction says ("sinds 2022").
    const course = 'In 2023 volgden 2.745 nieuwkomers een cursus. De cursus bestaat uit 8 sessies van 3 uur.';
    expect(check('Hoeveel nieuwkomers volgden in 2022 een cursus?', course, '', 'Sinds 2022 kunnen nieuwkomers een cursus volgen.')).toEqual({ kind: 'year-figures', year: '2022' });
    expect(check('Hoeveel nieuwkomers volgden in 2023 een cursus?', course, '', 'Sinds 2022 kunnen nieuwkomers een cursus volgen.')).toBeNull();
    // Only a figure standing before what is counted counts it: "32 taalcoaches bezoeken elke locatie" counts coaches.
    const sites = 'Het project liep in 2024 in 146 opvanglocaties. Een team van 32 taalcoaches bezoekt elke locatie. In 2025 wordt het uitgebreid naar 200 locaties.';
    expect(check('In hoeveel opvanglocaties liep het project in 2023?', sites, '', 'Sinds 2023 loopt het project.')).toEqual({ kind: 'year-figures', year: '2023' });
    expect(check('In hoeveel opvanglocaties liep het project in 2024?', sites, '', 'Sinds 2023 loopt het project.')).toBeNull();
    // A bare figure right after a count goes on counting the same ("In 2023 waren dat er 538").
    const starters = 'In 2022 startten 412 minderjarige vreemdelingen een traject. In 2023 waren dat er 538, gerekend tot 30 november.';
    expect(check('Hoeveel minderjarige vreemdelingen startten in 2023 een traject?', starters)).toBeNull();
    expect(check('Hoeveel minderjarige vreemdelingen startten in 2021 een traject?', starters)).toMatchObject({ kind: 'year' });
    // An answer that opens its figures with another year sets the year of the undated ones after it.
    const shares = 'In 2024 gingen 38.420 kinderen naar de opvang. In de provincie Antwerpen heeft 27,3 procent van de kinderen een andere thuistaal.';
    expect(check('Welk percentage van de kinderen had in 2023 een andere thuistaal?', shares, 'Hoeveel kinderen gingen in 2023 naar de opvang?')).toEqual({ kind: 'year-figures', year: '2023' });
    expect(check('Welk percentage van de kinderen had in 2023 een andere thuistaal?', 'In de provincie Antwerpen heeft 27,3 procent van de kinderen een andere thuistaal.', 'Hoeveel kinderen gingen in 2023 naar de opvang?')).toBeNull();
    // A sum is dated by the sentences that give sums, not by a count beside them.
    const budget = 'Via de Trainersschool volgden 412 trainers een bijscholing. Het programma kreeg in 2024 een budget van 1,8 miljoen euro.';
    expect(check('Hoeveel middelen gingen er in 2023 naar het programma?', budget, 'Hoeveel middelen gingen er in 2023 en 2024 naar het programma?')).toEqual({ kind: 'year-figures', year: '2023' });
    expect(check('Hoeveel middelen gingen er in 2024 naar het programma?', budget, 'Hoeveel middelen gingen er in 2023 en 2024 naar het programma?')).toBeNull();
    // A share without a year goes on in the year of the sentence before it.
    const completed = 'In 2015 startten 14.212 inburgeraars een cursus. Daarvan rondde 84 procent de cursus af.';
    expect(check('Welk percentage rondde in 2015 de cursus af?', completed)).toBeNull();
    expect(check('Welk percentage rondde in 2016 de cursus af?', completed, 'Hoeveel inburgeraars startten in 2015 en 2016?')).toEqual({ kind: 'year-figures', year: '2016' });
    // A question item that names its years dates the undated figures, not a year in the introduction.
    const exam = 'De tabel geeft het aantal geslaagden per jaar. Het examen kan in 18 contacttalen worden afgelegd.';
    expect(check('Hoeveel inburgeraars slaagden in 2022 voor het examen?', exam, 'Hoeveel inburgeraars slaagden in 2023 en 2024?', 'Sinds 1 januari 2022 is het examen verplicht.')).toEqual({ kind: 'year-figures', year: '2022' });
    expect(check('Hoeveel inburgeraars slaagden in 2022 voor het examen?', exam, 'Hoeveel inburgeraars slaagden?', 'Sinds 1 januari 2022 is het examen verplicht.')).toBeNull();
    // A list line takes its year from the sentence that opens the list.
    const list = 'Op 31 december 2017 hadden 187 organisaties getekend. Het gaat om:\n- 64 bedrijven;\n- 38 lokale besturen.';
    expect(check('Hoeveel lokale besturen hadden eind 2017 getekend?', list)).toBeNull();
  });

  it('what a counting question counts must be in the passage or its question, compounds included', () => {
    expect(check('Hoeveel leerkrachten geven les?', 'In 2016 volgden 68.450 cursisten een opleiding.')).toEqual({ kind: 'focus', word: 'leerkrachten' });
    expect(check('Hoeveel boetes werden opgelegd?', 'Er werden 146 administratieve geldboetes opgelegd.')).toBeNull();
    expect(check('Hoeveel discriminatiemeldingen kwamen binnen?', 'De meldpunten ontvingen 1.274 meldingen.', 'Hoeveel meldingen van discriminatie ontvingen de meldpunten?')).toBeNull();
    // A compound's modifier narrows its head: a document that never speaks of it counts the whole class.
    expect(check('Hoeveel gebarentaaltolken zijn er actief?', 'Op 1 januari 2024 waren 1.146 sociaal tolken actief.', 'Hoeveel tolken zijn er?')).toEqual({ kind: 'focus', word: 'gebarentaaltolken' });
    expect(check('Hoeveel gebarentaaltolken zijn er actief?', 'Op 1 januari 2024 waren 146 tolken actief.', 'Hoeveel tolken voor gebarentaal zijn er?')).toBeNull();
    // Another compound of the head may name the same class in other words: no refusal for a synonym.
    expect(check('Hoeveel transitwoningen zijn er?', 'Er zijn 612 doorgangswoningen.', 'Hoeveel woningen zijn er?')).toBeNull();
    expect(check("Hoeveel pv's werden opgesteld?", 'De inspectie stelde 9 processen-verbaal op.')).toBeNull();
    // A course's cursisten are its deelnemers; "adults" are volwassen nieuwkomers.
    expect(check('Hoeveel cursisten werden lid van een zwemclub?', 'In 2024 werden 46 deelnemers lid van een zwemclub.')).toBeNull();
    expect(check('How many adults took swimming lessons?', 'In 2023 volgden 1.318 volwassen nieuwkomers zwemlessen.')).toBeNull();
    // An abbreviation in the passage stands for its words.
    expect(check('How many unaccompanied minors left school?', 'In het schooljaar 2023-2024 verlieten 392 NBMV de school.')).toBeNull();
    expect(check('How many unaccompanied minors left school?', 'In het schooljaar 2023-2024 verlieten 392 leerlingen de school.')).toEqual({ kind: 'focus', word: 'minors' });
  });

  it('a year restricts the figure of a place too', () => {
    const perProvince = 'In 2023 werden 1.420 laptops verdeeld. In 2024 ging het om 2.150 laptops: 640 in de provincie Antwerpen en 290 in Limburg.';
    expect(check('Hoeveel laptops werden in 2023 verdeeld in de provincie Antwerpen?', perProvince)).toEqual({ kind: 'year-figures', year: '2023' });
    expect(check('Hoeveel laptops werden in 2024 verdeeld in de provincie Antwerpen?', perProvince)).toBeNull();
    // A school year is one period: a figure dated by either of its years is in it.
    expect(check('Hoeveel laptops werden in het schooljaar 2023-2024 verdeeld in Limburg?', perProvince)).toBeNull();
    // A sentence without a year goes on in the year of the one before.
    const rates = 'In 2023 slaagde 71 procent. In 2024 legden 1.347 kandidaten de test af in West-Vlaanderen. Het slaagpercentage lag daar op 74 procent.';
    expect(check('Welk percentage slaagde in 2023 in West-Vlaanderen?', rates)).toEqual({ kind: 'year-figures', year: '2023' });
  });

  it('a figure asked at a day is not one given at another day of that year', () => {
    const passage = 'Op 30 september 2018 telde het Integratiepact 246 ondertekenaars, 59 meer dan eind 2017.';
    const q = (day: string) => `Hoeveel ondertekenaars had het Integratiepact op ${day}?`;
    expect(check(q('31 december 2018'), passage)).toEqual({ kind: 'date-figures', date: '31 december 2018', given: '30 september 2018' });
    expect(check(q('30 september 2018'), passage)).toBeNull();
    // The end of a year is its last day; a figure of the year without a day is left to the year's checks.
    expect(check(q('31 december 2017'), 'Eind 2017 telde het Integratiepact 187 ondertekenaars.')).toBeNull();
    expect(check(q('31 december 2018'), 'In 2018 telde het Integratiepact 246 ondertekenaars.')).toBeNull();
    // In English too; the day of a date is no figure asked.
    const english = 'How many signatories did the pact have on 31 December 2018?';
    expect(askedDays(english)).toEqual([{ iso: '2018-12-31', words: '31 December 2018' }]);
    expect(questionFigures(english)).toEqual([]);
    // The date of a question is no day its figures are asked at.
    expect(askedDays('Wat antwoordde de minister op de vraag van 14 maart 2023?')).toEqual([]);
    // A figure dated by a day is given at that day, whatever year it names of the group it counts; the reply says
    // the days in Dutch, also for a question asked in English.
    const waiting = 'Per 30 juni 2025 wachtten 2.140 gezinnen die in 2022 of 2023 een aanvraag indienden, op een sociale woning.';
    expect(check('Hoeveel gezinnen wachtten op 30 juni 2023 op een sociale woning?', waiting)).toEqual({ kind: 'date-figures', date: '30 juni 2023', given: '30 juni 2025' });
    expect(check('Hoeveel gezinnen wachtten op 30 juni 2025 op een sociale woning?', waiting)).toBeNull();
    // The reply names the days in Dutch also for a question asked in English.
    const askedInEnglish = 'How many families were waiting for a social home on 1 January 2023?';
    expect(check(askedInEnglish, 'Op 1 januari 2025 wachtten 2.140 gezinnen die in 2022 of 2023 een aanvraag indienden, op een sociale woning.')).toEqual({ kind: 'date-figures', date: '1 januari 2023', given: '1 januari 2025' });
    // The date of a decree the figure rests on is no day it is given at.
    expect(check(q('31 december 2018'), 'In 2018 telde het Integratiepact 246 ondertekenaars, op basis van het besluit van 7 juni 2013.')).toBeNull();
  });

  it('a rate asked is not answered by a total or by a rate per another unit', () => {
    const total = 'Voor 2025 is voor het project een budget van 640.000 euro voorzien. Het project bereikte 1.200 gezinnen.';
    expect(check('Wat kost het project per gezin?', total)).toEqual({ kind: 'rate', words: 'per gezin' });
    expect(check('What does the project cost per family?', total)).toEqual({ kind: 'rate', words: 'per family' });
    expect(check('Wat kost het project per gezin?', `${total} Dat komt neer op ongeveer 530 euro per gezin.`)).toBeNull();
    const perTour = 'Een gids krijgt een vergoeding van 35 euro per rondleiding.';
    expect(check('Hoeveel krijgt een gids per rondleiding?', perTour)).toBeNull();
    expect(check('Hoeveel verdient een gids per maand?', perTour)).toEqual({ kind: 'rate', words: 'per maand' });
  });

  it('a count of how many are still so is not given by the count before, where the passage says it is not kept', () => {
    const passage = 'In de loop van 2024 vonden 1.562 deelnemers werk. Hoeveel van hen een jaar later nog aan het werk waren, wordt niet geregistreerd.';
    expect(check('Hoeveel van de deelnemers die in 2024 werk vonden, waren een jaar later nog aan de slag?', passage)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel deelnemers vonden in 2024 werk?', passage)).toBeNull();
  });

  it('a figure asked at a delay after an event is not one given at another delay', () => {
    const passage = 'Van de 420 deelnemers met een getuigschrift werkten er drie maanden later 310 in de zorg. Hoeveel er na een jaar nog in de zorg werken, wordt niet bijgehouden.';
    expect(check('Hoeveel deelnemers werkten een jaar later nog in de zorg?', passage)).toEqual({ kind: 'elapsed-figures', asked: 'een jaar later', given: 'drie maanden later' });
    expect(check('How many participants were working in care one year after their certificate?', passage)).toMatchObject({ kind: 'elapsed-figures', given: 'drie maanden later' });
    expect(check('Hoeveel deelnemers werkten na drie maanden in de zorg?', passage)).toBeNull();
    // Half a year is six months, however it is written; 52 weeks is a year.
    const sixMonths = 'Van de 812 deelnemers vonden er 590 binnen zes maanden een job.';
    expect(check('Hoeveel deelnemers hadden binnen het half jaar een job?', sixMonths)).toBeNull();
    expect(check('Hoeveel deelnemers hadden binnen een jaar een job?', sixMonths.replace('zes maanden', '52 weken'))).toBeNull();
    expect(elapsedIn('six months after the season').map((e) => e.months)).toEqual([6]);
    expect(elapsedIn('na anderhalf jaar').map((e) => e.months)).toEqual([18]);
    // A figure whose delay the passage does not say is left to the other checks.
    expect(check('Hoeveel deelnemers werkten een jaar later nog in de zorg?', 'In 2023 werkten 310 deelnemers in de zorg.')).toBeNull();
    // A duration is no delay: "een traject van zes maanden", "de maand na".
    expect(elapsedIn('een traject van zes maanden, de maand na de start')).toEqual([]);
  });

  it('a table labels its figures with its years, though no sentence names them', () => {
    // The normaliser joins a table's cells into one line.
    const table = 'De onderstaande tabel geeft het aantal NBMV weer.\nSchooljaar Lager Secundair 2021-2022 64 1.112 2022-2023 81 1.487\nDaarnaast volgden op 1 februari 2024 nog 942 NBMV les.';
    expect(check('Hoeveel NBMV zaten in het schooljaar 2022-2023 in het onthaalonderwijs?', table)).toBeNull();
    expect(check('Hoeveel NBMV zaten in het schooljaar 2020-2021 in het onthaalonderwijs?', table)).toMatchObject({ kind: 'year' });
    // Its years date a count only when the table holds what is counted: one of laptop loans per region says nothing
    // of how many digicoaches there were in 2024.
    const loans = 'In 2023 werden 3.318 laptops uitgeleend. De onderstaande tabel geeft de opsplitsing per regio.\n\nRegio 2023 2024 Dennegem 1.006 548 Vlasbeke 642 351\n\nHet aantal actieve digicoaches steeg van 46 in 2022 naar 61 in 2023.';
    expect(check('aantal digicoaches 2024', loans)).toEqual({ kind: 'year-figures', year: '2024' });
    expect(check('Hoeveel laptops werden in 2024 uitgeleend?', loans)).toBeNull();
    // A sentence with a year and a figure or two is no table.
    expect(check('Hoeveel NBMV zaten in 2022 in het onthaalonderwijs?', 'Op 1 februari 2024 volgden 942 NBMV les, tegenover 880 in 2022 bij de start.\nIn 2024 waren dat er 942.', '', 'Sinds 2022 is er onthaalonderwijs.')).toBeNull();
  });

  it('a word of the question found only where the answer says it is not given', () => {
    const passage = 'De tabel geeft het aantal attesten per provincie.\nInburgeraars in het Brussels Hoofdstedelijk Gewest zijn niet in de tabel opgenomen.';
    const shortfall = check('Hoeveel attesten werden in Brussel Hoofdstedelijk Gewest uitgereikt?', passage, 'Hoeveel attesten werden uitgereikt?');
    expect(shortfall?.kind).toBe('unavailable');
    // Asked in the question item itself: the answer item is the answer, gap and all.
    expect(check('Hoeveel attesten werden in het Brussels Hoofdstedelijk Gewest uitgereikt?', passage, 'Hoeveel attesten werden in het Brussels Hoofdstedelijk Gewest uitgereikt?')).toBeNull();
    // A question about the gap is answered by it.
    expect(check('Welke gewesten zijn niet opgenomen in de tabel?', passage, 'Hoeveel attesten werden uitgereikt?')).toBeNull();
  });

  it('a figure asked for the time after a year is not one for a period that ends in it', () => {
    const until = 'Het proefproject kost 2,6 miljoen euro voor de periode 2025-2027. Vlaanderen betaalt 740.000 euro.';
    expect(check('Hoeveel geld trekt Vlaanderen uit voor het proefproject na 2027?', until)).toEqual({ kind: 'until-figures', year: '2027' });
    expect(check('How much money goes to the pilot after 2027?', until)).toEqual({ kind: 'until-figures', year: '2027' });
    // Asked for the period, it answers; so does a passage that speaks of a later year or of what follows.
    expect(check('Hoeveel geld trekt Vlaanderen uit voor het proefproject tot 2027?', until)).toBeNull();
    expect(check('Hoeveel geld trekt Vlaanderen uit voor het proefproject na 2027?', `${until} Voor 2028 is 300.000 euro voorzien.`)).toBeNull();
    expect(check('Hoeveel geld trekt Vlaanderen uit voor het proefproject na 2027?', `${until} Daarna wordt het project met 300.000 euro per jaar structureel verankerd.`)).toBeNull();
  });

  it('a passage that says it gives no figure for the scope asked does not answer with another place\'s', () => {
    const passage = 'Het aantal mensen dat wordt weggestuurd, wordt niet op een uniforme manier geregistreerd, zodat ik daarover geen cijfer voor heel Vlaanderen kan geven. De opvang in Wervenhove, die het wel bijhoudt, moest in januari 2026 gemiddeld negentien mensen per nacht doorverwijzen.';
    expect(check('Hoeveel mensen werden in heel Vlaanderen weggestuurd omdat de opvang vol zat?', passage, 'Hoe vaak moesten mensen worden weggestuurd?')).toMatchObject({ kind: 'unavailable' });
    // "niet opgevolgd" is not kept track of, as "niet bijgehouden" is.
    const followed = 'In 2025 werden 143 arbeidsmigranten tijdelijk in een noodwoning opgevangen. Hoeveel van hen daarna een vaste woning vonden, wordt niet opgevolgd.';
    expect(check('Hoeveel arbeidsmigranten vonden daarna een vaste woning?', followed, 'Hoeveel arbeidsmigranten werden in een noodwoning opgevangen?')).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel arbeidsmigranten werden in een noodwoning opgevangen?', followed, 'Hoeveel arbeidsmigranten werden in een noodwoning opgevangen?')).toBeNull();
  });

  it('a gap about part of what the sentence before counts leaves that count standing, unless a part is asked', () => {
    const referred = 'In 2024 werden 412 meldingen doorverwezen naar Unia. Hoeveel van die dossiers tot een gerechtelijke procedure hebben geleid, wordt niet opgevolgd.';
    const asked = 'Hoeveel meldingen werden doorverwezen?';
    // "dossiers" after "van die" is the meldingen counted before, named again.
    expect(check('How many cases were referred to Unia in 2024?', referred, asked)).toBeNull();
    expect(check('Hoeveel dossiers werden in 2024 doorverwezen naar Unia?', referred, asked)).toBeNull();
    // Asked of a part, or of what the gap narrows to, the gap stands.
    expect(check('Hoeveel van die dossiers leidden tot een gerechtelijke procedure?', referred, asked)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel meldingen leidden tot een gerechtelijke procedure?', referred, asked)).toMatchObject({ kind: 'unavailable' });
  });

  it('a count of the question\'s own word stands beside a gap that names its count by a kin word', () => {
    const passage =
      'Hoeveel taxichauffeurs nieuwkomer zijn, kan ik niet zeggen. De vergunningen vermelden de migratieachtergrond niet. Eind 2025 gaven 212 inburgeraars bij hun trajectbegeleider aan dat ze als chauffeur werken.';
    const asked = 'Hoeveel nieuwkomers werken als taxichauffeur?';
    expect(check('Hoeveel inburgeraars meldden eind 2025 aan hun begeleider dat ze met de taxi rijden?', passage, asked)).toBeNull();
    // The gap's own count stays missing.
    expect(check('Hoeveel taxichauffeurs zijn nieuwkomer?', passage, asked)).toMatchObject({ kind: 'unavailable' });
  });

  it('a group the question item asks outside of is no word it asked: a gap about that group stands', () => {
    const passage =
      'In 2024 kregen 1.482 seizoenarbeiders een vergunning, vooral in de fruitteelt. Seizoenarbeiders uit andere EU-lidstaten hebben geen vergunning nodig en zijn niet in deze cijfers opgenomen.';
    const asked = 'Hoeveel seizoenarbeiders van buiten de Europese Unie kregen in 2024 een vergunning?';
    expect(check('Hoeveel seizoenarbeiders uit de EU werkten hier in 2024?', passage, asked)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel seizoenarbeiders van buiten de EU kregen in 2024 een vergunning?', passage, asked)).toBeNull();
  });

  it('a figure asked for the time before a year is not one that holds from that year on', () => {
    const since = 'Sinds 1 januari 2024 betaalt een lokaal bestuur 24 euro voor een uur tolken ter plaatse. Het agentschap betaalt de tolk zelf 49 euro per uur.';
    expect(check('Hoeveel betaalde een lokaal bestuur vóór 2024 voor een uur tolken ter plaatse?', since)).toEqual({ kind: 'since-figures', year: '2024' });
    expect(check('What did a municipality pay for an hour of on-site interpreting before 2024?', since)).toEqual({ kind: 'since-figures', year: '2024' });
    // Asked from that year on, or "voor 2024" (for 2024), it answers.
    expect(check('Hoeveel betaalt een lokaal bestuur sinds 2024 voor een uur tolken ter plaatse?', since)).toBeNull();
    expect(check('Hoeveel betaalt een lokaal bestuur voor 2024 voor een uur tolken ter plaatse?', since)).toBeNull();
    // A passage that also speaks of before answers.
    const before = `${since} Daarvoor betaalde een bestuur 18 euro per uur.`;
    expect(check('Hoeveel betaalde een lokaal bestuur vóór 2024 voor een uur tolken ter plaatse?', before)).toBeNull();
  });

  it('a count is dated by the sentences that count, not by a share beside them', () => {
    const passage =
      'In het schooljaar 2024-2025 volgden 7.946 leerlingen onthaalonderwijs. Een jaar eerder waren dat nog 8.612 leerlingen. De daling volgt uit de kleinere instroom van Oekraïense jongeren, die in het schooljaar 2022-2023 nog 31 procent van de leerlingen uitmaakten.';
    expect(check('Hoeveel leerlingen zaten er in het schooljaar 2022-2023 in het onthaalonderwijs?', passage)).toMatchObject({ kind: 'year-figures' });
    expect(check('Hoeveel leerlingen zaten er in het schooljaar 2024-2025 in het onthaalonderwijs?', passage)).toBeNull();
    // A share asked is dated by the share.
    expect(check('Welk aandeel van de leerlingen was in 2022-2023 Oekraïens?', passage)).toBeNull();
  });

  it('a word the gap names, spoken of elsewhere in a compound, is not missing', () => {
    const passage =
      'In 2023 verlieten 6.940 erkende vluchtelingen een opvangstructuur in Vlaanderen. Het agentschap dat de opvang organiseert, houdt niet bij waar zij daarna gaan wonen.';
    // "opvang" is in the gap sentence, and in "opvangstructuur" beside the figure.
    expect(check('Hoeveel erkende vluchtelingen verlieten in 2023 de opvang?', passage)).toBeNull();
    // Where they went to live is named only in the gap.
    expect(check('Waar gaan erkende vluchtelingen wonen na de opvang?', passage)).toMatchObject({ kind: 'unavailable' });
    // An English word by its Dutch equivalent: "trajectory" is "traject", and "inburgeringstraject" speaks of it.
    const scoped =
      'In 2021 startten 2.583 EU-burgers een inburgeringstraject. EU-burgers die een traject volgen in het Brussels Hoofdstedelijk Gewest, zijn niet in deze cijfers opgenomen.';
    expect(check('How many EU citizens started an integration trajectory in 2021?', scoped)).toBeNull();
  });

  it('the verb by which the minister says she cannot give figures is the saying, not what is missing', () => {
    const passage =
      'In 2022 waren 146 vrijwilligers actief. De vrijwilligers zijn vooral gepensioneerde leerkrachten. Het aantal uren dat zij presteren, wordt niet geregistreerd, zodat ik daarover geen cijfers kan geven.';
    expect(check('Welke vrijwilligers geven huiswerkbegeleiding?', passage)).toBeNull();
    expect(check('Hoeveel uren presteren de vrijwilligers?', passage)).toMatchObject({ kind: 'unavailable' });
  });

  it('a negation reaches to the end of its clause: a word in the next clause is not what is missing', () => {
    const passage =
      'De actieplannen worden extern bestudeerd door de onderzoeksgroep Diversiteit. Het aantal incidenten per gemeente wordt niet centraal geregistreerd, waardoor de evaluatie vooral steunt op bevragingen.';
    expect(check('Wie voert de evaluatie van de actieplannen uit?', passage)).toBeNull();
    // In the negated clause itself it is.
    expect(check('Hoeveel incidenten waren er per gemeente?', passage)).toMatchObject({ kind: 'unavailable' });
  });

  it('what the answer leaves to another minister is no answer, though the question item asked it too', () => {
    const asked = 'Kunnen deelnemers aan de taalstage een premie voor kinderopvang krijgen?';
    const passage =
      'De premies voor kinderopvang behoren tot de bevoegdheid van de Vlaamse minister van Welzijn. Ik verwijs de vraagsteller daarom naar mijn collega. Wel krijgt elke deelnemer aan de taalstage een gratis abonnement voor het openbaar vervoer.';
    expect(check('Welke premie voor kinderopvang krijgt een deelnemer aan de taalstage?', passage, asked)).toMatchObject({ kind: 'unavailable' });
    // A gap of another kind about a word the question item asks leaves the rest of the answer to speak.
    const notKept = passage.replace('behoren tot de bevoegdheid van de Vlaamse minister van Welzijn', 'worden niet afzonderlijk geregistreerd').replace(' Ik verwijs de vraagsteller daarom naar mijn collega.', '');
    expect(check('Welke premie voor kinderopvang krijgt een deelnemer aan de taalstage?', notKept, asked)).toBeNull();
  });

  it('a gap that points back ("Die cijfers …") names what the question item asked', () => {
    const asked = 'Heeft de minister zicht op het aantal nieuwkomers met schulden?';
    const passage = 'Schulden worden niet geregistreerd per nationaliteit. Die cijfers worden niet bijgehouden. Uit een bevraging van 140 trajectbegeleiders blijkt dat energiefacturen het vaakst voorkomen.';
    expect(check('Hoeveel nieuwkomers hebben schulden?', passage, asked)).toMatchObject({ kind: 'unavailable' });
    // Without the demonstrative the gap speaks of its own subject.
    const own = passage.replace('Die cijfers worden', 'Energiefacturen worden');
    expect(check('Hoeveel nieuwkomers hebben schulden?', own, asked)).toBeNull();
  });

  it('a count the passage says it lacks is not given by a figure that counts something else', () => {
    const asked = 'Hoeveel huurcontracten werden afgesloten met steun van het waarborgfonds?';
    const passage =
      'Het waarborgfonds wordt beheerd door het Fonds Wonen. Ik beschik niet over het aantal huurcontracten dat met steun van het waarborgfonds werd afgesloten. In 2023 keerde het waarborgfonds wel 2.140 waarborgen uit.';
    expect(check('Hoeveel huurcontracten werden met steun van het waarborgfonds afgesloten?', passage, asked)).toMatchObject({ kind: 'unavailable' });
    // An estimate that speaks of more of the question than the gap does answers it.
    const estimate =
      'Het aantal kandidaat-huurders dat afziet van een woning, wordt niet geregistreerd. Uit een bevraging blijkt dat ongeveer 8 procent van de wachtenden voor het waarborgfonds uiteindelijk geen woning huurt.';
    const waiting = 'Hoeveel kandidaat-huurders zien af van een woning terwijl ze op het waarborgfonds wachten?';
    expect(check(waiting, estimate, waiting)).toBeNull();
    // A figure that counts the whole group, of which the gap names a part, is no estimate of the part, though it
    // shares more of the question's words ("wachtlijst", "sociale woning") than the gap does.
    const whole =
      'Op 1 januari 2024 stonden 189.400 kandidaat-huurders op de wachtlijst voor een sociale huurwoning. Hoeveel van hen erkend vluchteling zijn, wordt niet geregistreerd.';
    const part = 'Hoeveel erkende vluchtelingen staan op de wachtlijst voor een sociale woning?';
    expect(check(part, whole, 'Hoeveel kandidaat-huurders op de wachtlijst zijn erkend vluchteling?')).toMatchObject({ kind: 'unavailable' });
    // A gap that narrows the count the way the question does: the figure counts the whole group, not the part
    // the question restricts it to, unless the counting sentence, or the one it points back to, names the part.
    const deferred =
      'In 2024 werden 1.012 kandidaat-donoren uitgesteld of geweigerd. De meest voorkomende redenen waren een verblijf in een malariagebied en een te lage Hb-waarde. Hoeveel kandidaat-donoren werden uitgesteld omwille van een verblijf in een malariagebied, wordt niet afzonderlijk geregistreerd.';
    expect(check('Hoeveel kandidaat-donoren werden uitgesteld na een verblijf in een malariagebied?', deferred)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel kandidaat-donoren werden in 2024 uitgesteld?', deferred)).toBeNull();
    const course =
      'Op weekdagen organiseren drie gemeenten een ochtendcursus Nederlands. In 2024 volgden 132 au pairs die cursus. Hoeveel au pairs in 2024 een cursus Nederlands volgden, is nog niet beschikbaar.';
    expect(check('Hoeveel au pairs volgden in 2024 de ochtendcursus Nederlands?', course)).toBeNull();
    // What the figure leaves out is no count kept back: the question may name what it counts in other words.
    const leftOut =
      'In 2023 schreven 298 au pairs zich in voor een cursus Nederlands tweede taal. Veel au pairs volgen lessen Engels bij een privétaalschool; die lessen zijn niet in deze cijfers opgenomen.';
    expect(check('Hoeveel au pairs volgden in 2023 lessen Nederlands?', leftOut)).toBeNull();
    // A table counts what a sentence outside the gap announces.
    const table = [
      'De onderstaande tabel geeft het aantal huurcontracten per provincie.',
      '',
      'Provincie 2021 2022 2023 2024',
      'Limburg 110 120 140 160',
      'Antwerpen 280 310 290 330',
      '',
      'Studentenkamers hebben geen huurcontract met waarborg nodig en zijn niet in de tabel opgenomen.',
    ].join('\n');
    expect(check('Hoeveel huurcontracten werden er afgesloten?', table, asked)).toBeNull();
  });

  it('people named by where they come from are counted as people of that place, where the document names it', () => {
    const passage = 'Op 1 maart 2025 verbleven 12.400 ontheemden met tijdelijke bescherming in Vlaanderen.';
    const q = 'hoeveel oekraïners met tijdelijke bescherming verbleven er in maart 2025?';
    const asked = 'Hoeveel ontheemden verblijven er in Vlaanderen?';
    expect(check(q, passage, asked, 'Opvang van ontheemden uit Oekraïne')).toBeNull();
    // Without the place anywhere, the count is of someone else.
    expect(check(q, passage, asked, 'Opvang van ontheemden')).toMatchObject({ kind: 'focus' });
  });

  it('names are dated as figures are: the sentences that name, each by its own year or the one before, must be the asked year\'s', () => {
    const passage =
      'Voor de ronde van 2019 kwamen elf aanvragen binnen. Drie scholen werden gekozen: Zonnedal, Beekhoven en Lindelaar. De ronde van 2020 is nog niet afgesloten.';
    const asked = 'Welke scholen werden gekozen in de rondes van 2019 en 2020?';
    expect(check('Welke scholen werden in 2020 gekozen?', passage, asked)).toMatchObject({ kind: 'year', year: '2020' });
    expect(check('Welke scholen werden in 2019 gekozen?', passage, asked)).toBeNull();
    // Names in an undated passage take their year from the question item.
    expect(check('Welke scholen werden in 2020 gekozen?', 'Drie scholen werden gekozen: Zonnedal, Beekhoven en Lindelaar.', 'Welke scholen werden in 2020 gekozen?')).toBeNull();
  });

  it('results of the n-th one: the sentences that name it, with the next, must give them', () => {
    const passage = [
      'Via de eerste oproep werden negen projecten gefinancierd. Uit de eindevaluatie blijkt dat 58 procent van de deelnemers contact hield.',
      'De projecten van de tweede oproep gingen in de zomer van 2018 van start. Over hun resultaten kan ik nog geen uitspraken doen.',
    ].join('\n');
    expect(check('Wat hebben de projecten van de tweede oproep opgeleverd?', passage)).toEqual({ kind: 'ordinal-figures', ordinal: 2, wanted: 'outcome' });
    expect(check('Wat hebben de projecten van de eerste oproep opgeleverd?', passage)).toBeNull();
    // A result in the sentence after the one that names it, or in the list a colon opens, is its result.
    const report = 'Het eerste rapport werd in september voorgesteld. De belangrijkste vaststellingen zijn:\n- 71 procent van de acties is uitgevoerd;';
    expect(check('Wat waren de bevindingen van het eerste rapport?', report)).toBeNull();
  });

  it('a gap the passage names for a group the question excludes ("non-EU") is not the question\'s gap', () => {
    const passage = 'In 2023 werden 4.027 vergunningen toegekend. Seizoenarbeiders uit andere EU-lidstaten hebben geen vergunning nodig en zijn niet in de tabel opgenomen.';
    const q = 'How many seasonal work permits for non-EU workers were granted in 2023?';
    expect(check(q, passage)).toBeNull();
    expect(check('How many seasonal work permits for EU workers were granted in 2023?', passage)).toMatchObject({ kind: 'unavailable' });
    expect(analyseQuery(q, {}, []).excluded).toEqual(['eu']);
    expect(analyseQuery('Hoeveel werknemers van buiten de EU kregen een vergunning?', {}, []).excluded).toEqual(['eu']);
    // "Anti-" is against, not without: an anti-discrimination clause is about discrimination.
    expect(analyseQuery('Hoeveel opdrachten bevatten een anti-discriminatieclausule?', {}, []).excluded).toEqual([]);
  });

  it('a passage that shares only names, places or years with the question is about something else', () => {
    const passage = 'Op 1 september 2016 stonden 2.318 inburgeraars op een wachtlijst; 1.140 van hen wonen in Gent.';
    expect(check('Wat wordt het weer morgen in Gent?', passage)).toEqual({ kind: 'off-topic' });
    expect(check('Wanneer wordt het restafval opgehaald in Gent?', passage)).toEqual({ kind: 'off-topic' });
    // One word of the subject is enough; a question of names alone is not held to it.
    expect(check('Hoeveel inburgeraars wachtten in Gent?', passage)).toBeNull();
    expect(check('Gent 2016', passage)).toBeNull();
    // The subject may be a compound's part in the passage, reached through an English word's rendering ("scheme", regeling).
    const scheme = 'Via de impulsregeling ontvangen 27 gemeenten samen 3.098.000 euro.';
    expect(check('How much money does the scheme give?', scheme)).toBeNull();
    expect(check('How much money does the weather give?', scheme)).toEqual({ kind: 'off-topic' });
  });

  it('nor are the noun for a sum and the verb that sets it aside: "Welk bedrag trekt de minister uit voor …"', () => {
    const budget = 'Voor 2025 is voor het project ‘Watervast’ een budget van 710.000 euro voorzien.';
    expect(check('Welk bedrag trekt Vlaanderen voor 2025 uit voor Watervast?', budget)).toBeNull();
    expect(check('What amount is allocated to Watervast for 2025?', budget)).toBeNull();
    // The question's subject still has to be there.
    expect(check('Welk bedrag won Watervast in 2025?', budget)).toEqual({ kind: 'off-topic' });
  });

  it('the verb that asks a price is no subject, nor is a single letter: "hoeveel kost het rijbewijs B"', () => {
    const costs = 'b) Het ESF+ draagt 60 procent van de kosten in Vlaanderen, of 1,2 miljoen euro.';
    // ("een rijbewijs" would ask the price of one, which a total does not give either: rate.ts.)
    expect(check('Hoeveel kost het rijbewijs B halen in Vlaanderen?', costs)).toEqual({ kind: 'off-topic' });
    expect(check('Hoeveel kost het taalprogramma in Vlaanderen?', 'Het taalprogramma kost 1,2 miljoen euro in Vlaanderen.')).toBeNull();
  });

  it('a unit of measure says what kind of answer is wanted, not what the question is about', () => {
    const module = 'Vanaf 1 januari 2017 wordt de cursus uitgebreid met een module van 10 uur.';
    expect(check('Hoeveel uur is het parlementsgebouw open op zondag?', module)).toEqual({ kind: 'off-topic' });
    expect(check('Wie wint dit jaar de wielerkoers?', 'In 2024 kregen 84 procent van de kandidaten dit jaar hun attest.')).toEqual({ kind: 'off-topic' });
    expect(check('Hoeveel uur duurt de module van de cursus?', module)).toBeNull();
  });

  it('the breakdown asked says how the figures are split, not what they are about', () => {
    const table = 'De tabel geeft per provincie het aantal deelnemers aan de fietslessen in 2024.\nAntwerpen 312\nLimburg 145\nOost-Vlaanderen 288';
    expect(check('verkeersboetes 2024 per provincie', table)).toEqual({ kind: 'off-topic' });
    expect(check('fietslessen 2024 per provincie', table)).toBeNull();
  });

  it('a day or month dates a question as a year does: it is no subject', () => {
    const weekend = 'In het weekend zijn er geen tolken beschikbaar, waardoor sommige patiënten in maart geen afspraak kregen.';
    expect(check("What's the weather forecast for this weekend?", weekend)).toEqual({ kind: 'off-topic' });
    expect(check('Wie speelt er zaterdag in maart?', weekend)).toEqual({ kind: 'off-topic' });
    expect(check('Are interpreters available at the weekend?', weekend)).toBeNull();
  });

  it('a name given only as one of several, in a sentence without figures, has no figure of its own', () => {
    const employers =
      'Eind 2024 namen 274 werkgevers deel aan het project. De grootste deelnemers zijn het bouwbedrijf ‘Steenhout’ in Haverzele, ' +
      'het schoonmaakbedrijf ‘Glansrijk’ in Molenvoorde en het distributiecentrum van ‘Noordkade Logistics’ in Rietbrugge.';
    expect(check('Hoeveel cursisten werken bij het bouwbedrijf Steenhout?', employers)).toEqual({ kind: 'place-figures', place: 'Steenhout', shared: false });
    // A programme named alone, beside figures in the next sentence, frames them.
    const programme = 'Het project Digibrug startte in het najaar bij de VDAB. In 2024 namen 340 nieuwkomers deel aan de opleiding.';
    expect(check('Hoeveel nieuwkomers namen deel aan Digibrug?', programme)).toBeNull();
    // Beside one other name ("bij Syntra Vlaanderen") it is in no list.
    const course = 'Mentoren kunnen een gratis opleiding ‘Taalbewust begeleiden’ volgen bij Syntra Vlaanderen. In 2022 namen 146 mentoren deel aan die opleiding.';
    expect(check('Hoeveel mentoren volgden in 2022 de opleiding Taalbewust begeleiden?', course)).toBeNull();
  });

  it('a place the parent item gives only in a list of names frames none of a sub-item\'s figures', () => {
    const advice = 'a) Na de residentie kan de kunstenaar advies krijgen. In 2024 vroegen 92 kunstenaars zo\'n advies.';
    const listed = '2. De meeste residenties vonden plaats in ‘De Vonk’ in Waterdonk, ‘Klankkast’ in Bramzele en ‘Zuiderlicht’ in Ravenhoek.';
    expect(check('Hoeveel kunstenaars vroegen advies in Waterdonk?', advice, '', listed)).toMatchObject({ kind: 'place-figures', place: 'Waterdonk' });
    expect(check('Hoeveel kunstenaars vroegen advies in Waterdonk?', advice, '', '2. Alle residenties vonden plaats in Waterdonk.')).toBeNull();
  });

  it('a passage that reports the opposite outcome does not answer', () => {
    const passage = 'In 2016 werden 412 diversiteitsplannen goedgekeurd, waarvan 301 bij kmo\'s.';
    expect(check('Hoeveel diversiteitsplannen werden in 2016 afgekeurd?', passage)).toEqual({ kind: 'opposite', found: 'goedgekeurd' });
    expect(check('Hoeveel diversiteitsplannen werden in 2016 goedgekeurd?', passage)).toBeNull();
    // Another form of the same outcome is the same outcome.
    expect(check('Hoeveel plannen keurde de minister in 2016 goed?', passage)).toBeNull();
    // A programme continued is the opposite of one stopped.
    const kept = 'Het programma wordt na 2024 voortgezet, met een vernieuwde werking in de centrumsteden.';
    expect(check('Waarom wordt het programma na 2024 stopgezet?', kept)).toEqual({ kind: 'opposite', found: 'voortgezet' });
    expect(check('Waarom wordt het programma na 2024 voortgezet?', kept)).toBeNull();
    // When the passage reports both, it can answer.
    expect(check('Hoeveel diversiteitsplannen werden in 2016 afgewezen?', `${passage} Er werden 37 plannen afgewezen.`)).toBeNull();
  });

  it('a count of those who finished a programme is none of those who started it, nor the other way round', () => {
    const finished = 'Van de 3.872 nieuwkomers die in 2024 een IBO afrondden, werkten er zes maanden later 2.788 bij dezelfde werkgever.';
    expect(check('Hoeveel nieuwkomers startten in 2024 een IBO?', finished)).toEqual({ kind: 'opposite', found: 'afrondden' });
    const started = 'In 2025 begonnen 271 personen aan een preventieve behandeling.';
    expect(check('Hoeveel personen hebben in 2025 de behandeling afgerond?', started)).toEqual({ kind: 'opposite', found: 'begonnen' });
    // A passage that says both, with the finishing verb split in its clause, can answer either.
    expect(check('Hoeveel personen hebben in 2025 de behandeling afgerond?', `${started} 203 van hen maakten ze af.`)).toBeNull();
    // Only counts are told apart so: the start of a pact is no count of those who started.
    expect(check('Is de evaluatie van het pact al afgerond?', 'Bij de start van het pact was geen nulmeting beschikbaar. Het rapport verschijnt in januari.')).toBeNull();
    // A question that names both ends asks of those who finished among those who started.
    expect(check('Hoeveel nieuwkomers die in 2024 een IBO startten, hebben het IBO afgerond?', finished)).toBeNull();
    // The noun that shares the verb's stem says no one started: "sinds de start van de opleiding".
    expect(check('Hoeveel cursisten hebben in 2024 de opleiding afgerond?', 'Sinds de start van de opleiding in 2024 behaalden 210 cursisten hun certificaat.')).toBeNull();
  });

  it('figures given only for those outside a named group do not answer a question about that group', () => {
    const passage = 'Het fonds steunde in 2024 de reiskosten van 640 jongeren die buiten de Europese Unie stage liepen; 410 van hen kregen ook een taalcursus.';
    expect(check('How many young people did an internship in other EU countries with support from the fund in 2024?', passage)).toEqual({ kind: 'opposite', found: 'buiten de Europese Unie' });
    expect(check('Hoeveel jongeren liepen in 2024 met steun van het fonds stage in de Europese Unie?', passage)).toMatchObject({ kind: 'opposite' });
    // The question about those outside is answered, and so is one where the passage gives both sides.
    expect(check('Hoeveel jongeren liepen in 2024 met steun van het fonds stage buiten de Europese Unie?', passage)).toBeNull();
    const both = `${passage} Binnen de Europese Unie liepen 230 jongeren stage.`;
    expect(check('Hoeveel jongeren liepen in 2024 met steun van het fonds stage in de Europese Unie?', both)).toBeNull();
    // A word negation makes is a group of its own, not a name set apart.
    expect(check('Hoeveel begeleide minderjarigen kregen in 2024 een voogd?', 'In 2024 kregen 310 niet-begeleide minderjarigen een voogd.')).toBeNull();
  });

  it('a gap answers a question about when, or a yes/no question', () => {
    const passage = 'De ondertekenaars rapporteren jaarlijks.\nHet eerste opvolgingsrapport wordt verwacht in september 2018.';
    expect(check('Wat staat er in het opvolgingsrapport?', passage, 'Hoe wordt opgevolgd?')?.kind).toBe('unavailable');
    expect(check('Wanneer komt het eerste opvolgingsrapport?', passage, 'Hoe wordt opgevolgd?')).toBeNull();
    expect(check('Is het opvolgingsrapport er al?', passage, 'Hoe wordt opgevolgd?')).toBeNull();
  });
});

// A made-up question with the traps the checks are for, outside the eval's documents.
const DOCUMENT = `SCHRIFTELIJKE VRAAG

nr. 2001
van EVA VOORBEELDIG
datum: 14 maart 2022

aan TOM TESTMINISTER
VLAAMS MINISTER VAN INBURGERING

Sportclubs - Toegankelijkheid voor nieuwkomers

Sportclubs kunnen een rol spelen bij de integratie van nieuwkomers.

1. Hoeveel sportclubs kregen in 2021 een toegankelijkheidssubsidie?

2. Hoeveel nieuwkomers werden lid van een gesubsidieerde club?

3. Hoe wordt de werking geëvalueerd?

ANTWOORD

op vraag nr. 2001 van 14 maart 2022
van EVA VOORBEELDIG

1. In 2021 kregen 84 sportclubs een toegankelijkheidssubsidie, voor een totaalbedrag van 410.000 euro.

2. In de gesubsidieerde clubs werden 1.930 nieuwkomers lid. Clubs in het Brussels Hoofdstedelijk Gewest zijn niet in deze cijfers opgenomen.

3. Elke club bezorgt jaarlijks een verslag. De resultaten van de eerste evaluatie worden verwacht in juni 2023.
`;

describe('answer() with the checks, on a document the eval never saw', () => {
  const sportclubs = useIndexedCorpus((dir) => writeFileSync(join(dir, 'sportclubs.txt'), DOCUMENT));
  const ask = (q: string) => answer(q, {}, { index: sportclubs.index, embedder: null });

  it('answers what the document answers', async () => {
    const r = await ask('Hoeveel sportclubs kregen in 2021 een subsidie?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.quote.text).toContain('84 sportclubs');
    const members = await ask('Hoeveel nieuwkomers werden lid van een sportclub?');
    expect(members.passages[0]?.quote.text).toContain('1.930 nieuwkomers');
  });

  it('abstains for another year, and says so', async () => {
    const r = await ask('Hoeveel sportclubs kregen in 2023 een subsidie?');
    expect(r.status).toBe('no-answer');
    // Item 1 is about 2021; item 3 names 2023 only as the date of a coming evaluation.
    expect(r.shortfall).toMatchObject({ year: '2023', questionNumber: 2001 });
    expect(answerTexts(r).message).toMatch(/niet over 2023/);
    expect(r.closest[0]?.questionNumber).toBe(2001);
  });

  it('abstains where the answer leaves the asked part out, quoting its own words', async () => {
    const r = await ask('Hoeveel nieuwkomers werden lid van een club in het Brussels Hoofdstedelijk Gewest?');
    expect(r.status).toBe('no-answer');
    expect(answerTexts(r).message).toContain('"Clubs in het Brussels Hoofdstedelijk Gewest zijn niet in deze cijfers opgenomen."');
  });

  it('abstains when results are still expected', async () => {
    const r = await ask('Wat waren de resultaten van de evaluatie van de sportclubs?');
    expect(r.status).toBe('no-answer');
    expect(r.shortfall?.kind).toBe('unavailable');
  });

  it('says so when names are asked and the passage only counts them', async () => {
    // Item 2 names the Brussels region, but about what the figures leave out.
    const r = await ask('In welke gesubsidieerde clubs werden nieuwkomers lid?');
    expect(r.passages[0]).toMatchObject({ item: '2', verdict: { kind: 'partial', missing: 'name', countOnly: true } });
    expect(answerTexts(r).lead).toMatch(/geeft de minister een aantal, geen namen\. Het antwoord op punt 2:$/);
  });

  it('abstains when what is counted is not there', async () => {
    const r = await ask('Hoeveel trainers werden in de sportclubs aangeworven?');
    expect(r.status).toBe('no-answer');
  });
});

describe('synonyms never cause a refusal', () => {
  it.each([
    ['Hoeveel bedrijven kregen een boete?', 'In 2018 kregen 12 ondernemingen een administratieve geldboete.'],
    ['Hoeveel klachten kwamen binnen?', 'Er kwamen 341 meldingen binnen bij de meldpunten.'],
    ['Hoeveel personeelsleden volgden de opleiding?', 'De opleiding werd gevolgd door 88 medewerkers.'],
  ])('%s ← %s', (query, passage) => expect(check(query, passage)).toBeNull());

  it('while another counted group still is a near-miss', () => {
    expect(check('Hoeveel leerkrachten volgden de opleiding?', 'De opleiding werd gevolgd door 88 cursisten.')).toMatchObject({ kind: 'focus' });
  });
});

describe('compounds split with the lexicon', () => {
  it('finds the head and modifier at the last seam, not at a verb particle', async () => {
    const { loadLexicon } = await import('../../src/corpus/lexicon.js');
    const { compoundParts } = await import('../../src/search/compound.js');
    await loadLexicon();
    expect(compoundParts('discriminatiemeldingen')).toEqual({ modifier: 'discriminatie', head: 'meldingen' });
    expect(compoundParts('geldboetes')).toEqual({ modifier: 'geld', head: 'boetes' });
    expect(compoundParts('personeelsleden')).toEqual({ modifier: 'personeel', head: 'leden' });
    expect(compoundParts('onderzoeken')).toBeNull(); // onder- is a particle: a derived word, not two things
    expect(compoundParts('meldingen')).toBeNull();
  });

  it('knows the linking -er- of a few old plurals, after a modifier that is a word as it stands', async () => {
    const { loadLexicon } = await import('../../src/corpus/lexicon.js');
    const { compoundParts } = await import('../../src/search/compound.js');
    await loadLexicon();
    expect(compoundParts('kindermodule')).toEqual({ modifier: 'kind', head: 'module' });
    expect(compoundParts('kinderopvang')).toEqual({ modifier: 'kind', head: 'opvang' });
    expect(compoundParts('waterbeheer')).toEqual({ modifier: 'water', head: 'beheer' });
  });

  it('makes no seam of a plural or case ending: the inflected word splits where its base does', async () => {
    const { loadLexicon } = await import('../../src/corpus/lexicon.js');
    const { compoundParts } = await import('../../src/search/compound.js');
    await loadLexicon();
    // "zoekenden" is zoekende + n; "enden" is a word, but "ende" is not.
    expect(compoundParts('zoekenden')).toBeNull();
    expect(compoundParts('werkenden')).toBeNull();
    // A head that is a word without the ending keeps its seam, a short one too.
    expect(compoundParts('wachttijden')).toEqual({ modifier: 'wacht', head: 'tijden' });
    // A head the lexicon knows only inside compounds ("genote") keeps the seam.
    expect(compoundParts('klasgenoten')).toEqual({ modifier: 'klas', head: 'genoten' });
    expect(compoundParts('huurcontracten')).toEqual({ modifier: 'huur', head: 'contracten' });
  });
});

describe('named places, bodies and programmes scope a document', () => {
  it('takes capitalised words of a Dutch question, not the first word nor the state-level adjectives', () => {
    expect(namedEntities('Hoeveel inburgeraars in Limburg volgden een Vlaamse cursus bij de VDAB?', false)).toEqual(['Limburg', 'VDAB']);
    expect(namedEntities('What is the budget of the Agency for Integration?', true)).toEqual([]);
    // An abbreviation's plural is the abbreviation.
    expect(namedEntities("Hoeveel schulddossiers behandelden de OCMW's en de CAWs?", false)).toEqual(['OCMW', 'CAW']);
  });

  it('an English month or weekday, capitalised, dates the question and names no place or body', () => {
    const query = 'How many pupils entered special education in September 2025?';
    const usedInCorpus = () => true;
    expect(namedEntities(query, true, usedInCorpus)).toEqual([]);
    expect(placesIn(query, true, usedInCorpus)).toEqual([]);
    expect(namedEntities('How many visits did Gent count in October 2025?', true, usedInCorpus)).toEqual(['Gent']);
  });

  it('the parliament\'s own jurisdiction scopes every document: Flanders is no place to find', () => {
    expect(namedEntities('Hoeveel geld maakt Vlaanderen vrij voor de tolken in Gent?', false)).toEqual(['Gent']);
    expect(placesIn('Hoeveel tolken werken er in Vlaanderen?', false)).toEqual([]);
    expect(placesIn('How many interpreters work in Flanders?', true)).toEqual([]);
    expect(namedEntities('How much money does Flanders spend on interpreters?', true)).toEqual([]);
    // In a longer name it is part of what is named.
    expect(namedEntities('Wanneer is de rapportering aan ESF Vlaanderen rond?', false)).toEqual(['ESF', 'Vlaanderen']);
    expect(check('Hoeveel geld maakt Vlaanderen vrij voor de tolken?', 'Voor de tolken is 2,4 miljoen euro voorzien.')).toBeNull();
  });

  it('accepts an abbreviation the document writes out', () => {
    const passage = 'In 2023 startten 538 niet-begeleide minderjarige vreemdelingen een inburgeringstraject.';
    expect(check('Hoeveel NBMV startten in 2023 een traject?', passage)).toBeNull();
    expect(check('Hoeveel NBMV startten in 2023 een traject?', 'In 2023 startten 538 jongeren een inburgeringstraject.')).toEqual({ kind: 'entity', word: 'NBMV' });
  });

  it('in an English question, takes only capitalised names the documents use and the glossary does not translate', () => {
    const corpusNames = new Set(['lindeveld', 'brussels', 'report']);
    const used = (w: string) => corpusNames.has(w.toLowerCase());
    expect(namedEntities('How many reports did the Lindeveld Reporting Point receive?', true, used)).toEqual(['Lindeveld']);
    // "Report" is translated, "Follow" is no name the documents use: title case is not a name.
    expect(namedEntities('What did the Follow-up Report of the Agency say?', true, used)).toEqual([]);
    expect(placesIn('How long is the waiting time in Lindeveld?', true, used)).toEqual(['Lindeveld']);
    expect(placesIn('How long is the waiting time in Springfield?', true, used)).toEqual([]);
    // A known place's English name stands for its Dutch one, used in the documents or not.
    expect(placesIn('How long is the waiting time in Brussels?', true, used)).toEqual(['Brussel']);
    expect(placesIn('How long is the waiting time in Ghent?', true, used)).toEqual(['Gent']);
  });

  it('refuses a passage from a document that never names the place; derived forms count', () => {
    expect(check('Hoeveel inburgeraars in Limburg haalden het attest?', 'In 2018 haalden 4.127 inburgeraars in Antwerpen het attest.')).toEqual({ kind: 'entity', word: 'Limburg' });
    expect(check('Hoeveel inburgeraars in Brussel haalden het attest?', 'In 2018 haalden 912 Brusselse inburgeraars het attest.')).toBeNull();
  });
});

describe('figures and codes the question names', () => {
  it('a figure of the question must be the passage\'s, in digits or words', () => {
    expect(check('Hoeveel werkzoekenden vonden binnen twaalf maanden werk?', 'Van de werkzoekenden vonden er 2.214 binnen zes maanden een job.')).toEqual({ kind: 'figure', value: '12' });
    expect(check('Hoeveel werkzoekenden vonden binnen zes maanden werk?', 'Van de werkzoekenden vonden er 2.214 binnen 6 maanden een job.')).toBeNull();
  });

  it('a figure with a unit of measure must be the passage\'s with the same unit, in either language', () => {
    const passage = 'Een taalcoach begeleidt de werkzoekende gemiddeld gedurende 12 uur. Van hen vonden er 2.214 werk.';
    expect(check('Hoeveel werkzoekenden vonden binnen twaalf maanden werk?', passage)).toEqual({ kind: 'quantity', value: '12', unit: 'maand' });
    expect(check('Hoeveel werkzoekenden kregen 12 uur begeleiding?', passage)).toBeNull();
    expect(quantitiesIn('within twelve months, 1,5 miljoen euro, 30 procent, 12 werkzoekenden')).toEqual([
      { value: '12', unit: 'maand' },
      { value: '1,5', unit: 'euro' },
      { value: '30', unit: 'procent' },
    ]);
    // A day of a date is no quantity; a figure without a unit keeps the figure check alone.
    expect(quantitiesIn('Op 12 maart werden 12 projecten ingediend.')).toEqual([]);
  });

  it('a code is matched exactly: A2 is not A1', () => {
    expect(check('Hoeveel inburgeraars behaalden taalniveau A2?', 'In 2016 behaalde 78 procent van de inburgeraars taalniveau A1.')).toEqual({ kind: 'entity', word: 'A2' });
  });
});

describe('English names of places and peoples', () => {
  it('stand for their Dutch names, and any form of the name counts', () => {
    expect(namedEntities('How many Ukrainian pupils were enrolled in 2023?', true)).toEqual(['Oekraïense']);
    expect(placesIn('How many newcomers waited in Brussels?', true)).toEqual(['Brussel']);
    // "Flemish" frames the whole corpus and names no place.
    expect(namedEntities('How many Flemish schools took part?', true)).toEqual([]);
    const words = new Set(['leerlingen', 'uit', 'oekraine']);
    expect(mentions(words, 'Oekraïense')).toBe(true);
    expect(mentions(new Set(['leerlingen', 'uit', 'syrie']), 'Oekraïense')).toBe(false);
  });

  it('a hyphenated name of capitalised parts is one name: "West-Vlaanderen" is no "Vlaanderen"', () => {
    expect(placesIn('Hoeveel kandidaten legden de test af in West-Vlaanderen?', false)).toEqual(['West-Vlaanderen']);
    expect(namedEntities('Hoeveel kandidaten in West-Vlaanderen?', false)).toEqual(['West-Vlaanderen']);
    expect(namedEntities('Hoeveel mensen stonden op de wachtlijst voor NT2-les?', false)).toEqual(['NT2']);
    expect(mentions(wordsOf('640 in Antwerpen en 330 in West-Vlaanderen.'), 'West-Vlaanderen')).toBe(true);
    expect(mentions(wordsOf('510 in Oost-Vlaanderen, in het westen van Vlaanderen minder.'), 'West-Vlaanderen')).toBe(false);
  });

  it('a Dutch place adjective names its place: "Limburgse" clubs are in Limburg', () => {
    expect(mentions(new Set(['clubs', 'in', 'limburg']), 'Limburgse')).toBe(true);
    expect(mentions(new Set(['clubs', 'in', 'gent']), 'Gentse')).toBe(true);
    expect(mentions(new Set(['clubs', 'in', 'limburg']), 'Gentse')).toBe(false);
  });
});

describe('hyphenated compounds in the question', () => {
  it('count their head and name only their capitalised parts', () => {
    expect(questionFocus('Hoeveel TaalJob-trajecten komen er in 2016?')).toBe('trajecten');
    expect(namedEntities('Hoeveel mensen stonden op de wachtlijst voor NT2-les?', false)).toEqual(['NT2']);
  });
});

describe('places and ordinals the question names', () => {
  it('a place after a locative preposition must be the passage\'s own, not only elsewhere in its document', () => {
    expect(placesIn('Hoeveel inburgeraars haakten in Gent af?', false)).toEqual(['Gent']);
    expect(placesIn('Hoeveel voorstellen kwamen er in de ESF-oproep?', false)).toEqual([]);
    expect(check('Hoeveel inburgeraars haakten in Gent af?', 'Uit een steekproef in de regio Antwerpen blijkt dat 12 procent van de inburgeraars afhaakt.')).toEqual({ kind: 'entity', word: 'Gent' });
  });

  it('a quoted title names one programme whole: its words found one by one are not the programme', () => {
    const query = 'Hoeveel sportclubs bieden een plaats aan via ‘Samen aan Zet’?';
    expect(quotedTitles(query)).toEqual(['Samen aan Zet']);
    // Every word of the title stands in this passage, but not the title.
    const other = 'Het project ‘Open Deur’ begeleidde 22 sportclubs. De federatie zet samen met de clubs een aanbod op, en biedt hun aan …';
    expect(check(query, other)).toEqual({ kind: 'entity', word: 'Samen aan Zet' });
    // The title as the document writes it, across a line and in other case, is the programme.
    expect(check(query, 'Eind 2024 boden 41 sportclubs een plaats aan via het platform ‘Samen aan\nzet’.')).toBeNull();
    // A single quoted word is a name as any other; a quoted phrase in lower case is no title.
    expect(quotedTitles('Hoeveel deelnemers telde ‘Buddy’?')).toEqual([]);
    expect(quotedTitles('Wat bedoelt de minister met ‘niet beschikbaar’?')).toEqual([]);
  });

  it('the findings of a named body, where the passage says its study still runs, are not given', () => {
    const query = 'Wat concludeert de Hogeschool Ravelsbeke over de EHBO-cursussen?';
    const pending = 'Ongeveer 30 procent van het EHBO-budget gaat naar de oefenpoppen. Het Kenniscentrum van de Hogeschool Ravelsbeke evalueert het project; de resultaten van die evaluatie worden in november 2025 verwacht.';
    expect(check(query, pending)).toMatchObject({ kind: 'unavailable' });
    // Its findings, given, answer.
    expect(check(query, 'De Hogeschool Ravelsbeke evalueerde de EHBO-cursussen en stelde vast dat 80 procent van de deelnemers tevreden was.')).toBeNull();
  });

  it('a group the passage gives only as a share of all is not counted by the place\'s figure for all', () => {
    // A table as the normaliser joins its cells into one line.
    const table = 'De onderstaande tabel geeft het aantal deelnemers per provincie.\n\nProvincie deelnemers 2024 Antwerpen 452 Limburg 163 Totaal 615\n';
    const passage = `${table}\nOngeveer 74 procent van de deelnemers had zijn zaak al geopend.`;
    expect(check('Hoeveel deelnemers in de provincie Antwerpen hadden hun zaak al geopend?', passage)).toMatchObject({ kind: 'place-figures', place: 'Antwerpen', subgroup: true });
    // The place's figure for all answers a question about all; so does a figure for the group in the place.
    expect(check('Hoeveel deelnemers waren er in de provincie Antwerpen?', passage)).toBeNull();
    expect(check('Hoeveel deelnemers in de provincie Antwerpen hadden hun zaak al geopend?', `${passage} In Antwerpen hadden 312 deelnemers hun zaak al geopend.`)).toBeNull();
    // A group the passage speaks of with a count, not a share, is not this case.
    expect(check('Hoeveel deelnemers in de provincie Antwerpen hadden hun zaak al geopend?', `${table}\nIn totaal hadden 455 deelnemers hun zaak al geopend.`)).not.toMatchObject({ subgroup: true });
  });

  it('a group by sex counted in a table row the question names is not the row\'s figure for all', () => {
    const table = 'In 2024 volgden 2.736 leerlingen les in een weekendschool.\n\nThuistaal 2022-2023 2023-2024 Arabisch 614 903 Turks 251 379 Totaal 865 1.282\n';
    const passage = `${table}\nOngeveer 54 procent van hen is een meisje.`;
    expect(tableRowLabels(passage)).toEqual(['Arabisch', 'Turks', 'Totaal']);
    expect(check('How many of the Arabic-speaking pupils are girls?', passage)).toEqual({ kind: 'place-figures', place: 'Arabisch', counted: 'meisjes' });
    expect(check('Hoeveel meisjes volgden les in het Arabisch?', passage)).toEqual({ kind: 'place-figures', place: 'Arabisch', counted: 'meisjes' });
    // Not asked of a row, or a row whose figures the table gives by sex, or a sentence on the row's girls: it answers.
    expect(check('Hoeveel van de leerlingen zijn meisjes?', passage)).toBeNull();
    expect(check('How many of the Arabic-speaking pupils are girls?', passage.replace('Thuistaal 2022-2023 2023-2024', 'Thuistaal meisjes jongens'))).toBeNull();
    expect(check('How many of the Arabic-speaking pupils are girls?', `${passage} Bij de Arabische lessen is 61 procent een meisje.`)).toBeNull();
  });

  it('a count the counted word\'s own modifier narrows is not the place\'s figure for the whole head', () => {
    const table = 'De onderstaande tabel geeft de opsplitsing per provincie.\n\nProvincie gezinnen 2024 Antwerpen 503 Limburg 219 Totaal 722\n';
    const passage = `${table}\nOngeveer 39 procent van de deelnemende gezinnen is een eenoudergezin.`;
    const asked = 'Hoeveel eenoudergezinnen uit Limburg gingen op vakantie?';
    expect(check(asked, passage)).toEqual({ kind: 'place-figures', place: 'Limburg', counted: 'gezinnen', subgroup: true });
    // The whole head is what the place's figure counts; a table that counts the narrower class answers.
    expect(check('Hoeveel gezinnen uit Limburg gingen op vakantie?', passage)).toBeNull();
    expect(check(asked, passage.replace('Provincie gezinnen', 'Provincie eenoudergezinnen'))).toBeNull();
    // A modifier the passage never speaks of is not this case: the focus check reads the whole document.
    expect(check(asked, table)).not.toMatchObject({ subgroup: true });
  });

  it('a place restricts a figure like a year: named elsewhere in the passage is not enough', () => {
    const passage = 'Het project liep in Rozemeer, Espeloo en Meerlaken. In totaal werden 1.486 koppelingen gemaakt.';
    expect(check('Hoeveel koppelingen werden er in Rozemeer gemaakt?', passage)).toEqual({ kind: 'place-figures', place: 'Rozemeer', shared: false });
    expect(check('Hoeveel koppelingen werden er in Rozemeer gemaakt?', 'In Rozemeer werden 412 koppelingen gemaakt.')).toBeNull();
    // A figure the place has for another kind counts no newcomers; unless the passage counts them somewhere, or the
    // "place" is a word of a quoted title.
    const gardens = 'In 2022 werden 19 samentuinen ondersteund, in de volgende gemeenten:\n- Korendaal (3 samentuinen);\n- Meerhagem (2 samentuinen);\n- Zavelrode.\nDe meeste nieuwkomers bereikte het project in Korendaal (94 deelnemers).';
    expect(check('Hoeveel nieuwkomers namen deel aan de samentuin in Meerhagem?', gardens)).toEqual({ kind: 'place-figures', place: 'Meerhagem', counted: 'nieuwkomers' });
    expect(check('Hoeveel nieuwkomers namen deel aan de samentuin in Meerhagem?', `${gardens} Daar namen 61 nieuwkomers deel.`)).not.toMatchObject({ counted: 'nieuwkomers' });
    expect(check("Hoeveel taalbuddy's zijn er opgeleid in Taal op de Dienst?", "Het project ‘Taal op de Dienst’, waarin 37 ervaren collega's werden opgeleid tot taalbuddy.")).toBeNull();
    // The question item that names the place frames every figure of the answer.
    expect(check('Hoeveel koppelingen werden er in Rozemeer gemaakt?', 'Er werden 412 koppelingen gemaakt.', 'Hoeveel koppelingen waren er in Rozemeer?')).toBeNull();
  });

  it('a place named only in a list of places shares the figure with them: it is not that place\'s own', () => {
    const q = 'Hoeveel testen werden er in Zoutelare gedaan?';
    expect(check(q, 'In 2024 werden 612 testen gedaan in Ravelmonde, Eikenbrugge en Zoutelare.')).toEqual({ kind: 'place-figures', place: 'Zoutelare', shared: true });
    expect(check(q, 'Er werden 1.140 testen gedaan in Antwerpen en Zoutelare.')).toMatchObject({ kind: 'place-figures', shared: true });
    // A number written out counts the places listed, none of them on its own.
    expect(check(q, 'De testen liepen in drie gemeenten: Ravelmonde, Eikenbrugge en Zoutelare.')).toEqual({ kind: 'place-figures', place: 'Zoutelare', shared: true });
    // A figure for each place of the list, or the place named on its own too: its figure is there.
    expect(check(q, 'In Ravelmonde en Zoutelare werden respectievelijk 300 en 312 testen gedaan.')).toBeNull();
    expect(check(q, 'Er werden 612 testen gedaan in Ravelmonde en Zoutelare, waarvan 200 in Zoutelare.')).toBeNull();
    expect(figureOwnedBy('In Zoutelare werden 412 testen gedaan.', 'Zoutelare')).toBe(true);
    // A figure in another clause of the sentence counts that clause's matter.
    expect(figureOwnedBy('De meeste testen gebeurden in Zoutelare en Gent; 162 van de bedrijven kregen er minder dan vijf.', 'Zoutelare')).toBe(false);
    expect(figureOwnedBy('In Zoutelare werden 412 testen gedaan; in Gent waren het er minder.', 'Zoutelare')).toBe(true);
    // Unless it points back to the clause that names it.
    expect(figureOwnedBy('Het VCA-attest behalen de cursisten in het Nederlands; in 2024 slaagde 78 procent van hen.', 'VCA')).toBe(true);
    // A sentence that opens by pointing to the place the sentence before it names gives that place's figure.
    const before = 'In de regio Zoutelare loopt sinds oktober 2022 een proef met testen op zaterdag.';
    expect(check(q, `${before} Daar werden in de eerste drie maanden 164 testen gedaan.`)).toBeNull();
    expect(check(q, `${before} In die regio werden 164 testen gedaan.`)).toBeNull();
    // Without the pointer, the figure is nobody's in particular.
    expect(check(q, `${before} In totaal werden 1.164 testen gedaan.`)).toMatchObject({ kind: 'place-figures', place: 'Zoutelare' });
    // Any other name too: a length of time is a condition, not a figure per name.
    const languages = 'Voor 3 procent van de aanvragen werd binnen de vijf minuten geen tolk gevonden, vooral voor Pasjtoe en Somalisch.';
    expect(check('Hoeveel aanvragen voor een tolk Somalisch bleven onbeantwoord?', languages)).toEqual({ kind: 'place-figures', place: 'Somalisch', shared: true });
    expect(check('Hoeveel aanvragen voor een tolk Somalisch bleven onbeantwoord?', 'Voor 3 procent van de aanvragen werd geen tolk gevonden, vooral voor Somalisch.')).toBeNull();
    expect(figureOwnedBy('In Gent werden 412 testen gedaan.', 'Zoutelare')).toBe(false);
    // A figure each of the listed gets is every one's own.
    expect(check(q, 'In 2024 deden Ravelmonde, Eikenbrugge en Zoutelare elk 204 testen.')).toBeNull();
    expect(figureOwnedBy('Daarnaast ontvangen veertien kleinere gemeenten elk 82.000 euro: Dorpsbeke, Heidebeek en Zwalmdonk.', 'Zwalmdonk')).toBe(true);
    expect(figureOwnedBy('Ravelmonde and Zoutelare received 82,000 euros each.', 'Zoutelare')).toBe(true);
    // An abbreviation counts what the head of its expansion names.
    expect(focusPresent('nbmv', ['Ruim de helft van hen is minderjarig.'])).toBe(false);
    expect(focusPresent('nbmv', ['In 2023 werden 392 vreemdelingen meerderjarig.'])).toBe(true);
    // Children under age are "minderjarigen" in youth-care and asylum texts: a count of them counts the children.
    expect(focusPresent('kinderen', ['Vorig jaar meldden zich 940 minderjarigen bij de hulpdienst.'])).toBe(true);
    expect(focusPresent('kinderen', ['Vorig jaar meldden zich 940 ouders bij de hulpdienst.'])).toBe(false);
    // A compound of the same head counts it, where the passage names the asked one's modifier too.
    expect(focusPresent('inburgeringsboetes', ['In 2024 werden 597 geldboetes van inburgeraars doorgestuurd.'])).toBe(true);
    expect(focusPresent('inburgeringsboetes', ['In 2024 werden 597 geldboetes van chauffeurs doorgestuurd.'])).toBe(false);
    // Inflected adjectives after the figure are part of what it counts.
    expect(countsBefore('In 2022 startten 412 niet-begeleide minderjarige vreemdelingen een traject.', 'nbmv')).toBe(true);
    expect(countsBefore('Een team van 32 taalcoaches bezoekt elke locatie.', 'locaties')).toBe(false);
    // "Het aantal X" names what the figures after it count; "een aantal" is "some".
    expect(countsBefore('Het aantal actieve digicoaches steeg van 46 in 2022 naar 61 in 2023.', 'digicoaches')).toBe(true);
    expect(countsBefore('Een aantal digicoaches volgde 3 opleidingen.', 'digicoaches')).toBe(false);
  });

  it('the order in which a language was learnt is no figure: "Dutch as a first language", "Nederlands tweede taal"', () => {
    const passage = 'In 2015 volgden 3.870 anderstalige werkzoekenden een traject met taalcoaching op de werkvloer.';
    expect(check('How many jobseekers with another first language got language coaching in 2015?', passage)).toBeNull();
    expect(check('Hoeveel werkzoekenden met Nederlands als tweede taal volgden in 2015 een traject met taalcoaching?', passage)).toBeNull();
    expect(check('Hoeveel werkzoekenden volgden in 2015 een tweede traject met taalcoaching?', passage)).toMatchObject({ kind: 'figure' });
  });

  it('an ordinal that qualifies no noun is an adverb of order, no figure: "tackled first", "als eerste"', () => {
    const passage = 'Bij de start werd voorrang gegeven aan de brieven over studietoelagen.';
    expect(check('Which letters did the project tackle first, and why?', passage)).toBeNull();
    expect(check('Welke brieven werden als eerste herschreven?', passage)).toBeNull();
    expect(questionFigures('Wie organiseerde de derde Pactdag?')).toEqual(['3e']);
  });

  it('"first" that dates when something began is no ordinal: "who first taught", "for the first time", "de eerste keer"', () => {
    const passage = 'Van de lesgevers die in 2022 voor het eerst Nederlands tweede taal gaven, stond na drie jaar nog 58 procent voor de klas.';
    expect(check('What share of the teachers who first taught in 2022 were still teaching three years later?', passage)).toBeNull();
    expect(questionFigures('How many newcomers applied for the first time in 2024?')).toEqual([]);
    expect(questionFigures('Hoeveel nieuwkomers vroegen in 2024 de eerste keer een attest aan?')).toEqual([]);
    expect(questionFigures('How many teachers first taught in 2022?')).toEqual([]);
    // Before a noun it still counts: the first call is not the second, nor are the first registered users.
    expect(questionFigures('How many projects were approved in the first call?')).toEqual(['1e']);
    expect(questionFigures('How many of the first registered users stayed?')).toEqual(['1e']);
  });

  it('an ordinal hyphenated to a word is part of a compound, no figure: "second-chance", "third-country"', () => {
    const passage = 'Voor 2027 wordt voor het project 3,9 miljoen euro ingeschreven.';
    expect(check('What budget is set aside for the second-chance education project in 2027?', passage)).toBeNull();
    expect(questionFigures('How many third-country nationals took the course?')).toEqual([]);
    expect(questionFigures('What was decided in the second call?')).toEqual(['2e']);
  });

  it('an English question\'s employees are the documents\' medewerkers', () => {
    const passage = 'In 2024 volgden 212 medewerkers van 57 lokale besturen de opleiding.';
    expect(check('How many employees took the course in 2024?', passage)).toBeNull();
  });

  it('numbers written out in English are the figures a Dutch passage writes out or in digits', () => {
    expect(questionFigures('How much will the pilot get once it expands to fifteen cultural centres?')).toEqual(['15']);
    expect(questionFigures('What happened in the seventh week, with sixty participants?')).toEqual(['7e', '60']);
    const passage = 'Vanaf het seizoen 2023-2024 loopt het proefproject in vijftien cultuurcentra. Het budget stijgt naar 210.000 euro.';
    expect(check('How much will the pilot get once it runs in fifteen cultural centres?', passage)).toBeNull();
    expect(check('How much will the pilot get once it runs in fourteen cultural centres?', passage)).toMatchObject({ kind: 'figure' });
  });

  it('"de derde Pactdag" is not the second', () => {
    expect(check('Hoeveel deelnemers had de derde Pactdag?', 'De tweede Pactdag trok 810 deelnemers.')).toMatchObject({ kind: 'figure' });
    expect(check('Hoeveel deelnemers had de tweede Pactdag?', 'De tweede Pactdag trok 810 deelnemers.')).toBeNull();
  });

  it('a figure asked of the n-th one needs a figure beside it: naming it is not enough', () => {
    const passage = 'De tweede Pactdag trok 810 deelnemers. Voor 2019 staat een derde Pactdag gepland.';
    expect(check('Hoeveel deelnemers had de derde Pactdag?', passage)).toEqual({ kind: 'ordinal-figures', ordinal: 3 });
    expect(check('Hoeveel deelnemers had de tweede Pactdag?', passage)).toBeNull();
    // Not a figure question: naming the third one may be the answer.
    expect(check('Wanneer komt er een derde Pactdag?', passage)).toBeNull();
    // The figure in the same sentence answers, in words too.
    expect(check('Hoeveel organisaties tekenden de tweede oproep?', 'Op de tweede oproep tekenden twaalf organisaties in.')).toBeNull();
  });
});

describe('a gap in one sentence does not silence the answer in another', () => {
  it('answers when the asked figure stands in a sentence of its own', () => {
    const passage = 'In 2018 volgden 3.120 inburgeraars een traject. Cijfers per gemeente worden niet bijgehouden.';
    expect(check('Hoeveel inburgeraars volgden in 2018 een traject?', passage)).toBeNull();
  });

  it('answers with the count a clause gives before the gap that follows it in the same sentence', () => {
    const passage = 'De reden waarom een cursist stopt, wordt niet geregistreerd. In 2025 zetten 412 cursisten hun traject stop, maar hoeveel van hen dat deden omwille van vervoer, is niet bekend.';
    expect(check('Hoeveel cursisten zetten in 2025 hun traject stop?', passage)).toBeNull();
  });

  it('refuses when the asked word stands only in the sentence that says it is not kept', () => {
    const passage = 'In 2018 volgden 3.120 inburgeraars een traject. Cijfers per gemeente worden niet bijgehouden.';
    expect(check('Hoeveel inburgeraars volgden per gemeente een traject?', passage)).toMatchObject({ kind: 'unavailable' });
  });
});

describe('the findings of a study are that study\'s', () => {
  const running =
    'In 2024 namen 240 ouders deel aan de infosessies en daalde het aantal afwezigheden met 18 procent. ' +
    'De evaluatie door de Hogeschool Veldeke loopt nog; het rapport wordt in maart 2025 verwacht.';
  it('refuses the findings of a study that still runs, though the passage reports other results', () => {
    expect(check('Wat zijn de conclusies van de evaluatie door de Hogeschool Veldeke?', running)).toMatchObject({ kind: 'unavailable' });
    expect(check('What did the evaluation by Hogeschool Veldeke conclude?', running)).toMatchObject({ kind: 'unavailable' });
  });
  it('answers a question for results that names no study', () => {
    expect(check('Wat zijn de resultaten van de infosessies?', running)).toBeNull();
  });
  it('answers when a sentence on the study, or the one after it, gives its findings', () => {
    const reported = 'De evaluatie door de Hogeschool Veldeke werd in maart afgerond. Ze toont dat 62 procent van de ouders vaker naar school komt. Een tweede evaluatie loopt nog.';
    expect(check('Wat zijn de conclusies van de evaluatie door de Hogeschool Veldeke?', reported)).toBeNull();
    // A comparison with the plan dates what is done: finished later than planned is finished.
    const late =
      'De evaluatie werd in december afgerond door de Hogeschool Veldeke, een maand later dan gepland omdat nog niet alle scholen tijdig hadden geantwoord. ' +
      'Leerlingen met een buddy kwamen twee keer zo vaak naar school. Het voorjaar bleek de drukste periode.';
    expect(check('Wat bleek volgens de evaluatie de drukste periode?', late)).toBeNull();
  });
  it('a purpose names what is to be found, not a finding; awaiting results is waiting for them', () => {
    const purpose = 'Om de effecten op de wachttijden te meten, voert de universiteit een onderzoek uit. De resultaten van dat onderzoek worden in 2026 verwacht.';
    expect(check('Wat leert het onderzoek van de universiteit?', purpose)).toMatchObject({ kind: 'unavailable' });
    const awaited = 'Ik wil eerst de resultaten afwachten van de evaluatie van het reglement.';
    expect(check('Wat zijn de conclusies van de evaluatie van het reglement?', awaited)).toMatchObject({ kind: 'unavailable' });
  });
  it('studying in the present is a study under way; a finding of another source after it is not the study\'s', () => {
    const q = 'Wat concludeert het Steunpunt Veldwerk in zijn evaluatie van het proefproject?';
    expect(answerType(q)).toBe('outcome');
    expect(check(q, 'Het Steunpunt Veldwerk evalueert het proefproject; het evaluatierapport wordt tegen december verwacht.')).toMatchObject({ kind: 'unavailable' });
    const other = 'Het kenniscentrum onderzoekt sinds 2024 de effecten van de werking. De resultaten van dat onderzoek worden in 2026 verwacht. Uit een tevredenheidsbevraging blijkt wel dat 83 procent tevreden is.';
    expect(check('Wat zijn de resultaten van het onderzoek van het kenniscentrum?', other)).toMatchObject({ kind: 'unavailable' });
  });
  it('a pilot is a trial whose results are its own', () => {
    const trial =
      'In de deelnemende gebouwen daalde het aantal vaststellingen van sluikstorten met 35 procent. ' +
      'Sinds september 2025 loopt in Kortelmare bovendien een proefproject met een sorteerstraat; de resultaten ervan worden in april 2026 verwacht.';
    expect(check('What were the results of the sorting street pilot in Kortelmare?', trial)).toMatchObject({ kind: 'unavailable' });
    expect(check('Wat zijn de resultaten van het proefproject met de sorteerstraat?', trial)).toMatchObject({ kind: 'unavailable' });
  });
  it('a pilot that starts after the answer was written has no results yet', () => {
    const q = 'What came out of the reading pilot in Dalwijk?';
    const later = 'Het proefproject met voorleesouders in Dalwijk gaat in oktober 2026 van start; ouders en kinderen lezen er samen in de bibliotheek.';
    expect(check(q, later, '', '', null, '2026-05-04')).toMatchObject({ kind: 'unavailable' });
    // Written after that date, the same words speak of a pilot under way, not of one still to start.
    expect(check(q, later, '', '', null, '2027-03-01')).toBeNull();
    // "De start" is the noun: a pilot that started, with its result.
    const started = 'Sinds de start van het proefproject in Dalwijk in januari 2024 lazen 40 procent meer kinderen thuis.';
    expect(check(q, started, '', '', null, '2026-05-04')).toBeNull();
  });

  it('a passage that speaks nowhere of the study, nor its question, does not give its findings', () => {
    const q = 'Wat zijn de conclusies van de evaluatie van de taallessen?';
    const passage = 'In 29 van de 46 scholen daalde het aantal afwezigheden met 12 procent.';
    expect(check(q, passage)).toMatchObject({ kind: 'focus' });
    expect(check(q, passage, 'Wat toont de evaluatie van de taallessen?')).toBeNull();
  });
});

describe('the kind of answer, named by the question\'s words', () => {
  it('a noun for money and the verb for receiving it are answered by a sum, whatever the passage calls the money', () => {
    const query = 'Hoeveel subsidie krijgt Regenboogbrug in 2025?';
    const budget = 'Voor 2025 is voor het project ‘Regenboogbrug’ 620.000 euro voorzien, tegenover 480.000 euro in 2024.';
    expect(check(query, budget, 'Welk budget is er voor 2025 voorzien?')).toBeNull();
    // Without a sum, what the money is for is the question's matter, and a passage that only names the project is not about it.
    expect(check(query, 'Het project ‘Regenboogbrug’ loopt in 2025 verder in Kasterveld, met 40 vrijwilligers.', 'Waar loopt het project?')).toMatchObject({ kind: 'off-topic' });
  });

  it('a rate is given in words as well as in digits', () => {
    const query = 'Hoeveel uur Nederlands per week krijgen de cursisten?';
    expect(check(query, 'De opleiding duurt 20 weken. Daarnaast volgen ze zes uur Nederlands per week.')).toBeNull();
    expect(check(query, 'De opleiding duurt 20 weken. Ze volgen in totaal 120 uur Nederlands.')).toMatchObject({ kind: 'rate' });
  });

  it('first results are no findings of the final report asked, which is still to come', () => {
    const passage = 'De eerste resultaten van de evaluatie werden in januari voorgesteld: 79 procent van de cursisten werkt nog in de sector. Het eindrapport van de evaluatie wordt in november 2026 verwacht.';
    expect(check('Wat staat er in het eindrapport van de evaluatie?', passage)).toMatchObject({ kind: 'unavailable' });
    expect(check('What does the final evaluation report on the project say?', passage)).toMatchObject({ kind: 'unavailable' });
    // The evaluation's results, without "final", are given.
    expect(check('Wat zijn de resultaten van de evaluatie?', passage)).toBeNull();
  });
});

describe('a training leads to the occupation it names', () => {
  const guards = 'In 2024 startten 463 nieuwkomers een opleiding tot bewakingsagent in het project ‘Paraat’.';

  it('is not answered by a document whose trainings lead to another occupation only, and that never names the one asked', () => {
    expect(trainedAs('Hoeveel nieuwkomers werden via Paraat opgeleid tot portier in cafés?')).toBe('portier');
    expect(check('Hoeveel nieuwkomers werden via Paraat opgeleid tot portier in cafés?', guards)).toEqual({ kind: 'entity', word: 'portier' });
  });

  it('is answered where the document names it, as a word or through a compound of the same head', () => {
    expect(check('Hoeveel nieuwkomers volgden de opleiding tot bewakingsagent?', guards)).toBeNull();
    expect(check('Hoeveel nieuwkomers volgden de opleiding tot portier?', `${guards} Een deel van hen werkt later als portier.`)).toBeNull();
    // A document that names no training to an occupation says nothing of which one it counts.
    expect(check('Hoeveel nieuwkomers volgden de opleiding tot portier?', 'In 2024 startten 463 nieuwkomers in het project ‘Paraat’.')).not.toMatchObject({ word: 'portier' });
  });
});

describe('the time a figure or date holds', () => {
  it('the start or end of a year is a day: a figure at another day of that year does not answer it', () => {
    const later = 'Op 1 september 2026 stonden 362 gezinnen op een wachtlijst, vijftien meer dan begin dit jaar.';
    expect(askedDays('Hoeveel gezinnen wachtten begin 2026 op een standplaats?')).toEqual([{ iso: '2026-01-01', words: 'begin 2026', edge: true }]);
    expect(check('Hoeveel gezinnen wachtten begin 2026 op een standplaats?', later)).toEqual({ kind: 'date-figures', date: 'begin 2026', given: '1 september 2026' });
    expect(check('How many families were waiting at the start of 2026?', later)).toMatchObject({ kind: 'date-figures', date: 'begin 2026' });
    // Any day of the year's first month is its start, of its last month its end.
    expect(check('Hoeveel gezinnen wachtten begin 2026 op een standplaats?', 'Op 1 januari 2026 stonden 347 gezinnen op een wachtlijst.')).toBeNull();
    expect(check('Hoeveel gezinnen wachtten eind 2025 op een standplaats?', 'Op 15 december 2025 stonden 347 gezinnen op een wachtlijst.')).toBeNull();
    expect(check('Hoeveel gezinnen wachtten in 2026 op een standplaats?', later)).toBeNull();
  });

  it('a year a difference is measured from gives no figure of that year', () => {
    const query = 'Hoeveel geld is er in 2026 ingeschreven voor de subsidiëring van woonwagenterreinen?';
    const next = 'Voor 2027 wordt voor de subsidiëring van woonwagenterreinen 4,2 miljoen euro ingeschreven, 400.000 euro meer dan in 2026.';
    expect(check(query, next)).toEqual({ kind: 'year-figures', year: '2026' });
    // A figure of that year beside it does.
    expect(check(query, 'Voor 2027 wordt 4,2 miljoen euro ingeschreven, tegenover 3,8 miljoen euro in 2026.')).toBeNull();
  });

  it('a share set against another year\'s is dated by the sentence before it, and the other year keeps its own', () => {
    const rate = 'In 2024 namen 1.820 scholen deel aan de meting. Dat is 61 procent, tegenover 54 procent in 2023.';
    expect(check('Welk aandeel van de scholen nam in 2024 deel aan de meting?', rate)).toBeNull();
    expect(check('Welk aandeel van de scholen nam in 2023 deel aan de meting?', rate)).toBeNull();
    expect(check('Welk aandeel van de scholen nam in 2022 deel aan de meting?', rate)).toMatchObject({ year: '2022' });
    // A contrast needs a figure: a year later in a clause that gives its own is that clause's.
    const own = 'In 2024 schreven 900 kandidaten zich in. Vergeleken met het jaar ervoor steeg het slaagpercentage in 2023 tot 74 procent.';
    expect(check('Wat was het slaagpercentage in 2024?', own)).toMatchObject({ kind: 'year-figures', year: '2024' });
  });

  it('a count asked of an outcome is not the count of those who took part', () => {
    const took = 'Sinds 2023 zijn er aparte zwemlessen voor vrouwen. In 2023 volgden 388 vrouwen zo\'n reeks.';
    expect(check('Hoeveel vrouwen haalden in 2023 het zwembrevet?', took)).toEqual({ kind: 'focus', word: 'geslaagden' });
    expect(check('How many women found a job after the swimming lessons?', took)).toEqual({ kind: 'focus', word: 'mensen die werk vonden' });
    // The verb and its object stand apart when the time and a clause come between them, as Dutch word order puts them.
    expect(askedOutcome('Hoeveel vrouwen vonden in 2024 na de lessen een vaste job?')).toBe('mensen die werk vonden');
    // Not across a clause boundary: the work there is not what the counted found.
    expect(askedOutcome('Hoeveel vrouwen vonden de lessen nuttig, en hoeveel hadden al werk?')).toBeNull();
    // "vinden" as judging, or "plaatsvinden": the work is where or what for, not what was found.
    expect(askedOutcome('Hoeveel cursisten vonden de lessen nuttig voor hun werk?')).toBeNull();
    expect(askedOutcome('Hoeveel infosessies vonden in 2024 plaats op het werk?')).toBeNull();
    // Asked of those who took part, or given for the outcome, it answers.
    expect(check('Hoeveel vrouwen volgden in 2023 zo\'n reeks?', took)).toBeNull();
    expect(check('Hoeveel vrouwen haalden in 2023 het zwembrevet?', `${took} 241 van die vrouwen behaalden het zwembrevet.`)).toBeNull();
  });

  it('a count asked of what it came to is not one the passage gives as a target', () => {
    const target = 'De projecten lopen tot 30 juni 2020 en moeten samen minstens 2.400 deelnemers bereiken.';
    expect(check('Hoeveel deelnemers bereikten de projecten effectief?', target)).toMatchObject({ kind: 'unavailable' });
    expect(check('How many participants did the projects actually reach?', target)).toMatchObject({ kind: 'unavailable' });
    // Asked of the target, it answers; so does a count of what came of it.
    expect(check('Hoeveel deelnemers moeten de projecten bereiken?', target)).toBeNull();
    expect(check('Hoeveel deelnemers bereikten de projecten effectief?', `${target} Uiteindelijk bereikten ze 2.613 deelnemers.`)).toBeNull();
    // "moesten" is what had to be done, and was: no target.
    expect(check('Hoeveel mensen werden doorverwezen?', 'De opvang moest in januari gemiddeld negentien mensen per nacht doorverwijzen.')).toBeNull();
  });

  it('a date asked of what happened is not one the passage gives as expected', () => {
    const expected = 'Het terrein in Lindebeke wordt naar verwachting in het najaar van 2026 in gebruik genomen.';
    expect(check('Wanneer werd het terrein in Lindebeke in gebruik genomen?', expected)).toMatchObject({ kind: 'unavailable' });
    expect(check('When did the Lindebeke site open?', expected)).toMatchObject({ kind: 'unavailable' });
    // Asked in the future, the expected date answers; one given as past answers either.
    expect(check('Wanneer wordt het terrein in Lindebeke in gebruik genomen?', expected)).toBeNull();
    expect(check('Wanneer werd het terrein in Lindebeke in gebruik genomen?', 'Het terrein in Lindebeke werd op 14 september 2026 in gebruik genomen.')).toBeNull();
    // What the passage dates of another matter says nothing of the one asked.
    const both = `Het terrein in Kortemere werd op 3 maart 2025 in gebruik genomen. ${expected}`;
    expect(check('Wanneer werd het terrein in Lindebeke in gebruik genomen?', both)).toMatchObject({ kind: 'unavailable' });
  });

  it('a length of time is dated as a figure is', () => {
    const waits = 'Sinds januari 2025 registreert het agentschap de wachttijden per regio. In 2025 was de gemiddelde wachttijd het langst in de regio Orsveld, met 7,9 weken.';
    const recalled = 'De minister antwoordde toen dat nieuwkomers in 2024 gemiddeld 7,3 weken wachtten.';
    expect(check('Hoe lang was de gemiddelde wachttijd in de regio Orsveld in 2024?', waits, '', recalled)).toMatchObject({ kind: 'year-figures', year: '2024' });
    expect(check('Hoe lang was de gemiddelde wachttijd in de regio Orsveld in 2025?', waits, '', recalled)).toBeNull();
  });

  it('a Dutch simple past asks what happened too, and a decision still to take or a date after the question is no past', () => {
    const open = 'Op basis van die evaluatie beslist de Vlaamse Regering in het najaar van 2025 of het project wordt uitgebreid.';
    expect(check('Wanneer besliste de Vlaamse Regering over de uitbreiding van het project?', open)).toMatchObject({ kind: 'unavailable' });
    expect(check('Wanneer beslist de Vlaamse Regering over de uitbreiding van het project?', open)).toBeNull();
    expect(check('Wanneer nam de Vlaamse Regering een besluit over de uitbreiding?', 'Op 21 november 2025 besliste de Vlaamse Regering het project uit te breiden.')).toBeNull();
    // In the present tense, a date some months after the question was asked was still to come when the answer was written.
    const planned = 'Het project wordt in september 2025 geëvalueerd.';
    expect(check('Wanneer werd het project geëvalueerd?', planned, '', '', '2025', '2025-05-14')).toMatchObject({ kind: 'unavailable' });
    expect(check('Wanneer werd het project geëvalueerd?', planned, '', '', '2025', '2025-08-20')).toBeNull();
    // Expecting or planning, in the past, asks the date that was expected.
    expect(check('Tegen wanneer verwachtte de minister de resultaten?', 'De resultaten worden in juni 2026 verwacht.')).toBeNull();
    expect(check('When were the results expected?', 'De resultaten worden in juni 2026 verwacht.')).toBeNull();
    expect(check('Tegen wanneer wilde de minister de wachttijd onder vijf weken krijgen?', 'Mijn doelstelling is dat de wachttijd tegen eind 2026 onder vijf weken zakt.', '', '', '2025', '2025-05-14')).toBeNull();
    // A date the answer gives in the past tense happened, however long after the question (answered months later).
    expect(check('Wanneer werd het project geëvalueerd?', 'Het project werd op 15 september 2025 geëvalueerd.', '', '', '2025', '2025-05-14')).toBeNull();
    // A decision taken is no decision still to take.
    expect(check('Wanneer nam de Vlaamse Regering een besluit over de uitbreiding?', 'Het besluit over de uitbreiding werd op 3 mei 2025 genomen.', 'Wat beslist de Vlaamse Regering?')).toBeNull();
    expect(decisionOpen('Het besluit over de uitbreiding is nog niet genomen.')).toBe(true);
    // A decision still to take about something else leaves a date of what happened standing, when no decision is asked.
    expect(check('Wanneer startte het project?', 'Het project startte op 1 maart 2024; over een verlenging beslist de regering later.')).toBeNull();
    // "wanneer" opening a clause, with an adjective after it, asks nothing of the past; the question's verb decides, not an adjective.
    expect(asksWhatHappened('Wanneer beide ouders werken, hoeveel uur opvang krijgen ze?')).toBe(false);
    expect(asksWhatHappened('Wanneer opende het geplande centrum?')).toBe(true);
    expect(asksWhatHappened('Wanneer startte de minister de verwachte proef?')).toBe(true);
    expect(asksWhatHappened('When did the planned centre open?')).toBe(true);
    expect(asksWhatHappened('When did the minister expect the report?')).toBe(false);
    // A count of what was wanted or planned asks the target, not what it came to.
    expect(asksWhatHappened('How many new schools did the minister want built by 2027?')).toBe(false);
    expect(asksWhatHappened('Hoeveel scholen wilde de minister tegen 2027 bouwen?')).toBe(false);
    expect(asksWhatHappened('How many schools were built by 2027?')).toBe(true);
    expect(asksWhatHappened('How many pupils did the planned school actually reach?')).toBe(true);
    expect(check('How many new schools did the minister want built by 2027?', 'Tegen 2027 wil ik 40 nieuwe scholen laten bouwen.')).toBeNull();
    // The matter dated is the sentence that speaks most of the question, not another dated one that shares a word.
    const housing = 'In 2024 moesten 19 gezinnen maanden wachten. Samen met de minister van Wonen onderzoek ik of gezinnen sneller een sociale woning kunnen krijgen; een beslissing wordt voor de zomer van 2025 verwacht.';
    const asked = 'Wat doet de Vlaamse Regering voor gezinnen zonder woning?';
    expect(check('Wanneer nam de Vlaamse Regering een besluit over het sneller toekennen van sociale woningen aan gezinnen?', housing, asked)).toMatchObject({ kind: 'unavailable' });
  });
});

describe("a place's own figures", () => {
  it('a length of time in a place counts nothing asked, when the count sentences do not name the place', () => {
    const waiting = 'Op 1 januari 2026 stonden 347 gezinnen op een wachtlijst. In de centrumsteden loopt de wachttijd op tot zeven jaar, terwijl er op enkele terreinen in Limburg binnen het jaar een plaats vrijkomt.';
    expect(check('Hoeveel gezinnen staan in Limburg op een wachtlijst?', waiting)).toMatchObject({ kind: 'place-figures', place: 'Limburg' });
    expect(check('Hoeveel gezinnen staan in Limburg op een wachtlijst?', `${waiting} In Limburg stonden 40 gezinnen op een wachtlijst.`)).toBeNull();
  });
});

describe('a gap the passage states', () => {
  it('a figure that cannot be calculated, or results expected at a time named before the verb, are not available', () => {
    expect(saysUnavailable('Hoeveel unieke gezinnen dat zijn, kan nog niet worden berekend.')).toBe(true);
    expect(saysUnavailable('De resultaten worden in november 2026 verwacht.')).toBe(true);
    expect(saysUnavailable('Het terrein telt 18 standplaatsen, berekend op basis van de vergunning.')).toBe(false);
    const waiting = 'Op 1 september 2026 stonden 362 gezinnen op een wachtlijst. Hoeveel unieke gezinnen dat zijn, kan nog niet worden berekend.';
    expect(check('Hoeveel unieke gezinnen staan op de wachtlijsten?', waiting)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoeveel gezinnen staan op de wachtlijsten?', waiting)).toBeNull();
  });

  it('a comparison asks for content, and a clause whose results are still expected does not give it', () => {
    expect(asksForContent('Hoe verhoudt de werkzaamheidsgraad in Vlaanderen zich tot die in Brussel?')).toBe(true);
    expect(asksForContent('How does the employment rate in Flanders compare with Brussels?')).toBe(true);
    const pending = 'De barometer wordt niet in Brussel afgenomen. Het onderzoeksteam bereidt een vergelijking van de werkzaamheidsgraad in de drie gewesten voor; de resultaten worden in november 2026 verwacht.';
    expect(check('Hoe verhoudt de werkzaamheidsgraad in Vlaanderen zich tot die in Brussel?', pending)).toMatchObject({ kind: 'unavailable' });
    expect(check('Hoe verhoudt de werkzaamheidsgraad in Vlaanderen zich tot die in Brussel?', 'De werkzaamheidsgraad ligt in Vlaanderen op 71 procent en in Brussel op 58 procent.')).toBeNull();
  });

  it('a count of a kind of a class is not kept where the answer does not keep which of the class it was', () => {
    const lent = 'In 2024 leende de dienst 930 keer een rolstoel uit. Aan welke scholen de rolstoel werd uitgeleend, wordt niet bijgehouden. Vorig jaar kregen ook de basisscholen een folder.';
    expect(check('Hoe vaak werd een rolstoel uitgeleend aan een basisschool?', lent)).toMatchObject({ kind: 'unavailable' });
    // The class itself is counted by the total.
    expect(check('Hoe vaak werd een rolstoel uitgeleend?', lent)).toBeNull();
    // A passage that counts the kind itself gives it.
    expect(check('Hoe vaak werd een rolstoel uitgeleend aan een basisschool?', `${lent} Zo kregen 41 basisscholen een rolstoel.`)).toBeNull();
    // The clause that keeps which schools is no gap; the one after it is about something else.
    const kept = 'In 2024 leende de dienst 930 keer een rolstoel uit. Aan welke scholen de rolstoel werd uitgeleend, houdt de dienst bij; hoe lang ze hem gebruikten, wordt niet bijgehouden.';
    expect(check('Hoe vaak werd een rolstoel uitgeleend aan een basisschool?', kept)).not.toMatchObject({ kind: 'unavailable' });
    // A passage that restricts all it counts to the kind gives the kind's count in its total.
    const only = 'Het project loopt enkel in het basisonderwijs. In 2024 namen 5.400 leerlingen deel. Van welke scholen ze kwamen, wordt niet geregistreerd.';
    expect(check('Hoeveel leerlingen uit basisscholen namen in 2024 deel?', only)).toBeNull();
    expect(check('Hoeveel leerlingen uit basisscholen namen in 2024 deel?', only.replace('enkel ', ''))).toMatchObject({ kind: 'unavailable' });
  });

  it('a gap that asks the figure of the clause before, by a pronoun, is a gap about that clause', () => {
    const paid = 'Het fonds betaalde in 2023 voor 812 leerlingen de schoolreis. Soms springen ook de scholen zelf bij met eigen middelen; hoeveel dat in 2023 was, weet ik niet.';
    expect(check('Hoeveel geld legden de scholen in 2023 zelf bij voor schoolreizen?', paid)).toMatchObject({ kind: 'unavailable' });
    // Without the pronoun, the gap is about something else, and the clause before stands.
    const other = 'Het fonds betaalde in 2023 voor 812 leerlingen de schoolreis. Soms springen ook de scholen zelf bij met eigen middelen; hoeveel ouders daarvan weten, weet ik niet.';
    expect(check('Hoeveel geld legden de scholen in 2023 zelf bij voor schoolreizen?', other)).toBeNull();
    // Nor is a clause that gives its figure, nor one after which "het" is an article.
    const given = 'Het fonds betaalde in 2023 812 schoolreizen; hoeveel dat in euro was, is niet bekend.';
    expect(check('Hoeveel schoolreizen betaalde het fonds in 2023?', given)).toBeNull();
    const article = 'De scholen springen soms zelf bij met eigen middelen; hoeveel het fonds daarvan terugbetaalt, is niet bekend.';
    expect(check('Hoeveel geld legden de scholen zelf bij voor schoolreizen?', article)).not.toMatchObject({ kind: 'unavailable' });
  });

  it('results still expected of what already runs leave what the passage says of it standing', () => {
    const running = 'Sinds maart 2025 loopt in Elzendaal een proef met een wekelijks inloopspreekuur; de resultaten van die proef worden in november 2025 verwacht.';
    expect(check('Waar loopt de proef met een inloopspreekuur?', running)).toBeNull();
    // A word the gap names is spoken of elsewhere as part of a compound, a short one too ("ronde" in "testronde").
    const round = 'In 2025 volgt een tweede testronde in vijf steden: Ravelmonde, Zoutelare en Veldenaken worden onderzocht. De resultaten van die tweede ronde worden in het voorjaar van 2026 verwacht.';
    expect(check('Welke steden worden in de tweede ronde onderzocht?', round)).toBeNull();
  });

  it('whose duty it is asks whose matter it is: the competence named answers', () => {
    expect(asksAboutCompetence('Wie moet optreden als woonwagenbewoners zonder toestemming een weide innemen?')).toBe(true);
    expect(asksAboutCompetence('Who has to act when a group occupies a field?')).toBe(true);
    expect(asksAboutCompetence('Wie kreeg een subsidie?')).toBe(false);
  });
});

describe('counts, gaps and groups in the words the documents use', () => {
  it('a count written in words answers beside a gap about something still to come', () => {
    const query = 'Hoeveel bibliotheken lenen e-readers uit aan anderstaligen?';
    const passage = 'Twaalf bibliotheken lenen e-readers uit aan anderstaligen. Hoeveel bibliotheken er na de zomer instappen, is nog niet bekend.';
    expect(check(query, passage)).toBeNull();
  });

  it('room for some is no count of those who came: the gap stays the reason', () => {
    const query = 'Hoeveel leerlingen nemen deel aan het zomerleeskamp in Bergmolen?';
    const passage = 'Het zomerleeskamp in Bergmolen heeft plaats voor 1.200 leerlingen. Hoeveel leerlingen zich inschrijven, is nog niet bekend.';
    expect(check(query, passage)).toMatchObject({ kind: 'unavailable' });
  });

  it("a compound's head counted without its modifier, where the document says it does not count the part, counts them all", () => {
    const query = 'Hoeveel huurdersgezinnen ontvingen vorig jaar een isolatiepremie?';
    const passage = 'Vorig jaar ontvingen 8.400 gezinnen een isolatiepremie.';
    const open = 'De premie staat open voor eigenaars en huurders.';
    expect(check(query, passage, '', `${open} Het aantal huurders onder die gezinnen wordt niet bijgehouden.`)).toMatchObject({ kind: 'unavailable' });
    // Without the document's word on it, the figure of the head may be the part asked, as answers often drop the modifier.
    expect(check(query, passage, '', open)).toBeNull();
    // A gap about something else than a count of them does not say so.
    expect(check(query, passage, '', `${open} De huurwetgeving voor huurders en gezinnen is een federale bevoegdheid.`)).toBeNull();
  });

  it('English: adjectives in -ous are no plurals; authorities are named; giving up is dropping out; "now" asks the latest state', () => {
    expect(questionFocus('How many anonymous job applications were received in 2025?')).toBe('applications');
    expect(answerType('Which three provincial authorities signed the charter?')).toBe('name');
    expect(askedOutcome('How many trainees give up halfway through the bricklaying course?')).toBe('afhakers');
    expect(askedOutcome('Hoeveel leerlingen haken af in het eerste jaar?')).toBe('afhakers');
    expect(asksLatestState('Hoeveel musea doen intussen mee?')).toBe(true);
    expect(asksLatestState('How many museums take part so far?')).toBe(true);
    expect(asksLatestState('Hoeveel musea deden in 2024 mee?')).toBe(false);
    // How a plan went asks it too; a count of what was on time does not.
    expect(asksLatestState('Startte de proef zoals gepland?')).toBe(true);
    expect(asksLatestState('Hoeveel facturen werden op tijd betaald?')).toBe(false);
  });
});

describe('lists, lead-ins and parts pointed back to', () => {
  it('a count of part of a group that the passage names only as one item of a list, beside the figure for all, is not given', () => {
    const query = 'Hoeveel huurders vroegen in 2025 hulp bij een lekkend dak?';
    const whole = 'In 2025 vroegen 4.310 huurders hulp bij het huurdersloket.';
    const bullets = 'Ze belden meestal om een van deze redenen:\n- vocht en schimmel;\n- een lekkend dak of kapotte ramen;\n- de afrekening van de kosten.';
    expect(check(query, `${whole} ${bullets}`)).toMatchObject({ kind: 'listed' });
    // Written inline after "vooral", the same.
    const inline = `${whole} Het ging vooral om vocht en schimmel, een lekkend dak en de afrekening van de kosten.`;
    expect(check(query, inline)).toMatchObject({ kind: 'listed' });
    // Or with the preposition of each member repeated.
    const channels = 'Hoeveel klachten kwamen in 2025 binnen via de telefoon?';
    const via = 'Huurders kunnen klagen via de website, via de telefoon of aan het loket. In 2025 kwamen 612 klachten binnen, 40 procent via de website.';
    expect(check(channels, via)).toMatchObject({ kind: 'listed' });
  });

  it('a list does not keep a figure from answering where the figure points back to it, or the word frames the item', () => {
    const query = 'Hoeveel huurders kregen hulp van een wijkteam in de avond?';
    const framed = 'Vlaanderen steunt daarvoor drie vormen van hulp:\n- een wijkteam in de avond;\n- een telefonische lijn;\n- een loket in elk stadhuis.\nIn 2025 kregen 2.140 huurders op die manier hulp.';
    expect(check(query, framed)).toBeNull();
    // A sentence of clauses joined by "en" is no list.
    const clauses = 'In 2025 kregen 2.140 huurders hulp. Het wijkteam werkt in de avond, de lijn is open op zaterdag en het loket sluit om vijf uur.';
    expect(check(query, clauses)?.kind).not.toBe('listed');
  });

  it('a gap about how many of them, after the sentence that counts the group, names that count', () => {
    const query = 'Hoeveel seizoenarbeiders volgen een cursus Nederlands?';
    const passage = 'Van die seizoenarbeiders kwam 61 procent uit Roemenië. Hoeveel van hen een cursus Nederlands volgen, wordt niet bijgehouden.';
    expect(check(query, passage, 'Hoeveel van hen volgen een cursus Nederlands?')).toMatchObject({ kind: 'unavailable' });
  });

  it('a figure for a list of names the question names all of belongs to that list', () => {
    const query = 'Hoeveel leerlingen spraken thuis Pools, Roemeens of Bulgaars?';
    const passage = 'In 2025 spraken 1.870 leerlingen thuis Pools, Roemeens of Bulgaars.';
    expect(check(query, passage)).toBeNull();
    // One name of the list is asked: the figure is the list's, not that name's.
    expect(check('Hoeveel leerlingen spraken thuis Pools?', passage)).toMatchObject({ kind: 'place-figures', shared: true });
  });

  it('completing a course is taking it, not passing it: the answer counts those who took it', () => {
    expect(askedOutcome('How many coaches completed the first-aid course?')).toBeNull();
    expect(askedOutcome('How many coaches passed the first-aid exam?')).toBe('geslaagden');
    expect(check('How many coaches completed the first-aid course?', 'Tot nu toe namen 420 coaches aan die cursus deel.')).toBeNull();
  });

  it("an item's number and a follow-up's number in its title are no figures the question names", () => {
    const query = 'Wanneer start de premie voor gezinnen met vijf kinderen?';
    expect(check(query, 'De premie start op 1 maart 2026.', '5. Wanneer start de premie?', 'Woonpremie (5)')).toMatchObject({ kind: 'figure', value: '5' });
    expect(check(query, '5. De premie start op 1 maart 2026.')).toMatchObject({ kind: 'figure', value: '5' });
    expect(check(query, 'De premie voor gezinnen met vijf kinderen start op 1 maart 2026.')).toBeNull();
  });

  it('a figure asked with its words is given where the passage writes it with them, not beside another matter', () => {
    const query = 'Hoeveel euro krijgt een huishouden met drie schoolgaande kinderen als toelage?';
    expect(check(query, 'Een huishouden met drie schoolgaande kinderen krijgt een toelage van 240 euro per maand.')).toBeNull();
    const elsewhere = 'De toelage bedraagt 180 euro per maand. Een aanvraag wordt binnen drie weken behandeld.';
    expect(check(query, elsewhere)).toMatchObject({ kind: 'figure', value: '3' });
    // The question item that names the figure frames the passage.
    expect(check(query, elsewhere, 'Welke toelage krijgt een huishouden met drie schoolgaande kinderen?')).toBeNull();
    // A figure that counts the names asked is no condition: "Welke twee sporen …" is answered by the two listed.
    expect(check('Uit welke twee sporen bestaat de aanpak?', 'Het eerste spoor richt zich op scholen, het tweede op ouders. Het plan loopt twee jaar.')?.kind).not.toBe('figure');
  });

  it('something expected with its time first is still to come: "dat tegen eind 2027 wordt verwacht"', () => {
    expect(saysUnavailable('De minister wacht op het rapport van de adviesraad, dat tegen eind 2027 wordt verwacht.')).toBe(true);
    expect(saysUnavailable('De adviesraad gaf in maart 2025 een advies, zoals werd verwacht.')).toBe(false);
    const query = 'Wat adviseerde de adviesraad over de wachtlijsten?';
    expect(check(query, 'Ik wacht eerst het advies van de adviesraad over de wachtlijsten af, dat tegen eind 2027 wordt verwacht.')).toMatchObject({ kind: 'unavailable' });
  });

  it('a question word after a lead-in set off by a comma asks for content', () => {
    expect(asksForContent('In the reception classes, how many pupils were older than twelve?')).toBe(true);
    expect(asksForContent('Bij de onthaalklassen in Limburg en Antwerpen, hoeveel leerlingen waren ouder dan twaalf?')).toBe(true);
    // A clause inside a yes/no question is no lead-in: the question asks whether, and a gap may answer it.
    expect(asksForContent('Klopt het dat gezinnen, waar beide ouders werken, minder krijgen?')).toBe(false);
  });
});
