import { stemmer as englishStem } from '@orama/stemmers/english';
import { foldDiacritics } from './analyze.js';
import { wordnetDutch } from './wordnet.js';
import { PEOPLE_ADJECTIVES, PLACE_NAMES, placeName, placeNameForms } from './exonyms.js';
import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';

/**
 * English → Dutch vocabulary of the dossier's policy domain (integration,
 * civic integration, equal opportunities, labour, education, funding), so an
 * English question still finds Dutch passages in keyword mode. With the
 * multilingual model loaded, dense retrieval covers English on its own; this
 * keeps keyword mode from failing English users outright.
 */
const GLOSSARY: Record<string, string> = {
  agency: 'agentschap', agencies: 'agentschappen', integration: 'integratie', civic: 'inburgering inburgeringstraject',
  newcomer: 'nieuwkomers inburgeraar', newcomers: 'nieuwkomers inburgeraars', migrant: 'migratieachtergrond migranten', immigrant: 'migratieachtergrond',
  refugee: 'vluchtelingen', refugees: 'vluchtelingen', asylum: 'asiel', pact: 'pact integratiepact', charter: 'pact',
  budget: 'budget middelen', budgets: 'budget', funding: 'financiering middelen', funded: 'gefinancierd', fund: 'fonds',
  funds: 'fondsen middelen', money: 'geld middelen budget', cost: 'kost kostprijs', costs: 'kosten', price: 'prijs kostprijs',
  rate: 'tarief percentage graad', fee: 'bijdrage tarief', fine: 'boete geldboete', fines: 'boetes geldboetes', fined: 'boete geldboete', collection: 'invordering inning', collected: 'ingevorderd geïnd',
  sanction: 'sancties', sanctions: 'sancties', penalty: 'boete sanctie straf', punishment: 'straf bestraffing sanctie', subsidy: 'subsidie', grant: 'subsidie',
  euro: 'euro', million: 'miljoen', total: 'totaal', amount: 'bedrag', average: 'gemiddeld', percentage: 'procent',
  percent: 'procent', share: 'aandeel', number: 'aantal', year: 'jaar', years: 'jaren', month: 'maand',
  months: 'maanden', week: 'week', weeks: 'weken', hour: 'uur', hours: 'uren uur', hourly: 'per uur', daily: 'per dag',
  decision: 'beslissing beslist', decide: 'beslist beslissen', decided: 'beslist', approve: 'goedkeuring goedgekeurd',
  approving: 'goedkeuring', approved: 'goedgekeurd goedgekeurde aanvaard aanvaarde', approval: 'goedkeuring', selected: 'geselecteerd',
  submitted: 'ingediend', submit: 'indienen', application: 'aanvraag', applications: 'aanvragen sollicitaties',
  applicant: 'kandidaat', candidates: 'kandidaten', call: 'oproep', calls: 'oproepen', project: 'project projecten',
  projects: 'projecten', programme: 'programma traject', programmes: 'trajecten programma', program: 'programma traject',
  programs: 'trajecten', course: 'cursus', courses: 'cursussen', training: 'opleiding', vocational: 'beroepsopleiding vakopleiding',
  language: 'taal', languages: 'talen', dutch: 'nederlands', second: 'tweede', teacher: 'leerkracht leraar lesgever', teachers: 'leerkrachten leraren lesgevers',
  pupils: 'leerlingen', pupil: 'leerling', students: 'studenten cursisten leerlingen', learners: 'cursisten leerlingen', learner: 'cursist leerling', school: 'school', schools: 'scholen',
  education: 'onderwijs', adult: 'volwassen volwassenenonderwijs', adults: 'volwassenen volwassen', waiting: 'wachtlijst wachttijd', list: 'lijst', lists: 'lijsten',
  session: 'sessie', sessions: 'sessies', visit: 'bezoek', visits: 'bezoeken', visited: 'bezocht bezochten', obtained: 'behaald behaalden', joined: 'aangesloten', older: 'ouder oudere', available: 'beschikbaar', help: 'hulp', conversation: 'gesprek', conversations: 'gesprekken', interpreter: 'tolk tolken', interpreters: 'tolken', interpreting: 'tolken', translation: 'vertaling vertalen',
  social: 'sociaal sociale', site: 'plaatse', onsite: 'ter plaatse', phone: 'telefonisch', video: 'video',
  discrimination: 'discriminatie', racism: 'racisme', hiring: 'aanwerving', recruitment: 'aanwerving werving',
  job: 'job werk', jobs: 'jobs werk', work: 'werk', employment: 'tewerkstelling werk', employer: 'werkgever',
  employers: 'werkgevers', employees: 'werknemers personeelsleden medewerkers', staff: 'personeel personeelsleden medewerkers', personnel: 'personeel', parttime: 'deeltijds deeltijdse', fulltime: 'voltijds voltijdse',
  unemployed: 'werkzoekenden', jobseekers: 'werkzoekenden', housing: 'huisvesting wonen', rental: 'huurmarkt huur',
  landlords: 'verhuurders', tenants: 'huurders', inspectorate: 'inspectie', inspection: 'inspectie controle', inspections: 'inspecties controles',
  investigation: 'onderzoek', investigations: 'onderzoeken', complaint: 'klacht melding', complaints: 'klachten meldingen',
  report: 'rapport melding melden', reports: 'meldingen rapporten', reporting: 'rapportering', reported: 'gemeld gerapporteerd', evaluation: 'evaluatie',
  evaluated: 'geëvalueerd', results: 'resultaten', result: 'resultaat', campaign: 'campagne', communication: 'communicatie',
  actions: 'acties', action: 'actie', activities: 'activiteiten acties', organisation: 'organisatie', organisations: 'organisaties',
  organization: 'organisatie', organizations: 'organisaties', company: 'bedrijf maatschappij', companies: 'bedrijven ondernemingen',
  municipality: 'gemeente', municipalities: 'gemeenten', authorities: 'besturen overheden', local: 'lokale lokaal', government: 'overheid regering', governments: 'overheden regeringen',
  flemish: 'vlaamse vlaams', flanders: 'vlaanderen', minister: 'minister', question: 'vraag', answer: 'antwoord',
  signatories: 'ondertekenaars', signatory: 'ondertekenaar', sign: 'ondertekenen ondertekend', signed: 'ondertekend',
  commitment: 'engagement', commitments: 'engagementen engagement', anonymous: 'anoniem', applying: 'solliciteren',
  target: 'streefcijfer doelstelling', targets: 'streefcijfers', goal: 'doelstelling', diversity: 'diversiteit',
  plan: 'plan', plans: 'plannen', nonprofit: 'vzw', association: 'vzw vereniging', young: 'jongeren', youth: 'jongeren',
  people: 'mensen personen', persons: 'personen', person: 'persoon', women: 'vrouwen', female: 'vrouwelijke', participants: 'deelnemers', unemployment: 'werkloosheid', benefit: 'uitkering', benefits: 'uitkeringen', assistance: 'bijstand leefloon hulp', subsistence: 'leefloon',
  reached: 'bereikt', reach: 'bereiken', experiences: 'ervaringen', future: 'toekomst',
  coordination: 'coördinatie', responsible: 'verantwoordelijk bevoegd bevoegdheid', competent: 'bevoegd', competence: 'bevoegdheid', when: 'wanneer', where: 'waar', attest: 'attest',
  certificate: 'attest inburgeringsattest', certificates: 'attesten inburgeringsattesten', exam: 'examen',
  contribution: 'bijdrage inbreng', income: 'inkomen', low: 'laag', exemptions: 'vrijstellingen uitzonderingen', discounts: 'verminderingen kortingen',
  province: 'provincie', provinces: 'provincies', city: 'stad', cities: 'steden centrumsteden', website: 'website',
};

