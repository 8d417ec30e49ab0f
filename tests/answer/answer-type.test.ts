import { describe, expect, it } from 'vitest';
import { selectQuote } from '../../src/answer/quote.js';
import { answerType, asksBound, asksExtreme, asksTotal, givesCount, holdsAnswerType, originNamed, statesBound, statesExtreme, statesTotal } from '../../src/answer/answer-type.js';
import { terms } from '../../src/search/analyze.js';
import { countsBefore, questionFocus } from '../../src/answer/counted.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('answerType: the kind of text that answers', () => {
  it.each([
    ['Met welk bedrag gaat het nieuwe plan van start?', 'money'],
    // A name or an adjective between "how much" and the money; a noun between "hoeveel" and "steun" is what is counted.
    ['How much Samen Stad money did municipalities receive in 2022?', 'money'],
    ['Hoeveel Europese middelen gingen naar de projecten?', 'money'],
    ['Hoeveel mensen kregen steun?', 'count'],
    ['Which are the 14 other municipalities where the mediators work?', 'name'],
    // A facility a place has carries a name too, and a count written out may come before it; objectives carry none.
    ['Welke veertien zwembaden gaven in 2023 zwemles voor vrouwen?', 'name'],
    ['Which museums offer tours in plain Dutch?', 'name'],
    ['Welke drie doelstellingen heeft het plan?', null],
    // A wage asked by its noun is a sum; what a report says is its finding.
    ['What salary does a junior developer earn after the course?', 'money'],
    ['What is the starting salary of a bus driver trained by the project?', 'money'],
    ['Wat is het startloon van een buschauffeur?', 'money'],
    // What something costs for each unit is a sum too.
    ['What does one first-aid course cost per participant?', 'money'],
    // What someone pays, without an auxiliary, as Dutch "wat … betaalt" asks.
    ['What is the most the school trip fund pays per pupil?', 'money'],
    ['Wat staat er in het eindrapport over de opleidingen?', 'outcome'],
    ['What does the final report say about drop-out?', 'outcome'],
    // The question proper follows a clause that sets some names apart.
    ['Apart from Haverzele and Molenvoorde, in which municipalities are baby groups held?', 'name'],
    // What may be done makes the kind a class (below), unless a count makes the set definite.
    ['In welke zes scholen kunnen anderstalige jongeren een brugjaar volgen?', 'name'],
    // An adjective in -s and money named as a compound's head ("AMIF-geld", "ESF-middelen"); medicines are counted.
    ['Hoeveel Europees AMIF-geld gaat er naar het project?', 'money'],
    ['Hoeveel ESF-middelen kreeg het project?', 'money'],
    ['Hoeveel inschrijvingsgeld betalen de leerlingen?', 'money'],
    ['Voor hoeveel geneesmiddelen werden fiches gemaakt?', 'count'],
    // What a study teaches or shows is its outcome.
    ['Wat leert het onderzoek over de wachttijden?', 'outcome'],
    ['Wat leren we uit de bevraging van de ouders?', 'outcome'],
    // What has come to light, in the perfect as in the past ("Wat bleek …").
    ['Wat is er gebleken uit de proef met de taalcoaches?', 'outcome'],
    // What people learn is no finding: "leren" is to learn unless a study or its results teach.
    ['Wat leren de brugfiguren tijdens hun opleiding?', null],
    ['What does the evaluation show about drop-out?', 'outcome'],
    // What something yielded, with a clause or a second question after "op"; what came out of it, in English.
    ['Wat leverden de avondlessen op, die de bibliotheek sinds maart organiseert?', 'outcome'],
    ['Wat leverden de huisbezoeken op en wanneer volgt het eindrapport?', 'outcome'],
    ['What has come out of the summer reading scheme?', 'outcome'],
    ['Wat leverde de gemeente op de markt?', null],
    // What became of a plan asks what happened to it, not its findings.
    ['What came of the plan to hire fifty interpreters?', null],
    // Whatever else it asks, a question "according to the survey" asks its finding; a count stays a count.
    ['Hoe tevreden zijn de vrijwilligers volgens de bevraging van het kenniscentrum?', 'outcome'],
    ['How satisfied are the volunteers according to the survey?', 'outcome'],
    ['Hoeveel vrijwilligers waren tevreden volgens de bevraging?', 'count'],
    // What those asked said in a survey is its finding too; what someone said about a survey is not.
    ['What did the employers taking part say in the survey?', 'outcome'],
    ['Wat zeiden de ouders in de bevraging over de wachttijden?', 'outcome'],
    ['What did the minister say about the survey?', null],
    ['What does the agency do for newcomers?', null],
    // "What did X get" asks a sum; what someone asked about getting somewhere does not.
    ['What did the municipalities get in 2023?', 'money'],
    ['What did the MP ask about a way to get to class?', null],
    // "What did X cost?" asks a sum however long X is; "the cost" after "about" is what was said.
    ['What did the campaign urging foreign residents to register as voters cost?', 'money'],
    ['What did they say about the cost?', null],
    // A noun between "hoeveel" and the verb of paying is what is counted; without one the sum is asked.
    ['Hoeveel taallessen betaalde de gemeente voor nieuwkomers?', 'count'],
    ['Hoeveel betaalde de gemeente aan taallessen?', 'money'],
    // What a named party received is a sum; how many received something is a count.
    ['Hoeveel kreeg Oostmolen voor de opvang?', 'money'],
    // What one receives or earns is a sum; what many earn or receive may be counted.
    ['Hoeveel krijgt een vrijwilliger per activiteit?', 'money'],
    ['Hoeveel verdient een stagiair?', 'money'],
    ['Hoeveel deelnemers verdienen meer dan het minimumloon?', 'count'],
    ['Hoeveel gezinnen krijgen een premie?', 'count'],
    ['Hoeveel kregen er een attest?', 'count'],
    // A change in a count is a count, however "how much" is phrased; a change in a sum is a sum.
    ['By how much did the number of sorting coaches grow in 2024?', 'count'],
    // An English noun before the kind ("weekend schools") is part of it; the kind of kind asked is no name.
    ['Which are the biggest weekend schools taking part?', 'name'],
    // English writes apart what Dutch joins: two nouns before the kind; in Dutch the second word may be a verb.
    ['Which four community health centres receive the subsidy?', 'name'],
    ['Voor welke functies hanteren gemeenten een lagere taaleis?', null],
    // Names asked as names, and the others of a counted set, whatever kind they are.
    ['Hoe heten de 55 andere sociale kruideniers van het project?', 'name'],
    ['What are the names of the partner organisations?', 'name'],
    ['Welke zijn de 24 andere wandelroutes van de gidsen?', 'name'],
    ['Wat zijn de andere maatregelen?', null],
    ['Which training centres offer the course?', 'name'],
    ['Which kind of schools take part?', null],
    ['Welke soort scholen doet mee?', null],
    ['Met hoeveel steeg het aantal sorteercoaches in 2024?', 'count'],
    ['How much did the project cost in 2024?', 'money'],
    // The rate of an outcome is a share; the rate of a service, a sum.
    ['What was the pass rate of the language test?', 'share'],
    ['What is the hourly rate for an interpreter?', 'money'],
    ['Wat was het slaagpercentage voor de taaltest?', 'share'],
    // The sign for the word.
    ['hoeveel % had na zes maanden werk?', 'share'],
    ['what % of the duos found work?', 'share'],
    ['Hoe hoog was de bezettingsgraad van de opvang?', 'share'],
    ['Wat kost de campagne in totaal?', 'money'],
    ['Wat is het budget voor 2019?', 'money'],
    ['What is the 2019 budget of the agency?', 'money'],
    ['How much money goes to the project?', 'money'],
    // The height of a sum of money, and a sum named after one or two words.
    ['How high were the administrative fines?', 'money'],
    ['Hoe hoog is de boete voor een inburgeraar?', 'money'],
    ['What are the estimated staff costs of the courses?', 'money'],
    ['What is the budgeted grant for the agency?', 'money'],
    ['What budget did the minister set aside for 2018?', 'money'],
    // A verb of spending or receiving asks for a sum.
    ['What do the adult education centres spend on staff?', 'money'],
    ['How much can a small municipality get from the subsidy?', 'money'],
    ['Welk deel van de meldingen ging over wonen?', 'share'],
    ['Wanneer wordt beslist over de projecten?', 'date'],
    ['Tegen wanneer moet het streefcijfer bereikt zijn?', 'date'],
    // A duration is answered by a length of time or a span ("van 1 juni 2018 tot 31 mei 2020", "achttien maanden").
    ['Hoe lang lopen de geselecteerde projecten?', 'duration'],
    ['How long does the pilot project run?', 'duration'],
    ['Welke organisatie neemt de coördinatie over?', 'name'],
    ['Wie ontwikkelde de campagne?', 'name'],
    ['Hoeveel projecten werden ingediend?', 'count'],
    ['Hoeveel heeft de evaluatie gekost?', 'money'],
    // "Hoeveel" with no counted noun, about a budget, asks for a part of it; with a noun it counts.
    ['Hoeveel ging er van het campagnebudget naar mediaruimte?', 'money'],
    ['Hoeveel subsidie kan een gemeente krijgen?', 'money'],
    ['Hoeveel projecten kregen subsidie?', 'count'],
    ['Welke gemeenten kregen de subsidie?', 'name'],
    ['Welke lokale besturen werden geselecteerd?', 'name'],
    ['Which companies signed the declaration?', 'name'],
    // Every kind of place names its answer: towns, villages, districts as well as cities.
    ['In which towns does the pilot run?', 'name'],
    ['In welke wijken loopt het project?', 'name'],
    // A count or an adjective before the kind, and a compound that ends in it.
    ["Welke vier proefregio's testen de module?", 'name'],
    ['Which 27 initiatives got funding?', 'name'],
    ['Welke andere communicatiebureaus dongen mee?', 'name'],
    ['Which countries do most applicants come from?', 'name'],
    // A request to list what carries a proper name, whatever the clause after it says ("can book"); not a request for its number.
    ['List the 28 municipalities where digicoaches can book an appointment.', 'name'],
    ["Noem de vier proefregio's.", 'name'],
    ['Geef het aantal gemeenten', 'count'],
    ['How many complaints did the reporting points receive?', 'count'],
    ['Hoe vaak werd een vrijstelling toegekend?', 'count'],
    // Keywords without a question word: the word for a kind of value asks for it.
    ['digibrug budget 2023', 'money'],
    ['aantal trajectbegeleiders jongeren 2023', 'count'],
    // Where people come from is a place.
    ['Where do most of the unaccompanied minors come from?', 'name'],
    ['Waar komen de meeste aanvragers vandaan?', 'name'],
    // English strands the preposition.
    ['Which communities do most of the ambassadors come from?', 'name'],
    ['What does the extra reception education for Ukrainian pupils cost in 2023?', 'money'],
    ['Welke bibliotheken doen mee?', 'name'],
    // A language has a proper name (Arabisch, Dari): which languages asks for their names.
    ['In welke talen is de brochure beschikbaar?', 'name'],
    ['Which languages do the coaches speak?', 'name'],
    ['Welke bewakingsfirma kreeg een ingebrekestelling?', 'name'],
    // Results, conclusions, what something yielded or showed.
    ['Wat waren de resultaten van de evaluatie van het proefproject?', 'outcome'],
    ['Welke resultaten boekte het proefproject?', 'outcome'],
    ['Wat heeft het project opgeleverd voor de sportclubs?', 'outcome'],
    // "opleveren" split in the present and past tense; "leverde … af" is delivering, not yielding.
    ['What did the families think, according to the Even Weg survey?', 'outcome'],
    ['Wat leverde de proef met het spreekuur op?', 'outcome'],
    ['Wat levert de samenwerking met de scholen op?', 'outcome'],
    ['Wat leverde het agentschap af in 2024?', null],
    ['What were the key findings of the follow-up report?', 'outcome'],
    ['What did the nightclub door tests find?', 'outcome'],
    // A yes-or-no question about an effect asks for a result.
    ['Did the waiting-room pilot reduce drop-out among people on the waiting list?', 'outcome'],
    ['Heeft de campagne geleid tot meer meldingen?', 'outcome'],
    ['Waarom werd de campagne vroegtijdig stopgezet?', 'reason'],
    ['Why did the number of reports go up?', 'reason'],
    ['Hoeveel aanvragen bleven onbeantwoord en waarom?', 'count'],
    // What one has to pay is a sum; which days, a day of the week or month.
    ['Wat moet je betalen voor een niveaugelijkwaardigheid van je diploma?', 'money'],
    ['op welke dagen krijgen ouders les Nederlands op school?', 'day'],
    ['On which days are the courses given?', 'day'],
    // The number asked by its noun is a count.
    ['Wat was het voorlopige aantal aanmeldingen?', 'count'],
    ['What was the final number of schools taking part?', 'count'],
    ['Wat was in 2024 het aantal aanmeldingen?', 'count'],
    ['Hoe hoog is het aantal aanvragen?', 'count'],
  ])('%s → %s', (query, type) => expect(answerType(query)).toBe(type));

  it.each([
    // Who may or can do something is answered by a class, not by names.
    'Welke gemeenten kunnen de subsidie aanvragen?',
    'Welke gemeenten komen in aanmerking voor de impulssubsidie?',
    'Which organisations can apply?',
    'Hoe hoog is de wachtlijst in Gent?', 'Welke maatregelen plant de minister?', 'Heeft de minister de steden om advies gevraagd?', 'Did the minister ask the cities for advice?', 'Hoe wordt de impact gemeten?', 'Hoe verliep de samenwerking met de lokale besturen?',
    // The number of one thing is no count.
    'What is the number of the decree?', 'What is the phone number of the helpdesk?'])('%s → none', (query) =>
    expect(answerType(query)).toBeNull(),
  );
});

