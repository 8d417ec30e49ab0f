import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { asksAboutFollowUp } from '../../src/answer/asking.js';
import { searchTerms } from '../../src/answer/query.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** A question whose answer says the evaluation is still to come, and a later question that follows it up. */
const FIRST = writtenQuestion({
  number: 3101,
  date: '9 februari 2023',
  title: 'Werkplekleren  -  Taalcoaches voor nieuwkomers',
  questions: ['1. Hoeveel nieuwkomers kregen een taalcoach?', '2. Wanneer wordt het proefproject met taalcoaches op de werkplek geëvalueerd, en door wie?'],
  answers: [
    '1. In 2022 kregen 214 nieuwkomers een taalcoach op de werkplek.',
    '2. Het proefproject met taalcoaches op de werkplek loopt tot de zomer. De resultaten van de evaluatie worden verwacht in december 2023.',
  ],
});

const FOLLOW_UP = writtenQuestion({
  number: 3102,
  date: '15 januari 2024',
  title: 'Werkplekleren  -  Begeleiding van nieuwkomers (2)',
  questions: [
    'Met schriftelijke vraag nr. 3101 van 9 februari 2023 vroeg ik naar de taalcoaches op de werkplek.',
    '1. Is de evaluatie van het proefproject intussen afgerond?',
  ],
  answers: [
    '1. De evaluatie werd op 18 december 2023 opgeleverd door de Hogeschool Westerzande. De onderzoekers besluiten dat de maandelijkse bezoeken de belangrijkste succesfactor zijn: zowel de nieuwkomers als hun begeleiders geven aan dat misverstanden sneller worden opgelost. Als knelpunt noemen ze de hoge werklast, want elke begeleider volgt gemiddeld veertien nieuwkomers op, terwijl de onderzoekers er hoogstens tien aanbevelen.',
  ],
});

describe('a later question that follows one up', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3101.txt'), FIRST);
    writeFileSync(join(dir, '3102.txt'), FOLLOW_UP);
  });
  const alone = useIndexedCorpus((dir) => writeFileSync(join(dir, '3101.txt'), FIRST));
  const question = 'Wanneer en door wie werd de evaluatie van het proefproject met taalcoaches op de werkplek opgeleverd?';

  it('answers what the first answer said was still to come', async () => {
    const r = await answer(question, {}, { index: both.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.questionNumber).toBe(3102);
    expect(r.passages[0]?.quote.text).toContain('Hogeschool Westerzande');
  });

  it('without the follow-up, the gap keeps the last word', async () => {
    const r = await answer(question, {}, { index: alone.index, embedder: null });
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'unavailable' } });
  });
});

/** A question about 2022's loans, and its follow-up with 2023's in fewer of the same words. */
const LOANS = writtenQuestion({
  number: 3201,
  date: '14 maart 2023',
  title: 'Digitale inclusie  -  Uitleenlaptops voor inburgeraars',
  questions: ['1. Hoeveel uitleenlaptops werden na afloop van de uitleentermijn niet teruggebracht naar het uitleenpunt?'],
  answers: ['1. In 2022 werden 71 uitleenlaptops na afloop van de uitleentermijn van achttien maanden niet teruggebracht naar het uitleenpunt. Het agentschap evalueert de uitleentermijn in 2023.'],
});

const LOANS_FOLLOW_UP = writtenQuestion({
  number: 3202,
  date: '8 oktober 2024',
  title: 'Digitale inclusie  -  Laptops voor inburgeraars (2)',
  questions: ['Met schriftelijke vraag nr. 3201 van 14 maart 2023 vroeg ik naar de laptops.', '1. Hoeveel laptops kwamen niet terug?'],
  answers: ['1. In 2023 werden 46 uitleenlaptops na afloop van de uitleentermijn niet teruggebracht.'],
});

