import { beforeAll, describe, expect, it } from 'vitest';
import { dutchEquivalents, dutchSynonyms, expandEnglish, expandQuery, looksEnglish } from '../../src/search/glossary.js';
import { analyzeQuery, buildKeywordIndex } from '../../src/search/keyword.js';
import { KeywordIndex } from '../../src/search/keyword-index.js';
import { grams, terms, tokenize } from '../../src/search/analyze.js';
import { analyseQuery, cleanQuery, queryTerms, searchTerms } from '../../src/answer/query.js';
import { dutchNumberNotation, englishCompounds, joinedAsGlossary } from '../../src/answer/english.js';
import { yearOfQuestion } from '../../src/answer/dating.js';
import { corpusPlaces, mentions, placesIn } from '../../src/answer/named.js';
import { numeralForms } from '../../src/answer/numerals.js';
import { wordsOf } from '../../src/answer/passage-analysis.js';
import { sharesTopic } from '../../src/answer/topic.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { dutchCognates } from '../../src/search/cognates.js';

describe('query cleaning', () => {
  it('finds a named question number, not a year or an item', () => {
    expect(cleanQuery('Wat antwoordde de minister op vraag 1004?').questionNumber).toBe(1004);
    expect(cleanQuery('nr. 455').questionNumber).toBe(455);
    // What the questioner names, sketches or refers to, or what the user calls the introduction.
    expect(cleanQuery('Welke talen noemde Vertijlen in haar vraag?').asksForIntroduction).toBe(true);
    expect(cleanQuery('Naar welke eerdere vraag verwijst ze in haar tweede vraag?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    expect(cleanQuery('Wat staat er in de inleiding over de wachttijden?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    expect(cleanQuery('Wat vroeg Vertijlen over de wachttijden?').asksForIntroduction).toBe(false);
    expect(cleanQuery('Welke talen noemt de minister als knelpunttaal?').asksForIntroduction).toBe(false);
    // The reason or facts the questioner gives in her question are set out in its introduction; "the answer to question …" asks nothing.
    expect(cleanQuery('In her written question, what reason did the MP give for the associations coming under pressure?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    expect(cleanQuery('Welke reden geeft de vraagsteller voor de hogere kosten?').asksForIntroduction).toBe(true);
    expect(cleanQuery('In the answer to question 1020, what was done with anonymous job applications?').asksForQuestion).toBe(false);
    // Someone's question by the possessive; what the questioner holds or recalls, by her account, is her introduction's.
    expect(cleanQuery("What was Tijs Verhaeghe's question about staffing?").asksForQuestion).toBe(true);
    expect(cleanQuery('What was the written question about GP practices that take no new patients?').asksForQuestion).toBe(true);
    expect(cleanQuery('Wat was de vraag over de wachttijden?').asksForQuestion).toBe(true);
    // "Asked to" is a request, as "asked for" is: no question about a written question.
    expect(cleanQuery('Are brothers or sisters ever asked to translate when the diagnosis is discussed?').asksForQuestion).toBe(false);
    expect(cleanQuery('How many parishes asked to be recognised in 2022?').asksForQuestion).toBe(false);
    expect(cleanQuery('What did the MP ask about translating siblings?').asksForQuestion).toBe(true);
    // People asked something by an office, in the passive, are no written question; a minister asked, or "what was asked", is.
    expect(cleanQuery('Since tenants are asked how much they earn, how many pay the full rent?').asksForQuestion).toBe(false);
    expect(cleanQuery('Tenants are asked how much they earn: how many pay the full rent?').asksForQuestion).toBe(false);
    expect(cleanQuery('What was minister Vandaele asked about rent subsidies?').asksForQuestion).toBe(true);
    expect(cleanQuery('What did Vandaele get asked about rent subsidies?').asksForQuestion).toBe(true);
    expect(cleanQuery('What was asked about rent subsidies?').asksForQuestion).toBe(true);
    expect(cleanQuery('What was asked to the minister about siblings who translate?').asksForQuestion).toBe(true);
    expect(cleanQuery('What is the answer to the question about waiting times?').asksForQuestion).toBe(false);
    expect(cleanQuery("What's the minister's answer on funding?").asksForQuestion).toBe(false);
    expect(cleanQuery('Sinds wanneer bestaat de regeling volgens de indiener van de vraag?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    expect(cleanQuery('Which earlier figure did the MP recall in her follow-up question?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    // An English noun before another names a kind of thing: "the introduction evening" is an event, not the text's introduction.
    expect(cleanQuery('What share of learners felt welcome after the introduction evening?').asksForQuestion).toBe(false);
    expect(cleanQuery('How many learners attended an introduction session in 2022?').asksForQuestion).toBe(false);
    expect(cleanQuery('What does the introduction to her question say about waiting lists?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    expect(cleanQuery('Which languages are named in the introduction?')).toMatchObject({ asksForQuestion: true, asksForIntroduction: true });
    expect(cleanQuery('Hoeveel projecten in 2018?').questionNumber).toBeNull();
    expect(cleanQuery('no 5 projects were approved').questionNumber).toBeNull();
  });

  it('writes out chat shorthand for the words that say what is asked', () => {
    expect(cleanQuery('wrm stoppen buddykoppelingen vroegtijdig?').text).toBe('waarom stoppen buddykoppelingen vroegtijdig?');
    expect(cleanQuery('Hvl projecten ivm discriminatie?').text).toBe('hoeveel projecten in verband met discriminatie?');
    expect(cleanQuery('wat is de max boete').text).toBe('wat is de maximaal boete');
    // Only whole words.
    expect(cleanQuery('Wat is de wrmte-isolatie?').text).toBe('Wat is de wrmte-isolatie?');
  });

  it('keeps the number in the search unless it pins a document', () => {
    expect(searchTerms('Hoeveel vragen 2018', false)).toContain('2018');
    expect(searchTerms('Wat zei de minister op vraag 1004 over boetes', true)).not.toMatch(/1004|minister|vraag/);
    // An ordinal of a part of the document says where to look; of anything else it stays a figure.
    expect(searchTerms('Naar welke vraag verwijst zij in haar tweede vraag over de engagementen?', false)).not.toMatch(/tweede/);
    expect(searchTerms('What did the third question ask about fines?', false)).not.toMatch(/third/);
    expect(searchTerms('Hoeveel deelnemers had de tweede Pactdag?', false)).toMatch(/tweede Pactdag/);
  });

  it('leaves out a minister named by portfolio, as it leaves out "minister": whom the question asks, not what about', () => {
    expect(searchTerms('Hoeveel trekt de werkminister in 2025 uit voor Laadklaar?', false)).not.toMatch(/minister/);
    expect(searchTerms('Wat zegt de onderwijsministers over OKAN?', false)).not.toMatch(/minister/);
    // A word that merely contains it stays.
    expect(searchTerms('Hoeveel ministeries doen mee?', false)).toMatch(/ministeries/);
  });

  it('drops verbs of saying, which report the text as asking and answering do', () => {
    expect(searchTerms('Welke talen noemde Vertijlen in haar vraag?', false)).not.toMatch(/noemde/);
    expect(searchTerms('Which languages did the MP mention?', false)).not.toMatch(/mention/);
    expect(searchTerms('Welke talen worden het vaakst gevraagd?', false)).toMatch(/talen/);
  });

  it.each([
    'Wat vroeg de indiener over de rapportering?',
    'Welke deelvragen stelde het parlementslid?',
    // The participle asks when it says what was asked.
    'Werd in de vraag ook gevraagd naar kortingen voor lage inkomens?',
    // Also an indirect question opened by a preposition before its question word.
    'Werd er gevraagd in welke sectoren de meeste klachten binnenkwamen?',
    // The modal and "weten" around the one who asked; English "ask".
    'Wat wilde Kherbache van de minister precies weten over de oproep?',
    'Wat wou de indienster weten over de wachtlijsten?',
    'Wat wil Ines Fictorius weten over het theorie-examen?',
    'What did the MP ask about the integration fee?',
    // "vraagt" with a person as subject, and the question as text.
    'vraag 3005: welk cijfer vraagt ze over inburgeraars die stoppen?',
    'Welke projecten noemt de indienster in haar vraag?',
    // Posing a question.
    'Welke vraag werd er gesteld over een mondeling examen?',
    'Welke vragen stelde Vertijlen over de wachtlijsten?',
    // A compound headed by "vraag" is a question posed or received too.
    'Welke vervolgvraag stelde Lotte Vanderhaegen over de taalcoaches?',
    'Welke opvolgvragen kreeg de minister over de wachtlijsten?',
    // Someone else's wish to know, in English too, and the information they wanted.
    'What did Roel Kladblockx want to know about nationality declarations?',
    'Welke informatie wou het parlementslid krijgen over de doorgangswoningen?',
    // "aan" before whom is asked is a preposition, and "zich afvragen" is wondering.
    'Wat vroeg Kherbache aan de minister over de oproep?',
    'De indiener vroeg zich af hoeveel projecten er waren.',
    // A question received, and the questioner's wish.
    'Welke vraag kreeg minister Vermuyten over het budget voor 2026?',
    'What question did the minister receive about the budget?',
    'Wilde het parlementslid de huisbezoeken laten aansluiten bij de scholen?',
    'Did the MP want the home visits to continue?',
    'Which figures did the MP request about highly skilled migrants?',
    'What figures did the MP ask for?',
  ])('"%s" asks what was asked', (query) => expect(cleanQuery(query).asksForQuestion).toBe(true));

  it.each([
    'Wat vraagt het Integratiepact van de ondertekenaars?',
    // "de meest gevraagde talen" are a fact; "ask for" is a request.
    'Welke talen werden het meest gevraagd?',
    'Wat waren de meest gevraagde talen?',
    'How many interpreters did the municipalities ask for in 2017?',
    // The user's own wish to know is a question for a fact.
    'Ik wil weten hoeveel projecten werden goedgekeurd.',
    'wij willen graag weten wanneer de oproep start',
    'Ik wilde weten wie de campagne maakte.',
    'I want to know how many projects were approved.',
    'Welke informatie wil ik nog krijgen over de oproep?',
    'Welke cijfers zijn er over de wachtlijsten?',
    // A separable verb whose particle closes the clause: "aanvragen" (apply), "opvragen" (request).
    'Hoeveel mensen vroegen in 2024 de erkenning van een buitenlands diploma aan?',
    'Welke gemeenten vroegen de cijfers op?',
    // Most compounds of "vraag" are requests or a demand, received or counted, not a question posed.
    'Hoeveel subsidieaanvragen kreeg het agentschap in 2024?',
    'Hoeveel aanvragen werden er gesteld?',
    'Hoeveel hulpvragen kreeg het CAW in 2023?',
    'Welke informatievragen ontving het agentschap over de premie?',
    // A phrase may follow the particle: "aanvragen bij", "opvragen via".
    'Hoeveel scholen vroegen in 2023 een extra leerkracht aan bij het departement?',
    'Welke gemeenten vroegen de cijfers op via de databank?',
    // The minister's wish and what a body received are answered.
    'Wil de minister de huisbezoeken uitbreiden?',
    'Hoeveel aanvragen kreeg het agentschap in 2024?',
    // What the questioner asked about frames a question for the minister's account.
    'Lotte Voorbeeld asked about bike paths near the lessons. Who is responsible for those, according to the minister?',
    'Wie is volgens de minister bevoegd voor de fietspaden waarnaar Lotte Voorbeeld vroeg?',
  ])('"%s" asks for a fact, not what was asked', (query) => expect(cleanQuery(query).asksForQuestion).toBe(false));

  it('rejects an oversized query before any pattern runs on it', () => {
    expect(cleanQuery('['.repeat(100_000)).problem).toBe('te-lang');
  });
});

describe('Dutch analysis', () => {
  it('stems, folds diacritics, drops stopwords and keeps numbers', () => {
    expect(terms('De projecten werden goedgekeurd')).toEqual(terms('project goedgekeurd'));
    expect(terms('oriëntatie')).toEqual(terms('orientatie'));
    expect(tokenize('2.318 inburgeraars en 9,1 weken')).toEqual(['2318', 'inburgeraars', 'en', '9,1', 'weken']);
  });

  it('reaches compounds through n-grams: "strategie" in "communicatiestrategie"', () => {
    const query = new Set(grams('strategie'));
    const compound = new Set(grams('communicatiestrategie'));
    expect([...query].every((g) => compound.has(g))).toBe(true);
  });

  it('a term like "constructor" is just a word, not an object property', async () => {
    const index = KeywordIndex.of(await buildKeywordIndex([{ text: 'De projecten werden ingediend.', title: 'Titel', context: '' }]));
    expect(index.search(analyzeQuery('constructor hasOwnProperty toString valueOf'))).toEqual([]);
    expect(index.search(analyzeQuery('projecten ingediend'))).toHaveLength(1);
  });
});

describe('diminutives', () => {
  it('stand for their base when the documents use the base and not the diminutive', () => {
    const known = new Set(['kind', 'kinderen', 'opgevangen', 'bal']);
    const q = analyseQuery('hoeveel kindjes werden opgevangen?', {}, [], (w) => known.has(w));
    expect(q.focus).toBe('kind');
    expect(q.queryTerms.find((t) => t.term === terms('kindjes')[0])?.alternatives).toContain(terms('kind')[0]);
    expect(q.keyword.terms).toContain(terms('kind')[0]);
    // The consonant doubled before -etje is single in the base.
    expect(analyseQuery('hoeveel balletjes?', {}, [], (w) => known.has(w)).focus).toBe('bal');
    // A diminutive the documents use is searched as it stands.
    expect(analyseQuery('hoeveel kindjes werden opgevangen?', {}, [], (w) => known.has(w) || w === 'kindjes').focus).toBe('kindjes');
  });
});

describe('participles', () => {
  beforeAll(() => loadLexicon());
  it('meet their infinitive where an auxiliary makes them a verb', () => {
    const afgerond = (q: string) => analyseQuery(q, {}, [], () => true).queryTerms.find((t) => t.term === terms('afgerond')[0]);
    expect(afgerond('Hoeveel ouders hebben hun cursus afgerond?')?.alternatives).toContain(terms('afronden')[0]);
    expect(afgerond('Aantal cursussen afgerond per provincie')?.alternatives).not.toContain(terms('afronden')[0]);
  });
});

describe('what a question asks', () => {
  it('asks whose matter something is, not for content, when it asks which minister is responsible', () => {
    const known = () => true;
    expect(analyseQuery('Welke minister is bevoegd voor de lokale dienstencentra?', {}, [], known).asksForContent).toBe(false);
    expect(analyseQuery('Hoeveel oudere nieuwkomers gebruiken de lokale dienstencentra?', {}, [], known).asksForContent).toBe(true);
  });
});

describe('English questions', () => {
  it('typed as keywords are recognised by their content words, which the glossary renders and Dutch does not know', async () => {
    await loadLexicon();
    expect(looksEnglish('number of volunteer language buddies active in 2024?')).toBe(true);
    expect(looksEnglish('waiting time interpreters Brussels')).toBe(true);
    expect(looksEnglish('budget taalbuddy\'s 2025')).toBe(false);
    expect(looksEnglish('wachttijd tolken Brussel')).toBe(false);
  });

  it('typed as keywords the glossary lacks are recognised by the English wordnet, where Dutch does not know them', async () => {
    await loadLexicon();
    expect(looksEnglish('family reunification orientation course participants Limburg 2020')).toBe(true);
    expect(looksEnglish('gezinshereniging oriëntatiecursus deelnemers Limburg 2020')).toBe(false);
    // Words both languages share ("budget", "project") tell nothing.
    expect(looksEnglish('budget project Limburg 2020')).toBe(false);
  });

  it('with one English function word are recognised when most content words are no Dutch words', async () => {
    await loadLexicon();
    expect(looksEnglish('Which languages lacked enough certified interpreters?')).toBe(true);
    // Dutch words around one English-looking one stay Dutch.
    expect(looksEnglish('tolken in welke talen ontbraken er?')).toBe(false);
    expect(looksEnglish('who tolken Brussel wachttijd?')).toBe(false);
  });

  it('write a noun compound as two words, which Dutch joins when the documents use the joined word', () => {
    const known = new Set(['taalbuddy', 'integratiecursus']);
    const q = analyseQuery('How many language buddies and integration course places are there?', {}, [], (w) => known.has(w));
    const alternatives = (word: string) => q.queryTerms.find((t) => t.term === terms(word)[0])?.alternatives ?? [];
    expect(alternatives('buddies')).toContain(terms('taalbuddy')[0]);
    expect(alternatives('course')).toContain(terms('integratiecursus')[0]);
    expect(q.keyword.terms).toContain(terms('taalbuddy')[0]);
    // Words the documents never join stay apart.
    expect(alternatives('places')).not.toContain(terms('cursusplaatsen')[0]);
  });

  it('find the words answers use for extending a scheme', () => {
    expect(expandEnglish('Will VDAB expand its weekly sessions to every reception centre?')).toMatch(/uitgebreid/);
    expect(expandEnglish(joinedAsGlossary('When was the project rolled out to all offices?'))).toMatch(/uitgerold/);
    // Extending a scheme and a term are two Dutch words, no synonyms of each other.
    expect(dutchSynonyms('uitbreiden')).not.toContain('verlengen');
  });

  it('find the words of the genre for benefits, payments and transport', () => {
    expect(expandEnglish('Can refugees who live on social assistance get the sports voucher?')).toMatch(/leefloon/);
    expect(expandEnglish('Is a reminder sent before the payment deadline?')).toMatch(/herinnering.*betaling/);
    expect(expandEnglish('How much did the city spend on transport to the courses?')).toMatch(/kosten.*vervoer/);
    // Help is wider than the leefloon, and spending no cost of something: their renderings are no synonyms.
    expect(dutchSynonyms('leefloon')).not.toContain('hulp');
    expect(dutchSynonyms('kosten')).not.toContain('uitgeven');
  });

  /** Whether the question's words include the Dutch stem among their renderings. */
  const renders = (q: string, stem: string) => analyseQuery(q, {}, []).queryTerms.some((t) => t.alternatives.includes(stem));

  it('find the words for times of day and week, bans and cutting off, and for a housing company', () => {
    expect(expandEnglish('Do the language cafés meet on Tuesday evenings?')).toMatch(/dinsdag.*avonden/);
    expect(expandEnglish('Is there a ban on phones in class, and did gas disconnections rise?')).toMatch(/verbod.*afsluitingen/);
    expect(expandEnglish('Which housing company builds the flats?')).toMatch(/maatschappij/);
    // A verb and its particle, as one: "cut off" is afsluiten, "give up" afhaken, "turned away" weggestuurd.
    expect(renders('Was the electricity cut off last winter?', 'afsluit')).toBe(true);
    expect(renders('How many volunteers give up after a month?', 'afhak')).toBe(true);
    expect(renders('Were children turned away at the swimming pool?', 'wegstur')).toBe(true);
    expect(renders('Why was her request for a permit turned down?', 'afgewez')).toBe(true);
    // Renderings of one English word are not Dutch synonyms of each other where the English word is wider.
    expect(dutchSynonyms('bedrijf')).not.toContain('maatschappij');
    expect(dutchSynonyms('geweigerd')).not.toContain('weggestuurd');
  });

  it('find the words for tasks, a co-payment, health insurance and its reimbursement', () => {
    expect(renders('Which tasks does the regional team take on?', 'tak')).toBe(true);
    expect(renders('Is there a co-payment for the swimming lessons?', 'bijdrag')).toBe(true);
    expect(renders('Are the lessons paid back by health insurance?', 'ziekteverzeker')).toBe(true);
    expect(renders('Does the reimbursement cover the lessons?', 'terugbetal')).toBe(true);
    // A health insurance fund is not the insurance itself: the renderings are no synonyms of each other.
    expect(dutchSynonyms('ziekenfonds')).not.toContain('ziekteverzekering');
    // Nor are a loan's repayment and a fee, or a co-payment and any contribution.
    expect(dutchSynonyms('terugbetaling')).not.toContain('vergoeding');
    expect(dutchSynonyms('remgeld')).not.toContain('bijdrage');
  });

  it('find the words for a career, a voucher, an eviction and a provisional figure, where the general wordnet gives other senses', () => {
    // The wordnet knows a career only as a calling (roeping) and a voucher as a checker (controleur).
    expect(renders('How many workers asked for career guidance last year?', 'loopban')).toBe(true);
    expect(renders('How much does one voucher cost?', 'cheque')).toBe(true);
    expect(renders('How many evictions were stopped?', 'uithuiszet')).toBe(true);
    // A provisional figure is a "voorlopig cijfer"; the wordnet has no Dutch for it.
    expect(renders('What was the provisional count of pupils last year?', 'voorlop')).toBe(true);
  });

  it('join two words English writes apart for one term: an agency worker is an uitzendkracht, not an agentschap', () => {
    const stems = (q: string) => analyseQuery(q, {}, []).queryTerms.flatMap((t) => [t.term, ...t.alternatives]);
    expect(stems('How many agency workers had a contract for one day only?')).toContain('uitzendkracht');
    expect(stems('How many agency workers had a contract for one day only?')).not.toContain('agentschap');
    // Each pair of neighbours is tried: the term need not be the first two words; a word joined once joins no more.
    expect(stems('Roughly how many temp workers were there?')).toContain('uitzendkracht');
    expect(stems('How many temp agency workers were inspected?')).toContain('uitzendkantor');
    // Words the glossary has no joined term for stay apart, nor are they joined into a longer word of a term's stem.
    expect(stems('Which agency pays the workers?')).toContain('agentschap');
    expect(stems('How long is the work placement?')).not.toContain('werkvloer');
  });

  it('render reporting as the verb melden too, and welfare as welzijn', () => {
    const stems = (q: string) => analyseQuery(q, {}, []).queryTerms.flatMap((t) => [t.term, ...t.alternatives]);
    expect(stems('How can parents report bullying at school?')).toContain('meld');
    expect(stems('How many welfare centres opened in 2025?')).toContain('welzijn');
    // A report is a rapport or a melding: no synonyms of each other, nor of melden, for a Dutch question.
    expect(dutchSynonyms('rapport')).not.toContain('melden');
    expect(dutchSynonyms('melding')).not.toContain('rapport');
    expect(dutchSynonyms('meldingen')).not.toContain('rapporten');
    expect(dutchSynonyms('vooral')).not.toContain('meestal');
  });

  it('read a season or school year written short as the years it spans, not as a figure', () => {
    const q = analyseQuery('How many clubs joined in the 2024-25 season?', {}, []);
    expect(q.years).toEqual(expect.arrayContaining(['2024', '2025']));
    expect(q.figures).not.toContain('25');
    expect(analyseQuery('Hoeveel leerlingen in schooljaar 2023/24?', {}, []).years).toEqual(expect.arrayContaining(['2023', '2024']));
    expect(analyseQuery('How many pupils in 1999-00?', {}, []).years).toEqual(expect.arrayContaining(['1999', '2000']));
    // Two years apart is no span written short.
    expect(analyseQuery('Hoeveel dossiers tussen 2023-26 en nu?', {}, []).years).not.toContain('2026');
  });

  it('are recognised and get Dutch equivalents', () => {
    expect(looksEnglish('Is there a waiting list for civic integration courses?')).toBe(true);
    expect(looksEnglish('Is er een wachtlijst voor de cursussen?')).toBe(false);
    expect(expandEnglish('What is the hourly rate for an interpreter?')).toMatch(/tarief.*tolk|tolk.*tarief/);
  });

  it('leave out English words with no subject of their own, which no Dutch passage could hold', () => {
    const words = queryTerms('How many staff does the agency have after the reform, and is it up to date?').map((t) => t.term);
    expect(words).not.toEqual(expect.arrayContaining(['hav']));
    expect(words.filter((w) => ['hav', 'after', 'up'].includes(w))).toEqual([]);
    expect(words).toContain('staff');
    // In a Dutch question the same letters may be a word: nothing is left out.
    expect(queryTerms('Hoeveel mensen hadden most gemaakt?').map((t) => t.term)).toContain('most');
  });

  it('leave out the word after "how" that asks for a measure: "how long", "hoe vaak"', () => {
    const words = (q: string) => queryTerms(q).map((t) => t.term);
    expect(words('How long does a family stay in a transit home?')).not.toContain('long');
    expect(words('Hoe vaak werd een tolk ingezet?')).not.toContain('vak');
    expect(words('Hoe vaak werd een tolk ingezet?')).toContain('tolk');
    // Elsewhere the word says what the question is about.
    expect(words('Is there a long waiting list?')).toContain('long');
  });

  it('give Dutch synonyms through their shared English rendering', () => {
    expect(dutchSynonyms('ondernemingen')).toContain('bedrijven');
    // Money in policy texts: "extra geld" is "bijkomend budget".
    expect(dutchSynonyms('geld')).toEqual(expect.arrayContaining(['middelen', 'budget']));
    expect(dutchSynonyms('extra')).toContain('bijkomend');
    expect(dutchSynonyms('vakopleiding')).toContain('beroepsopleiding');
    expect(dutchSynonyms('aanvaarde')).toContain('goedgekeurde');
    expect(dutchSynonyms('wachtlijst')).not.toContain('budget');
    // Exemptions are "vrijstellingen", as one exemption is a "vrijstelling"; mental health problems are "psychische" ones.
    expect(dutchEquivalents('exemptions')).toContain('vrijstellingen');
    expect(dutchEquivalents('mental')).toContain('psychische');
    // A people's adjective finds its country too: "Belgian-born" workers are "in België geboren".
    for (const [adjective, country] of [['belgian', 'belgië'], ['iraqi', 'irak'], ['somali', 'somalië'], ['syrian', 'syrië']]) expect(dutchEquivalents(adjective!)).toContain(country);
    // Governments are "regeringen" as often as "overheden".
    expect(dutchSynonyms('regeringen')).toContain('overheden');
    // Dutch synonyms English has no one word for.
    expect(dutchSynonyms('gemeenten')).toContain('besturen');
    // The law's own words for asylum seekers: "verzoekers om internationale bescherming".
    expect(dutchSynonyms('asielzoekers')).toContain('verzoekers');
    // An English word wider than any Dutch one translates to each, but they are no synonyms of one another:
    // students are "leerlingen" at school and "cursisten" in adult education.
    expect(dutchEquivalents('students')).toEqual(expect.arrayContaining(['leerlingen', 'studenten', 'cursisten']));
    expect(dutchSynonyms('leerlingen')).not.toContain('cursisten');
    expect(dutchSynonyms('cursisten')).not.toContain('studenten');
    // So are learners: "cursisten" of a course, "leerlingen" of a school.
    expect(dutchEquivalents('learners')).toEqual(['cursisten', 'leerlingen']);
    expect(dutchSynonyms('cursist')).not.toContain('leerling');
    expect(dutchEquivalents('conversations')).toContain('gesprekken');
    // Teachers are "leraren" as often as "leerkrachten", and "lesgevers" in adult education; the three are synonyms.
    expect(dutchEquivalents('teachers')).toEqual(expect.arrayContaining(['leerkrachten', 'leraren', 'lesgevers']));
    expect(dutchSynonyms('lesgevers')).toContain('leraren');
    // A training or contract ended early is "stopgezet" or "afgebroken".
    expect(dutchEquivalents('discontinued')).toEqual(['stopgezet', 'afgebroken']);
    expect(dutchSynonyms('afgebroken')).toContain('stopgezet');
    // A rent allowance is a "huurpremie" or "huurtoelage"; an allowance is wider than each rendering, so they are no
    // synonyms of one another. "Allowed" is another word (toegestaan), not the allowance's family.
    expect(dutchEquivalents('allowance')).toEqual(expect.arrayContaining(['toelage', 'premie']));
    expect(dutchSynonyms('premie')).not.toContain('vergoeding');
    expect(dutchEquivalents('allowed')).not.toContain('vergoeding');
    // Children at school are its pupils, one way only: children in childcare are no pupils.
    expect(dutchSynonyms('kinderen')).toContain('leerlingen');
    expect(dutchSynonyms('leerlingen')).not.toContain('kinderen');
    // Leave is "verlof" ("training leave", opleidingsverlof) as well as leaving ("verlaten"), not leaving alone.
    expect(dutchEquivalents('leave')).toEqual(['verlof', 'verlaten']);
    expect(dutchEquivalents('leaving')).toEqual(['verlaten']);
    // Leave is wider than each rendering: leaving is no leave of absence.
    expect(dutchSynonyms('verlaten')).not.toContain('verlof');
    // A lease is a "huurcontract"; arrears are "achterstal" in Flemish too ("huurachterstal").
    expect(dutchEquivalents('leases')).toEqual(expect.arrayContaining(['huurcontracten', 'huurovereenkomsten']));
    expect(dutchEquivalents('arrears')).toContain('achterstal');
    // Nationals are a country's citizens ("EU-onderdanen", "EU-burgers"), not its nationality.
    expect(dutchEquivalents('nationals')).toEqual(expect.arrayContaining(['onderdanen', 'burgers']));
    expect(dutchEquivalents('nationals')).not.toContain('nationaliteit');
    expect(dutchSynonyms('onderdanen')).toContain('burgers');
  });

  it('find word forms the glossary does not list by their English stem', () => {
    expect(dutchEquivalents('discriminating')).toContain('discriminatie');
    expect(dutchEquivalents('evaluating')).toEqual(expect.arrayContaining(['evaluatie', 'geëvalueerd']));
    expect(dutchEquivalents('signing')).toContain('ondertekend');
    expect(dutchEquivalents('xylophones')).toEqual([]);
    // The stemmer cuts "communities" and "communication" to one stem; they are not one word family.
    expect(dutchEquivalents('communities')).not.toContain('communicatie');
    expect(dutchEquivalents('classes')).toContain('lessen');
    expect(dutchEquivalents('participating')).toContain('deelnemers');
  });

  it("find the Dutch passage through the genre's vocabulary (grounds, durations, means), not only the dossier's own terms", async () => {
    const passages = [
      'Van de meldingen ging 18 procent over handicap en 11 procent over geloof.',
      'Van de meldingen ging 41 procent over afkomst.',
      'De projecten lopen van 1 juni 2018 tot en met 31 mei 2020.',
      'Er werd 210.000 euro besteed aan de aankoop van mediaruimte.',
    ].map((text) => ({ text, title: 'Titel', context: '' }));
    const index = KeywordIndex.of(await buildKeywordIndex(passages));
    const top = (q: string) => index.search(analyzeQuery(expandQuery(q)))[0]?.index;
    expect(top('What share of the reports concerned disability?')).toBe(0);
    expect(top('How many reports were about ethnic origin?')).toBe(1);
    expect(top('Until when do the projects run?')).toBe(2);
    expect(top('How much was spent on media space?')).toBe(3);
    expect(expandQuery('Do the volunteer buddies get an expense allowance?')).toMatch(/onkostenvergoeding/);
    expect(expandQuery('Why did not every school offer childcare to parents?')).toMatch(/kinderopvang.*ouders|ouders.*kinderopvang/);
  });
});

describe('typing errors', () => {
  beforeAll(() => loadLexicon());

  it('a mistyped question word is read as the word it stands for, a Dutch word is left alone', () => {
    expect(cleanQuery('hoevel nieuwkomers deden in 2024 mee').text).toBe('hoeveel nieuwkomers deden in 2024 mee');
    expect(cleanQuery('Wnaneer start de oproep?').text).toBe('Wanneer start de oproep?');
    // "wanner" is a Dutch word (paler): not a typing error.
    expect(cleanQuery('wanner').text).toBe('wanner');
    expect(cleanQuery('Hoeveel mensen bleven wakker?').text).toBe('Hoeveel mensen bleven wakker?');
  });
  // Every word is unknown to these imaginary documents; the nearest indexed term is always "tolkopdracht".
  const analyse = (q: string) => analyseQuery(q, {}, [], () => false, () => 'tolkopdracht');

  it('a word that neither the documents nor the lexicon know is read as the indexed term one edit away', () => {
    const q = analyse('hoeveel tolkopdrachen gebeurden er telefonisch?');
    expect(q.keyword.terms).toContain('tolkopdracht');
    expect(q.focus).toBe('tolkopdracht');
    expect(q.queryTerms.find((t) => t.term.startsWith('tolkopdrach'))!.alternatives).toContain('tolkopdracht');
  });

  it('a misspelt word whose stem is far from the right one is read as the Dutch word one edit away that the documents use', () => {
    // "examne" stems to "examn", "examen" to "exam": stems one edit apart are not enough.
    const usesExamen = (w: string) => ['examen', 'leefloon'].includes(w.toLowerCase());
    const q = analyseQuery('Wat kost het examne voor iemand met een leefloon?', {}, [], usesExamen, () => null);
    expect(q.keyword.terms).toContain('exam');
    // Two such words ("wonning": woning, winning), and the question is left as it is.
    const usesBoth = (w: string) => ['woning', 'winning'].includes(w.toLowerCase());
    expect(analyseQuery('Wat kost een wonning?', {}, [], usesBoth, () => null).keyword.terms).not.toContain('woning');
    expect(analyseQuery('Wat kost een wonning?', {}, [], (w) => w.toLowerCase() === 'woning', () => null).keyword.terms).toContain('woning');
  });

  it('a Dutch word, an English word the glossary translates, a short word or a number is no typing error', () => {
    for (const query of ['hoeveel gevangenissen zijn er?', 'how many interpreters were there?', 'hoeveel talen?', 'nummer 123456']) {
      expect(analyse(query).keyword.terms).not.toContain('tolkopdracht');
    }
  });

  it('in an English question, a word the English wordnet knows is English, not a Dutch word misspelt', () => {
    // "welder" is one edit from "melder", a Dutch word these documents use; the wordnet gives lasser.
    const usesMelder = (w: string) => w.toLowerCase() === 'melder';
    expect(analyseQuery('How many newcomers were trained as a welder in 2025?', {}, [], usesMelder, () => null).keyword.terms).not.toContain('melder');
    // A Dutch question has no English words: "welder" there is a Dutch word misspelt.
    expect(analyseQuery('Hoeveel nieuwkomers werden welder in 2025?', {}, [], usesMelder, () => null).keyword.terms).toContain('melder');
  });

  it('in an English question, a form of an English word with another part of speech\'s ending is English too', () => {
    // The wordnets know "hand" only as a noun, so "handed" has no rendering; it is still no misspelt "handel".
    const nearest = (t: string) => (t === 'handed' ? 'handel' : null);
    expect(analyseQuery('How many loans were handed out in 2025?', {}, [], () => false, nearest).keyword.terms).not.toContain('handel');
    expect(analyseQuery('Hoeveel leningen werden handed in 2025?', {}, [], () => false, nearest).keyword.terms).toContain('handel');
  });
});

describe('asking in the present tense', () => {
  const documents = [
    { questioner: 'Amina Borduurs', minister: { name: 'Nora Verfkwast' }, text: '' },
    { questioner: 'Jef Grendelinckx', minister: { name: 'Katrien Stroombergs' }, text: '' },
  ] as never[];
  const asks = (q: string) => analyseQuery(q, {}, documents).clean.asksForQuestion;

  it('"vraagt" with a questioner of the corpus named asks what was asked', () => {
    expect(asks('Wat vraagt Amina Borduurs precies over de consultatiebureaus?')).toBe(true);
    expect(asks('Wat vraagt Grendelinckx over de lessen in de gevangenis?')).toBe(true);
  });

  it('without a named questioner, or with a minister, "vraagt" asks for a fact', () => {
    expect(asks('Wat vraagt het Integratiepact van de ondertekenaars?')).toBe(false);
    expect(asks('Wat vraagt minister Stroombergs van de gevangenissen?')).toBe(false);
    // Answering or a separable verb ("vraagt … aan": applies for) is no asking.
    expect(asks('Wat antwoordt de minister op wat Borduurs vraagt?')).toBe(false);
    expect(asks('Hoeveel gezinnen vragen bij Borduurs een premie aan?')).toBe(false);
  });
});

describe('places the documents name', () => {
  const documents = [{ questioner: null, minister: { name: null }, text: 'De stijging komt van de meldpunten in Lindeveld en Brakelhoven. Het project ‘Taal in de Wijk’ loopt in Ravelmonde.' }] as never[];

  it('the documents use a name as a place after "in": a question that names it otherwise restricts to it all the same', () => {
    expect(corpusPlaces(documents)).toEqual(new Set(['lindeveld', 'brakelhoven', 'ravelmonde']));
    expect(analyseQuery('Hoeveel meldingen kreeg het meldpunt van Lindeveld?', {}, documents).places).toEqual(['Lindeveld']);
    expect(analyseQuery('How many reports did the Lindeveld reporting point receive?', {}, documents, (w) => w.toLowerCase() === 'lindeveld').places).toEqual(['Lindeveld']);
    // A name the documents never use as a place stays a name, not a restriction.
    expect(analyseQuery('Hoeveel meldingen kreeg het meldpunt van Kasterveld?', {}, documents).places).toEqual([]);
    // A place inside a quoted title is part of a name: the module ‘Welkom in Ravelmonde’ is no restriction to Ravelmonde.
    expect(analyseQuery('Hoeveel cursisten volgden de module ‘Welkom in Ravelmonde’?', {}, documents).places).toEqual([]);
    expect(analyseQuery('Hoeveel cursisten volgden de module in Ravelmonde?', {}, documents).places).toEqual(['Ravelmonde']);
  });

  it('"adults" are volwassenen, and a course\'s cursisten its deelnemers', () => {
    expect(dutchEquivalents('adults')).toEqual(expect.arrayContaining(['volwassenen', 'volwassen']));
    expect(dutchSynonyms('cursisten')).toContain('deelnemers');
    // "adult" is also the adult of "adult education": its renderings are no synonyms of each other.
    expect(dutchSynonyms('volwassen')).not.toContain('volwassenenonderwijs');
  });

  it('an English province name of two words is one Dutch name, in keywords too ("West Flanders")', () => {
    const provinces = [{ questioner: null, minister: { name: null }, text: 'Er startten 92 nieuwkomers in West-Vlaanderen en 117 in Oost-Vlaanderen.' }] as never[];
    expect(analyseQuery('Zorgstart starters West Flanders 2023', {}, provinces).entities).toContain('West-Vlaanderen');
    expect(analyseQuery('How many newcomers started in East Flanders?', {}, provinces).places).toEqual(['Oost-Vlaanderen']);
    // A place the documents never name restricts all the same.
    expect(analyseQuery('How many pupils started in West Flanders?', {}, []).places).toEqual(['West-Vlaanderen']);
  });

  it('the Dutch adjective of a two-part province names it: "een West-Vlaams pleeggezin" is in West-Vlaanderen', () => {
    const provinces = [{ questioner: null, minister: { name: null }, text: 'Er verbleven 184 kinderen in West-Vlaanderen en 212 in Oost-Vlaanderen.' }] as never[];
    expect(analyseQuery('Hoeveel kinderen verbleven in een West-Vlaams pleeggezin?', {}, provinces).places).toContain('West-vlaanderen');
    expect(mentions(wordsOf('West-Vlaanderen 184 40'), 'West-Vlaamse')).toBe(true);
    expect(mentions(wordsOf('Oost-Vlaanderen 212 51'), 'West-Vlaamse')).toBe(false);
    // And what a "which" question asks for is the noun after it.
    expect(analyseQuery('Welke West-Vlaamse gemeenten hebben een perceel?', {}, provinces)).toMatchObject({ kind: 'gemeenten', answerType: 'name' });
  });

  it('a place inside a quoted title is part of the name', () => {
    expect(placesIn("How much funding does the 'Taal in de Wijk' pilot receive?", true, () => true)).toEqual([]);
    expect(placesIn('Hoeveel kost het project ‘Taal in de Wijk’?', false)).toEqual([]);
    expect(placesIn("Hoeveel proefregio's liggen in Limburg?", false)).toEqual(['Limburg']);
  });

  it('the first word of a longer name is no place: "in Samen Sportief" names a programme', () => {
    expect(placesIn('Hoeveel clubs doen mee in Samen Sportief?', false)).toEqual([]);
    expect(placesIn('How many sports clubs are taking part in Samen Sportief?', true, () => true)).toEqual([]);
    expect(corpusPlaces([{ text: 'Het project loopt in Samen Sportief en in Lindeveld.' }] as never[])).toEqual(new Set(['lindeveld']));
  });

  it('a place adjective restricts to its place ("Limburgse clubs", "Antwerpse scholen")', () => {
    const provinces = [{ questioner: null, minister: { name: null }, text: 'Er doen 47 clubs mee in Limburg en 82 in Antwerpen.' }] as never[];
    expect(analyseQuery('Hoeveel Limburgse clubs doen mee?', {}, provinces).places).toEqual(['Limburg']);
    expect(analyseQuery('Hoeveel Antwerpse clubs doen mee?', {}, provinces).places).toEqual(['Antwerpen']);
    // A place the gazetteer knows restricts as well, though the documents never name it; an adjective of no known
    // place does not ("Zilverse" is nothing the gazetteer or the documents know).
    expect(analyseQuery('Hoeveel Gentse clubs doen mee?', {}, provinces).places).toEqual(['Gent']);
    expect(analyseQuery('Hoeveel kinderen woonden in een Brussels pleeggezin?', {}, provinces).places).toEqual(['Brussel']);
    expect(analyseQuery('Hoeveel Zilverse clubs doen mee?', {}, provinces).places).toEqual([]);
  });

  it('a people\'s adjective restricts to its country, by the glossary\'s forms ("Oekraïense leerlingen": Oekraïne)', () => {
    const countries = [{ questioner: null, minister: { name: null }, text: 'Er kwamen 412 leerlingen uit Oekraïne en 96 uit Syrië.' }] as never[];
    expect(analyseQuery('Hoeveel Oekraïense leerlingen zijn ingeschreven?', {}, countries).places).toEqual(['Oekraine']);
    expect(analyseQuery('How many Ukrainian pupils were enrolled?', {}, countries).places).toEqual(['Oekraine']);
  });
});

describe('English words written with or without a hyphen', () => {
  it('"non-profit" is the glossary\'s "nonprofit"; other hyphenated words stay as written', () => {
    const q = analyseQuery('Which non-profit runs the matching scheme?', {}, []);
    expect(q.queryTerms.find((t) => t.term === 'nonprofit')?.alternatives).toContain('vzw');
    expect(analyseQuery('Which long-term plan did the minister announce?', {}, []).searchText).toContain('long-term');
    // Working time, in the words of Flemish employment texts.
    const hours = analyseQuery('Are the jobs mostly part-time or full-time?', {}, []).queryTerms.flatMap((t) => t.alternatives);
    expect(hours).toEqual(expect.arrayContaining(['deeltijd', 'voltijd']));
  });

  it('a verb and its particle are the noun the glossary has for the act ("dropped out" is a dropout, afhaken)', () => {
    for (const q of ['Why did people drop out of the training?', 'How many trainees dropped out?', 'Which group of newcomers drops out most often?']) {
      expect(analyseQuery(q, {}, []).queryTerms.flatMap((t) => t.alternatives)).toContain(terms('afhaken')[0]);
    }
    // A verb whose joined form the glossary lacks stays as written.
    expect(analyseQuery('Who carried out the evaluation?', {}, []).searchText).toContain('carried out');
  });
});

describe('English number notation', () => {
  it('reads a decimal point and a thousands comma as the documents write them', () => {
    expect(dutchNumberNotation('How much of the 3.2 million euro plan was spent?')).toBe('How much of the 3,2 million euro plan was spent?');
    expect(dutchNumberNotation('Did 2,318 people wait?')).toBe('Did 2.318 people wait?');
    // A Dutch figure, a year and a level code stay as they are.
    expect(dutchNumberNotation('Were 2.318 people waiting in 2024 for level A2.1?')).toBe('Were 2.318 people waiting in 2024 for level A2.1?');
    expect(analyseQuery('How much of the 3.2 million euro plan was spent?', {}, []).figures).toEqual(['3,2']);
  });
});

describe('people the question names', () => {
  it('of a full name, the part fewest documents share filters: "Wouter Figurant" is not every Wouter', () => {
    const doc = (questioner: string) => ({ questioner, minister: { name: 'Margot Verzinselen' }, text: 'Hoeveel workshops werden gegeven?' });
    const documents = [doc('Wouter Figurant'), doc('Wouter Vermommels'), doc('Ine Dummelinck')] as never[];
    expect(analyseQuery('Wat vroeg Wouter Figurant over de workshops?', {}, documents).filters.questioner).toBe('figurant');
    expect(analyseQuery('Wat vroeg Ine Dummelinck over de workshops?', {}, documents).filters.questioner).toBe('dummelinck');
  });
});

describe('Dutch cognates of English words', () => {
  beforeAll(async () => {
    await loadLexicon();
  });

  it('follow the regular spelling correspondences, and only to words the Dutch lexicon knows', () => {
    expect(dutchCognates('federations')).toEqual(['federaties']);
    // An adjective with its inflected form, which the stemmer does not always bring back ("financiële").
    expect(dutchCognates('intercultural')).toEqual(['intercultureel', 'interculturele']);
    expect(dutchCognates('administrative')).toEqual(['administratief', 'administratieve']);
    expect(dutchCognates('financial')).toEqual(['financieel', 'financiële']);
    expect(dutchCognates('special')).toEqual(['speciaal', 'speciale']);
    expect(dutchCognates('ambassador')).toEqual(['ambassadeur']);
    expect(dutchCognates('university')).toEqual(['universiteit']);
    expect(dutchCognates('registered')).toEqual(['geregistreerd']);
    expect(dutchCognates('evaluated')).toEqual(['geëvalueerd']);
    expect(dutchCognates('practical')).toContain('praktisch');
    expect(dutchCognates('therapy')).toEqual(['therapie']);
    expect(dutchCognates('industries')).toEqual(['industrieën']);
    expect(dutchCognates('democracy')).toEqual(['democratie']);
    // Latin -itia: "justice" → justitie, "police" → politie; "service" makes no Dutch word of it.
    expect(dutchCognates('justice')).toEqual(['justitie']);
    expect(dutchCognates('police')).toEqual(['politie']);
    expect(dutchCognates('service')).toEqual([]);
    // A false friend: a notice is no notitie (a note).
    expect(dutchCognates('notice')).toEqual([]);
    // French endings: "unique" → uniek.
    expect(dutchCognates('unique')).toEqual(['uniek', 'unieke']);
    expect(dutchCognates('techniques')).toEqual(['technieken']);
    // The action noun of a Latinate verb; "funding" is no fundering (a foundation).
    expect(dutchCognates('sorting')).toEqual(['sortering']);
    expect(dutchCognates('financing')).toEqual(['financiering']);
    expect(dutchCognates('funding')).toEqual([]);
    // No Dutch word comes of these; false friends are left alone.
    expect(dutchCognates('membership')).toEqual([]);
    expect(dutchCognates('actual')).toEqual([]);
  });

  it('a cognate the passages use is looked for; one they do not use leaves the word foreign', () => {
    const used = new Set(['federatie', 'federaties']);
    const query = analyseQuery('Which federation received the largest temporary protection grant?', {}, [], (w) => used.has(w));
    const term = (t: string) => query.queryTerms.find((q) => q.term.startsWith(t))!;
    expect(term('federation')).toMatchObject({ foreign: false, alternatives: expect.arrayContaining(['federatie']) });
    // "protectie" is Dutch, but these passages say "bescherming".
    expect(term('protection').foreign).toBe(true);
  });
});

describe('names in English questions', () => {
  it('a name the documents use is no foreign word; one they do not use stays foreign', () => {
    const used = new Set(['zwalmdonk']);
    const query = analyseQuery('How much does a smaller town such as Zwalmdonk get from the scheme?', {}, [], (w) => used.has(w.toLowerCase()));
    expect(query.queryTerms.find((q) => q.term === 'zwalmdonk')?.foreign).toBe(false);
    const unknown = analyseQuery('How much does a smaller town such as Zwinkelare get from the scheme?', {}, [], (w) => used.has(w.toLowerCase()));
    expect(unknown.queryTerms.find((q) => q.term === 'zwinkelar')?.foreign).toBe(true);
  });

  it('a word of the documents\' own that English does not know is no foreign word either; an English word stays foreign', () => {
    const used = new Set(['digicoach', 'itsme', 'won']);
    const query = analyseQuery('What share of the digicoach sessions in 2022 were about setting up itsme?', {}, [], (w) => used.has(w.toLowerCase()));
    expect(query.queryTerms.find((q) => q.term === 'digicoach')?.foreign).toBe(false);
    expect(query.queryTerms.find((q) => q.term === 'itsm')?.foreign).toBe(false);
    // "won" is a word of the documents' text ("wonen" aside), but English knows it: still foreign.
    expect(analyseQuery('Who won the digicoach award?', {}, [], (w) => used.has(w.toLowerCase())).queryTerms.find((q) => q.term === 'won')?.foreign).toBe(true);
    const unused = analyseQuery('What share of the digicoach sessions in 2022 were about setting up itsme?', {}, [], () => false);
    expect(unused.queryTerms.find((q) => q.term === 'digicoach')?.foreign).toBe(true);
  });

  it('an English word the glossary lacks keeps its wordnet senses the documents use: they share a topic, they find no word', () => {
    const used = new Set(['kunstenaar', 'kunstenaars', 'nieuwe', 'grond']);
    const query = analyseQuery('Where do most of the artists in Nieuwe Grond come from?', {}, [], (w) => used.has(w.toLowerCase()));
    const artists = query.queryTerms.find((q) => q.term === 'artist')!;
    expect(artists).toMatchObject({ foreign: true, alternatives: [] });
    expect(artists.senses).toEqual(terms('kunstenaar'));
    const passage = 'In 2024 namen 214 kunstenaars met een vluchtverhaal deel aan het project ‘Nieuwe Grond’.';
    expect(sharesTopic(query, [passage])).toBe(true);
    expect(sharesTopic({ ...query, queryTerms: query.queryTerms.map((q) => ({ ...q, senses: [] })) }, [passage])).toBe(false);
    // Only the senses the documents use: "close" is sluiten, which these documents never write.
    const shop = analyseQuery('What time do supermarkets close on Sundays?', {}, [], (w) => used.has(w.toLowerCase()));
    expect(shop.queryTerms.flatMap((q) => q.senses ?? [])).toEqual([]);
  });
});

describe('a request for content', () => {
  it('asks for content, though the search text drops its verb', () => {
    const query = analyseQuery('Give me the 2023 figures for damaged laptops per region.', {}, []);
    expect(query.searchText).not.toMatch(/give/i);
    expect(query.asksForContent).toBe(true);
    expect(analyseQuery('Geef de cijfers van 2023 per provincie.', {}, []).asksForContent).toBe(true);
  });
});

describe('a period the question names', () => {
  it('its numbers date the question, they are no figures the passage must give', () => {
    const query = analyseQuery('Hoeveel laptops werden in de eerste zes maanden van 2024 uitgeleend?', {}, []);
    expect(query.figures).toEqual([]);
    expect(query.quantities).toEqual([]);
    expect(query.parts).toEqual([{ year: '2024', period: { from: 1, to: 6 } }]);
    // Outside a period phrase a number is still a figure to find.
    expect(analyseQuery('Hoeveel cursisten haakten binnen de zes maanden af in 2024?', {}, []).figures).toEqual(['6']);
  });
});

describe('the year of the question asked about', () => {
  it('is a year that dates the written question, not the facts asked about', () => {
    expect(yearOfQuestion('In her 2023 written question, what did the MP ask about young refugees?')).toBe(2023);
    expect(yearOfQuestion('the question from March 2023')).toBe(2023);
    expect(yearOfQuestion('Wat vroeg ze in haar vraag van 14 maart 2023?')).toBe(2023);
    expect(yearOfQuestion('Hoeveel vragen werden in 2023 gesteld?')).toBeNull();
    expect(yearOfQuestion('Hoeveel aanvragen van 2023 werden goedgekeurd?')).toBeNull();
    expect(yearOfQuestion('de vragen van nieuwkomers in 2023')).toBeNull();
    expect(yearOfQuestion('Wat zijn de vragen van 2022 tot 2024?')).toBeNull();
  });

  it('filters the documents when a question of that year is in the corpus', () => {
    const doc = (date: string) => ({ date, questioner: null, minister: { name: null }, text: 'Hoeveel jonge vluchtelingen werden begeleid?' });
    const docs = [doc('2023-03-14'), doc('2025-10-09')] as never[];
    expect(analyseQuery('In her 2023 written question, what did she ask about young refugees?', {}, docs).filters.year).toBe(2023);
    expect(analyseQuery('In her 2019 written question, what did she ask about young refugees?', {}, docs).filters.year).toBeUndefined();
    expect(analyseQuery('How many young refugees were helped in 2023?', {}, docs).filters.year).toBeUndefined();
  });
});

describe('wordnet renderings of English words', () => {
  beforeAll(async () => {
    await loadLexicon();
  });

  it('widen the search with the renderings the documents use, and do not count as the word found', () => {
    const used = new Set(['slachtoffer', 'slachtoffers', 'wachtlijst']);
    const query = analyseQuery('How many victims of weather awards were on waiting lists?', {}, [], (w) => used.has(w));
    expect(query.keyword.terms).toEqual(expect.arrayContaining([...terms('slachtoffer'), ...terms('wachtlijst')]));
    // "offerdier" is another sense of "victim", which these documents do not use.
    expect(query.keyword.terms).not.toEqual(expect.arrayContaining(terms('offerdier')));
    expect(query.queryTerms.find((q) => q.term.startsWith('victim'))).toMatchObject({ foreign: true, alternatives: [] });
  });

  it('a two-word English term whose part the glossary lacks is joined with that part\'s cognate ("care ambassadors")', () => {
    const used = new Set(['zorgambassadeurs']);
    expect(englishCompounds('How many care ambassadors were active?', (w) => used.has(w))).toContainEqual({ modifier: 'care', head: 'ambassadors', dutch: ['zorgambassadeurs'] });
  });

  it('an English compound whose modifier only a wordnet renders is found in the Dutch compound the documents use ("safety instructions")', () => {
    const used = new Set(['veiligheidsinstructies', 'veiligheid', 'zekerheid']);
    const query = analyseQuery('Who rewrites the safety instructions?', {}, [], (w) => used.has(w));
    for (const word of ['safety', 'instructions']) {
      const term = query.queryTerms.find((q) => terms(word).includes(q.term));
      expect(term).toMatchObject({ foreign: false });
      expect(term!.alternatives).toEqual(expect.arrayContaining(terms('veiligheidsinstructies')));
    }
    // Without the compound in the documents, "safety" keeps only its senses, and is not found.
    const alone = analyseQuery('What do the safety rules say?', {}, [], (w) => used.has(w));
    expect(alone.queryTerms.find((q) => q.term === terms('safety')[0])).toMatchObject({ foreign: true });
  });

  it('a two-word term the wordnet lists is one thing: its Dutch word counts as both words found', () => {
    // ("pools" is Dutch too, Polish, and used: the counted word, in the Dutch word for the two.)
    const used = new Set(['zwembad', 'zwembaden', 'weer', 'pools']);
    const query = analyseQuery('How many swimming pools ran separate lessons for women?', {}, [], (w) => used.has(w));
    expect(query.focus).toBe('zwembad');
    for (const word of ['swimming', 'pools']) expect(query.queryTerms.find((q) => terms(word).includes(q.term))).toMatchObject({ foreign: false, alternatives: expect.arrayContaining(terms('zwembad')) });
    // A short rendering is a common word of other senses: "weer" (weather forecast) is also "again".
    const weather = analyseQuery('What is the weather forecast for this weekend?', {}, [], (w) => used.has(w));
    expect(weather.queryTerms.find((q) => q.term.startsWith('weather'))).toMatchObject({ foreign: true });
  });
});

describe('English words Dutch writes the same', () => {
  beforeAll(async () => {
    await loadLexicon();
  });

  it('a long English word that is a Dutch word too is looked for as it stands; short ones and others are foreign', () => {
    const foreign = (q: string) => Object.fromEntries(queryTerms(q).map((t) => [t.term, t.foreign === true]));
    expect(foreign('Can doctors use the booking platform for free?')).toMatchObject({ platform: false, booking: true });
    // "won" is Dutch too, but a short word is too often another word ("wonen").
    expect(foreign('Who won the weather award?')).toMatchObject({ won: true, weather: true });
    // A number is no word of either language.
    expect(foreign('How many minors turn 18 during the school year?')).toMatchObject({ '18': false });
    // "want to know" is the asking, not its matter.
    expect(queryTerms('What did the MP want to know about weather awards?').map((t) => t.term)).not.toContain('know');
    // Possessives and the verbs of stating are no matter of the question either.
    expect(queryTerms('Which question did she refer to in her question on weather awards?').map((t) => t.term)).not.toEqual(expect.arrayContaining(['her']));
    expect(queryTerms('What did his question say about weather awards?').map((t) => t.term)).not.toContain('his');
  });

  it('an English counted noun that is a Dutch word the documents use is what is counted; one they do not use is not', () => {
    const used = new Set(['laptops']);
    expect(analyseQuery('How many laptops were lent to newcomers?', {}, [], (w) => used.has(w.toLowerCase())).focus).toBe('laptops');
    // "teenagers" is in the Dutch lexicon too, but documents that write "jongeren" cannot be held to it.
    expect(analyseQuery('How many teenagers were on a waiting list?', {}, [], (w) => used.has(w.toLowerCase())).focus).toBeNull();
  });
});

describe('abbreviations', () => {
  it('of a kind of thing are words of the question, not names that scope a document; of a body they are names', () => {
    const known = (w: string) => ['nt2', 'vdab', 'lessen', 'werk'].includes(w);
    expect(analyseQuery('Tellen de NT2-lessen op het werk mee voor de inburgering?', {}, [], known).entities).not.toContain('NT2');
    expect(analyseQuery('Hoeveel vte werken er bij de VDAB?', {}, [], known).entities).toContain('VDAB');
  });

  it('"EU" finds the documents that write the Union out', () => {
    const eu = queryTerms('How many workers were born outside the EU?').find((q) => q.term === 'eu');
    expect(eu?.alternatives).toEqual(expect.arrayContaining(['europes', 'unie']));
  });
});

describe('a figure asked in other spellings', () => {
  it('finds the number word a document writes, and the digits of a number word', () => {
    const eighteen = queryTerms('What share of the visitors were under 18?').find((q) => q.term === '18');
    expect(eighteen?.alternatives).toContain('achttien');
    expect(numeralForms('drie')).toEqual(['3']);
    expect(numeralForms('three')).toEqual(['3', 'drie']);
    // Years and figures beyond the words have none.
    expect(numeralForms('2025')).toEqual([]);
    expect(numeralForms('1846')).toEqual([]);
  });
});