describe('holdsAnswerType', () => {
  it('finds sums, shares, dates, counts and names, and not their look-alikes', () => {
    expect(holdsAnswerType('Het budget voor 2018 wordt vastgelegd op 5,1 miljoen euro.', 'money')).toBe(true);
    // Who did something is an agent, not the place where: a place answers only a question for places.
    const places = 'In 2024 ging het om 2.150 fietsen: 640 in de provincie Antwerpen, 510 in Oost-Vlaanderen en 380 in Limburg.';
    expect(holdsAnswerType(places, 'name', 'Wie herstelt de fietsen?')).toBe(false);
    // A language is named after "in", as a place is: asked which language, "in het Tagalog" names it.
    const session = 'Sinds 2023 wordt een sessie in het Tagalog georganiseerd.';
    expect(holdsAnswerType(session, 'name', 'In welke taal wordt de sessie gegeven?')).toBe(true);
    expect(holdsAnswerType(session, 'name', 'Wie organiseert de sessie?')).toBe(false);
    expect(holdsAnswerType('De cafés werden georganiseerd in het Turks en het Pools.', 'name', 'In welke talen vonden de cafés plaats?')).toBe(true);
    expect(holdsAnswerType(session, 'name', 'Wie organiseert de sessie van Taal aan de Poort?')).toBe(false);
    // Towns are named without an article, bodies with one: "het Agentschap Integratie en Inburgering" is no municipality.
    const referred = 'De meeste vrouwen worden doorverwezen door het Agentschap Integratie en Inburgering.';
    expect(holdsAnswerType(referred, 'name', 'Which municipalities had the most newcomer women?')).toBe(false);
    expect(holdsAnswerType(referred, 'name', 'Welke organisatie verwijst de meeste vrouwen door?')).toBe(true);
    expect(holdsAnswerType('De meeste vrouwen woonden in Lindemeer (388) en Kastelbroek (265).', 'name', 'Which municipalities had the most newcomer women?')).toBe(true);
    expect(holdsAnswerType(places, 'name', 'In welke provincie werden de meeste fietsen verdeeld?')).toBe(true);
    expect(holdsAnswerType('De fietsen worden hersteld door het maatwerkbedrijf Trapkracht in Gent.', 'name', 'Wie herstelt de fietsen?')).toBe(true);
    expect(holdsAnswerType('Het budget wordt in 2018 vastgelegd.', 'money')).toBe(false);
    // A share in words: a ratio or a fraction; a figure with a year is none.
    expect(holdsAnswerType('De projecten melden dat ongeveer een op de vijf nieuwe leden een meisje of vrouw is.', 'share')).toBe(true);
    expect(holdsAnswerType('Twee derde van de deelnemers vond werk.', 'share')).toBe(true);
    expect(holdsAnswerType('One in five members is a woman.', 'share')).toBe(true);
    expect(holdsAnswerType('Er waren er 2 in 2024.', 'share')).toBe(false);
    expect(holdsAnswerType('huisvesting (22 procent)', 'share')).toBe(true);
    expect(holdsAnswerType('De oproep loopt tot 15 maart 2019.', 'date')).toBe(true);
    // "Until when" asks when something ends: a date given as an end, not any date.
    const untilWhen = 'Tot wanneer loopt de subsidie?';
    expect(holdsAnswerType('Ze loopt van 1 september 2021 tot en met 31 augustus 2023.', 'date', untilWhen)).toBe(true);
    expect(holdsAnswerType('De subsidie loopt tot eind 2024.', 'date', 'Until when does the grant run?')).toBe(true);
    expect(holdsAnswerType('Het budget voor 2019 bedraagt 2,1 miljoen euro en loopt op tot 120.000 euro per gemeente.', 'date', untilWhen)).toBe(false);
    expect(holdsAnswerType('Het budget voor 2019 bedraagt 2,1 miljoen euro.', 'date', 'Wanneer werd het budget vastgelegd?')).toBe(true);
    expect(holdsAnswerType('De cursus bestaat uit acht sessies van drie uur.', 'duration')).toBe(true);
    expect(holdsAnswerType('De projecten lopen van 1 juni 2018 tot 31 mei 2020.', 'duration')).toBe(true);
    expect(holdsAnswerType('Hun contract loopt tot 31 augustus 2024.', 'duration')).toBe(true);
    // A weekday, also in a compound, answers "welke dagen"; a year does not.
    expect(holdsAnswerType('De lessen vinden plaats op dinsdag- en donderdagvoormiddag.', 'day')).toBe(true);
    expect(holdsAnswerType('In het schooljaar 2022-2023 wordt het project uitgebreid.', 'day')).toBe(false);
    // A year says when, not how long.
    expect(holdsAnswerType('In 2023 volgden 2.745 nieuwkomers een cursus.', 'duration')).toBe(false);
    expect(holdsAnswerType('Er werden 146 boetes opgelegd.', 'count')).toBe(true);
    expect(holdsAnswerType('Dat gebeurde in 2016.', 'count')).toBe(false);
    expect(holdsAnswerType('vanaf 1 januari 2020 neemt het Agentschap Integratie en Inburgering de coördinatie over', 'name')).toBe(true);
    // A cause or a purpose answers "waarom"; a bare fact does not.
    expect(holdsAnswerType('De stijging is grotendeels toe te schrijven aan twee meldpunten.', 'reason')).toBe(true);
    expect(holdsAnswerType('Twee projecten bleven achter, vooral omdat de samenwerking traag op gang kwam.', 'reason')).toBe(true);
    expect(holdsAnswerType('Er komt een centrale registratie om de plaatsen beter te verdelen.', 'reason')).toBe(true);
    expect(holdsAnswerType('Acht organisaties hebben hun engagement intussen ingetrokken.', 'reason')).toBe(false);
    // "door" after an adverb of how often or how much names a cause; alone it may name an agent.
    expect(holdsAnswerType('Wie stopte, deed dat vooral door gezondheidsklachten.', 'reason')).toBe(true);
    expect(holdsAnswerType('De lessen worden gegeven door vrijwilligers.', 'reason')).toBe(false);
    // A capitalised word that opens a sentence or an item is no name; one that opens a bulleted line is.
    expect(holdsAnswerType('1. a) Gemeenten met minder dan 25.000 inwoners komen in aanmerking. Ook samenwerkingsverbanden kunnen dat.', 'name')).toBe(false);
    expect(holdsAnswerType('Het totale budget bedraagt 2,1 miljoen euro. Per gemeente kan maximaal 50.000 euro worden toegekend.', 'name')).toBe(false);
    expect(holdsAnswerType('Vier besturen werden geselecteerd:\n- Lindeveld;\n- Brakelhoven.', 'name')).toBe(true);
    expect(holdsAnswerType('Het project ‘Stem in de Stad’ liep in twee wijken.', 'name')).toBe(true);
    // A name the question gives is not its answer.
    expect(holdsAnswerType('De testen werden uitgevoerd door de stad Rozemeer.', 'name')).toBe(true);
    expect(holdsAnswerType('De testen werden uitgevoerd door de stad Rozemeer.', 'name', 'Welke clubs in Rozemeer weigerden jongeren?')).toBe(false);
    expect(holdsAnswerType('Het project ‘Samen op Weg’ liep verder.', 'name', 'Which initiatives got funding from Samen op Weg?')).toBe(false);
    // A capitalised word after the indefinite article names a kind, not one of the things asked; a compound's first part names.
    expect(holdsAnswerType('Het project loopt in 18 secundaire scholen met een OKAN.', 'name', 'Welke scholen nemen deel?')).toBe(false);
    expect(holdsAnswerType('Het project loopt in 18 secundaire scholen met het OKAN van Atheneum Noord.', 'name', 'Welke scholen nemen deel?')).toBe(true);
    expect(holdsAnswerType('Elke school krijgt een VDAB-consulent.', 'name', 'Welke organisaties helpen de scholen?')).toBe(true);
    // A finding, a change, or a measured share or proportion is an outcome; a plan or a budget is not.
    expect(holdsAnswerType('Uit de evaluatie blijkt dat de deelnemers sneller werk vinden.', 'outcome')).toBe(true);
    expect(holdsAnswerType('Het aantal leden steeg in één jaar met 31 procent.', 'outcome')).toBe(true);
    expect(holdsAnswerType('In 9 van de 24 zaken werd de eerste groep geweigerd.', 'outcome')).toBe(true);
    expect(holdsAnswerType('- 240.000 euro voor het proefproject, dat in januari 2017 start.', 'outcome')).toBe(false);
    // Results announced are not given: expected, missing, or still to come.
    expect(holdsAnswerType('Het steunpunt evalueert het project; de resultaten worden begin 2025 verwacht.', 'outcome')).toBe(false);
    expect(holdsAnswerType('Over de resultaten zijn nog geen gegevens beschikbaar.', 'outcome')).toBe(false);
    expect(holdsAnswerType('De resultaten worden in juni verwacht. Uit de nulmeting blijkt dat 40 procent van de inwoners het plan kent.', 'outcome')).toBe(true);
    expect(holdsAnswerType('71 procent van de geplande acties is uitgevoerd.', 'outcome')).toBe(true);
    // Capitalised adjectives name no one, nor do adjectives of peoples.
    expect(holdsAnswerType('Een bewakingsfirma nodigde de kandidaat met een Turks klinkende naam niet uit.', 'name')).toBe(false);
    expect(holdsAnswerType('voor 2020 wordt 1,5 miljoen euro aan Vlaamse middelen voorgesteld', 'name')).toBe(false);
  });

  it('a count is no figure the question gives itself, nor a length of time unless time is counted', () => {
    const failed = 'How many newcomers failed to finish the 40 participation hours on time because of their job?';
    expect(givesCount('Inburgeraars die werken, kunnen de 40 uur spreiden over zes maanden.', failed, ['40'])).toBe(false);
    expect(givesCount('In 2024 rondden 9.412 inburgeraars het luik af; 140 haakten af.', failed, ['40'])).toBe(true);
    expect(givesCount('Daarnaast volgen ze acht uur Nederlands per week.', 'Hoeveel uur Nederlands krijgen ze per week?', [])).toBe(true);
    expect(givesCount('Daarnaast volgen ze acht uur Nederlands per week.', 'Hoeveel cursisten volgen Nederlands?', [])).toBe(false);
  });

  it('counts times in words for "how often", and lengths of time for "how many hours"', () => {
    const often = 'Hoe vaak komt er een taalcoach langs?';
    expect(holdsAnswerType('Tijdens de stage komt een taalcoach twee keer per maand langs op de werkvloer.', 'count', often)).toBe(true);
    expect(holdsAnswerType('De taalcoach komt wekelijks langs.', 'count', often)).toBe(true);
    // Asked how many, no frequency counts: "twee keer" is no count of coaches.
    expect(holdsAnswerType('Tijdens de stage komt een taalcoach twee keer per maand langs op de werkvloer.', 'count', 'Hoeveel taalcoaches zijn er?')).toBe(false);
    const hours = 'How many hours of Dutch a week do trainee bus drivers get?';
    expect(holdsAnswerType('Daarnaast volgen ze acht uur Nederlands per week.', 'count', hours)).toBe(true);
    expect(holdsAnswerType('Daarnaast volgen ze acht uur Nederlands per week.', 'count', 'Hoeveel cursisten volgen Nederlands?')).toBe(false);
  });
});