/**
 * The general vocabulary of the documents' genre, in English: how written
 * questions and answers report on policy (what was tested, measured, decided,
 * spent, expected), on whom (grounds of discrimination, sectors, groups) and
 * through which instruments. Ordinary translations, not phrasings of one
 * document: a word belongs here when any answer of this kind might use it.
 */
const POLICY_VOCABULARY: Record<string, string> = {
  // Grounds of discrimination, as Flemish anti-discrimination law names them.
  disability: 'handicap beperking', disabled: 'handicap beperking', religion: 'geloof religie levensbeschouwing',
  belief: 'geloof levensbeschouwing', origin: 'afkomst herkomst', ethnic: 'etnische afkomst', ethnicity: 'afkomst',
  age: 'leeftijd', gender: 'gender geslacht', sexual: 'seksuele', orientation: 'geaardheid oriëntatie', nationality: 'nationaliteit',
  // Sectors and settings.
  sector: 'sector', sectors: 'sectoren', healthcare: 'zorg zorgsector', care: 'zorg', retail: 'handel', construction: 'bouw',
  neighbourhood: 'buurt wijk', neighborhood: 'buurt wijk', neighbours: 'buren', neighbors: 'buren', residents: 'bewoners inwoners', residence: 'verblijf', right: 'recht', rights: 'rechten',
  citizens: 'burgers', society: 'samenleving maatschappij', region: 'regio', regions: 'regio', workplace: 'werkvloer',
  // Groups and roles.
  volunteers: 'vrijwilligers', volunteering: 'vrijwilligerswerk', internship: 'stage stageplaats', internships: 'stages stageplaatsen',
  traineeship: 'stage', managers: 'verantwoordelijken managers', researchers: 'onderzoekers', researcher: 'onderzoeker',
  agents: 'makelaars', estate: 'vastgoed vastgoedmakelaars', landlord: 'verhuurder', partners: 'partners', promoter: 'promotor',
  promoters: 'promotoren', sme: 'kmo', smes: "kmo's kmo", entrepreneurs: 'ondernemers', inspectors: 'inspecteurs',
  // What was done, decided, measured.
  pilot: 'proefproject', trial: 'proefproject', test: 'test praktijktest', tests: 'testen praktijktesten', testing: 'testen praktijktesten',
  survey: 'bevraging enquête', sample: 'steekproef', monitoring: 'opvolging monitoring', followup: 'opvolging', progress: 'voortgang',
  review: 'evaluatie doorlichting', audit: 'doorlichting audit', assessment: 'evaluatie beoordeling',
  findings: 'vaststellingen bevindingen', conclusions: 'conclusies', recommendations: 'aanbevelingen', measures: 'maatregelen',
  measure: 'maatregel', policy: 'beleid', strategy: 'strategie', approach: 'aanpak', instrument: 'instrument',
  developed: 'ontwikkeld', develop: 'ontwikkelen', launched: 'gelanceerd lanceerde', launch: 'lancering', chosen: 'gekozen geselecteerd',
  choose: 'kiezen', rejected: 'afgewezen geweigerd', refused: 'geweigerd', tender: 'aanbesteding', procurement: 'aanbesteding',
  expected: 'verwacht', planned: 'gepland', published: 'gepubliceerd bekendgemaakt', publish: 'publiceren bekendmaken',
  completed: 'afgerond opgeleverd voltooid', finished: 'afgerond', start: 'start', started: 'gestart startten', discontinued: 'stopgezet afgebroken', end: 'einde', ended: 'afgelopen',
  expand: 'uitbreiden uitgebreid uitbreiding', expanded: 'uitgebreid uitbreiding', expansion: 'uitbreiding', extend: 'uitbreiden verlengen',
  extended: 'uitgebreid verlengd', extension: 'uitbreiding verlenging', rollout: 'uitrol uitrollen uitgerold',
  // Time and frequency.
  run: 'lopen loopt', runs: 'lopen loopt', ran: 'liepen liep', last: 'duren duurt', duration: 'looptijd duur', period: 'periode',
  deadline: 'uiterlijk termijn', often: 'keer', times: 'keer', meet: 'samenkomen samenkwam', met: 'samenkwam samengekomen',
  meetings: 'bijeenkomsten', annual: 'jaarlijks', annually: 'jaarlijks', quarterly: 'kwartaal',
  // Money and figures.
  revenue: 'inkomsten opbrengst', revenues: 'inkomsten', spending: 'uitgaven', expenditure: 'uitgaven', spent: 'besteed uitgegeven', spend: 'besteden uitgeven uitgaven kosten', transport: 'vervoer transport', transporting: 'vervoer vervoeren', transported: 'vervoerd',
  allocation: 'dotatie toewijzing', salary: 'loon', wages: 'lonen', staffing: 'personeel', operating: 'werkingsmiddelen werking',
  extra: 'extra bijkomend bijkomende', additional: 'bijkomend bijkomende extra', increase: 'stijging toename', rise: 'stijging', decrease: 'daling', decline: 'daling', growth: 'groei', figures: 'cijfers',
  // Everyday words of the genre's questions: who, what happened, where.
  country: 'land', countries: 'landen', migration: 'migratie migratieachtergrond', member: 'lid', members: 'leden', girl: 'meisje',
  girls: 'meisjes', woman: 'vrouw', boys: 'jongens', mums: 'moeders', mothers: 'moeders', dads: 'vaders', fathers: 'vaders',
  toddlers: 'peuters kleuters', passengers: 'klanten passagiers', firm: 'bedrijf', firms: 'bedrijven', council: 'gemeente bestuur gemeenteraad',
  councils: 'gemeenten besturen', tenders: 'opdrachten aanbestedingen',
  degree: 'diploma', degrees: "diploma's", citizenship: 'nationaliteit', nationals: 'onderdanen burgers', seasonal: 'seizoen seizoenarbeid', accommodation: 'huisvesting',
  homeless: 'dakloos daklozen', deposit: 'waarborg huurwaarborg', loan: 'lening', loans: 'leningen', scheme: 'regeling programma',
  schemes: 'regelingen programma', rule: 'regel regeling', rules: 'regels', breaches: 'inbreuken', breach: 'inbreuk',
  use: 'gebruiken gebruik', uses: 'gebruikt', used: 'gebruikt gebruikten gebruikte', using: 'gebruiken gebruik', anti: 'anti',
  pay: 'betalen', paid: 'betaald', received: 'ontvangen kregen', receive: 'ontvangen krijgen', found: 'vonden gevonden',
  find: 'vinden', early: 'vroegtijdig voortijdig', lower: 'lager lagere', regular: 'regulier reguliere gewoon', reserved: 'voorbehouden',
  suspended: 'geschorst schorsing', withdrawn: 'ingetrokken intrekking', postponed: 'uitgesteld', refurbished: 'hersteld opgeknapt',
  attend: 'volgen bijwonen', leaving: 'verlaten', leave: 'verlof verlaten', arrival: 'aankomst', written: 'schriftelijk',
  // What stands in the way, and who takes part.
  barriers: 'drempels hindernissen belemmeringen', barrier: 'drempel hindernis belemmering', obstacles: 'drempels hindernissen belemmeringen',
  obstacle: 'drempel hindernis belemmering', hurdles: 'drempels hindernissen', represented: 'vertegenwoordigd vertegenwoordigde',
  // Housing.
  home: 'woning thuis huis', homes: 'woningen', house: 'huis woning', houses: 'huizen woningen', household: 'huishouden gezin',
  households: 'huishoudens gezinnen', private: 'private privé particulier particuliere particulieren', chores: 'klussen klusjes', rent: 'huur huurprijs', tenant: 'huurder', shelter: 'opvang', shelters: 'opvang',
  stay: 'verblijf verblijven verblijft', stayed: 'verbleef verbleven', distributed: 'verdeeld uitgedeeld', distribute: 'verdelen', distribution: 'verdeling', food: 'voedsel voeding', aid: 'hulp steun', parcels: 'pakketten',
  // Families, schools and young people.
  family: 'gezin familie', families: 'gezinnen families', parents: 'ouders', parent: 'ouder', children: 'kinderen', child: 'kind', childcare: 'kinderopvang opvang',
  minors: 'minderjarigen', minor: 'minderjarige', unaccompanied: 'niet-begeleide', classes: 'lessen les', lessons: 'lessen les',
  offer: 'aanbod aanbieden', offered: 'aangeboden', volunteer: 'vrijwilliger', buddy: 'buddy', buddies: "buddy's buddy",
  allowance: 'vergoeding onkostenvergoeding toelage premie', allowed: 'toegestaan toegelaten mogen', allow: 'toestaan toelaten', expenses: 'onkosten kosten', nightlife: 'nachtleven uitgaansleven',
  bouncers: 'portiers', bouncer: 'portier', diploma: 'diploma', diplomas: "diploma's diploma", recognition: 'erkenning',
  foreign: 'buitenlands buitenlandse', refusal: 'weigering', refusals: 'weigeringen weigering', denied: 'geweigerd',
  declined: 'geweigerd afgewezen',
  library: 'bibliotheek', libraries: 'bibliotheken', digital: 'digitaal digitale', online: 'online', skills: 'vaardigheden',
  media: 'media', space: 'ruimte', advertising: 'reclame advertenties', posters: 'affiches', letter: 'brief', letters: 'brieven',
  warning: 'waarschuwing', reminder: 'herinnering', reminders: 'herinneringen', payment: 'betaling', payments: 'betalingen', arrears: 'achterstand achterstallig achterstal', lease: 'huurcontract huurovereenkomst', leases: 'huurcontracten huurovereenkomsten', overdue: 'achterstallig achterstand', coaching: 'coaching begeleiding', guidance: 'begeleiding', support: 'ondersteuning steun',
  network: 'netwerk', learning: 'lerend', requests: 'aanvragen', request: 'aanvraag', assignments: 'opdrachten', assignment: 'opdracht',
  demand: 'vraag gevraagd', cases: 'gevallen dossiers', files: 'dossiers', annex: 'bijlage', passed: 'geslaagd', pass: 'slagen geslaagd',
  provisional: 'voorlopig voorlopige', preliminary: 'voorlopig voorlopige', career: 'loopbaan carrière', careers: 'loopbanen carrières', voucher: 'cheque', vouchers: 'cheques', eviction: 'uithuiszetting', evictions: 'uithuiszettingen',
  trajectory: 'traject', pathway: 'traject', outflow: 'uitstroom', inflow: 'instroom', dropout: 'afhaken',
  hotline: 'meldpunt',
  // Requirements, exemptions and rights.
  requirement: 'vereiste voorwaarde verplichting', requirements: 'vereisten voorwaarden', criteria: 'criteria voorwaarden',
  condition: 'voorwaarde', conditions: 'voorwaarden', exempt: 'vrijgesteld vrijstelling', exempted: 'vrijgesteld vrijstelling',
  exemption: 'vrijstelling', mental: 'psychisch psychische geestelijke', obligation: 'verplichting plicht', mandatory: 'verplicht verplichte', compulsory: 'verplicht verplichte',
  voluntary: 'vrijwillig vrijwillige', free: 'gratis', eligible: 'aanmerking', recognised: 'erkend erkende', recognized: 'erkend erkende',
  // Education and work.
  enrolled: 'ingeschreven', enrolment: 'inschrijving', registration: 'inschrijving registratie', primary: 'basisonderwijs lager',
  secondary: 'secundair secundaire', reception: 'onthaal onthaalonderwijs', welcome: 'welkom onthaal verwelkoming', level: 'niveau', levels: 'niveaus', study: 'studie onderzoek',
  theory: 'theorie theoretisch', driving: 'rijbewijs rijexamen', licence: 'rijbewijs vergunning', license: 'rijbewijs vergunning',
  workers: 'medewerkers werknemers', worker: 'medewerker werknemer', employed: 'tewerkgesteld aangeworven', employ: 'tewerkstellen',
  labour: 'arbeid werk', labor: 'arbeid werk', distance: 'afstand afstandsonderwijs', centres: 'centra', centers: 'centra',
  group: 'groep', groups: 'groepen', background: 'achtergrond', services: 'diensten dienstverlening', service: 'dienst dienstverlening',
  initiatives: 'initiatieven', initiative: 'initiatief', information: 'informatie', external: 'extern externe', internal: 'intern interne',
  // What was done or found.
  carried: 'uitgevoerd', carry: 'uitvoeren', conducted: 'uitgevoerd', show: 'tonen blijkt', showed: 'toonde bleek', conclude: 'besluit conclusie',
  concluded: 'besloot concludeerde', estimated: 'geraamd geschat', estimate: 'raming schatting', compared: 'vergeleken tegenover',
  separate: 'afzonderlijk apart', separately: 'afzonderlijk apart', wait: 'wachten wachttijd', charged: 'aangerekend', declaration: 'verklaring',
  final: 'eind eindevaluatie', baseline: 'nulmeting', mobility: 'mobiliteit', town: 'gemeente stad', towns: 'gemeenten steden',
  task: 'taak', tasks: 'taken', exercise: 'beweging bewegen', insurance: 'verzekering', healthinsurance: 'ziekteverzekering ziekenfonds', reimbursement: 'terugbetaling vergoeding tegemoetkoming', reimbursed: 'terugbetaald vergoed', copayment: 'bijdrage remgeld',
  sport: 'sport', sports: 'sport sporten', club: 'club sportclub', clubs: 'clubs sportclubs', checks: 'controles', check: 'controle',
  contract: 'contract opdracht', contracts: 'contracten opdrachten', contractor: 'opdrachtnemer aannemer', contractors: 'opdrachtnemers aannemers',
  clause: 'clausule', clauses: 'clausules', permit: 'vergunning', permits: 'vergunningen',
  next: 'volgende', round: 'ronde', rounds: 'rondes', value: 'waarde', worth: 'waarde', hired: 'aangeworven aangenomen',
  hire: 'aanwerven aannemen', recruited: 'aangeworven aangenomen', dismissed: 'ontslagen', fired: 'ontslagen',
  morning: 'ochtend voormiddag', afternoon: 'namiddag', evening: 'avond', evenings: 'avonden avond', weekend: 'weekend', weekends: 'weekends weekend', monday: 'maandag', tuesday: 'dinsdag', wednesday: 'woensdag', thursday: 'donderdag', friday: 'vrijdag', saturday: 'zaterdag', saturdays: 'zaterdagen zaterdag', sunday: 'zondag', sundays: 'zondagen zondag',
  // Terms English writes as two words (joined by joinedAsGlossary): an agency worker is no agentschap's worker.
  // Then the general vocabulary of welfare, sport and frequency that answers of this kind use.
  agencyworker: 'uitzendkracht', agencyworkers: 'uitzendkrachten', tempworker: 'uitzendkracht', tempworkers: 'uitzendkrachten', tempagency: 'uitzendkantoor', tempagencies: 'uitzendkantoren', temping: 'uitzendarbeid', welfare: 'welzijn welzijnswerk',
  mostly: 'vooral meestal grotendeels', mainly: 'vooral voornamelijk hoofdzakelijk', problem: 'probleem', problems: 'problemen',
  offender: 'dader', offenders: 'daders dader', perpetrator: 'dader', perpetrators: 'daders dader', fan: 'supporter', fans: 'supporters', supporters: 'supporters', player: 'speler', players: 'spelers', suspension: 'schorsing', suspensions: 'schorsingen', bridge: 'brug',
  football: 'voetbal', grassroots: 'amateur amateurs', referee: 'scheidsrechter', referees: 'scheidsrechters', big: 'groot grote', large: 'groot grote',
  ban: 'verbod verbieden', bans: 'verboden verbod', banning: 'verbod verbieden', banned: 'verboden verbod', disconnect: 'afsluiten', disconnected: 'afgesloten', disconnection: 'afsluiting', disconnections: 'afsluitingen', cutoff: 'afsluiten afsluiting afgesloten', giveup: 'afhaken stoppen', turnaway: 'wegsturen weggestuurd weigeren geweigerd', turndown: 'afwijzen afgewezen weigeren geweigerd', sendaway: 'wegsturen weggestuurd', sendback: 'terugsturen teruggestuurd', cutback: 'besparen besparing', cutdown: 'verminderen besparen',
};
Object.assign(GLOSSARY, POLICY_VOCABULARY, PLACE_NAMES);
export { PEOPLE_ADJECTIVES, placeName, placeNameForms };

