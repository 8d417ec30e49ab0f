import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { complementNotSpokenOf, complementTerms } from '../../src/answer/polarity.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a word the question negates by its prefix asks the complement', () => {
  it('reads "niet-" and "non-" as the prefix, not "buiten" or "outside", which may name a time', () => {
    expect(complementTerms('Hoeveel mensen vonden werk via niet-gesubsidieerde stages?')).toEqual(['gesubsidieerd']);
    expect(complementTerms('How many non-EU students enrolled?')).toEqual(['eu']);
    expect(complementTerms('Blijft de opvang ook buiten de winter open?')).toEqual([]);
  });

  it('a passage whose figures speak only of the other side does not answer it', () => {
    expect(complementNotSpokenOf(['gesubsidieerd'], 'In 2024 vonden 88 jongeren werk via gesubsidieerde stages.', '')).toBe('gesubsidieerde');
    // It may answer where it negates the word too, in the passage or the question item.
    expect(complementNotSpokenOf(['gesubsidieerd'], 'Via niet-gesubsidieerde stages vonden 40 jongeren werk, via gesubsidieerde 88.', '')).toBeNull();
    expect(complementNotSpokenOf(['gesubsidieerd'], 'Dat waren er 40.', 'Hoeveel jongeren vonden werk via niet-gesubsidieerde stages?')).toBeNull();
  });

  it('only where the passage gives figures: a sentence that leaves the other side out says the figures are of this one', () => {
    expect(complementNotSpokenOf(['eu'], 'Studenten uit EU-landen vallen niet onder de regeling. Limburg telde 1.240 studenten.', '')).toBeNull();
  });
});

const INTERNSHIPS = writtenQuestion({
  number: 4801,
  title: 'Werk  -  Stages voor jongeren met een migratieachtergrond',
  questions: ['1. Hoeveel jongeren met een migratieachtergrond vonden in 2024 werk na een stage?'],
  answers: ['1. In 2024 vonden 88 jongeren met een migratieachtergrond werk na een gesubsidieerde stage bij een lokaal bestuur.'],
});
const OTHER = writtenQuestion({
  number: 4802,
  title: 'Onderwijs  -  Taalbaden in het secundair onderwijs',
  questions: ['1. Hoeveel leerlingen volgden in 2024 een taalbad?'],
  answers: ['1. In 2024 volgden 1.310 leerlingen een taalbad in het secundair onderwijs.'],
});

describe('the complement asked, end to end', () => {
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, 'stages.txt'), INTERNSHIPS);
    writeFileSync(join(dir, 'taalbad.txt'), OTHER);
  });

  it('is not answered by the figure of what it complements', async () => {
    const r = await answer('Hoeveel jongeren met een migratieachtergrond vonden in 2024 werk na een niet-gesubsidieerde stage?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('no-answer');
  });

  it('without the prefix, the figure answers', async () => {
    const r = await answer('Hoeveel jongeren met een migratieachtergrond vonden in 2024 werk na een gesubsidieerde stage?', {}, { index: corpus.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 4801, item: '1' });
  });

});

const BUILDING_WOMEN = writtenQuestion({
  number: 4803,
  title: 'Werk  -  Vrouwen in de bouw',
  questions: ['1. Hoeveel vrouwen liepen in 2024 stage op een bouwwerf?'],
  answers: ['1. In 2024 liepen 45 vrouwen stage op een bouwwerf.'],
});

describe('a group narrowed by sex that the best match does not speak of', () => {
  const corpus = useIndexedCorpus((dir) => {
    writeFileSync(join(dir, 'stages.txt'), INTERNSHIPS);
    writeFileSync(join(dir, 'bouw.txt'), BUILDING_WOMEN);
    writeFileSync(join(dir, 'taalbad.txt'), OTHER);
  });

  it('is its scope: a related passage of another document does not stand in', async () => {
    const r = await answer('Hoeveel vrouwen met een migratieachtergrond liepen in 2024 een gesubsidieerde stage bij een lokaal bestuur?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('no-answer');
  });
});