describe('quotes prefer the sentence of the kind asked for', () => {
  const text = [
    'Op basis van de evaluatie wordt het instrument vanaf 1 januari 2018 vervangen door een nieuw plan, met een vereenvoudigde aanvraag via een online formulier voor de ondernemingen die een plan indienen.',
    'Het nieuwe plan heeft een looptijd van achttien maanden in plaats van twee jaar en een verplichte actie rond doorstroming of opleiding voor de werknemers.',
    'De ondernemingen worden daarover in de loop van het najaar met een brief en een reeks infosessies in elke provincie geïnformeerd.',
    'Het budget voor 2018 wordt vastgelegd op 5,1 miljoen euro.',
  ].join(' ');
  const query = 'Met welk bedrag gaat het instrument in 2018 van start?';
  const scorer = { weight: () => 1, queryTerms: [...new Set(terms(query))], queryGrams: new Set<string>() };

  it('when the passage holds the kind of answer asked for, the quote shows it, however many names other sentences repeat', () => {
    const item = [
      "Sinds september 2023 loopt het proefproject 'Taal in de Wijk' in vier sociale woonwijken, met de Huizen van het Nederlands.",
      'Het gaat om de Kouterwijk in Zandemeer en de Molenhof in Haverdonk.',
      'Tot eind december 2023 namen 186 huurders deel.',
      'Tot eind december 2023 namen 186 huurders deel aan de lessen in de wijk.',
      'Het proefproject krijgt een Vlaamse subsidie van 480.000 euro voor twee jaar.',
    ].join(' ');
    const q = "How much funding does the 'Taal in de Wijk' pilot for social tenants receive?";
    const wijk = { weight: (t: string) => (t === 'wijk' || t === terms('taal')[0] ? 10 : 1), queryTerms: [...new Set(terms('taal wijk proefproject sociale huurders'))], queryGrams: new Set<string>() };
    const quote = selectQuote(item, { start: 0, end: item.length }, { ...wijk, prefers: (s) => holdsAnswerType(s, answerType(q)!) });
    expect(item.slice(quote.start, quote.end)).toContain('480.000 euro');
  });

  it('a sentence of the kind asked for answers when it speaks of the question, not one on something else nearby', () => {
    const item = [
      'Sinds het academiejaar 2024-2025 bieden twee hogescholen het traject Opnieuw voor de Klas aan.',
      'Het traject omvat 30 studiepunten en een stage van acht weken in een school.',
      'Elke kandidaat krijgt een mentor in de stageschool, die daarvoor een vergoeding van 600 euro ontvangt.',
      'In het eerste jaar startten 126 kandidaten.',
      'Voor het traject is in 2025 een budget van 850.000 euro voorzien.',
    ].join(' ');
    const q = 'hoeveel geld is er in 2025 voor het traject Opnieuw voor de Klas?';
    const words = { weight: () => 1, queryTerms: [...new Set(terms('geld 2025 traject opnieuw klas budget'))], queryGrams: new Set<string>() };
    const quote = selectQuote(item, { start: 0, end: item.length }, { ...words, prefers: (s) => holdsAnswerType(s, answerType(q)!) });
    // Short, so the sentences before it come along as context; without the rule the quote ends at the mentor's 600 euro.
    expect(item.slice(quote.start, quote.end)).toMatch(/850\.000 euro voorzien\.$/);
  });

  it('a question for an extreme is answered by the sentence that names one', () => {
    const item = [
      'In 2024 legden 3.100 kandidaten de rijproef af in Antwerpen, 2.400 in Gent en 1.500 in Brugge.',
      'Na een mislukte poging kan een kandidaat na twee weken opnieuw deelnemen.',
      'Het slaagpercentage van de kandidaten lag het hoogst in Brugge (71 procent) en het laagst in Antwerpen (58 procent).',
    ].join(' ');
    const q = 'In welke stad slagen het minst kandidaten?';
    expect(asksExtreme(q)).toBe(true);
    const words = { weight: () => 1, queryTerms: [...new Set(terms(q))], queryGrams: new Set<string>(), prefers: (s: string) => holdsAnswerType(s, 'name', q) };
    const extreme = selectQuote(item, { start: 0, end: item.length }, { ...words, favours: statesExtreme });
    expect(item.slice(extreme.start, extreme.end)).toContain('het laagst in Antwerpen');
    const plain = selectQuote(item, { start: 0, end: item.length }, words);
    expect(item.slice(plain.start, plain.end)).not.toContain('het laagst in Antwerpen');
    expect(asksExtreme('In welke stad legden kandidaten de rijproef af?')).toBe(false);
  });

  it('a question for a total is answered by the sentence that states it, not by the parts before it', () => {
    expect(asksTotal('What is the combined 2023 grant for the federations?')).toBe(true);
    expect(asksTotal('Hoeveel kregen de federaties samen?')).toBe(true);
    expect(asksTotal('Hoeveel kreeg Samen Stad?')).toBe(false);
    expect(asksTotal('Met wie werkt de stad samen met de scholen?')).toBe(false);
    expect(statesTotal('Samen ontvingen de organisaties 1,27 miljoen euro.')).toBe(true);
    expect(statesTotal('Samen Stad kreeg 1,2 miljoen euro.')).toBe(false);
    expect(statesTotal('De gemeente werkt samen met de scholen.')).toBe(false);
    const item = [
      'Momenteel zijn vier federaties van verenigingen erkend.',
      'Zij worden gesubsidieerd op basis van een meerjarenovereenkomst die loopt van 1 januari 2021 tot en met 31 december 2025.',
      'Voor 2023 ontvangen zij de volgende subsidiebedragen:',
      '- Federatie Noorderlicht: 612.000 euro;',
      '- Unie van Verenigingen Zuiderzand: 498.000 euro;',
      '- Koepel Westerwind: 455.000 euro;',
      '- Netwerk Oosterweide: 318.000 euro.',
      'In totaal gaat het voor 2023 om 1.883.000 euro.',
    ].join('\n');
    const words = { weight: () => 1, queryTerms: [...new Set(terms('erkende federaties subsidie 2023'))], queryGrams: new Set<string>(), prefers: (s: string) => holdsAnswerType(s, 'money') };
    const quote = (scorer: typeof words & { prefersMost?: (s: string) => boolean }) => {
      const span = selectQuote(item, { start: 0, end: item.length }, scorer);
      return item.slice(span.start, span.end);
    };
    expect(quote({ ...words, prefersMost: (s) => statesTotal(s) && holdsAnswerType(s, 'money') })).toContain('In totaal gaat het voor 2023 om 1.883.000 euro.');
    // Without it, the words of the question pick the opening sentences and the parts.
    expect(quote(words)).not.toContain('In totaal');
  });

  it('a count of what is counted beats any other figure near the question\'s words', () => {
    const item = [
      'Met de projectoproep Jeugdwerk voor Iedereen ondersteun ik 12 soorten jeugdwerkinitiatieven voor kinderen die kort in Vlaanderen wonen.',
      'De oproep liep tot 15 maart 2024.',
      'Er kwamen 112 aanvragen binnen van 9 koepels en lokale jeugddiensten in alle provincies.',
      'De aanvragen werden eerst door de administratie op hun ontvankelijkheid getoetst.',
      'Een onafhankelijke jury selecteerde 47 projecten.',
    ].join(' ');
    const q = 'Hoeveel projecten werden goedgekeurd in de projectoproep Jeugdwerk voor Iedereen?';
    const words = { weight: () => 1, queryTerms: [...new Set(terms('projecten goedgekeurd projectoproep jeugdwerk iedereen'))], queryGrams: new Set<string>() };
    const prefers = (s: string) => holdsAnswerType(s, answerType(q)!);
    const typed = selectQuote(item, { start: 0, end: item.length }, { ...words, prefers, prefersMost: (s) => countsBefore(s, questionFocus(q)!) });
    expect(item.slice(typed.start, typed.end)).toContain('47 projecten');
    // Any figure will do without it: the first sentence has one and more of the question's words.
    const loose = selectQuote(item, { start: 0, end: item.length }, { ...words, prefers });
    expect(item.slice(loose.start, loose.end)).not.toContain('47 projecten');
  });

  it('without the preference the words of the question win; with it, the sum', () => {
    const plain = selectQuote(text, { start: 0, end: text.length }, scorer);
    expect(text.slice(plain.start, plain.end)).not.toContain('5,1 miljoen euro');
    const typed = selectQuote(text, { start: 0, end: text.length }, { ...scorer, prefers: (s) => holdsAnswerType(s, answerType(query)!) });
    expect(text.slice(typed.start, typed.end)).toContain('5,1 miljoen euro');
  });
});