/**
 * English words that carry no subject of their own (auxiliaries, particles,
 * quantifiers): in an English question they are neither searched nor counted
 * as words a Dutch passage lacks.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  `have has had having get gets got getting go goes going went gone come comes came take takes took taken make makes made
  out up down off over under after before during until since between against without within also just only still already
  yet not no nor any some each every all both either neither most more less least other another same such own very so too
  many much few one ones it's don't doesn't didn't isn't aren't wasn't weren't t s don doesn didn isn aren wasn weren
  actually really currently now then there here being his her hers their theirs its my your our
  while whilst although though because whether whose`.split(/\s+/),
);

/** An English word with no subject of its own ("have", "up", "most"). */
export function isEnglishFunctionWord(word: string): boolean {
  return ENGLISH_FUNCTION_WORDS.has(word.toLowerCase());
}

const ENGLISH_MARKERS = new Set(
  'a an the there any what which who whom when where why how many much does did do is are was were been have has had will would can could of for to in on with by from and or this that these those it its about'.split(' '),
);
const DUTCH_MARKERS = new Set('de het een van en in op voor met wat welke wie wanneer waar hoe hoeveel is zijn werd werden'.split(' '));

/** Heuristic: more English than Dutch function words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const en = words.filter((w) => ENGLISH_MARKERS.has(w) && !DUTCH_MARKERS.has(w)).length;
  const nl = words.filter((w) => DUTCH_MARKERS.has(w) && !ENGLISH_MARKERS.has(w)).length;
  if (en >= 2 && en > nl) return true;
  // Keywords carry few function words ("number of volunteer language buddies active in 2024"): then the content
  // words tell, English ones (the glossary renders them, or the English wordnet knows them) that the Dutch lexicon
  // does not know.
  if (!isLexiconLoaded() || nl > 0) return false;
  const content = words.filter((w) => w.length > 3 && !ENGLISH_MARKERS.has(w) && !DUTCH_MARKERS.has(w));
  const english = content.filter((w) => (lookup(w) !== undefined || wordnetDutch(w).length > 0) && !isDutchWord(w)).length;
  if (english >= 2 && english * 2 > content.length) return true;
  // One English function word and no Dutch one ("Which languages lacked enough certified interpreters?"): the content
  // words tell when most of them are no Dutch words at all, whether or not the glossary renders them.
  const notDutch = content.filter((w) => !isDutchWord(w)).length;
  return en >= 1 && notDutch >= 2 && notDutch * 2 > content.length;
}

/**
 * The glossary by English stem, for the word forms it does not list:
 * "discriminating" and "discriminated" find "discrimination"; "signing" the
 * renderings of "sign" and "signed" together, one word family.
 */