describe('figures of another year than asked, in a question that one follows up or is followed up by', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3201.txt'), LOANS);
    writeFileSync(join(dir, '3202.txt'), LOANS_FOLLOW_UP);
  });
  const alone = useIndexedCorpus((dir) => writeFileSync(join(dir, '3201.txt'), LOANS));
  // The same answer in a question that neither cites nor is cited by the first: another dossier.
  const unlinked = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3201.txt'), LOANS);
    writeFileSync(join(dir, '3202.txt'), LOANS_FOLLOW_UP.replace('Met schriftelijke vraag nr. 3201 van 14 maart 2023 vroeg ik naar de laptops.', 'Ik vraag naar de laptops.'));
  });
  const question = 'Hoeveel uitleenlaptops werden in 2023 na afloop van de uitleentermijn niet teruggebracht naar het uitleenpunt?';

  it('gives way to the follow-up that gives the year asked', async () => {
    const r = await answer(question, {}, { index: both.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.questionNumber).toBe(3202);
    expect(r.passages[0]?.quote.text).toContain('46 uitleenlaptops');
  });

  it('only to a question of the same dossier', async () => {
    const r = await answer(question, {}, { index: unlinked.index, embedder: null });
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'year-figures', year: '2023' } });
  });

  it('without it, says the figures are of another year', async () => {
    const r = await answer(question, {}, { index: alone.index, embedder: null });
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'year-figures', year: '2023' } });
  });
});

const ASKED_FIRST = writtenQuestion({
  number: 3301,
  date: '14 maart 2023',
  title: 'Digitale inclusie  -  Uitleenlaptops',
  questions: ['1. Hoeveel uitleenlaptops werden na afloop van de uitleentermijn niet teruggebracht?'],
  answers: ['1. In 2022 werden 71 uitleenlaptops na afloop van de uitleentermijn niet teruggebracht.'],
});
const ASKED_AGAIN = writtenQuestion({
  number: 3302,
  date: '8 oktober 2024',
  title: 'Digitale inclusie  -  Uitleenlaptops (2)',
  questions: ['Met schriftelijke vraag nr. 3301 van 14 maart 2023 vroeg ik naar de uitleenlaptops.', '1. Hoeveel uitleenlaptops werden in 2023 niet teruggebracht?'],
  answers: ['1. In 2023 werden 46 uitleenlaptops niet teruggebracht.'],
});

describe('a question about the follow-up', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3301.txt'), ASKED_FIRST);
    writeFileSync(join(dir, '3302.txt'), ASKED_AGAIN);
  });
  const question = (follow: string) => `Wat vroeg het parlementslid${follow} over uitleenlaptops die na afloop van de uitleentermijn niet werden teruggebracht?`;

  it('is answered by the later question, which cites the first', async () => {
    const r = await answer(question(' in haar vervolgvraag'), {}, { index: both.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 3302, part: 'vraag' });
    // Without the word, the closer wording of the first question wins.
    const plain = await answer(question(''), {}, { index: both.index, embedder: null });
    expect(plain.passages[0]).toMatchObject({ questionNumber: 3301, part: 'vraag' });
  });

  it('is a question, not a follow-up survey or visit', () => {
    expect(asksAboutFollowUp('Wat vroeg ze in haar vervolgvraag over de laptops?')).toBe(true);
    expect(asksAboutFollowUp('In his follow-up question, what did he ask?')).toBe(true);
    expect(asksAboutFollowUp('What did the follow-up survey after the campaign show?')).toBe(false);
  });

  it('says where to look, as "vraag" does: no passage must contain the word', () => {
    for (const word of ['vervolgvraag', 'opvolgingsvraag', 'opvolgvraag']) {
      expect(asksAboutFollowUp(`Wat vroeg ze in haar ${word} over de laptops?`)).toBe(true);
      expect(searchTerms(`Wat vroeg ze in haar ${word} over de laptops?`, false)).not.toContain(word);
    }
  });
});

/** Installers who found work within three months, and a follow-up that says how many still worked a year later. */
const INSTALLERS = writtenQuestion({
  number: 3401,
  date: '6 mei 2025',
  title: 'Energietransitie  -  Nieuwkomers als installateur',
  questions: ['1. Hoeveel cursisten met een certificaat vonden werk bij een installatiebedrijf?'],
  answers: ['1. Van de cursisten met een certificaat vonden er 301 binnen drie maanden werk bij een installatiebedrijf. Hoeveel van hen na een jaar nog als installateur werken, is nog niet bekend.'],
});
const INSTALLERS_FOLLOW_UP = writtenQuestion({
  number: 3402,
  date: '3 maart 2026',
  title: 'Energietransitie  -  Nieuwkomers als installateur (2)',
  questions: ['Met schriftelijke vraag nr. 3401 van 6 mei 2025 vroeg ik naar de installateurs.', '1. Wat zijn de eerste resultaten van de evaluatie?'],
  answers: ['1. De onderzoekers bevroegen 318 cursisten. Van de cursisten die in 2024 na hun certificaat een job vonden, was een jaar later nog 79 procent aan de slag.'],
});