describe('where people come from', () => {
  it('is asked by "waar … vandaan", "where … from", "uit welke landen"; other questions ask no origin', () => {
    expect(originNamed('Waar komen de meeste aanvragers vandaan?')).not.toBeNull();
    expect(originNamed('Where do most applicants come from?')).not.toBeNull();
    expect(originNamed('Which countries do most applicants come from?')?.('De meesten komen uit de Congolese en Eritrese gemeenschap.')).toBe(true);
    expect(originNamed('Which countries do most applicants come from?')?.('De meesten werken bij ‘Proper Thuis’ in Rozendries.')).toBe(false);
    expect(originNamed('Uit welke landen komen de seizoenarbeiders?')).not.toBeNull();
    expect(originNamed('Welke organisaties voeren het programma uit?')).toBeNull();
  });

  it('is answered by a name after "uit" or a list that "uit:" opens, not by any name', () => {
    const names = originNamed('Waar komen de jongeren vandaan?')!;
    expect(names('Ruim de helft ging naar werknemers uit Oekraïne en Moldavië.')).toBe(true);
    expect(names('De jongeren waren voornamelijk afkomstig uit:\n- Afghanistan (52 procent);')).toBe(true);
    expect(names('In 2022 startten 412 jongeren een traject bij het Agentschap Integratie en Inburgering.')).toBe(false);
    expect(names('Uit een bevraging van het Kenniscentrum blijkt dat 35 procent afhaakt.')).toBe(false);
  });

  it('a nationality asked is where people come from, named by a country or by its adjective', () => {
    const names = originNamed('Van welke nationaliteiten zijn de meeste deelnemers?')!;
    expect(names).not.toBeNull();
    expect(originNamed('Which nationality was most common among the participants?')).not.toBeNull();
    expect(names('De grootste groepen cursisten komen uit Syrië, Eritrea, Oekraïne en Iran.')).toBe(true);
    expect(names('De grootste groepen hadden de Syrische, de Afghaanse en de Eritrese nationaliteit.')).toBe(true);
    // A count of nationalities names none of them.
    expect(names('De deelnemers hebben samen 46 nationaliteiten.')).toBe(false);
  });
});

