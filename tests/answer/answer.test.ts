import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, lookupQuestion, type AnswerResult } from '../../src/answer/index.js';
import { foldWhitespace } from '../../src/corpus/normalize.js';
import { parseQueries } from '../../src/eval/metrics.js';
import { buildIndex } from '../../src/indexer.js';
import { loadIndex } from '../../src/search/loaded-index.js';
import { copyCorpus, REPO, tempDir, testConfig, useIndexedCorpus } from '../helpers/workspace.js';
import { answerTexts } from '../../src/present/answer.js';
import { writtenQuestion } from '../helpers/written-question.js';

const fixtures = useIndexedCorpus((dir) => copyCorpus(dir, { fixtures: true }));
const ask = (q: string, options = {}) => answer(q, options, { index: fixtures.index, embedder: null });

describe('answer()', () => {
  it('puts question 455, answer item 2 and the 30 June 2018 deadline first', async () => {
    const r = await ask('Wanneer beslist men over de goedkeuring van de AMIF-projecten?');
    expect(r.status).toBe('answered');
    const top = r.passages[0]!;
    expect(top).toMatchObject({ questionNumber: 455, part: 'antwoord', item: '2', date: '2018-05-23', title: 'Integratiepact - Stand van zaken (2)' });
    expect(top.quote.text).toContain('uiterlijk op 30 juni 2018');
    expect(r.mode).toBe('keyword');
    expect(answerTexts(r).modeNote).toMatch(/trefwoorden/);
  });

  it('reaches the answer of sub-question 2a through the question it matches', async () => {
    const r = await ask('Hoeveel projecten werden ingediend voor de AMIF-oproep?');
    const top = r.passages.find((p) => p.questionNumber === 455)!;
    expect(top.part).toBe('antwoord');
    expect(top.item).toBe('2');
    expect(top.answersQuestion?.label).toBe('2a');
    expect(top.answersQuestion?.text).toContain('Hoeveel projecten werden ingediend?');
  });

  it('follows a cross-reference ("Zie antwoord op vraag 2") to the answer that holds the facts', async () => {
    const r = await ask('Betalen lokale besturen en OCMW\'s hetzelfde tarief voor sociaal tolken?', { filters: { questionNumber: 1007 } });
    expect(r.passages[0]).toMatchObject({ questionNumber: 1007, part: 'antwoord', item: '2' });
  });

  it('returns the question itself when the user asks what was asked', async () => {
    const r = await ask('Wat vroeg de indiener over uitzonderingen voor inburgeraars met een laag inkomen?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1015, part: 'vraag' });
  });

  it('says a matching question is not answered yet instead of quoting the question as an answer', async () => {
    const r = await ask('Wanneer treedt de eigen bijdrage voor het inburgeringstraject in werking?');
    expect(r.status).toBe('no-answer');
    expect(answerTexts(r).message).toMatch(/nog niet beantwoord/);
    expect(r.closest[0]?.questionNumber).toBe(1015);
  });

  it('abstains on a question about a year the documents do not cover, and lists the closest questions', async () => {
    const r = await ask('Hoeveel meldingen van discriminatie ontvingen de lokale meldpunten in 2019?');
    expect(r.status).toBe('no-answer');
    expect(r.passages).toEqual([]);
    expect(r.closest.map((c) => c.questionNumber)).toContain(1016);
  });

  it('restricts to a question number named in the query', async () => {
    const r = await ask('Wat antwoordde de minister op vraag 1004 over de boetes?');
    expect(r.filters.questionNumber).toBe(1004);
    expect(r.passages.every((p) => p.questionNumber === 1004)).toBe(true);
    expect(r.passages[0]!.quote.text).toContain('146 administratieve geldboetes');
  });

  it('answers a bare question number with that question\'s answer items', async () => {
    const r = await ask('vraag 455', { limit: 5 });
    expect(r.status).toBe('answered');
    expect(r.passages.map((p) => p.item)).toEqual(['1', '2', '3']);
  });

  it('lists the earlier questions a document cites, marked in or out of the corpus', async () => {
    const r = await ask('Hoeveel organisaties hebben de engagementsverklaring intussen ondertekend?', { filters: { questionNumber: 1012 } });
    expect(r.passages[0]!.citedQuestions).toEqual([{ questionNumber: 1003, date: '2018-02-05', title: 'Integratiepact - Engagementsverklaringen', inCorpus: true, docId: 'synthetic-1003.txt' }]);
    const r455 = await ask('Wanneer wordt beslist over de goedkeuring van de projecten?');
    expect(r455.passages[0]!.citedQuestions.map((c) => [c.questionNumber, c.inCorpus])).toEqual([[779, false], [262, false]]);
  });

  it('applies questioner, minister and year filters', async () => {
    const byQuestioner = await ask('budget', { limit: 10, filters: { questioner: 'testelmans' } });
    expect(byQuestioner.passages.length).toBeGreaterThan(0);
    expect(new Set(byQuestioner.passages.map((p) => p.questioner))).toEqual(new Set(['KOENRAAD TESTELMANS']));
    const byMinister = await ask('budget', { limit: 10, filters: { minister: 'Modelaerts' } });
    expect(byMinister.passages.every((p) => p.minister.name === 'GREET MODELAERTS')).toBe(true);
    const byYear = await ask('projecten', { limit: 10, filters: { year: 2018 } });
    expect(byYear.passages.every((p) => p.date?.startsWith('2018'))).toBe(true);
    const none = await ask('projecten', { filters: { year: 1990 } });
    expect(none.status).toBe('no-answer');
    expect(answerTexts(none).message).toMatch(/filters/);
  });

  it('pages through results with offset', async () => {
    const first = await ask('integratiepact', { limit: 2 });
    const second = await ask('integratiepact', { limit: 2, offset: 2 });
    expect(first.hasMore).toBe(true);
    expect(second.passages[0]?.rank).toBe(3);
    const firstIds = first.passages.map((p) => p.chunkId + p.quote.start);
    expect(second.passages.some((p) => firstIds.includes(p.chunkId + p.quote.start))).toBe(false);
  });

  describe('bad queries get a clear answer, not an exception', () => {
    const cases: [string, string, RegExp][] = [
      ['empty', '', /leeg/],
      ['whitespace', '   \n\t ', /leeg/],
      ['one character', 'x', /te kort/],
      ['10,000 characters', 'integratiepact '.repeat(667), /te lang/],
      ['only emoji', '🤔🤔🙂', /geen zoekwoorden/],
      ['only zero-width characters', '\u200b\u200c\u200d\ufeff', /leeg/],
      ['only punctuation', '?!?', /te kort|geen zoekwoorden/],
    ];
    for (const [name, query, message] of cases) {
      it(name, async () => {
        const r = await ask(query);
        expect(r.status).toBe('invalid-query');
        expect(answerTexts(r).message).toMatch(message);
        expect(r.passages).toEqual([]);
      });
    }

    it('markdown and mention syntax are stripped, not searched', async () => {
      const r = await ask('<@123456789> **Wanneer** wordt `beslist` over de goedkeuring @everyone <@&987> <#555> van de projecten?');
      expect(r.searchedQuery).not.toMatch(/[<@*`]|everyone/);
      expect(r.passages[0]?.questionNumber).toBe(455);
    });

    it('a query that is only a mention is empty', async () => {
      const r = await ask('<@123456789> @here');
      expect(r.status).toBe('invalid-query');
    });
  });
});

describe('quotes are verbatim', () => {
  const queries = parseQueries(readFileSync(join(REPO, 'eval/queries.jsonl'), 'utf8'));

  it('every quote and passage for every eval query is a substring of its document', async () => {
    const docs = new Map(fixtures.index.documents.map((d) => [d.id, d]));
    let checked = 0;
    for (const q of queries) {
      const r: AnswerResult = await ask(q.query, { limit: 5 });
      for (const p of r.passages) {
        const text = docs.get(p.docId)!.text;
        expect(text.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
        expect(text).toContain(p.quote.text);
        expect(text.slice(p.passage.start, p.passage.end)).toBe(p.passage.text);
        expect(p.passage.text).toContain(p.quote.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(queries.length);
  });

  it('quotes keep the document wording of the gold passages (whitespace aside)', async () => {
    const docs = fixtures.index.documents.map((d) => foldWhitespace(d.text));
    for (const q of queries.filter((x) => x.mustQuote)) expect(docs.some((t) => t.includes(foldWhitespace(q.mustQuote!)))).toBe(true);
  });
});

describe('how much is quoted', () => {
  it('a short answer item is quoted whole, so its caveats and its figures come with it', async () => {
    const r = await ask('Hoeveel subsidie kan een samenwerkingsverband van kleine gemeenten krijgen in de nieuwe oproep Eerlijk Huren?');
    const top = r.passages[0]!;
    expect(top).toMatchObject({ questionNumber: 1002, part: 'antwoord', item: '4' });
    expect(top.passage.text.length).toBeLessThanOrEqual(500);
    expect(top.quote.text).toBe(top.passage.text.replace(/^4\.\s+/, ''));
    expect(top.quote.text).toContain('30.000 euro per project');
  });

  it('a long one by its best sentences', async () => {
    const r = await ask('Hoeveel geld werd in totaal voor het Integratiepact uitgetrokken van 2016 tot 2019?');
    const top = r.passages[0]!;
    expect(top.passage.text.length).toBeGreaterThan(500);
    expect(top.quote.text.length).toBeLessThan(top.passage.text.length / 2);
  });
});

describe('lookupQuestion()', () => {
  it('returns the question and answer of a number, or nothing', () => {
    const [found] = lookupQuestion(fixtures.index, 455);
    expect(found!.questionText).toMatch(/^Met schriftelijke vragen nr\. 779/);
    expect(found!.answerText).toMatch(/^1\. Het rapporteringsproces is nog lopende/);
    expect(lookupQuestion(fixtures.index, 1015)[0]!.answerText).toBeNull();
    expect(lookupQuestion(fixtures.index, 99999)).toEqual([]);
  });
});

describe('answers without numbered items', () => {
  it('a prose answer answers every question item, and is not reported as unanswered', async () => {
    const tmp = tempDir();
    try {
      const corpus = copyCorpus(join(tmp.dir, 'corpus'));
      const file = join(corpus, '455-integratiepact-stand-van-zaken-2.txt');
      const raw = readFileSync(file, 'utf8');
      const [question, answerPart] = raw.split('VAN YASMINE KHERBACHE');
      // Answer items flattened into one paragraph without numbers.
      writeFileSync(file, `${question}VAN YASMINE KHERBACHE\n\n${answerPart!.replace(/^\d\. /gm, '').replace(/\n+/g, ' ')}\n`);
      const config = testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(tmp.dir, 'index') });
      await buildIndex(config);
      const prose = await loadIndex(config.INDEX_DIR);
      const r = await answer('Kan de minister de gedetailleerde rapportering als bijlage toevoegen?', {}, { index: prose, embedder: null });
      expect(r.status).toBe('answered');
      expect(r.passages[0]).toMatchObject({ questionNumber: 455, part: 'antwoord', unanswered: false });
      expect(r.passages[0]!.quote.text).toMatch(/rapporteringsproces/);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('paging', () => {
  it('pages of "more results" never repeat a passage', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 30; offset += 3) {
      const r = await ask('projecten budget organisaties', { limit: 3, offset });
      for (const p of r.passages) {
        const key = `${p.docId}|${p.part}|${p.passage.start}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      if (!r.hasMore) break;
    }
    expect(seen.size).toBeGreaterThan(6);
  });
});

describe('people and speech acts in the question', () => {
  it('a named questioner narrows the search to their questions, and the name is not a search word', async () => {
    for (const q of ['Wat vroeg Kherbache over de AMIF-oproep?', 'wat vroeg kherbache over de oproep']) {
      const r = await ask(q);
      expect(r.filters.questioner).toBe('kherbache');
      expect(r.passages[0]).toMatchObject({ questionNumber: 455, part: 'vraag', item: '2' });
      // The name is nowhere in the passage, and it does not count against it.
      expect(r.passages[0]!.confidence).toBe(1);
      expect(r.passages.every((p) => p.questionNumber === 455)).toBe(true);
    }
  });

  it('a named minister narrows the search to the questions put to them', async () => {
    const r = await ask('Wat antwoordde Homans over de rapportering?');
    expect(r.filters.minister).toBe('homans');
    expect(r.passages[0]).toMatchObject({ questionNumber: 455, part: 'antwoord', item: '1' });
    expect(r.passages[0]!.verdict.kind).toBe('answers');
  });

  it('"wat antwoordde de minister aan het parlementslid …" asks for the answer, not the question', async () => {
    const r = await ask('Wat antwoordde de minister aan het parlementslid over de wachtlijsten voor NT2?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1001, part: 'antwoord' });
  });

  it('an English question that shares only a place and a year with the documents is declined ("won" is no Dutch "wonen")', async () => {
    const r = await ask('Who won the Tour of Flanders in 2018?');
    expect(r.status).toBe('no-answer');
  });

  it('a sub-item stands on its own beside the sibling whose sub-question matched best (small-to-big)', async () => {
    // Nr. 1010 item 1: "a) Welke gemeenten…", "b) Waarvoor…", "c) Moeten de gemeenten zelf cofinanciering voorzien?";
    // the own contribution in staff time is answered in 1c, whose sub-question shares few words with this one.
    const r = await ask("Can a municipality's own contribution for the diversity impulse subsidy consist of staff time?", { limit: 3 });
    expect(r.passages.some((p) => p.questionNumber === 1010 && p.item === '1c')).toBe(true);
  });

  it('the quote is chosen with the Dutch synonyms of the question\'s words too', async () => {
    // "boete" in the question, "geldboete" in the sentence that answers; the sentence next to it repeats "werkgever".
    const r = await ask('hoeveel werkgevers kregen al een boete voor discriminatie bij aanwerving?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1014 });
    expect(r.passages[0]!.quote.text).toContain('In 3 dossiers werd intussen een administratieve geldboete opgelegd');
  });

  it('when the best passage counts something else, it is shown as partial, not hidden: the other word may be a synonym', async () => {
    const r = await ask('Hoeveel leerkrachten Nederlands tweede taal zijn er tewerkgesteld in de centra voor volwassenenonderwijs?');
    expect(r.status).toBe('answered');
    expect(r.passages).toHaveLength(1);
    expect(r.passages[0]).toMatchObject({ questionNumber: 1011, verdict: { kind: 'partial', missing: 'count', counted: 'leerkrachten' } });
    expect(answerTexts(r).lead).toMatch(/geeft de minister geen aantal leerkrachten\. Het antwoord op punt 1:$/);
    // A passage that fails for another reason as well (another year) is still no answer.
    expect((await ask('Hoeveel diversiteitsplannen werden in 2017 goedgekeurd?')).status).toBe('no-answer');
  });

  it('a typing error in the counted word is read as the word the documents use', async () => {
    // "tolkopdrachen": without the correction the counted word is nowhere, and the answer is refused.
    const r = await ask('hoeveel tolkopdrachen gebeurden er in 2017 via videotolken en hoeveel telefonisch?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1007, item: '1a' });
    expect(r.passages[0]!.quote.text).toContain('19.900 telefonisch');
  });

  it('a passage that names the n-th one without its figure gives way to the one that has it', async () => {
    // Item 4 of nr. 1013 names the second Pactdag; item 1 says how many came.
    const r = await ask('Hoeveel mensen kwamen er af op de tweede Pactdag?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1013, item: '1' });
    expect(r.passages[0]!.quote.text).toContain('810');
  });

  it('"wat vroeg …" returns the numbered question it matches, not the introduction that sets the scene', async () => {
    // The introduction of nr. 1012 recalls an earlier question (its date, its count, the expected report);
    // what the questioner asked about the report is question 2.
    const r = await ask('Wat vroeg de indiener in 2018 over het verwachte opvolgingsrapport van het pact?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1012, part: 'vraag', item: '2' });
  });

  it('what the questioner names or recalls in her question is the introduction\'s matter, not a numbered question', async () => {
    // The same document: the introduction recalls the earlier answer's count and the report it expected.
    for (const q of ['Welk aantal ondertekenaars noemt de indiener in haar vraag over de engagementsverklaringen?', 'Wat schetst de inleiding over het opvolgingsrapport van het pact?']) {
      const r = await ask(q);
      expect(r.passages[0], q).toMatchObject({ questionNumber: 1012, part: 'vraag' });
      expect(r.passages[0]!.item, q).toBeNull();
    }
  });

  it('"wat wilde … weten" finds the question by a compound of the same kind ("reclamebureau" for "communicatiebureau")', async () => {
    const r = await ask('Wat wilde de indiener weten over het reclamebureau achter de campagne Buren zonder Grenzen?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1006, part: 'vraag', item: '3' });
  });

  it('"wat vroeg …" is matched on the question\'s own words, not on the answer paired with it', async () => {
    // Nr. 1013's answers speak of 2018, the years after 2019 and the pact; what was asked about its future is question 5.
    const r = await ask('Wat vroeg de indiener in december 2018 over wat er na 2019 met het Integratiepact moet gebeuren?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1013, part: 'vraag', item: '5' });
  });

  it('"wat vroeg …" about a question without an answer yet returns the question', async () => {
    const r = await ask('Wat vroeg Schetsaert over de eigen bijdrage voor het inburgeringstraject?');
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ questionNumber: 1015, part: 'vraag', unanswered: true });
  });
});

describe('English questions in keyword mode', () => {
  it('are answered, with a note that keyword mode understands Dutch best', async () => {
    const r = await ask('When will the approval of the AMIF projects be decided?');
    expect(r.passages[0]).toMatchObject({ questionNumber: 455, item: '2' });
    expect(r.notes).toContainEqual({ kind: 'english-in-keyword-mode' });
    expect(answerTexts(r).notes.join(' ')).toMatch(/Nederlands het best/);
    expect((await ask('Wanneer wordt beslist over de goedkeuring van de projecten?')).notes).toEqual([]);
  });
});

describe('what takes the place of a better match about another year', () => {
  const DOC = writtenQuestion({
    number: 2101,
    title: 'Jeugdwerk  -  Kampen voor nieuwkomers',
    questions: ['1. Hoeveel kampplaatsen betaalde het kampfonds in 2024?', '2. Hoeveel kost de cursus tot animator?'],
    answers: [
      '1. In 2024 betaalde het kampfonds 1.920 kampplaatsen terug, voor een totaalbedrag van 412.000 euro.',
      '2. In 2024 behaalden 214 jongeren met een migratieachtergrond het attest van animator, tegenover 162 in 2023. Het kampfonds betaalt ook hun inschrijvingsgeld van 150 euro.',
    ],
  });
  const camps = useIndexedCorpus((dir) => writeFileSync(join(dir, 'kampen.txt'), DOC));
  const ask = (q: string) => answer(q, {}, { index: camps.index, embedder: null });

  it('must answer at least half the question: a passage that is only related is no answer', async () => {
    const r = await ask('Welk bedrag betaalde het kampfonds in 2023 terug voor kampplaatsen?');
    expect(r.status).toBe('no-answer');
    expect(r.reason).toMatchObject({ kind: 'no-passage', shortfall: { kind: 'year', year: '2023' } });
    // The year asked is the passage's own: it answers.
    expect((await ask('Welk bedrag betaalde het kampfonds in 2024 terug voor kampplaatsen?')).passages[0]).toMatchObject({ questionNumber: 2101, item: '1' });
  });
});
