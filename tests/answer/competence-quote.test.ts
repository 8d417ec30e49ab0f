import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { quoteScorer } from '../../src/answer/passage.js';
import { analyseQuery } from '../../src/answer/query.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** A long answer item about a pilot that ends by leaving one matter to another minister. */
const PRISON_PILOT = writtenQuestion({
  number: 3501,
  date: '27 september 2023',
  title: 'Gedetineerden  -  Inburgering na de vrijlating',
  questions: ['1. Wordt er samengewerkt met het agentschap, zodat een gedetineerde na de vrijlating zijn inburgeringstraject kan verderzetten?'],
  answers: [
    '1. Ja. Sinds januari 2023 loopt in twee gevangenissen het proefproject ‘Brugdossier’. Met toestemming van de gedetineerde bezorgt de ' +
      'beleidsmedewerker enkele weken voor de vrijlating een overdrachtsdocument aan het agentschap. Daarin staan de gevolgde modules en de ' +
      'behaalde certificaten. Zo kan een trajectbegeleider na de vrijlating meteen een afspraak maken. In de eerste helft van 2023 werden 64 ' +
      'overdrachtsdocumenten bezorgd. Of een gedetineerde na de vrijlating inburgeringsplichtig is, behoort tot de bevoegdheid van mijn collega, ' +
      'de Vlaamse minister bevoegd voor Inburgering.',
  ],
});

describe('the quote for whose matter something is', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3501.txt'), PRISON_PILOT));

  it('is the sentence that leaves it to another minister', () => {
    const exact = (q: string) => quoteScorer(corpus.index, analyseQuery(q, {}, corpus.index.documents)).prefersMost;
    const referral = 'Of een gedetineerde na de vrijlating inburgeringsplichtig is, behoort tot de bevoegdheid van mijn collega.';
    const pilot = 'Zo kan een trajectbegeleider na de vrijlating meteen een afspraak maken.';
    const competence = exact('Welke minister is bevoegd als een gedetineerde na de vrijlating een afspraak wil maken?');
    expect(competence?.(referral)).toBe(true);
    expect(competence?.(pilot)).toBe(false);
    expect(exact('Hoeveel gedetineerden maakten na de vrijlating een afspraak?')?.(referral) ?? false).toBe(false);
  });

  it('a question for a fact of the same item is quoted by that fact', async () => {
    const r = await answer('Hoeveel overdrachtsdocumenten werden na de vrijlating aan het agentschap bezorgd?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('64');
  });
});

/** An answer that names the competent minister, then refers to "my federal colleague", then goes on about the same matter. */
const ARTISTS = writtenQuestion({
  number: 3503,
  date: '24 juni 2025',
  title: 'Kunsten  -  Kunstenaars met een vluchtverhaal',
  questions: ['1. Kunnen de kunstenaars een kunstwerkattest krijgen?'],
  answers: [
    '1. Het kunstwerkattest en de werkloosheidsuitkering voor kunstwerkers behoren tot de bevoegdheid van de federale minister van Sociale Zaken. ' +
      'Ik verwijs de vraagsteller daarvoor naar mijn federale collega. Het project helpt de kunstenaars met een vluchtverhaal wel bij hun dossier: in 2024 dienden ' +
      '47 kunstenaars met die hulp een aanvraag in voor een kunstwerkattest.',
  ],
});

describe('the quote for which minister is competent', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3503.txt'), ARTISTS));
  it('is the sentence that names the minister, not the one that only refers to a colleague', () => {
    const q = 'Bij welke federale minister moet ik zijn voor het kunstwerkattest van kunstenaars met een vluchtverhaal?';
    const exact = quoteScorer(corpus.index, analyseQuery(q, {}, corpus.index.documents)).prefersFirst;
    expect(exact?.('Het kunstwerkattest behoort tot de bevoegdheid van de federale minister van Sociale Zaken.')).toBe(true);
    expect(exact?.('Dat behoort tot de bevoegdheid van mijn collega, de Vlaamse minister bevoegd voor Inburgering.')).toBe(true);
    expect(exact?.('Ik verwijs de vraagsteller daarvoor naar mijn federale collega.')).toBe(false);
  });
});

/** A long answer item whose last sentence says one count is not kept. */
const ALLOWANCE_HELP = writtenQuestion({
  number: 3502,
  date: '14 maart 2024',
  title: 'Groeipakket  -  Hulp bij de aanvraag van de schooltoeslag',
  questions: ['1. Hoeveel gezinnen werden geholpen door een consulent?'],
  answers: [
    '1. In 2023 hielpen de 14 consulenten van het project ‘Toeslag Dichtbij’ in totaal 1.920 gezinnen bij hun aanvraag van de schooltoeslag. ' +
      'De consulenten werken vanuit het Huis van het Kind in negen gemeenten en houden spreekuur in scholen met een onthaalklas. Ze helpen de ' +
      'gezinnen bij het verzamelen en vertalen van de bewijsstukken van hun inkomen en bij de aanvraag van de andere toeslagen, zoals de ' +
      'toeslag voor kinderopvang. Hoeveel gezinnen uiteindelijk een schooltoeslag ontvingen, wordt niet afzonderlijk geregistreerd.',
  ],
});