const BY_STEM: Map<string, [english: string, dutch: string][]> = (() => {
  const out = new Map<string, [string, string][]>();
  for (const [english, dutch] of Object.entries(GLOSSARY)) {
    const stem = englishStem(english);
    out.set(stem, [...(out.get(stem) ?? []), [english, dutch]]);
  }
  return out;
})();

/**
 * The endings by which English inflects a word or derives its action noun. The stemmer cuts deeper
 * ("communities" and "communication" both become "commun"): two words are of one family when they are
 * the same without these ("discriminating", "discrimination"; "community", "communities").
 */
const FAMILY_ENDINGS = [
  'ations', 'ation', 'ating', 'ated', 'ates', 'ate', 'ions', 'ion', 'ings', 'ing', 'ments', 'ment', 'ers', 'er', 'ors', 'or', 'ants', 'ant', 'ance',
  'ities', 'ity', 'ives', 'ive', 'ials', 'ial', 'als', 'al', 'ically', 'ical', 'ics', 'ic', 'ists', 'ist', 'isms', 'ism', 'ness', 'ly', 'ies', 'ied', 'es', 'ed', 's', 'd', 'e', 'y',
];

function familyBases(word: string): Set<string> {
  return new Set([word, ...FAMILY_ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= 3).map((e) => word.slice(0, -e.length))]);
}

