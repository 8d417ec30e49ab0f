/**
 * The API's data read tolerantly (values as arrays, repeated names, missing
 * fields, other date formats), and the sidecars read by the folder source:
 * the API's facts win over the parser's, files dropped in by hand keep working.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderSource } from '../../src/corpus/folder-source.js';
import { loadCorpus } from '../../src/corpus/read.js';
import { buildIndex } from '../../src/indexer.js';
import { toHit } from '../../src/sync/api.js';
import { runSync } from '../../src/sync/sync.js';
import { parseApiDate, personName } from '../../src/sync/values.js';
import { question, questionPdf } from '../helpers/fake-parliament.js';
import { REAL_CORPUS } from '../helpers/workspace.js';
import { syncSetup } from './helpers.js';

let setup: Awaited<ReturnType<typeof syncSetup>> | null = null;
afterEach(async () => {
  await setup?.dispose();
  setup = null;
});

describe('reading the API tolerantly', () => {
  it('reads dates in the formats the API uses', () => {
    expect(['2018-05-23', '2018-05-23T00:00:00', '2018-05-22T22:00:00Z', '2018-05-23T00:00:00+02:00', '23/05/2018', '23-05-2018', '23.05.2018', '20180523', '23 mei 2018'].map(parseApiDate)).toEqual(
      Array(9).fill('2018-05-23'),
    );
    expect(['', 'morgen', '2018-02-30', '31/13/2018'].map(parseApiDate)).toEqual([null, null, null, null]);
    expect(personName('Kherbache, Yasmine')).toBe('Yasmine Kherbache');
    expect(personName('Yasmine Kherbache')).toBe('Yasmine Kherbache');
  });

  it('takes a value given as an array or repeated, and leaves out what is missing', () => {
    const hit = toHit({
      id: 77,
      url: 'javascript:alert(1)',
      title: '<b>Integratiepact</b> &amp; inburgering',
      metatags: {
        metatag: [
          { name: 'nummer', value: ['455', '455'] },
          { name: 'vraagsteller', value: 'Kherbache, Yasmine' },
          { name: 'minister', value: ['Homans, Liesbeth'] },
          { name: 'themadatum', value: '23/05/2018' },
          { name: 'statusdatumSchvBeantwoord', value: '2018-06-01' },
          { name: 'statusdatumSchvBeantwoord', value: '2018-06-12T10:00:00' },
          { name: 'aggregaattype', value: 'Schriftelijke vraag' },
          { name: 'zittingsjaar', value: 2018 },
          { name: 'Document', value: 'https://docs.vlaamsparlement.be/pfile?id=1' },
        ],
      },
    })!;
    expect(hit).toMatchObject({
      id: '77',
      pageUrl: null, // only http(s) links are kept
      title: 'Integratiepact & inburgering',
      number: 455,
      questioner: 'Yasmine Kherbache',
      minister: 'Liesbeth Homans',
      askedDate: '2018-05-23',
      answerDate: '2018-06-12',
      sessionYear: '2018',
      documentUrl: 'https://docs.vlaamsparlement.be/pfile?id=1',
      opendataUrl: null,
      publicationDate: null,
      subject: null,
    });
    // One metatag as an object instead of a list; no metatags at all.
    expect(toHit({ id: 'a', metatags: { metatag: { name: 'nummer', value: '12' } } })?.number).toBe(12);
    expect(toHit({ id: 'b' })).toMatchObject({ number: null, title: null, metatags: {} });
    expect(toHit({ title: 'zonder id' })).toBeNull();
  });

  it('syncs questions whose metatags are arrays, repeated, in other date formats or missing', async () => {
    const base = question({ number: 91 });
    const odd = question({ number: 92 });
    setup = await syncSetup([base, odd]);
    odd.metatags = [
      { name: 'nummer', value: ['92'] },
      { name: 'aggregaattype', value: ['Schriftelijke vraag'] },
      { name: 'vraagsteller', value: ['Kherbache, Yasmine', 'Kherbache, Yasmine'] },
      { name: 'themadatum', value: '10/03/2018' },
      { name: 'statusdatumSchvBeantwoord', value: ['20180410'] },
      { name: 'document', value: `${setup.api.url}/pfile?id=${odd.id}` },
      // no opendata, minister, zittingsjaar, publicatiedatum, mimetype
    ];
    const report = await runSync(setup.config);
    expect(report.added.map((e) => e.number)).toEqual([91, 92]);
    const corpus = await loadCorpus(new FolderSource(setup.corpus, 1e7));
    const doc = corpus.documents.find((d) => d.questionNumber === 92)!;
    expect(doc).toMatchObject({ date: '2018-03-10', questioner: 'Yasmine Kherbache', source: { answered: true, answerDate: '2018-04-10', sessionYear: null } });
    expect(doc.minister.name).toBe('LIESBETH HOMANS'); // the parser's, as the API gave none
  });
});

describe('sidecars in the folder source', () => {
  it('the API wins over the parser; the parser keeps the minister title; files without a sidecar still work', async () => {
    // The PDF says one thing, the API another: the API wins.
    const q = question({ number: 93, title: 'Integratiepact - Titel in de PDF' });
    setup = await syncSetup([q]);
    q.title = 'Integratiepact - Titel volgens het Parlement';
    q.questioner = 'Van Proefberghe, Leila';
    await runSync(setup.config);
    copyFileSync(join(REAL_CORPUS, '455-integratiepact-stand-van-zaken-2.txt'), join(setup.corpus, '455.txt'));
    const corpus = await loadCorpus(new FolderSource(setup.corpus, 1e7));
    expect(corpus.skipped).toEqual([]); // the .meta.json files are not reported as unsupported
    const synced = corpus.documents.find((d) => d.questionNumber === 93)!;
    expect(synced).toMatchObject({ title: 'Integratiepact - Titel volgens het Parlement', questioner: 'Leila Van Proefberghe', minister: { name: 'Liesbeth Homans', title: 'VLAAMS MINISTER VAN INBURGERING' } });
    expect(synced.source).toMatchObject({ origin: 'vlaams-parlement', id: q.id, pageUrl: expect.stringMatching(/^https:/), answered: true });
    expect(synced.sourceVersion).toMatch(/^[0-9a-f]{16}:\d+:/);
    const byHand = corpus.documents.find((d) => d.questionNumber === 455)!;
    expect(byHand).toMatchObject({ questioner: 'YASMINE KHERBACHE', file: '455.txt' });
    expect(byHand.source).toBeUndefined();
  });

  it('a sidecar that describes another version of its file is ignored', async () => {
    setup = await syncSetup([question({ number: 94, title: 'Integratiepact - Volgens de API' })]);
    const report = await runSync(setup.config);
    // Someone replaced the document by hand (or a sync was killed between document and sidecar).
    writeFileSync(join(setup.corpus, report.added[0]!.file!), questionPdf(question({ number: 455, title: 'Integratiepact - Door iemand vervangen', questioner: 'Fictief, Pieter' })));
    const corpus = await loadCorpus(new FolderSource(setup.corpus, 1e7));
    expect(corpus.skipped).toEqual([]);
    expect(corpus.documents[0]).toMatchObject({ questionNumber: 455, title: 'Integratiepact - Door iemand vervangen', questioner: 'PIETER FICTIEF' });
    expect(corpus.documents[0]!.source).toBeUndefined();
  });

  it('the index notices new facts for an unchanged file, and does not read an unchanged synced file again', async () => {
    const q = question({ number: 95, answered: null });
    setup = await syncSetup([q, question({ number: 96 })]);
    mkdirSync(setup.corpus, { recursive: true });
    await runSync(setup.config);
    const first = await buildIndex(setup.config);
    expect(first.added).toHaveLength(2);
    const same = await buildIndex(setup.config);
    expect(same).toMatchObject({ generation: first.generation, unchanged: 2, changed: [] });
    q.questioner = 'Voorbeeldig, Eva'; // metadata only: no new download, a new sidecar
    const sync = await runSync(setup.config);
    expect(sync.updated.map((e) => e.change)).toEqual(['metadata']);
    const after = await buildIndex(setup.config);
    expect(after.changed).toEqual([sync.updated[0]!.file]);
  });
});