describe('the quote for whether something is known', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3502.txt'), ALLOWANCE_HELP));

  it('is the sentence that says it is not kept, however many words the others share', async () => {
    const r = await answer('Is it known how many families got the school allowance thanks to the Toeslag Dichtbij consultants?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('niet afzonderlijk geregistreerd');
  });
});

/** A matter said to be federal in itself, not by naming the minister it belongs to. */
const TAXI_STATUS = writtenQuestion({
  number: 3505,
  date: '11 februari 2026',
  title: 'Taxisector  -  Nieuwkomers als taxichauffeur',
  questions: ['1. Hoe wordt het gebruik van andermans vergunning aangepakt?'],
  answers: [
    '1. In 2025 controleerde de inspectie 171 taxichauffeurs. In 23 gevallen reed de chauffeur met de vergunning van een ander. ' +
      'Of een chauffeur als werknemer of als zelfstandige moet worden beschouwd, wordt bepaald door de federale wetgeving op de arbeidsrelaties. ' +
      'De inspectie bezorgde de dossiers aan de arbeidsauditeur.',
  ],
});

describe('the quote for who decides a matter the answer calls federal', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3505.txt'), TAXI_STATUS));

  it('is the sentence that says federal law settles it', () => {
    const exact = quoteScorer(corpus.index, analyseQuery('Wie beslist of een taxichauffeur als werknemer of als zelfstandige wordt beschouwd?', {}, corpus.index.documents)).prefersMost;
    expect(exact?.('Of een chauffeur als werknemer of als zelfstandige moet worden beschouwd, wordt bepaald door de federale wetgeving op de arbeidsrelaties.')).toBe(true);
    expect(exact?.('Die omzetting is een federale bevoegdheid.')).toBe(true);
    expect(exact?.('In 23 gevallen reed de chauffeur met de vergunning van een ander.')).toBe(false);
    // A federal body named as the one that acts, not as the one whose matter it is.
    expect(exact?.('De federale overheid betaalt de helft van de kosten.')).toBe(false);
  });
});

/** Two items of one answer: one that leaves part of the matter to the federal government, and a sibling that shares more words. */
const RESETTLEMENT = writtenQuestion({
  number: 3506,
  date: '12 maart 2025',
  title: 'Hervestiging  -  Onthaal van hervestigde vluchtelingen in de gemeenten',
  questions: ['1. Hoeveel hervestigde vluchtelingen kwamen in 2024 in een Vlaamse gemeente terecht?', '2. Wat doet de minister aan het tekort aan woningen?'],
  answers: [
    '1. In 2024 kwamen 412 mensen naar 27 Vlaamse gemeenten. De selectie van de vluchtelingen en het aantal plaatsen dat België ' +
      'aanbiedt, zijn een federale bevoegdheid.',
    '2. Samen met de minister van Wonen onderzoek ik hoe hervestigde vluchtelingen in België sneller een woning krijgen. Wie naar Vlaanderen ' +
      'komt, blijft nu vaak maanden in de opvang; een beslissing over een snellere toewijzing valt voor de zomer.',
  ],
});

describe('the item for who decides a matter', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3506.txt'), RESETTLEMENT));

  it('is the one that leaves it to another government, over a sibling that shares more of the question', async () => {
    const r = await answer('Wie beslist welke vluchtelingen België via hervestiging overbrengt en hoeveel het er zijn?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.item).toBe('1');
    expect(r.passages[0]?.quote.text).toContain('federale bevoegdheid');
  });
});

/** A matter left to a federal minister, in words an English question does not share but for "federal". */
const CHOIRS = writtenQuestion({
  number: 3507,
  date: '26 maart 2025',
  title: 'Amateurkunsten  -  Nieuwkomers in koren en fanfares',
  questions: ['1. Welke regels gelden voor het openbaar uitvoeren van muziek?'],
  answers: ['1. De auteursrechten en de billijke vergoeding voor het openbaar uitvoeren van muziek behoren tot de bevoegdheid van de federale minister van Economie.'],
});

describe('"responsible for" in an English question', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '3507.txt'), CHOIRS));

  it('is being competent for a matter ("bevoegdheid"), as well as being answerable for it', async () => {
    const r = await answer('Which federal minister is responsible for copyright and fair remuneration?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]?.quote.text).toContain('federale minister van Economie');
  });
});