function sameFamily(a: string, b: string): boolean {
  const bases = familyBases(a);
  return [...familyBases(b)].some((base) => bases.has(base));
}

/** The glossary's own entry for a word or its plural's singular, without the stem family. */
function exactEntry(w: string): string | undefined {
  if (Object.hasOwn(GLOSSARY, w)) return GLOSSARY[w];
  const singular = w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  return Object.hasOwn(GLOSSARY, singular) ? GLOSSARY[singular] : undefined;
}

function lookup(word: string): string | undefined {
  const w = word.toLowerCase();
  const exact = exactEntry(w);
  if (exact !== undefined) return exact;
  if (w.length < 5) return undefined;
  const family = (BY_STEM.get(englishStem(w)) ?? []).filter(([english]) => sameFamily(english, w));
  return family.length ? [...new Set(family.flatMap(([, dutch]) => dutch.split(/\s+/)))].join(' ') : undefined;
}

/**
 * Whether the glossary has the word itself, or its plural's singular, as a term: a written-apart pair is joined only
 * into a term the glossary lists, not into a longer word its stem family reaches ("work placement" is no workplace).
 */
export function isGlossaryTerm(word: string): boolean {
  return exactEntry(word.toLowerCase()) !== undefined;
}

/** Dutch equivalents of one English word (empty when unknown). */
export function dutchEquivalents(word: string): string[] {
  const hits = [lookup(word.replace(/-/g, '')), ...word.split('-').map(lookup)].filter((t): t is string => Boolean(t));
  return [...new Set(hits.join(' ').split(/\s+/).filter(Boolean))];
}

