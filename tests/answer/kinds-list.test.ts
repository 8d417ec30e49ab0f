import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a question for the kinds of something is answered by the list that sets them out', () => {
  const DOC = writtenQuestion({
    number: 2401,
    title: 'Wonen  -  Klachten van nieuwe huurders bij het woonloket',
    questions: ['1. Hoeveel nieuwe huurders klaagden in 2025 bij het woonloket, en waarover?', '2. Hoeveel kost het woonloket?'],
    answers: [
      '1. Het woonloket registreerde in 2025 1.388 klachten van huurders die dat jaar een woning betrokken, van wie 402 met een anderstalige achtergrond. ' +
        'Het loket werkt in de vijf grootste steden met een eigen jurist. Sinds juni kan een huurder ook een afspraak maken via de website. ' +
        'De klachten betroffen vooral:\n' +
        '- de staat van de woning bij de intrek, met vocht, kapotte verwarming of ramen die niet sluiten, wat vaak een bezoek ter plaatse vraagt;\n' +
        '- de waarborg;\n' +
        '- een huurprijs die hoger ligt dan in het contract staat, een probleem dat het loket vooral in de studentensteden ziet;\n' +
        '- geluidshinder.\n' +
        'Het loket bemiddelt eerst met de verhuurder.',
      '2. Het woonloket kost jaarlijks 860.000 euro.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'woonloket.txt'), DOC));

  it('quotes the list whole, from the line that opens it, long lines too', async () => {
    const r = await answer('What kinds of problems did the 402 new tenants with another home language bring to the housing office in 2025?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2401, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('De klachten betroffen vooral:');
    expect(r.passages[0]!.quote.text).toContain('geluidshinder');
  });
});

describe('a question asking why is answered by the list of causes, whole', () => {
  const DOC = writtenQuestion({
    number: 2403,
    title: 'Energie  -  Afgesloten meters bij nieuwe huurders',
    questions: ['1. Waarom worden bij nieuwe huurders zo vaak meters afgesloten?'],
    answers: [
      '1. Of een huurder pas in België woont, wordt niet geregistreerd. De diensten van Zandhoven, Meerbeke en Oudegem hebben hun dossiers van 2025 wel manueel nagekeken: ' +
        'van de 1.240 huurders bij wie de meter werd afgesloten, woonden er 455 minder dan vijf jaar in België, of ongeveer 37 procent. ' +
        'De maatschappelijk werkers van die diensten noemen vooral deze oorzaken van een afgesloten meter bij nieuwe huurders:\n' +
        '- een voorschot dat bij de start van het contract te laag werd vastgelegd, zodat de eerste eindafrekening veel hoger uitvalt dan verwacht;\n' +
        '- brieven van de leverancier of de netbeheerder die de huurder niet begrijpt, waardoor hij niet reageert of de betaling mist;\n' +
        '- een verhuis waarbij de meterstand niet werd doorgegeven en de nieuwe huurder het verbruik van de vorige bewoner betaalt;\n' +
        '- een tijdelijke onderbreking van het inkomen, bijvoorbeeld na het verlies van een job.\n' +
        'Hoe vaak elke oorzaak voorkomt, kan ik niet zeggen.',
    ],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'meters.txt'), DOC));

  it('quotes every cause the list gives, not the first bullet alone', async () => {
    const r = await answer('Why do new tenants get their meter cut off?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2403, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('noemen vooral deze oorzaken');
    expect(r.passages[0]!.quote.text).toContain('meterstand');
  });
});

describe('names of a kind English writes in two words', () => {
  const DOC = writtenQuestion({
    number: 2402,
    title: 'Uitzendarbeid  -  Proef met taallessen op de werkvloer',
    questions: ['1. Met welke partners werkt de VDAB voor de proef?'],
    answers: ['1. In Heistrand en Molenwijk werkt de VDAB sinds maart met drie uitzendkantoren aan een proef met taallessen tijdens de werkuren.'],
  });
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, 'uitzend.txt'), DOC));

  it('"which temp agencies" asks for uitzendkantoren by name: a count of them names none', async () => {
    const r = await answer('Which three temp agencies are taking part in the VDAB language pilot?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 2402, verdict: { kind: 'partial', missing: 'name', countOnly: true } });
  });
});