describe('figures at another delay than asked, in a question that follows one up', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3401.txt'), INSTALLERS);
    writeFileSync(join(dir, '3402.txt'), INSTALLERS_FOLLOW_UP);
  });
  const alone = useIndexedCorpus((dir) => writeFileSync(join(dir, '3401.txt'), INSTALLERS));
  const question = 'Of the installers with a certificate who found work, how many were still working a year later?';

  it('gives way to the follow-up that reports what came after', async () => {
    const r = await answer(question, {}, { index: both.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.questionNumber).toBe(3402);
    expect(r.passages[0]?.quote.text).toContain('79 procent');
  });

  it('without it, says the figures hold at another delay', async () => {
    const r = await answer(question, {}, { index: alone.index, embedder: null });
    expect(r.status).toBe('no-answer');
  });
});

/** A gap about a count, and a follow-up whose title repeats the dossier's words but counts something else. */
const TAXI_GAP = writtenQuestion({
  number: 3401,
  date: '12 februari 2026',
  title: 'Taxisector  -  Nieuwkomers als taxichauffeur',
  questions: ['1. Hoeveel nieuwkomers werken als taxichauffeur?'],
  answers: ['1. Hoeveel taxichauffeurs nieuwkomer zijn, kan ik niet zeggen. De vergunningen vermelden de migratieachtergrond van de chauffeur niet.'],
});

const taxiFollowUp = (answer: string) =>
  writtenQuestion({
    number: 3402,
    date: '20 oktober 2026',
    title: 'Taxisector  -  Nieuwkomers als taxichauffeur (2)',
    questions: ['Met schriftelijke vraag nr. 3401 van 12 februari 2026 vroeg ik naar nieuwkomers die als taxichauffeur werken.', '1. Hoeveel taxichauffeurs werden dit jaar gecontroleerd?'],
    answers: [answer],
  });

describe('a follow-up takes the place of a gap only where it says what the gap named', () => {
  const elsewhere = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3401.txt'), TAXI_GAP);
    writeFileSync(join(dir, '3402.txt'), taxiFollowUp('1. Van januari tot september 2026 controleerde de inspectie 310 taxichauffeurs, van wie 41 zonder geldige vergunning.'));
  });
  const saysIt = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3401.txt'), TAXI_GAP);
    writeFileSync(join(dir, '3402.txt'), taxiFollowUp('1. Van januari tot september 2026 controleerde de inspectie 310 taxichauffeurs. Van hen waren er 122 nieuwkomer.'));
  });
  const question = 'Hoeveel taxichauffeurs zijn nieuwkomer?';

  it('a count of other taxi drivers, under a title that names newcomers, leaves the gap the last word', async () => {
    const r = await answer(question, {}, { index: elsewhere.index, embedder: null });
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'unavailable', questionNumber: 3401 } });
  });

  it('a follow-up that counts the newcomers answers', async () => {
    const r = await answer(question, {}, { index: saysIt.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.questionNumber).toBe(3402);
  });
});

/** A plan with its start date, and a follow-up that says when it really started. */
const PLANNED = writtenQuestion({
  number: 3501,
  date: '3 maart 2026',
  title: 'Wonen  -  Doorgangswoningen voor nieuwkomers',
  questions: ['1. Welke proefprojecten plant de minister?'],
  answers: ['1. In Lindeveld start in september 2026 een proef met een doorgangswoning van het OCMW, waar een nieuwkomersgezin de eerste zes maanden kan wonen.'],
});

const STARTED = writtenQuestion({
  number: 3502,
  date: '10 november 2026',
  title: 'Wonen  -  Doorgangswoningen voor nieuwkomers (2)',
  questions: ['Met schriftelijke vraag nr. 3501 van 3 maart 2026 vroeg ik naar de proefprojecten.', '1. Hoe loopt de proef met de doorgangswoning in Lindeveld?'],
  answers: ['1. De proef met de doorgangswoning in Lindeveld startte niet in september, maar pas op 1 oktober 2026; er woont één gezin.'],
});

describe('how a plan went', () => {
  const both = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, '3501.txt'), PLANNED);
    writeFileSync(join(dir, '3502.txt'), STARTED);
  });

  it('asked against the plan ("on time", "zoals gepland"), is told by the follow-up', async () => {
    for (const question of ['Did the trial with the transit home in Lindeveld start on time?', 'Startte de proef met de doorgangswoning in Lindeveld zoals gepland?']) {
      const r = await answer(question, {}, { index: both.index, embedder: null });
      expect(r.passages[0]?.questionNumber).toBe(3502);
    }
  });
});