/** Appends Dutch equivalents of an English query's words; a Dutch query is returned unchanged. */
export function expandEnglish(text: string): string {
  if (!looksEnglish(text)) return text;
  const additions = (text.match(/[A-Za-z]+(?:-[A-Za-z]+)?/g) ?? []).flatMap(dutchEquivalents);
  return additions.length ? `${text} ${[...new Set(additions)].join(' ')}` : text;
}

// --- Dutch synonyms through the English pivot ---------------------------------

/**
 * Dutch words the glossary gives as renderings of one English word are
 * synonyms in this domain ("companies": bedrijven, ondernemingen; "housing":
 * huisvesting, wonen). Translating through a pivot language is the classic
 * way to find paraphrases; here it means a question that says "bedrijven"
 * is not refused for a passage that says "ondernemingen".
 */
/**
 * Dutch synonyms English has no one word for: "lokale besturen" are the
 * municipalities (and their OCMWs) in Flemish policy texts, and asylum seekers
 * are "verzoekers (om internationale bescherming)" in the law's own words.
 * Children are "minderjarigen" wherever the law or youth care counts them: the children's rights convention
 * and the Flemish youth-care decree count every person under eighteen as a child.
 */
// A course's participants are its "cursisten": an answer about a course counts them as "deelnemers".
const DUTCH_SYNONYMS: string[] = ['gemeenten besturen', 'gemeente bestuur', 'asielzoekers verzoekers', 'asielzoeker verzoeker', 'cursisten deelnemers', 'cursist deelnemer', 'kinderen minderjarigen', 'kind minderjarige'];