describe('money set aside and what explains a change', () => {
  it('asks a sum with the verbs for setting money aside, split or joined, and not where something else is counted', () => {
    expect(answerType('Hoeveel trekt de werkminister in 2025 uit voor Laadklaar?')).toBe('money');
    expect(answerType('Hoeveel maakt de minister vrij?')).toBe('money');
    expect(answerType('Hoeveel werd er in 2024 uitgetrokken voor het project?')).toBe('money');
    expect(questionFocus('Hoeveel trekken de gemeenten uit?')).toBeNull();
    expect(answerType('Hoeveel cursisten trokken naar huis uit?')).toBe('count');
    expect(answerType('Hoeveel deelnemers maken zich vrij voor de cursus?')).toBe('count');
    expect(answerType('Hoeveel plaatsen werden vrijgemaakt voor Oekraïense kinderen?')).toBe('count');
  });

  it('asks a reason with what explains or causes it, not with what someone declares', () => {
    expect(answerType('Wat verklaart de toename van het aantal klachten bij het integratieagentschap?')).toBe('reason');
    expect(answerType('What caused the drop in participants?')).toBe('reason');
    expect(answerType('Wat is de reden voor de daling?')).toBe('reason');
    expect(answerType('Wat verklaart de minister over de boetes?')).not.toBe('reason');
  });
});

