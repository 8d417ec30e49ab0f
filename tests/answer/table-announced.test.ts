import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

/** A table by province, announced by the sentence before it, and a share of another group after it. */
const SCREENING = writtenQuestion({
  number: 4301,
  date: '12 mei 2026',
  title: 'Onderwijs  -  Taalscreening bij kleuters',
  questions: ['1. Hoeveel kleuters kregen in het schooljaar 2025-2026 een taalscreening, en hoeveel van hen slaagden er niet voor?'],
  answers: [
    [
      '1. In oktober 2025 kregen 48.120 kleuters een taalscreening. Van hen slaagden er 3.905 niet voor.',
      'De tabel hieronder geeft per provincie het aantal gescreende kleuters en het aantal kleuters dat niet slaagde.',
      '',
      'Provincie              gescreend   niet geslaagd',
      'Antwerpen                 13.410           1.212',
      'Limburg                    6.022             534',
      'Oost-Vlaanderen           11.387             987',
      'Vlaams-Brabant             8.950             612',
      'West-Vlaanderen            8.351             560',
      'Totaal                    48.120           3.905',
      '',
      'Ongeveer 60 procent van de kleuters die niet slaagden, spreekt thuis vooral een andere taal dan het Nederlands. ' +
        'Of een kleuter al naar de kinderopvang ging, wordt bij de screening niet gevraagd. De school bespreekt het resultaat met de ouders.',
    ].join('\n'),
  ],
});

describe('a table and the sentence that announces it', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '4301.txt'), SCREENING));

  it('a question word its announcement holds inside a compound does not narrow the count ("language screening" is "taalscreening")', async () => {
    const r = await answer('How many toddlers in the province of Antwerp did not pass the language screening?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.quote.text).toContain('Antwerpen');
  });

  it('is quoted with the table, whose columns it names, before a sentence after the table that the quote has no room for', async () => {
    const r = await answer('How many toddlers in the province of Limburg did not pass the language screening?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]?.quote.text).toContain('De tabel hieronder geeft per provincie');
    expect(r.passages[0]?.quote.text).toContain('Limburg');
  });
});