/** English words wider than any one Dutch word, whose renderings are no synonyms: a student is a "leerling" at school, a "cursist" in adult education; one extends a scheme (uitbreiden) or a term (verlengen), and "uitgebreid" is also extensive; assistance is help or the leefloon, and spending is no cost; an allowance is a vergoeding, a toelage or a premie, which are no one thing; leave is verlof, leaving verlaten. */
const WIDER_THAN_DUTCH = new Set(['allowance', 'leave', 'report', 'reports', 'reported', 'mostly', 'mainly', 'students', 'learners', 'learner', 'adult', 'expand', 'expanded', 'extend', 'extended', 'extension', 'assistance', 'spend', 'company', 'home', 'healthinsurance', 'copayment', 'reimbursement', 'reimbursed', 'turnaway', 'giveup', 'cutdown', 'cutback', 'sendaway', 'sendback']);
const SYNONYMS: Map<string, Set<string>> = (() => {
  const out = new Map<string, Set<string>>();
  const pivots = Object.entries(GLOSSARY).filter(([english]) => !WIDER_THAN_DUTCH.has(english)).map(([, dutch]) => dutch);
  for (const renderings of [...pivots, ...DUTCH_SYNONYMS]) {
    const words = renderings.split(/\s+/).filter((w) => w.length > 3);
    if (words.length < 2) continue;
    for (const w of words) {
      const set = out.get(w) ?? new Set<string>();
      for (const other of words) if (other !== w) set.add(other);
      out.set(w, set);
    }
  }
  return out;
})();