describe('a relative who', () => {
  it('asks no name in a yes-no question', () => {
    expect(answerType('Does someone who finished a civic orientation course in Wallonia have to take it again?')).toBeNull();
    expect(answerType('Who finished the civic orientation course in Wallonia?')).toBe('name');
    expect(answerType('And who pays for the course?')).toBe('name');
  });
});

describe('a wage and a report in other words', () => {
  it('"Wat verdient een …" asks a sum, and "What does the report on X say" its findings', () => {
    expect(answerType('Wat verdient een installateur die via het project werd opgeleid?')).toBe('money');
    expect(answerType('What does the final evaluation report on Stroomopwaarts say?')).toBe('outcome');
    expect(answerType('What does the evaluation say?')).toBe('outcome');
  });
});

describe('the quote of a count in a place', () => {
  const DOC = writtenQuestion({
    number: 2002,
    ministerTitle: 'VLAAMS MINISTER VAN SPORT',
    title: 'Sport  -  Clubs voor nieuwkomers',
    questions: ['1. Hoeveel clubs doen mee aan het programma?'],
    answers: [
      [
        '1. Eind 2024 namen 286 sportclubs deel aan het programma, dat sinds 2022 nieuwkomers met een laag inkomen helpt om lid te worden van een club in hun eigen gemeente of in een buurgemeente.',
        'De begeleiding gebeurt door de sportdiensten van de gemeenten, die elke nieuwkomer persoonlijk opvolgen.',
        'Elke sportdienst stelt daarvoor een vaste contactpersoon aan.',
        'Die contactpersoon kent het aanbod van de verenigingen in de buurt.',
        'De deelnemende clubs liggen in alle provincies: 65 in Oost-Vlaanderen, 52 in West-Vlaanderen en 47 in Limburg.',
      ].join('\n'),
    ],
  });
  const clubs = useIndexedCorpus((dir) => writeFileSync(join(dir, 'clubs.txt'), DOC));

  it('shows the figure the passage gives that place, not the total', async () => {
    const r = await answer('Hoeveel Limburgse clubs doen mee aan het programma?', {}, { index: clubs.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('47 in Limburg');
    const total = await answer('Hoeveel clubs doen mee aan het programma?', {}, { index: clubs.index, embedder: null });
    expect(total.passages[0]?.quote.text).toContain('286 sportclubs');
    expect(total.passages[0]?.quote.text).not.toContain('47 in Limburg');
  });
});

describe('a bound asked', () => {
  it('is a minimum or a maximum, and a sentence states one of the same direction', () => {
    expect(asksBound('Hoeveel acties moet een organisatie minimaal kiezen?')).toBe('min');
    expect(asksBound("What's the most a small town can get from the grant?")).toBe('max');
    // The most of a kind is an extreme, not a bound.
    expect(asksBound('Which towns have the most coaches?')).toBeNull();
    expect(statesBound('Per gemeente kan maximaal 50.000 euro worden toegekend.', 'max')).toBe(true);
    expect(statesBound('Ook samenwerkingsverbanden van minstens drie gemeenten kunnen een aanvraag indienen.', 'max')).toBe(false);
  });

  const GRANT = writtenQuestion({
    number: 2201,
    title: 'Diversiteit  -  Impulssubsidie voor kleine gemeenten',
    questions: ['1. Welke gemeenten komen in aanmerking?', '2. Hoeveel budget is er?'],
    answers: [
      '1. Gemeenten met minder dan 25.000 inwoners komen in aanmerking voor de impulssubsidie. Ook samenwerkingsverbanden van minstens drie van zulke gemeenten kunnen de subsidie aanvragen.',
      '2. Het totale budget voor 2019 bedraagt 2,1 miljoen euro. Per gemeente kan maximaal 50.000 euro worden toegekend.',
    ],
  });
  const grant = useIndexedCorpus((dir) => writeFileSync(join(dir, 'impuls.txt'), GRANT));

  it("is answered by the item that states it, not by a broader one with the question's words", async () => {
    const r = await answer('What is the most a small municipality can get from the impulssubsidie?', {}, { index: grant.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ item: '2' });
    expect(r.passages[0]!.quote.text).toContain('maximaal 50.000 euro');
  });
});

describe('the kind of answer asked, held by one item alone', () => {
  const WELDERS = writtenQuestion({
    number: 2301,
    title: 'Metaalsector  -  Sterk Staal',
    questions: ['1. Hoeveel nieuwkomers startten een opleiding tot lasser?', '2. Hoeveel cursisten behaalden een lascertificaat?', '3. Welk budget is er voorzien?'],
    answers: [
      '1. In 2024 startten 684 nieuwkomers een opleiding tot lasser in het project ‘Sterk Staal’ van de minister van Werk.',
      '2. In 2024 behaalden 441 cursisten van de opleiding tot lasser een lascertificaat.',
      '3. Voor 2025 is voor de opleiding van nieuwkomers een budget van 2,45 miljoen euro voorzien. Voor 2026 en 2027 wordt telkens 2,6 miljoen euro ingeschreven.',
    ],
  });
  const welders = useIndexedCorpus((dir) => writeFileSync(join(dir, 'lassers.txt'), WELDERS));

  it('answers though it covers less than the better matches that lack the year asked and any sum', async () => {
    const r = await answer('Hoeveel trekt de minister van Werk in 2026 uit voor de opleiding van nieuwkomers tot lasser?', {}, { index: welders.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ item: '3' });
    expect(r.passages[0]!.quote.text).toContain('2,6 miljoen euro');
  });
});