/**
 * Narrower words that answer for a wider one, one way only: the dossier's pupils ("5.338 leerlingen haalden de norm")
 * are the children a question asks about ("Hoeveel kinderen slaagden?"), but children in childcare are no pupils.
 */
const NARROWER: Record<string, string[]> = { kinderen: ['leerlingen'], kind: ['leerling'] };

/** Dutch synonyms of a Dutch word, through the glossary's English pivot, and the narrower words that answer for it (empty when none). */
export function dutchSynonyms(word: string): string[] {
  const w = foldDiacritics(word).toLowerCase();
  return [...(SYNONYMS.get(w) ?? []), ...(NARROWER[w] ?? [])];
}

// --- Abbreviations Flemish users type --------------------------------------

/** Abbreviations of Flemish public administration and the words documents spell out. */
const ABBREVIATIONS: Record<string, string> = {
  pv: 'proces-verbaal processen-verbaal',
  pvs: 'processen-verbaal',
  ocmw: 'openbaar centrum voor maatschappelijk welzijn',
  vte: 'voltijdse equivalenten',
  vtes: 'voltijdse equivalenten',
  cvo: 'centrum voor volwassenenonderwijs',
  cvos: 'centra voor volwassenenonderwijs',
  nt2: 'nederlands tweede taal', eu: 'europese unie',
  kmo: 'kleine en middelgrote ondernemingen',
  kmos: 'kleine en middelgrote ondernemingen',
  vdab: 'vlaamse dienst voor arbeidsbemiddeling',
  nbmv: 'niet-begeleide minderjarige vreemdelingen',
};

/** Abbreviations that name one body ("de VDAB"); the others name a kind of thing ("NT2", "vte's"). */
const BODIES = new Set(['ocmw', 'vdab']);

/**
 * An abbreviation of a kind of thing ("NT2": Nederlands tweede taal) is a
 * word of the question, as its spelled-out words are, not a name that scopes
 * a document: "NT2-lessen op het werk" are the "lessen Nederlands op de
 * werkvloer" of a document that never writes "NT2".
 */
export function abbreviatesKind(word: string): boolean {
  const w = foldDiacritics(word).toLowerCase().replace(/['’]/g, '');
  return Object.hasOwn(ABBREVIATIONS, w) && !BODIES.has(w);
}

export function abbreviationExpansions(word: string): string[] {
  const w = foldDiacritics(word).toLowerCase().replace(/['’]/g, '');
  return Object.hasOwn(ABBREVIATIONS, w) ? ABBREVIATIONS[w]!.split(' ') : [];
}

/**
 * The text the keyword index searches: English words get their Dutch
 * equivalents, abbreviations their spelled-out words ("pv's" also finds
 * "processen-verbaal").
 */
export function expandQuery(text: string): string {
  const english = expandEnglish(text);
  const spelledOut = (text.match(/[\p{L}\p{N}]+(?:['’]s)?/gu) ?? []).flatMap((w) => abbreviationExpansions(w.replace(/['’]s$/, 's')));
  return spelledOut.length ? `${english} ${[...new Set(spelledOut)].join(' ')}` : english;
}
